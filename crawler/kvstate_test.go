package crawler_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dialoguewatch/dialoguewatch/crawler"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

// startJetStream starts an in-process nats-server with JetStream storing
// in a temp dir and returns a JetStream context on it.
func startJetStream(t *testing.T) jetstream.JetStream {
	t.Helper()
	srv, err := server.NewServer(&server.Options{JetStream: true, StoreDir: t.TempDir(), DontListen: true, NoSigs: true, NoLog: true})
	if err != nil {
		t.Fatal(err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats-server not ready")
	}
	nc, err := nats.Connect("", nats.InProcessServer(srv))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		nc.Close()
		srv.Shutdown()
		srv.WaitForShutdown()
	})
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// jsPublisher publishes pages and run reports to JetStream as JSON and
// waits for the ack: a small stand-in for the bus (which also compresses
// and handles pages over the max payload).
type jsPublisher struct{ js jetstream.JetStream }

func (p jsPublisher) PublishPage(ctx context.Context, pg *wire.Page) error {
	data, err := json.Marshal(pg)
	if err != nil {
		return err
	}
	_, err = p.js.Publish(ctx, wire.Subject(wire.SubjectPages, pg.Source), data, jetstream.WithMsgID(pg.MsgID()))
	return err
}

func (p jsPublisher) PublishRun(ctx context.Context, r *wire.CrawlRun) error {
	data, err := json.Marshal(r)
	if err != nil {
		return err
	}
	_, err = p.js.Publish(ctx, wire.Subject(wire.SubjectRuns, r.Source), data, jetstream.WithMsgID(r.MsgID()))
	return err
}

// TestKVState: crawl state in a JetStream KV bucket is shared by crawler
// processes: a second crawler on the same bucket sends only conditional
// requests and publishes nothing to the stream.
func TestKVState(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	js := startJetStream(t)
	kv, err := js.CreateKeyValue(ctx, jetstream.KeyValueConfig{Bucket: wire.BucketCrawl, History: 1})
	if err != nil {
		t.Fatal(err)
	}
	stream, err := js.CreateStream(ctx, jetstream.StreamConfig{
		Name:     wire.StreamPages,
		Subjects: []string{wire.SubjectPages + ".>", wire.SubjectRuns + ".>"},
	})
	if err != nil {
		t.Fatal(err)
	}
	count := func(subject string) uint64 {
		t.Helper()
		info, err := stream.Info(ctx, jetstream.WithSubjectFilter(subject+".>"))
		if err != nil {
			t.Fatal(err)
		}
		var n uint64
		for _, c := range info.State.Subjects {
			n += c
		}
		return n
	}

	s := newArticleSite(t, 5, true)
	src := testSource(s.site)
	pub := jsPublisher{js}
	first := crawl(t, newCrawler(t, src, pub, crawler.NewKVState(kv)))
	if first.Published != 5 || count(wire.SubjectPages) != 5 {
		t.Fatalf("first crawl published %d, stream holds %d pages; want 5 and 5", first.Published, count(wire.SubjectPages))
	}
	// The state is in the bucket under hashed keys.
	keys, err := kv.Keys(ctx)
	if err != nil {
		t.Fatal(err)
	}
	urlKeys := 0
	for _, k := range keys {
		if strings.HasPrefix(k, "url.test.") {
			urlKeys++
			e, _ := kv.Get(ctx, k)
			var st crawler.URLState
			if err := json.Unmarshal(e.Value(), &st); err != nil || st.ETag == "" || st.ContentHash == "" || st.LastStatus != 200 {
				t.Errorf("state %s = %s (%v)", k, e.Value(), err)
			}
		}
	}
	if urlKeys != 5 {
		t.Errorf("%d URL keys in the bucket (of %v), want 5", urlKeys, keys)
	}

	// Another crawler process (a fresh Crawler, the same bucket).
	s.resetHits()
	s.cond.Store(0)
	s.bodies.Store(0)
	second := crawl(t, newCrawler(t, src, pub, crawler.NewKVState(kv)))
	t.Logf("second crawler on the shared KV: %d article requests, %d conditional, %d bodies, published %d; stream pages %d, run reports %d",
		len(s.requests("/a/")), s.cond.Load(), s.bodies.Load(), second.Published, count(wire.SubjectPages), count(wire.SubjectRuns))
	if s.cond.Load() != 5 || s.bodies.Load() != 0 || second.Published != 0 || count(wire.SubjectPages) != 5 {
		t.Errorf("conditional %d, bodies %d, published %d, stream pages %d; want 5, 0, 0, 5",
			s.cond.Load(), s.bodies.Load(), second.Published, count(wire.SubjectPages))
	}
	if second.Backfill || !first.Backfill {
		t.Errorf("backfill: first %v second %v, want true then false", first.Backfill, second.Backfill)
	}
	if n := count(wire.SubjectRuns); n != 4 {
		t.Errorf("run reports in the stream = %d, want 4 (start and end of two runs)", n)
	}
}

// TestClaim: of processes racing for an expired claim on the shared bucket,
// exactly one wins; a fresh claim holds for its window.
func TestClaim(t *testing.T) {
	js := startJetStream(t)
	ctx := t.Context()
	kv, err := js.CreateKeyValue(ctx, jetstream.KeyValueConfig{Bucket: wire.BucketCrawl})
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	for round, now := range []time.Time{t0, t0.Add(time.Hour)} {
		wins := make(chan bool, 8)
		for range 8 {
			go func() {
				ok, err := crawler.NewKVState(kv).Claim(ctx, "src", now, 50*time.Minute)
				if err != nil {
					t.Error(err)
				}
				wins <- ok
			}()
		}
		n := 0
		for range 8 {
			if <-wins {
				n++
			}
		}
		if n != 1 {
			t.Errorf("round %d: %d of 8 racing processes claimed the source, want 1", round, n)
		}
	}
	if ok, _ := crawler.NewKVState(kv).Claim(ctx, "src", t0.Add(90*time.Minute), 50*time.Minute); ok {
		t.Error("claimed 30 min after the last claim with a 50 min window")
	}
	if ok, _ := crawler.NewKVState(kv).Claim(ctx, "other", t0.Add(90*time.Minute), 50*time.Minute); !ok {
		t.Error("another source's claim blocked this one")
	}
}

// TestRunScaledOut: two crawler processes scheduled on the same source and
// sharing the crawl state crawl it once per interval between them.
func TestRunScaledOut(t *testing.T) {
	js := startJetStream(t)
	kv, err := js.CreateKeyValue(t.Context(), jetstream.KeyValueConfig{Bucket: wire.BucketCrawl})
	if err != nil {
		t.Fatal(err)
	}
	s := newArticleSite(t, 1, true)
	src := testSource(s.site)
	src.Interval = time.Second
	ctx, cancel := context.WithTimeout(context.Background(), 2500*time.Millisecond)
	defer cancel()
	done := make(chan error, 2)
	for range 2 {
		c := newCrawler(t, src, &memPublisher{}, crawler.NewKVState(kv))
		go func() { done <- c.Run(ctx) }()
	}
	for range 2 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if n := len(s.requests("/news")); n != 3 {
		t.Errorf("listing fetched %d times in 2.5 s at a 1 s interval by two processes, want 3 (one per interval)", n)
	}
}
