package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/dialoguewatch/dialoguewatch/bench/synthsite"
)

// cmdServe serves a synthetic site until ctx ends or stdin is closed; it
// prints the site's base URL on the first line of stdout. The harness runs
// it as a child process, so that the CPU the site costs counts neither in
// the baselines' figures nor in the pipeline's.
func cmdServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("dwbench serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pages := fs.Int("pages", 5000, "article pages")
	seed := fs.Uint64("seed", 1, "seed")
	addr := fs.String("addr", "127.0.0.1:0", "loopback address to listen on")
	if err := fs.Parse(args); err != nil {
		return err
	}
	site := synthsite.New(synthsite.Options{Articles: *pages, Seed: *seed})
	base, stop, err := serveSite(site, *addr)
	if err != nil {
		return err
	}
	defer stop()
	fmt.Fprintln(stdout, base)
	// The parent closes our stdin to stop us; a parent that dies does too.
	done := make(chan struct{})
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		close(done)
	}()
	select {
	case <-ctx.Done():
	case <-done:
	}
	return nil
}

// serveSite serves site on addr with net/http and returns its base URL.
func serveSite(site *synthsite.Site, addr string) (base string, stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, fmt.Errorf("serve site: %w", err)
	}
	srv := &http.Server{Handler: site, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	return "http://" + ln.Addr().String(), func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}, nil
}

// startSite serves the site of n pages, in a child process (this
// executable's serve subcommand) or in this process.
func startSite(ctx context.Context, cfg *options, n int) (base string, stop func(), err error) {
	if cfg.siteInProcess {
		return serveSite(synthsite.New(synthsite.Options{Articles: n, Seed: cfg.seed}), "127.0.0.1:0")
	}
	exe, err := os.Executable()
	if err != nil {
		return "", nil, fmt.Errorf("start site: %w", err)
	}
	cmd := exec.CommandContext(ctx, exe, "serve", "-pages", strconv.Itoa(n), "-seed", strconv.FormatUint(cfg.seed, 10))
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return "", nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("start site: %w", err)
	}
	stop = func() {
		stdin.Close()
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Signal(syscall.SIGKILL)
			<-done
		}
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	base = strings.TrimSpace(line)
	if err != nil || !strings.HasPrefix(base, "http://") {
		stop()
		return "", nil, errors.Join(fmt.Errorf("start site: got %q", line), err)
	}
	return base, stop, nil
}
