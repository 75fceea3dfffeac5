// Command dialoguewatch watches EU external-relations news pages for
// announcements of dialogues with partner countries and keeps the events in
// SQLite. See README.md for the subcommands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"sort"
	"syscall"

	"github.com/dialoguewatch/dialoguewatch/config"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// Exit statuses.
const (
	exitOK     = 0
	exitFail   = 1 // a stage failed, or the work found a problem (eval below --min-f1)
	exitConfig = 2 // bad usage or bad configuration
)

// usageError is bad command-line usage (exit status 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

func exitCode(err error, stderr io.Writer) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	fmt.Fprintln(stderr, "dialoguewatch:", err)
	var ue *usageError
	var ce *config.Error
	if errors.As(err, &ue) || errors.As(err, &ce) {
		return exitConfig
	}
	return exitFail
}

// env is what every subcommand gets: its streams, a logger, and the
// network layer crawls use.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
	// transport is the crawlers' network layer; nil builds the guarded
	// transport from each source's config. Tests route it in process.
	transport http.RoundTripper
}

type command struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

func commands() map[string]command {
	return map[string]command{
		"run":            {"crawl, extract and store in one process (embedded NATS by default)", cmdRun},
		"demo":           {"serve the offline replica on loopback and run the pipeline on it once", cmdDemo},
		"replica":        {"serve the offline replica of the watched sites on loopback", cmdReplica},
		"crawl":          {"run only the crawler stage against a NATS server", cmdCrawl},
		"extract-worker": {"run only the extractor stage against a NATS server", cmdExtractWorker},
		"sink":           {"run only the sink stage (the single SQLite writer) against a NATS server", cmdSink},
		"events":         {"list events from the database", cmdEvents},
		"sources":        {"check configs (sources check) or dry-run one source (sources test)", cmdSources},
		"extract":        {"extract events from HTML or text files and print them as JSON lines", cmdExtract},
		"eval":           {"score the extractor against a gold corpus", cmdEval},
	}
}

// run is main without the process: it parses global flags, sets up logging
// and dispatches to the subcommand.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return runEnv(ctx, args, &env{stdin: stdin, stdout: stdout, stderr: stderr})
}

// runEnv is run with the environment given; it sets the logger from the
// global flags.
func runEnv(ctx context.Context, args []string, e *env) error {
	stderr, stdout := e.stderr, e.stdout
	fs := flag.NewFlagSet("dialoguewatch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	level := fs.String("log-level", "info", "log level: debug, info, warn, error")
	format := fs.String("log-format", "text", "log format: text or json")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the command to this file")
	memProfile := fs.String("memprofile", "", "write a heap profile (after a GC) to this file when the command ends")
	fs.Usage = func() { usage(stderr, fs) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usagef("%v", err)
	}
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(*level)); err != nil {
		return usagef("-log-level: %v", err)
	}
	hopts := &slog.HandlerOptions{Level: lv}
	var h slog.Handler
	switch *format {
	case "text":
		h = slog.NewTextHandler(stderr, hopts)
	case "json":
		h = slog.NewJSONHandler(stderr, hopts)
	default:
		return usagef("-log-format: want text or json, got %q", *format)
	}
	e.log = slog.New(h)
	if fs.NArg() == 0 {
		usage(stderr, fs)
		return usagef("a subcommand is required")
	}
	name, rest := fs.Arg(0), fs.Args()[1:]
	if name == "help" {
		usage(stdout, fs)
		return nil
	}
	cmd, ok := commands()[name]
	if !ok {
		return usagef("unknown subcommand %q (see dialoguewatch help)", name)
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	err := cmd.run(ctx, e, rest)
	if *memProfile != "" {
		if perr := writeHeapProfile(*memProfile); perr != nil {
			err = errors.Join(err, perr)
		}
	}
	return err
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("heap profile: %w", err)
	}
	defer f.Close()
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		return fmt.Errorf("heap profile: %w", err)
	}
	return f.Close()
}

func usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintln(w, "usage: dialoguewatch [global flags] <subcommand> [flags]")
	fmt.Fprintln(w, "\nsubcommands:")
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-15s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nglobal flags:")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprintln(w, "\nrun 'dialoguewatch <subcommand> -h' for its flags")
}

// newFlags makes a subcommand's flag set; errors go to stderr and parse
// errors become usage errors (exit 2).
func newFlags(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: dialoguewatch %s %s\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, turning flag errors into usage errors. Flags may
// follow positional arguments (`extract page.html --url U`); everything
// after "--" is positional.
func parseFlags(fs *flag.FlagSet, args []string) error {
	var pos []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return usagef("%s: %v", fs.Name(), err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	// Re-parse the positionals alone so fs.Args() returns them.
	return fs.Parse(append([]string{"--"}, pos...))
}
