package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/dialoguewatch/dialoguewatch/bus"
	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/crawler"
	"github.com/dialoguewatch/dialoguewatch/extractor"
	"github.com/dialoguewatch/dialoguewatch/sink"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

// pipeline is the set of stages one process runs, wired to one bus.
// Downstream stages start before upstream ones and stop after them.
type pipeline struct {
	e        *env
	bus      *bus.Bus
	db       *sink.DB         // nil: no sink in this process
	stage    *extractor.Stage // nil: no extractor in this process
	sources  []config.Source  // empty: no crawler in this process
	flags    *stageFlags
	mode     mode
	hosts    *crawler.Hosts // per-host pacing shared by this process's crawlers
	reg      *prometheus.Registry
	metrics  *metrics
	throttle *throttle // nil: crawlers publish without waiting

	extractStats, sinkStats bus.ConsumeStats
}

func cmdRun(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "run", "[flags]")
	var sf stageFlags
	sf.register(fs, "data")
	once := fs.Bool("once", false, "crawl every source once, wait until every page is stored, print a summary and exit")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("run: unexpected argument %q", fs.Arg(0))
	}
	srcs, err := sf.sources()
	if err != nil {
		return err
	}
	return runPipeline(ctx, e, &sf, srcs, mode{once: *once, extract: true, store: true})
}

// mode says which stages a process runs and how.
type mode struct {
	once       bool // crawl once, wait for the pipeline to finish, print a summary
	extract    bool // run the extractor stage
	store      bool // run the sink stage
	showEvents bool // with once and store: print the events table when something changed
}

// runPipeline opens what the selected stages need and runs them. With once,
// it crawls each source one time, waits until the extractor and the sink
// have finished every page (both consumers idle), prints the summary and
// returns; otherwise it runs until ctx ends.
func runPipeline(ctx context.Context, e *env, sf *stageFlags, srcs []config.Source, m mode) (err error) {
	// The live heap of a large crawl is ~160 MB (JetStream's block caches,
	// pages in flight, the date libraries' regexps); Go's default GC
	// headroom doubles it. At 20,000 pages: no limit 419 MB peak RSS;
	// 250 MiB 294 MB for 3% more CPU; 200 MiB 243 MB but 34% more CPU.
	if sf.memLimit > 0 && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(int64(sf.memLimit))
	}
	p := &pipeline{e: e, sources: srcs, flags: sf, mode: m, hosts: crawler.NewHosts(), reg: prometheus.NewRegistry()}
	p.metrics = newMetrics(p.reg, p)
	if m.extract {
		if p.stage, err = newStage(e, sf); err != nil {
			return err
		}
	}
	if p.bus, err = bus.Open(ctx, sf.busOptions(e)); err != nil {
		return err
	}
	defer p.bus.Close()
	if m.store {
		if p.db, err = sink.Open(ctx, sf.dbPath(), e.log); err != nil {
			return err
		}
		defer p.db.Close()
	}
	return p.run(ctx)
}

func newStage(e *env, sf *stageFlags) (*extractor.Stage, error) {
	lex, err := config.LoadLexicon(sf.lexicons...)
	if err != nil {
		return nil, err
	}
	rules, err := extractor.NewRules(lex)
	if err != nil {
		return nil, err
	}
	return extractor.NewStage(rules, e.log), nil
}

func (p *pipeline) run(ctx context.Context) error {
	once := p.mode.once
	started := time.Now()
	deadBefore, err := p.bus.DeadLetters(ctx)
	if err != nil {
		return err
	}
	// Downstream stages run on contexts of their own, so that a signal
	// stops the crawlers first and the others finish what is in flight.
	var wg sync.WaitGroup
	var mu sync.Mutex
	var stageErrs []error
	fail := func(err error) {
		mu.Lock()
		stageErrs = append(stageErrs, err)
		mu.Unlock()
	}
	start := func(name string, fn func(context.Context) error) context.CancelFunc {
		sctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := fn(sctx); err != nil {
				p.e.log.Error("stage failed", "stage", name, "err", err)
				fail(fmt.Errorf("%s: %w", name, err))
			}
		}()
		return cancel
	}
	var stops []context.CancelFunc // in start order: downstream first
	stops = append(stops, start("dead-letter watch", p.bus.WatchMaxDeliveries))
	if p.flags.metrics != "" {
		stops = append(stops, start("metrics", func(ctx context.Context) error { return serveMetrics(ctx, p.e, p.flags.metrics, p.reg) }))
	}
	if p.db != nil {
		stops = append(stops, start("sink", p.runSink))
	}
	if p.stage != nil {
		stops = append(stops, start("extractor", p.runExtractor))
	}
	if len(p.sources) > 0 && p.flags.backlog > 0 {
		p.throttle = &throttle{backlog: p.bus.Backlog, max: int64(p.flags.backlog), every: 50 * time.Millisecond}
		stops = append(stops, start("backlog watch", p.throttle.run))
	}
	stopAll := func() {
		for i := len(stops) - 1; i >= 0; i-- { // upstream first
			stops[i]()
		}
		wg.Wait()
	}

	var runs []wire.CrawlRun
	var crawlErr error
	if len(p.sources) > 0 {
		if once {
			runs, crawlErr = p.crawlOnce(ctx)
		} else {
			crawlErr = p.crawlForever(ctx)
		}
	} else {
		<-ctx.Done()
	}
	if once && ctx.Err() == nil && p.db != nil && p.stage != nil {
		// Every page is durable in the stream; wait until it went
		// through extraction and is committed.
		if err := p.bus.WaitIdle(ctx, 50*time.Millisecond); err != nil {
			crawlErr = errors.Join(crawlErr, fmt.Errorf("waiting for the pipeline to finish: %w", err))
		}
	}
	stopAll()

	deadAfter, _ := p.bus.DeadLetters(context.WithoutCancel(ctx))
	dead := int64(deadAfter) - int64(deadBefore)
	if once {
		if err := p.summary(context.WithoutCancel(ctx), runs, dead, time.Since(started)); err != nil {
			crawlErr = errors.Join(crawlErr, err)
		}
	}
	err = errors.Join(append(stageErrs, crawlErr)...)
	if err == nil && once && dead > 0 {
		err = fmt.Errorf("%d message(s) were dead-lettered; see stream %s", dead, wire.StreamDead)
	}
	if err == nil && ctx.Err() != nil && once {
		err = fmt.Errorf("interrupted: %w", context.Cause(ctx))
	}
	return err
}

