package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/dialoguewatch/dialoguewatch/bench/synthsite"
)

// options is the harness's command line.
type options struct {
	sizes         []int
	seed          uint64
	parallelism   int
	bin           string
	out           string
	profile       string
	work          string
	siteInProcess bool
	sample        int
	repeat        int
	profileOnly   bool
	window        int
}

func bench(ctx context.Context, cfg *options, stdout, stderr io.Writer) error {
	if _, err := os.Stat(cfg.bin); err != nil {
		return fmt.Errorf("%w: %v", errNoBinary, err)
	}
	bin, err := filepath.Abs(cfg.bin)
	if err != nil {
		return err
	}
	cfg.bin = bin
	work := cfg.work
	if work == "" {
		if work, err = os.MkdirTemp("", "dwbench-"); err != nil {
			return err
		}
		defer os.RemoveAll(work)
	}
	if cfg.profile != "" {
		if err := os.MkdirAll(cfg.profile, 0o755); err != nil {
			return err
		}
	}
	if cfg.profileOnly {
		return profileSizes(ctx, cfg, work, stdout)
	}
	res := &results{Runs: map[string]*Run{}}
	if cfg.out != "" {
		if res, err = readResults(cfg.out); err != nil {
			return err
		}
	}
	m := thisMachine()
	if res.Machine != (machine{}) && res.Machine != m {
		// Figures from another machine do not compare with ours.
		fmt.Fprintf(stderr, "dwbench: %s was written on another machine (%+v); starting afresh\n", cfg.out, res.Machine)
		res.Runs = map[string]*Run{}
	}
	res.Machine = m
	for _, n := range cfg.sizes {
		r, err := benchSize(ctx, cfg, n, filepath.Join(work, strconv.Itoa(n)), stderr)
		if err != nil {
			return fmt.Errorf("%d pages: %w", n, err)
		}
		res.Runs[strconv.Itoa(n)] = r
		computeGrowth(res)
		printRun(stdout, m, r)
		if cfg.out != "" {
			if err := writeResults(cfg.out, res); err != nil {
				return err
			}
		}
	}
	printGrowth(stdout, res.Growth)
	if cfg.out != "" {
		fmt.Fprintf(stdout, "\nwrote %s\n", cfg.out)
	}
	return nil
}

