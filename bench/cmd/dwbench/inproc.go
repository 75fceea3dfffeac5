package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sync"
	"time"

	"github.com/dialoguewatch/dialoguewatch/bus"
	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/crawler"
	"github.com/dialoguewatch/dialoguewatch/extractor"
	"github.com/dialoguewatch/dialoguewatch/sink"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

// profileInProcess runs the pipeline in this process, wired as
// `dialoguewatch run --once` wires it (cmd/dialoguewatch/run.go: sink and
// extractor consuming, crawler publishing, wait until idle), under a CPU
// profile, and writes heap profiles when the crawl ends (the largest
// backlog) and at the end. It is the fallback when the binary cannot
// profile itself; its figures are not reported as the pipeline's.
//
// window > 0 bounds the pages between the crawler's publish and the
// sink's commit (windowPublisher), to measure what backpressure would do
// to latency and throughput; 0 is the binary's behaviour (unbounded).
func profileInProcess(ctx context.Context, sources, dataDir, prefix string, window int) (res inprocResult, err error) {
	srcs, err := config.LoadSources(sources)
	if err != nil {
		return res, err
	}
	lex, err := config.LoadLexicon()
	if err != nil {
		return res, err
	}
	rules, err := extractor.NewRules(lex)
	if err != nil {
		return res, err
	}
	stage := extractor.NewStage(rules, nil)
	cpu, err := os.Create(prefix + ".cpu.pprof")
	if err != nil {
		return res, err
	}
	defer cpu.Close()
	if err := pprof.StartCPUProfile(cpu); err != nil {
		return res, err
	}
	defer pprof.StopCPUProfile()
	start := time.Now()

	b, err := bus.Open(ctx, bus.Options{DataDir: dataDir})
	if err != nil {
		return res, err
	}
	defer b.Close()
	db, err := sink.Open(ctx, filepath.Join(dataDir, dbFile), nil)
	if err != nil {
		return res, err
	}
	defer db.Close()

	pub := &windowPublisher{Bus: b}
	if window > 0 {
		pub.slots = make(chan struct{}, window)
	}
	var crawlers []*crawler.Crawler
	for _, src := range srcs {
		c, err := crawler.New(src, crawler.Options{Publisher: pub, State: crawler.NewKVState(b.CrawlState())})
		if err != nil {
			return res, err
		}
		crawlers = append(crawlers, c)
	}

	sctx, stopSink := context.WithCancel(context.WithoutCancel(ctx))
	ectx, stopExtract := context.WithCancel(context.WithoutCancel(ctx))
	var wg sync.WaitGroup
	var mu sync.Mutex
	var stageErrs []error
	fail := func(err error) {
		if err != nil {
			mu.Lock()
			stageErrs = append(stageErrs, err)
			mu.Unlock()
		}
	}
	wg.Go(func() {
		fail(b.ConsumeRecords(sctx, 256, 50*time.Millisecond, nil, func(ctx context.Context, batch bus.Batch) error {
			if _, err := db.Apply(ctx, batch.Records, batch.Runs); err != nil {
				return err
			}
			now := time.Now()
			mu.Lock()
			for _, r := range batch.Records {
				res.lat = append(res.lat, now.Sub(r.FetchedAt))
			}
			mu.Unlock()
			pub.done(len(batch.Records))
			return nil
		}))
	})
	wg.Go(func() {
		fail(b.ConsumePages(ectx, runtime.NumCPU(), nil, func(ctx context.Context, p *wire.Page) error {
			return b.PublishRecord(ctx, stage.Process(p))
		}))
	})
	// Heap profile whenever the live heap reaches a new high (by 10%):
	// the last one written is the peak's.
	peakCtx, stopPeak := context.WithCancel(ctx)
	var peakWG sync.WaitGroup
	peakWG.Go(func() { heapPeaks(peakCtx, prefix+".heap-peak.pprof") })
	for _, c := range crawlers {
		if _, err := c.Crawl(ctx); err != nil {
			fail(err)
		}
	}
	res.crawlEnd = time.Since(start)
	fail(writeHeap(prefix + ".heap-crawl-end.pprof"))
	fail(b.WaitIdle(ctx, 50*time.Millisecond))
	stopExtract()
	stopSink()
	wg.Wait()
	res.end = time.Since(start)
	stopPeak()
	peakWG.Wait()
	fail(writeHeap(prefix + ".heap.pprof"))
	if len(stageErrs) > 0 {
		return res, fmt.Errorf("in-process pipeline: %w", errors.Join(stageErrs...))
	}
	return res, nil
}

// inprocResult is what an in-process run measured.
type inprocResult struct {
	crawlEnd, end time.Duration   // since start: the crawl's end, idle
	lat           []time.Duration // fetch to commit, per record
}

// windowPublisher is the crawler's publisher with, when slots is set, at
// most cap(slots) pages between publish and commit: a publish waits for a
// commit to free a slot.
type windowPublisher struct {
	*bus.Bus
	slots chan struct{}
}

func (w *windowPublisher) PublishPage(ctx context.Context, p *wire.Page) error {
	if w.slots != nil {
		select {
		case w.slots <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if err := w.Bus.PublishPage(ctx, p); err != nil {
		w.done(1)
		return err
	}
	return nil
}

// done frees n slots (records committed).
func (w *windowPublisher) done(n int) {
	if w.slots == nil {
		return
	}
	for range n {
		select {
		case <-w.slots:
		default:
			return
		}
	}
}

// writeHeap writes the in-use heap (after a GC, as pprof does).
func writeHeap(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	runtime.GC()
	return pprof.Lookup("heap").WriteTo(f, 0)
}

// heapPeaks writes a heap profile to path each time the live heap grows
// 10% above the largest seen, until ctx ends.
func heapPeaks(ctx context.Context, path string) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		metrics.Read(sample)
		if v := sample[0].Value.Uint64(); v > peak+peak/10 {
			peak = v
			_ = writeHeapNoGC(path)
		}
	}
}

func writeHeapNoGC(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return pprof.Lookup("heap").WriteTo(f, 0)
}
