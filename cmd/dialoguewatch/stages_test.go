package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"go.yaml.in/yaml/v3"

	"github.com/dialoguewatch/dialoguewatch/replica"
)

// natsServer starts a NATS server with JetStream on a loopback port, with
// a user and password, standing for a cluster the stages share.
func natsServer(t *testing.T) string {
	t.Helper()
	srv, err := server.NewServer(&server.Options{
		Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(),
		Username: "dw", Password: "s3cret", NoSigs: true, NoLog: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server not ready")
	}
	t.Cleanup(srv.Shutdown)
	return srv.ClientURL()
}

type proc struct {
	name string
	cmd  *exec.Cmd
	out  bytes.Buffer
}

func start(t *testing.T, name, bin string, args ...string) *proc {
	t.Helper()
	p := &proc{name: name, cmd: exec.Command(bin, args...)}
	p.cmd.Stdout, p.cmd.Stderr = &p.out, &p.out
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			_ = p.cmd.Process.Kill()
			_ = p.cmd.Wait()
		}
	})
	return p
}

// stop sends SIGTERM and requires a clean exit within the timeout.
func (p *proc) stop(t *testing.T, timeout time.Duration) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("%s exited with %v after SIGTERM:\n%s", p.name, err, p.out.String())
		}
	case <-time.After(timeout):
		t.Errorf("%s did not exit within %s of SIGTERM:\n%s", p.name, timeout, p.out.String())
	}
}

// waitFor polls cond until it holds or the timeout passes.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestStagesAsSeparateProcesses runs sink, two extractor workers and a
// crawler as separate processes sharing one external NATS server, with
// credentials, and checks the database ends complete; the long-running
// stages stop cleanly on SIGTERM.
func TestStagesAsSeparateProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	url := natsServer(t)
	srv := slowReplica(0)
	defer srv.Close()
	cfg := replicaConfig(t, srv.URL)
	data := t.TempDir()
	auth := []string{"--nats", url, "--nats-user", "dw", "--nats-password", "s3cret", "--ack-wait", "2s"}

	sinkP := start(t, "sink", bin, append([]string{"--log-level", "warn", "sink", "--data", data}, auth...)...)
	w1 := start(t, "extract-worker 1", bin, append([]string{"--log-level", "warn", "extract-worker", "--workers", "1"}, auth...)...)
	w2 := start(t, "extract-worker 2", bin, append([]string{"--log-level", "warn", "extract-worker", "--workers", "1"}, auth...)...)
	crawl := exec.Command(bin, append([]string{"--log-level", "warn", "crawl", "--once", "--config", cfg}, auth...)...)
	if out, err := crawl.CombinedOutput(); err != nil {
		t.Fatalf("crawl --once: %v\n%s", err, out)
	}

	total := len(replica.Articles())
	waitFor(t, time.Minute, "every article stored by the sink process", func() bool { return articleCount(data) == total })
	for _, p := range []*proc{w1, w2, sinkP} { // upstream first
		p.stop(t, 30*time.Second)
	}
	db := openDB(t, data)
	c, err := db.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != total || c.Events == 0 || c.Mentions < c.Events {
		t.Errorf("database after separate stages: %+v", c)
	}

	// Wrong credentials are refused with a clear error, not a hang.
	bad := exec.Command(bin, "sink", "--data", t.TempDir(), "--nats", url, "--nats-user", "dw", "--nats-password", "wrong")
	out, err := bad.CombinedOutput()
	if err == nil || !bytes.Contains(bytes.ToLower(out), []byte("authorization")) {
		t.Errorf("wrong password: err %v, output %s; want an authorization error", err, out)
	}
}

// TestRunStaysUpAndDrains: `run` without --once crawls each source again
// at its interval and, on SIGTERM, stops and exits 0.
func TestRunStaysUpAndDrains(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	srv := slowReplica(0)
	defer srv.Close()
	srcs, err := replica.Sources(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	for i := range srcs {
		srcs[i].Interval = time.Second
	}
	out, err := yaml.Marshal(map[string]any{"sources": srcs})
	if err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(t.TempDir(), "sources.yaml")
	if err := os.WriteFile(cfg, out, 0o644); err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	p := start(t, "run", bin, "--log-level", "warn", "run", "--data", data, "--config", cfg)
	// Two finished runs per source: the second came from the interval.
	waitFor(t, time.Minute, "a second crawl of every source", func() bool {
		db, err := openDBQuiet(data)
		if err != nil {
			return false
		}
		defer db.Close()
		runs, err := db.Runs(context.Background())
		if err != nil {
			return false
		}
		finished := map[string]int{}
		for _, r := range runs {
			if !r.Finished.IsZero() {
				finished[r.Source]++
			}
		}
		for _, s := range srcs {
			if finished[s.Name] < 2 {
				return false
			}
		}
		return true
	})
	p.stop(t, 30*time.Second)
	if n := articleCount(data); n != len(replica.Articles()) {
		t.Errorf("%d articles stored, want %d", n, len(replica.Articles()))
	}
}