// benchSize runs everything on a site of n articles.
func benchSize(ctx context.Context, cfg *options, n int, dir string, log io.Writer) (*Run, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	site := synthsite.New(synthsite.Options{Articles: n, Seed: cfg.seed})
	r := &Run{
		When: time.Now().UTC().Format(time.RFC3339), Pages: n, Seed: cfg.seed,
		EventArticles: site.EventArticles(), Parallelism: cfg.parallelism, SiteProcess: "a child process",
	}
	if cfg.siteInProcess {
		r.SiteProcess = "the harness process"
	}
	r.LoadAvg[0] = loadAvg()
	base, stop, err := startSite(ctx, cfg, n)
	if err != nil {
		return nil, err
	}
	defer stop()
	began := time.Now()
	step := func(format string, args ...any) {
		fmt.Fprintf(log, "dwbench: %d pages: %5.1fs %s\n", n, time.Since(began).Seconds(), fmt.Sprintf(format, args...))
	}

	sources := filepath.Join(dir, "sources.yaml")
	if err := writeSources(sources, base, site, cfg.parallelism); err != nil {
		return nil, err
	}
	profile := ""
	if cfg.profile != "" {
		if supportsProfiles(cfg.bin) {
			profile = filepath.Join(cfg.profile, fmt.Sprintf("pipeline-%d", n))
		} else {
			r.Notes = append(r.Notes, "the binary has no --cpuprofile/--memprofile flags: pipeline not profiled; stage profiles written")
		}
	}
	// Each repetition runs everything in the same order; the fastest run
	// of each kind is kept (the least disturbed by whatever else the
	// machine runs).
	var first, second *pipelineRun
	var data string
	for rep := range cfg.repeat {
		of := ""
		if cfg.repeat > 1 {
			of = fmt.Sprintf(" [%d/%d]", rep+1, cfg.repeat)
		}
		step("baseline (a): Colly crawl of %s%s", base, of)
		a, err := baseline(ctx, base, cfg.parallelism, false)
		if err != nil {
			return nil, err
		}
		if rep == 0 || a.Seconds < r.BaselineA.Seconds {
			r.BaselineA = a
		}
		step("baseline (b): Colly crawl + go-trafilatura%s", of)
		b, err := baseline(ctx, base, cfg.parallelism, true)
		if err != nil {
			return nil, err
		}
		if rep == 0 || b.Seconds < r.BaselineB.Seconds {
			r.BaselineB = b
		}
		runtime.GC()
		debug.FreeOSMemory()
		step("pipeline: %s run --once%s", cfg.bin, of)
		d := filepath.Join(dir, fmt.Sprintf("data-%d", rep))
		p, err := runPipeline(ctx, cfg.bin, d, sources, fmt.Sprintf("pipeline-%d", rep), profile)
		if err != nil {
			return nil, err
		}
		profile = "" // the first run's profile is the one kept
		step("recrawl: the pipeline again on the unchanged site%s", of)
		rc, err := runPipeline(ctx, cfg.bin, d, sources, fmt.Sprintf("recrawl-%d", rep), "")
		if err != nil {
			return nil, err
		}
		if first == nil || p.elapsed < first.elapsed {
			first, data = p, d
		}
		if second == nil || rc.elapsed < second.elapsed {
			second = rc
		}
	}
	r.Repeats = cfg.repeat
	for _, c := range []*crawlResult{&r.BaselineA, &r.BaselineB} {
		c.PagesPerSec = float64(c.Articles) / c.Seconds
		c.CPUPer1000 = c.CPUSec * 1000 / float64(max(c.Articles, 1))
		c.RSSNote = "high-water mark of the harness process (the baselines run in it)"
		c.RequestsNote = "every page Colly reached by following links: listings, articles, section pages"
		if c.Articles != n {
			r.Notes = append(r.Notes, fmt.Sprintf("a baseline reached %d of %d articles", c.Articles, n))
		}
	}
	p := &r.Pipeline
	p.Seconds = first.elapsed.Seconds()
	p.CrawlSeconds = first.run.Finished.Sub(first.run.Started).Seconds()
	p.Articles = first.run.Fetched
	p.Discovered = first.run.Discovered
	p.Failed = first.run.Failed
	p.PagesPerSec = float64(p.Articles) / p.Seconds
	p.CPUSec = first.usage.cpu
	p.CPUPer1000 = p.CPUSec * 1000 / float64(max(p.Articles, 1))
	p.PeakRSSMB = first.usage.maxRSSMB
	if cfg.profile != "" && supportsProfiles(cfg.bin) {
		prefix := filepath.Join(cfg.profile, fmt.Sprintf("pipeline-%d", n))
		p.Profile = []string{prefix + ".cpu.pprof", prefix + ".heap.pprof"}
	}
	lat := sortedCopy(first.lat)
	p.Latency = latencyMs{
		P50: ms(percentile(lat, 0.5)), P95: ms(percentile(lat, 0.95)), Max: ms(percentile(lat, 1)),
		Samples: len(lat), ResolutionMs: 1, // the sink stores times in milliseconds
	}
	if p.Articles != n || first.run.Failed > 0 {
		r.Notes = append(r.Notes, fmt.Sprintf("the pipeline fetched %d of %d articles, %d failed; see %s", p.Articles, n, first.run.Failed, first.log))
	}
	if first.run.Error != "" {
		r.Notes = append(r.Notes, "pipeline run error: "+first.run.Error)
	}
	r.Recrawl = recrawlResult{
		Seconds: second.elapsed.Seconds(), New: second.run.New, Changed: second.run.Changed,
		NotModified: second.run.NotModified, Fetched: second.run.Fetched, Failed: second.run.Failed,
		CPUSec: second.usage.cpu, PeakRSSMB: second.usage.maxRSSMB, NewRows: len(second.lat),
	}
	if p.Rows, err = countRows(ctx, filepath.Join(data, dbFile)); err != nil {
		return nil, err
	}
	p.DBMB = float64(dbSize(data)) / 1e6
	p.NATSMB = float64(dirSize(filepath.Join(data, "nats"))) / 1e6

	step("stages alone: extractor, sink, NATS")
	pages := samplePages(site, base, min(cfg.sample, n))
	var total int
	for _, pg := range pages {
		total += len(pg.Body)
	}
	r.MeanPageKB = float64(total) / float64(len(pages)) / 1024
	ex, recs, err := extractorStage(pages, cfg.profile)
	if err != nil {
		return nil, fmt.Errorf("extractor stage: %w", err)
	}
	r.Stages.Extractor = ex
	stageDir := filepath.Join(dir, "stages")
	if err := os.MkdirAll(stageDir, 0o755); err != nil {
		return nil, err
	}
	if r.Stages.Sink, err = sinkStage(ctx, stageDir, recs, min(n, 5000), 256, cfg.profile); err != nil {
		return nil, fmt.Errorf("sink stage: %w", err)
	}
	if r.Stages.NATS, err = natsStage(ctx, filepath.Join(stageDir, "nats"), pages, cfg.parallelism, cfg.profile); err != nil {
		return nil, fmt.Errorf("nats stage: %w", err)
	}
	if cfg.profile != "" && !supportsProfiles(cfg.bin) {
		step("profile: the pipeline in this process (the binary cannot profile itself)")
		prefix := filepath.Join(cfg.profile, fmt.Sprintf("pipeline-inprocess-%d", n))
		ip, err := profileInProcess(ctx, sources, filepath.Join(dir, "inprocess-data"), prefix, 0)
		if err != nil {
			return nil, err
		}
		r.Notes = append(r.Notes, fmt.Sprintf("in-process pipeline profile: %s.{cpu,heap-crawl-end,heap-peak,heap}.pprof (crawl ended at %.1f s, idle at %.1f s)",
			prefix, ip.crawlEnd.Seconds(), ip.end.Seconds()))
	}
	step("done")
	r.LoadAvg[1] = loadAvg()
	r.computeRatios()
	if errors.Is(ctx.Err(), context.Canceled) {
		return nil, ctx.Err()
	}
	return r, nil
}

