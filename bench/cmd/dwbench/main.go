// Command dwbench measures dialoguewatch against the crawl itself
// (`make bench`). On a synthetic site served on loopback (package
// synthsite) it runs, in one go:
//
//  1. baselines, in this process: (a) a bare Colly crawl that fetches and
//     parses every page and follows links; (b) the same crawl calling
//     go-trafilatura on every article — the script a user would write;
//  2. the pipeline: `dialoguewatch run --once` as a subprocess (embedded
//     NATS, real SQLite), with fetch-to-row latency read from the database
//     while it runs, peak RSS and CPU time from its rusage;
//  3. the recrawl: the pipeline again on the unchanged site (conditional
//     GETs, nothing new);
//  4. the stages alone: extraction on one core, batched sink writes, NATS
//     round trips with the site's page sizes.
//
// It prints a table and writes the figures, ratios and targets to a JSON
// file (bench/results.json), merged with the runs of other sizes already
// there so that growth from 5,000 to 20,000 pages can be computed.
//
// Usage:
//
//	dwbench [-pages 5000[,20000]] [-seed 1] [-parallelism 8] [-bin bin/dialoguewatch]
//	        [-out bench/results.json] [-profile DIR] [-work DIR] [-repeat N]
//	dwbench serve [-pages N] [-seed S] [-addr 127.0.0.1:0]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(os.Stderr, "dwbench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "serve" {
		return cmdServe(ctx, args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("dwbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg options
	pages := fs.String("pages", "5000", "article pages of the synthetic site; a comma-separated list runs each size")
	fs.Uint64Var(&cfg.seed, "seed", 1, "seed of the synthetic site")
	fs.IntVar(&cfg.parallelism, "parallelism", 8, "concurrent requests, for the baselines and the pipeline alike")
	fs.StringVar(&cfg.bin, "bin", "bin/dialoguewatch", "the dialoguewatch binary to measure")
	fs.StringVar(&cfg.out, "out", "bench/results.json", "results file to write (merged with other sizes already in it); empty: none")
	fs.StringVar(&cfg.profile, "profile", "", "directory for pprof CPU and heap profiles of the pipeline and the stages; empty: none")
	fs.StringVar(&cfg.work, "work", "", "working directory (data dirs, logs); default a temporary one, removed afterwards")
	fs.BoolVar(&cfg.siteInProcess, "site-in-process", false, "serve the site from this process instead of a child process (its CPU then counts in the baselines')")
	fs.IntVar(&cfg.sample, "stage-sample", 400, "articles used by the stage benchmarks")
	fs.BoolVar(&cfg.profileOnly, "profile-only", false, "only profile the pipeline, run in this process, on each size (needs -profile); measures nothing")
	fs.IntVar(&cfg.window, "window", 0, "with -profile-only: at most this many pages between publish and commit (a backpressure experiment); 0: unbounded, as the binary")
	fs.IntVar(&cfg.repeat, "repeat", 1, "run the baselines, the pipeline and the recrawl this many times and keep the fastest of each")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	for _, p := range strings.Split(*pages, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || n < 10 {
			return fmt.Errorf("-pages: %q is not a number of pages (at least 10)", p)
		}
		cfg.sizes = append(cfg.sizes, n)
	}
	if cfg.profileOnly && cfg.profile == "" {
		return errors.New("-profile-only needs -profile DIR")
	}
	if cfg.repeat < 1 {
		return errors.New("-repeat must be at least 1")
	}
	if cfg.parallelism < 1 {
		return errors.New("-parallelism must be at least 1")
	}
	return bench(ctx, &cfg, stdout, stderr)
}