func (p *pipeline) runSink(ctx context.Context) error {
	return p.bus.ConsumeRecords(ctx, p.flags.batch, p.flags.linger, &p.sinkStats, func(ctx context.Context, b bus.Batch) error {
		began := time.Now()
		res, err := p.db.Apply(ctx, b.Records, b.Runs)
		if err != nil {
			return err
		}
		p.metrics.observeApply(res, time.Since(began))
		// The rest of the batch is committed; what the sink refused goes
		// to the dead-letter stream before the batch is acked.
		for _, r := range res.Rejected {
			var item any = b.Runs
			if r.Kind == "record" && r.Index < len(b.Records) {
				item = b.Records[r.Index]
			} else if r.Index < len(b.Runs) {
				item = b.Runs[r.Index]
			}
			if err := p.bus.Reject(ctx, wire.ConsumerSink, item, r.Reason, &p.sinkStats); err != nil {
				return err
			}
		}
		p.e.log.Debug("committed", "records", len(b.Records), "runs", len(b.Runs), "events_new", res.EventsNew, "events_updated", res.EventsUpdated)
		return nil
	})
}

func (p *pipeline) runExtractor(ctx context.Context) error {
	return p.bus.ConsumePages(ctx, p.flags.workers, &p.extractStats, func(ctx context.Context, page *wire.Page) error {
		began := time.Now()
		rec := p.stage.Process(page)
		p.metrics.observeExtract(rec, time.Since(began))
		return p.bus.PublishRecord(ctx, rec)
	})
}

func (p *pipeline) newCrawler(src config.Source) (*crawler.Crawler, error) {
	var pub crawler.Publisher = p.bus
	if p.throttle != nil {
		pub = throttledPublisher{pub, p.throttle}
	}
	return crawler.New(src, crawler.Options{
		Publisher: observedPublisher{pub, p.metrics},
		State:     crawler.NewKVState(p.bus.CrawlState()),
		Logger:    p.e.log,
		Transport: p.e.transport,
		Hosts:     p.hosts,
	})
}

// crawlOnce crawls every source once, concurrently (politeness is per host
// inside the crawler).
func (p *pipeline) crawlOnce(ctx context.Context) ([]wire.CrawlRun, error) {
	runs := make([]wire.CrawlRun, len(p.sources))
	errs := make([]error, len(p.sources))
	var wg sync.WaitGroup
	for i, src := range p.sources {
		c, err := p.newCrawler(src)
		if err != nil {
			return nil, fmt.Errorf("crawler %s: %w", src.Name, err)
		}
		wg.Go(func() {
			runs[i], errs[i] = c.Crawl(ctx)
			if errs[i] != nil {
				errs[i] = fmt.Errorf("crawl %s: %w", src.Name, errs[i])
			}
		})
	}
	wg.Wait()
	return runs, errors.Join(errs...)
}

// crawlForever runs each source's crawler on its interval until ctx ends.
func (p *pipeline) crawlForever(ctx context.Context) error {
	var wg sync.WaitGroup
	errs := make([]error, len(p.sources))
	for i, src := range p.sources {
		c, err := p.newCrawler(src)
		if err != nil {
			return fmt.Errorf("crawler %s: %w", src.Name, err)
		}
		wg.Go(func() {
			if err := c.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				errs[i] = fmt.Errorf("crawler %s: %w", src.Name, err)
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

func cmdCrawl(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "crawl", "--nats URL [flags]")
	var sf stageFlags
	sf.register(fs, "data")
	once := fs.Bool("once", false, "crawl every source once and exit when its pages are published")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if sf.nats.url == "" {
		return usagef("crawl: --nats is required (a stage alone needs a shared NATS server; use `run` for one process)")
	}
	if !flagSet(fs, "max-backlog") {
		sf.backlog = 0 // the stream is the buffer between processes
	}
	srcs, err := sf.sources()
	if err != nil {
		return err
	}
	return runPipeline(ctx, e, &sf, srcs, mode{once: *once})
}

func cmdExtractWorker(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract-worker", "--nats URL [flags]")
	var sf stageFlags
	sf.register(fs, "data")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if sf.nats.url == "" {
		return usagef("extract-worker: --nats is required")
	}
	return runPipeline(ctx, e, &sf, nil, mode{extract: true})
}

func cmdSink(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "sink", "--nats URL [--data DIR] [flags]")
	var sf stageFlags
	sf.register(fs, "data")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if sf.nats.url == "" {
		return usagef("sink: --nats is required")
	}
	return runPipeline(ctx, e, &sf, nil, mode{store: true})
}

// flagSet reports whether the flag was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
