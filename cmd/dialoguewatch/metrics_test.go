package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/dialoguewatch/dialoguewatch/replica"
)

// TestMetrics: `run --metrics-addr` serves per-source crawl health and
// stage throughput while it runs.
func TestMetrics(t *testing.T) {
	srv := httptest.NewServer(replica.Handler())
	defer srv.Close()
	cfg := replicaConfig(t, srv.URL)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, logs, err := runCmd(t, ctx, "run", "--data", t.TempDir(), "--config", cfg, "--metrics-addr", addr)
		if err != nil {
			t.Log(logs)
		}
		done <- err
	}()
	want := []string{
		`dialoguewatch_crawl_runs_total{outcome="ok",source="replica-eeas"} 1`,
		`dialoguewatch_crawl_pages_total{result="new",source="replica-thinktank"} 11`,
		`dialoguewatch_crawl_last_success_timestamp_seconds{source="replica-commission"}`,
		`dialoguewatch_extracted_pages_total 34`,
		`dialoguewatch_sink_articles_total{result="new"} 34`,
		`dialoguewatch_messages_acked_total{consumer="sink"}`,
		`dialoguewatch_messages_dead_lettered_total{consumer="extractor"} 0`,
	}
	var body string
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		if resp, err := http.Get("http://" + addr + "/metrics"); err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			body = string(b)
			missing := false
			for _, w := range want {
				if !strings.Contains(body, w) {
					missing = true
				}
			}
			if !missing {
				break
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("run: %v", err)
	}
	for _, w := range want {
		if !strings.Contains(body, w) {
			t.Errorf("metrics lack %s", w)
		}
	}
}
