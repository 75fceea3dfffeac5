package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/dialoguewatch/dialoguewatch/replica"
)

// cmdDemo serves the bundled replica of the watched sites on loopback and
// runs the whole pipeline on it once: embedded NATS, real SQLite file.
// Run twice, the second run finds nothing new.
func cmdDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "demo", "[--data DIR] [--addr HOST:PORT]")
	var sf stageFlags
	sf.register(fs, "data-demo")
	addr := fs.String("addr", replica.DefaultAddr, "loopback address to serve the replica on; URLs are stored with it, so keep it fixed between runs")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if len(sf.configs) > 0 || len(sf.only) > 0 {
		return usagef("demo: crawls the replica's own sources; use `run --config` for others")
	}
	stopReplica, err := serveReplica(e, *addr)
	if err != nil {
		return err
	}
	defer stopReplica()
	srcs, err := replica.Sources("http://" + *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Replica of the watched sites at http://%s/ (EEAS-like, Commission-like, think tank with RSS)\n", *addr)
	fmt.Fprintf(e.stdout, "Crawling %d sources through crawler → NATS JetStream → extractor → NATS JetStream → sink → %s\n\n", len(srcs), sf.dbPath())
	return runPipeline(ctx, e, &sf, srcs, mode{once: true, extract: true, store: true, showEvents: true})
}

// cmdReplica serves the replica until interrupted, for trying the stages
// as separate processes.
func cmdReplica(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "replica", "[--addr HOST:PORT]")
	addr := fs.String("addr", replica.DefaultAddr, "loopback address to serve the replica on")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	stop, err := serveReplica(e, *addr)
	if err != nil {
		return err
	}
	defer stop()
	fmt.Fprintf(e.stdout, "Serving the replica at http://%s/ until interrupted; its sources: config/demo/\n", *addr)
	<-ctx.Done()
	return nil
}

func serveReplica(e *env, addr string) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("serve replica: %w (is another demo running? choose another --addr, and keep it for later runs)", err)
	}
	srv := &http.Server{Handler: replica.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			e.log.Error("replica server", "err", err)
		}
	}()
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}, nil
}