// loadAvg is the 1-minute load average, 0 when unknown.
func loadAvg() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f, _ := strconv.ParseFloat(strings.Fields(string(b) + " 0")[0], 64)
	return f
}

// profileSizes profiles the pipeline in this process on each size.
func profileSizes(ctx context.Context, cfg *options, work string, stdout io.Writer) error {
	for _, n := range cfg.sizes {
		dir := filepath.Join(work, strconv.Itoa(n))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		site := synthsite.New(synthsite.Options{Articles: n, Seed: cfg.seed})
		base, stop, err := startSite(ctx, cfg, n)
		if err != nil {
			return err
		}
		sources := filepath.Join(dir, "sources.yaml")
		if err := writeSources(sources, base, site, cfg.parallelism); err != nil {
			stop()
			return err
		}
		prefix := filepath.Join(cfg.profile, fmt.Sprintf("pipeline-inprocess-%d", n))
		if cfg.window > 0 {
			prefix += fmt.Sprintf("-window%d", cfg.window)
		}
		before := selfUsage()
		ip, err := profileInProcess(ctx, sources, filepath.Join(dir, "inprocess-data"), prefix, cfg.window)
		stop()
		if err != nil {
			return err
		}
		after := selfUsage()
		lat := sortedCopy(ip.lat)
		fmt.Fprintf(stdout, "%d pages, window %d: crawl ended at %.1f s, idle at %.1f s (%.1f pages/s), %.1f CPU s, process peak RSS %.0f MB; fetch→commit p50 %.0f ms, p95 %.0f ms (%d records); profiles %s.{cpu,heap-crawl-end,heap-peak,heap}.pprof\n",
			n, cfg.window, ip.crawlEnd.Seconds(), ip.end.Seconds(), float64(n)/ip.end.Seconds(), after.cpu-before.cpu, after.maxRSSMB,
			ms(percentile(lat, 0.5)), ms(percentile(lat, 0.95)), len(lat), prefix)
	}
	return nil
}
