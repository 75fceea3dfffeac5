package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/dialoguewatch/dialoguewatch/bench/synthsite"
	"github.com/dialoguewatch/dialoguewatch/bus"
	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/extractor"
	"github.com/dialoguewatch/dialoguewatch/sink"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

// samplePages returns n article pages spread over the site, as the
// crawler would publish them.
func samplePages(site *synthsite.Site, base string, n int) []*wire.Page {
	n = min(n, site.Articles())
	pages := make([]*wire.Page, n)
	now := time.Now().UTC()
	for k := range n {
		i := k * site.Articles() / n
		body := site.Article(base, i)
		pages[k] = &wire.Page{
			Source: "synth", RunID: "bench", URL: base + site.ArticlePath(i), FinalURL: base + site.ArticlePath(i),
			Status: 200, FetchedAt: now, Body: body, ContentHash: wire.Hash(body),
			Header: map[string]string{"Content-Type": "text/html; charset=utf-8"},
		}
	}
	return pages
}

// profiled runs fn with a CPU profile (and a heap profile after it) in
// dir named for name; dir "" runs fn alone.
func profiled(dir, name string, fn func() error) error {
	if dir == "" {
		return fn()
	}
	f, err := os.Create(filepath.Join(dir, name+".cpu.pprof"))
	if err != nil {
		return err
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	err = fn()
	pprof.StopCPUProfile()
	h, herr := os.Create(filepath.Join(dir, name+".heap.pprof"))
	if herr == nil {
		herr = pprof.Lookup("allocs").WriteTo(h, 0)
		h.Close()
	}
	if err == nil {
		err = herr
	}
	return err
}

// extractorStage times extraction on one core: main text (go-trafilatura
// via extractor.ParseHTML) and the event rules, separately. It returns
// the records the pipeline would make of the pages, for the sink stage.
func extractorStage(pages []*wire.Page, profile string) (extractorResult, []*wire.Record, error) {
	lex, err := config.LoadLexicon()
	if err != nil {
		return extractorResult{}, nil, err
	}
	rules, err := extractor.NewRules(lex)
	if err != nil {
		return extractorResult{}, nil, err
	}
	// One core: one P, and this goroutine on one thread whose CPU time
	// is read, so that a busy machine slows the wall clock, not the figure.
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	for _, p := range pages[:min(10, len(pages))] { // warm up
		doc, _ := extractor.ParseHTML(p.Body, p.URL)
		rules.Events(doc)
	}
	runtime.GC()
	var res extractorResult
	records := make([]*wire.Record, 0, len(pages))
	var parse, match time.Duration
	var bytesIn int
	var cpu time.Duration
	err = profiled(profile, "stage-extractor", func() error {
		before := threadCPU()
		defer func() { cpu = threadCPU() - before }()
		for _, p := range pages {
			t0 := time.Now()
			doc, err := extractor.ParseHTML(p.Body, p.URL)
			t1 := time.Now()
			var events []wire.Event
			if err == nil {
				events = rules.Events(doc)
			}
			t2 := time.Now()
			parse += t1.Sub(t0)
			match += t2.Sub(t1)
			bytesIn += len(p.Body)
			res.Events += len(events)
			if events == nil {
				events = []wire.Event{}
			}
			records = append(records, &wire.Record{
				Source: p.Source, RunID: p.RunID, URL: p.URL, FinalURL: p.FinalURL, FetchedAt: p.FetchedAt,
				ContentHash: p.ContentHash, Title: doc.Title, Published: doc.Published, Lang: "en",
				Text: doc.Text, Events: events, Extractor: extractor.Version,
			})
		}
		return nil
	})
	// The thread's CPU time, split between main text and rules as the
	// wall clock split it.
	wall := (parse + match).Seconds()
	total := cpu.Seconds()
	if total <= 0 {
		total = wall
	}
	res.Texts = len(pages)
	res.TextsPerSec = float64(len(pages)) / total
	res.WallTextsPerSec = float64(len(pages)) / wall
	res.MBPerSec = float64(bytesIn) / 1e6 / total
	res.ParseMs = total * parse.Seconds() / wall * 1000 / float64(len(pages))
	res.RulesMs = total * match.Seconds() / wall * 1000 / float64(len(pages))
	return res, records, err
}

// sinkStage applies records in batches of batch to a fresh database:
// first the site's records (their text, their few events), copied until
// there are at least minRecords, then event-dense records (20 events, short
// text) for the event-row rate.
func sinkStage(ctx context.Context, dir string, records []*wire.Record, minRecords, batch int, profile string) (sinkResult, error) {
	var all []*wire.Record
	for k := 0; len(all) < minRecords; k++ {
		for _, r := range records {
			c := *r
			c.URL = r.URL + "?copy=" + strconv.Itoa(k)
			c.ContentHash = wire.Hash([]byte(c.URL))
			c.Events = make([]wire.Event, len(r.Events))
			for j, e := range r.Events {
				e.Edition += 100 * k // another event, not another mention of the same
				c.Events[j] = e
			}
			all = append(all, &c)
		}
	}
	dense := denseRecords(min(2000, max(100, minRecords*2/5)), 20)
	var res sinkResult
	err := profiled(profile, "stage-sink", func() error {
		var err error
		res.Records, res.Events, res.Seconds, err = applyAll(ctx, filepath.Join(dir, "site.db"), all, batch)
		if err != nil {
			return err
		}
		var n int
		var s float64
		n, res.DenseEvents, s, err = applyAll(ctx, filepath.Join(dir, "dense.db"), dense, batch)
		res.DenseRecords, res.DenseSeconds = n, s
		return err
	})
	if err != nil {
		return res, err
	}
	res.Batch = batch
	res.RecordsPerSec = float64(res.Records) / res.Seconds
	res.EventsPerSec = float64(res.Events) / res.Seconds
	res.DenseEventsPerSec = float64(res.DenseEvents) / res.DenseSeconds
	return res, nil
}

func applyAll(ctx context.Context, path string, recs []*wire.Record, batch int) (records, events int, seconds float64, err error) {
	db, err := sink.Open(ctx, path, nil)
	if err != nil {
		return 0, 0, 0, err
	}
	defer db.Close()
	start := time.Now()
	for i := 0; i < len(recs); i += batch {
		b := recs[i:min(i+batch, len(recs))]
		if _, err := db.Apply(ctx, b, nil); err != nil {
			return 0, 0, 0, err
		}
		for _, r := range b {
			events += len(r.Events)
		}
	}
	return len(recs), events, time.Since(start).Seconds(), nil
}

// denseRecords makes n records of perRecord distinct events each, with a
// short text: the sink's event-row rate without the article text's cost.
// Events spread as in real data: a (type, partners, year) bucket holds a
// couple of events whatever n is.
func denseRecords(n, perRecord int) []*wire.Record {
	types := []string{"dialogue", "summit", "council", "ministerial meeting", "working group", "task force", "forum", "signing", "launch"}
	var codes []string
	for _, c := range config.ISOCountries() {
		codes = append(codes, c.Code)
	}
	now := time.Now().UTC()
	out := make([]*wire.Record, n)
	for i := range n {
		url := fmt.Sprintf("https://dense.test/news/%d", i)
		r := &wire.Record{
			Source: "dense", RunID: "bench", URL: url, FinalURL: url, FetchedAt: now, ContentHash: wire.Hash([]byte(url)),
			Title: "Dense " + strconv.Itoa(i), Published: "2025-05-01", Lang: "en", Extractor: extractor.Version,
			Text: "The EU and its partners held several dialogues this month; each is listed below with its date and place.",
		}
		for j := range perRecord {
			e := i*perRecord + j
			typ := types[e%len(types)]
			partner := codes[(e/len(types))%len(codes)]
			year := 1990 + (e/(len(types)*len(codes)))%36
			r.Events = append(r.Events, wire.Event{
				Type: typ, Series: "EU-" + partner + " " + typ,
				Partners: []string{"EU", partner},
				Start:    fmt.Sprintf("%d-%02d-%02d", year, 1+e%12, 1+e%28), Edition: 1 + e/(len(types)*len(codes)*36),
				Location: "Brussels", Status: wire.StatusHeld, Evidence: fmt.Sprintf("Event %d took place in Brussels.", e), Confidence: 0.9,
			})
		}
		out[i] = r
	}
	return out
}

// natsStage publishes the sample pages through an embedded NATS server
// and consumes them as the extractor does: first one at a time (round-trip
// latency: publish call to handler), then from parallel publishers
// (throughput).
func natsStage(ctx context.Context, dir string, pages []*wire.Page, parallel int, profile string) (natsResult, error) {
	var res natsResult
	err := profiled(profile, "stage-nats", func() error {
		b, err := bus.Open(ctx, bus.Options{DataDir: dir})
		if err != nil {
			return err
		}
		defer b.Close()
		var (
			mu   sync.Mutex
			sent = map[string]time.Time{}
			rtt  []time.Duration
			got  = make(chan struct{}, len(pages)*3)
		)
		cctx, cancel := context.WithCancel(ctx)
		defer cancel()
		var wg sync.WaitGroup
		wg.Go(func() {
			_ = b.ConsumePages(cctx, 2, nil, func(_ context.Context, p *wire.Page) error {
				mu.Lock()
				if t, ok := sent[p.URL]; ok {
					rtt = append(rtt, time.Since(t))
				}
				mu.Unlock()
				got <- struct{}{}
				return nil
			})
		})
		// Round trips, one page in flight.
		n := len(pages)
		var bytesIn int
		for _, p := range pages {
			bytesIn += len(p.Body)
		}
		start := time.Now()
		for _, p := range pages {
			q := *p
			q.URL += "#rtt"
			mu.Lock()
			sent[q.URL] = time.Now()
			mu.Unlock()
			if err := b.PublishPage(ctx, &q); err != nil {
				return err
			}
			<-got
		}
		res.RoundTripSeconds = time.Since(start).Seconds()
		// Throughput: parallel publishers, as the crawler's workers.
		start = time.Now()
		var pubWG sync.WaitGroup
		errs := make(chan error, parallel)
		for w := range parallel {
			pubWG.Go(func() {
				for k := w; k < n*2; k += parallel {
					q := *pages[k%n]
					q.URL += "#tp" + strconv.Itoa(k)
					q.ContentHash = wire.Hash([]byte(q.URL))
					if err := b.PublishPage(ctx, &q); err != nil {
						errs <- err
						return
					}
				}
			})
		}
		pubWG.Wait()
		published := time.Since(start)
		select {
		case err := <-errs:
			return err
		default:
		}
		for range n * 2 {
			select {
			case <-got:
			case <-time.After(time.Minute):
				return fmt.Errorf("nats stage: pages not consumed within a minute")
			}
		}
		consumed := time.Since(start)
		cancel()
		wg.Wait()
		sorted := sortedCopy(rtt)
		res.Pages = n
		res.MeanPageKB = float64(bytesIn) / float64(n) / 1024
		res.RoundTripP50Ms = ms(percentile(sorted, 0.5))
		res.RoundTripP95Ms = ms(percentile(sorted, 0.95))
		res.PublishPerSec = float64(2*n) / published.Seconds()
		res.ThroughputPerSec = float64(2*n) / consumed.Seconds()
		res.ThroughputMBPerSec = float64(2*bytesIn) / 1e6 / consumed.Seconds()
		res.Publishers = parallel
		return nil
	})
	return res, err
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// threadCPU is the calling thread's CPU time (user + system).
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// rusageThread is Linux's RUSAGE_THREAD.
const rusageThread = 1
