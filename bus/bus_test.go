package bus_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/dialoguewatch/dialoguewatch/bus"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

func open(t *testing.T, dir string, opts bus.Options) *bus.Bus {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	opts.DataDir = dir
	b, err := bus.Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

// randomHTML is incompressible filler inside an HTML page, so the page
// stays over the max payload after compression.
func randomHTML(t *testing.T, n int) []byte {
	t.Helper()
	raw := make([]byte, n/2)
	if _, err := rand.Read(raw); err != nil {
		t.Fatal(err)
	}
	return []byte("<html><body><p>" + hex.EncodeToString(raw) + "</p></body></html>")
}

// collectPages consumes until n pages arrived or the deadline passes.
func collectPages(t *testing.T, b *bus.Bus, n int, fn func(*wire.Page) error) []*wire.Page {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var mu sync.Mutex
	var got []*wire.Page
	done := make(chan error, 1)
	go func() {
		done <- b.ConsumePages(ctx, 2, nil, func(_ context.Context, p *wire.Page) error {
			if fn != nil {
				if err := fn(p); err != nil {
					return err
				}
			}
			mu.Lock()
			defer mu.Unlock()
			got = append(got, p)
			if len(got) == n {
				cancel()
			}
			return nil
		})
	}()
	<-ctx.Done()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	return got
}

func TestPagesArriveWholeAcrossMaxPayload(t *testing.T) {
	b := open(t, t.TempDir(), bus.Options{})
	ctx := context.Background()
	sizes := []int{10 << 10, 3 << 20} // inline, and 3 MB through the object store
	sent := map[string][]byte{}
	for i, n := range sizes {
		body := randomHTML(t, n)
		p := &wire.Page{Source: "test", URL: "https://example.org/" + string(rune('a'+i)), Body: body, ContentHash: wire.Hash(body), Status: 200}
		if err := b.PublishPage(ctx, p); err != nil {
			t.Fatalf("publish %d bytes: %v", n, err)
		}
		sent[p.URL] = body
	}
	got := collectPages(t, b, len(sizes), nil)
	if len(got) != len(sizes) {
		t.Fatalf("got %d pages, want %d", len(got), len(sizes))
	}
	for _, p := range got {
		if !bytes.Equal(p.Body, sent[p.URL]) {
			t.Errorf("%s: body of %d bytes differs from the %d sent", p.URL, len(p.Body), len(sent[p.URL]))
		}
		if wire.Hash(p.Body) != p.ContentHash {
			t.Errorf("%s: hash mismatch", p.URL)
		}
	}
}

func TestPublishDedup(t *testing.T) {
	b := open(t, t.TempDir(), bus.Options{})
	ctx := context.Background()
	body := []byte("<p>same</p>")
	for range 3 {
		p := &wire.Page{Source: "test", URL: "https://example.org/x", Body: body, ContentHash: wire.Hash(body)}
		if err := b.PublishPage(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	if got := collectPages(t, b, 1, nil); len(got) != 1 {
		t.Fatalf("got %d pages, want 1", len(got))
	}
	// Nothing else is pending: the two repeats were dropped at publish.
	if idle, err := b.Idle(ctx); err != nil || !idle {
		t.Fatalf("idle = %v, %v; want true: 3 identical publishes must store 1 message", idle, err)
	}
}

func TestFailingMessageIsDeadLettered(t *testing.T) {
	b := open(t, t.TempDir(), bus.Options{MaxDeliver: 2})
	ctx := context.Background()
	for _, u := range []string{"https://example.org/poison", "https://example.org/good", "https://example.org/permanent"} {
		body := []byte(u)
		if err := b.PublishPage(ctx, &wire.Page{Source: "test", URL: u, Body: body, ContentHash: wire.Hash(body)}); err != nil {
			t.Fatal(err)
		}
	}
	var stats bus.ConsumeStats
	cctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	go func() {
		for cctx.Err() == nil {
			if n, _ := b.DeadLetters(ctx); n == 2 {
				cancel()
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()
	var mu sync.Mutex
	var good int
	err := b.ConsumePages(cctx, 1, &stats, func(_ context.Context, p *wire.Page) error {
		switch p.URL {
		case "https://example.org/poison":
			return errors.New("transient, forever")
		case "https://example.org/permanent":
			return bus.Permanent(errors.New("cannot ever work"))
		}
		mu.Lock()
		good++
		mu.Unlock()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := b.DeadLetters(ctx); n != 2 {
		t.Fatalf("dead letters = %d, want 2 (retried poison + permanent)", n)
	}
	if good != 1 || stats.DeadLetters.Load() != 2 || stats.Retried.Load() != 1 || stats.Redelivered.Load() != 1 {
		t.Fatalf("good=%d dead=%d retried=%d redelivered=%d, want 1 2 1 1", good, stats.DeadLetters.Load(), stats.Retried.Load(), stats.Redelivered.Load())
	}
	idle, err := b.Idle(ctx)
	if err != nil || !idle {
		t.Fatalf("idle = %v, %v; want true after every message was settled", idle, err)
	}
}

func TestRecordsBatchAndSurviveRestart(t *testing.T) {
	dir := t.TempDir()
	b := open(t, dir, bus.Options{})
	ctx := context.Background()
	for i := range 5 {
		r := &wire.Record{Source: "s", URL: "https://example.org/" + string(rune('a'+i)), ContentHash: "h", Extractor: "v1"}
		if err := b.PublishRecord(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.PublishRun(ctx, &wire.CrawlRun{ID: "r1", Source: "s", Started: time.Now()}); err != nil {
		t.Fatal(err)
	}
	b.Close()

	// Everything published before the restart is still there.
	b = open(t, dir, bus.Options{})
	cctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	var records, runs, batches int
	err := b.ConsumeRecords(cctx, 100, 50*time.Millisecond, nil, func(_ context.Context, batch bus.Batch) error {
		batches++
		records += len(batch.Records)
		runs += len(batch.Runs)
		if records+runs == 6 {
			cancel()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if records != 5 || runs != 1 {
		t.Fatalf("got %d records and %d runs, want 5 and 1", records, runs)
	}
	if batches > 2 {
		t.Errorf("6 messages came in %d batches; want them batched", batches)
	}
}
