package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

// results is bench/results.json: the machine, and one run per site size
// (the latest of each), with the growth between the sizes when both are
// there.
type results struct {
	Machine machine         `json:"machine"`
	Runs    map[string]*Run `json:"runs"` // by article pages, "5000"
	// Growth from the smallest to the largest size present.
	Growth *growth `json:"growth,omitempty"`
}

type machine struct {
	CPUs  int    `json:"nproc"`
	Model string `json:"cpu_model"`
	Go    string `json:"go"`
	OS    string `json:"os_arch"`
}

// Run is everything measured on one site size.
type Run struct {
	When          string  `json:"when"` // RFC 3339
	Pages         int     `json:"pages"`
	Seed          uint64  `json:"seed"`
	EventArticles int     `json:"event_articles"`
	MeanPageKB    float64 `json:"mean_page_kb"`
	Parallelism   int     `json:"parallelism"`
	SiteProcess   string  `json:"site_process"` // "child" or "in-process"
	Repeats       int     `json:"repeats"`      // runs of each kind; the fastest is reported

	BaselineA crawlResult    `json:"baseline_a"` // bare Colly crawl
	BaselineB crawlResult    `json:"baseline_b"` // Colly + go-trafilatura
	Pipeline  pipelineResult `json:"pipeline"`
	Recrawl   recrawlResult  `json:"recrawl"`
	Ratios    ratios         `json:"ratios"`
	Stages    stages         `json:"stages"`
	Targets   []target       `json:"targets"`
	Notes     []string       `json:"notes,omitempty"`
	// LoadAvg is /proc/loadavg's 1-minute figure before and after the
	// run: a figure above the CPU count means others competed for the
	// machine and wall-clock rates are low (CPU seconds are not affected).
	LoadAvg [2]float64 `json:"load_avg_before_after"`
}

// crawlResult is a baseline crawl. PeakRSSMB is the harness process's
// high-water mark when the crawl ended (the baselines run in it).
type crawlResult struct {
	Seconds      float64 `json:"seconds"`
	Requests     int     `json:"requests"`
	Articles     int     `json:"articles"`
	Texts        int     `json:"texts,omitempty"`
	Failed       int     `json:"failed"`
	MB           float64 `json:"mb_downloaded"`
	TextMB       float64 `json:"text_mb,omitempty"`
	PagesPerSec  float64 `json:"pages_per_s"` // articles per second
	CPUSec       float64 `json:"cpu_s"`
	CPUPer1000   float64 `json:"cpu_s_per_1000_pages"`
	PeakRSSMB    float64 `json:"peak_rss_mb"`
	RSSNote      string  `json:"peak_rss_note,omitempty"`
	RequestsNote string  `json:"requests_note,omitempty"`
}

type pipelineResult struct {
	Seconds float64 `json:"seconds"` // the process, start to exit
	// CrawlSeconds is the crawler's run, start to end (its report); the
	// rest of Seconds is start-up and waiting for extraction and the sink
	// to finish the backlog.
	CrawlSeconds float64   `json:"crawl_seconds"`
	Articles     int       `json:"articles"`
	Discovered   int       `json:"discovered"`
	Failed       int       `json:"failed"`
	PagesPerSec  float64   `json:"pages_per_s"`
	CPUSec       float64   `json:"cpu_s"`
	CPUPer1000   float64   `json:"cpu_s_per_1000_pages"`
	PeakRSSMB    float64   `json:"peak_rss_mb"`
	DBMB         float64   `json:"db_mb"`
	NATSMB       float64   `json:"nats_store_mb"`
	Rows         dbCounts  `json:"rows"`
	Latency      latencyMs `json:"fetch_to_row_ms"`
	Profile      []string  `json:"profiles,omitempty"`
}

type latencyMs struct {
	P50          float64 `json:"p50"`
	P95          float64 `json:"p95"`
	Max          float64 `json:"max"`
	Samples      int     `json:"samples"`
	ResolutionMs float64 `json:"resolution"`
}

type recrawlResult struct {
	Seconds     float64 `json:"seconds"`
	New         int     `json:"new"`
	Changed     int     `json:"changed"`
	NotModified int     `json:"not_modified"`
	Fetched     int     `json:"fetched"` // 200 responses
	Failed      int     `json:"failed"`
	CPUSec      float64 `json:"cpu_s"`
	PeakRSSMB   float64 `json:"peak_rss_mb"`
	NewRows     int     `json:"new_article_rows"`
}

type ratios struct {
	PipelineVsB    float64 `json:"pipeline_vs_baseline_b"` // pages/s ratio, target ≥ 0.8
	PipelineVsA    float64 `json:"pipeline_vs_baseline_a"`
	BVsA           float64 `json:"baseline_b_vs_a"`
	RecrawlVsFirst float64 `json:"recrawl_vs_first_crawl"` // time ratio, target ≤ 0.1
	CPUVsB         float64 `json:"pipeline_cpu_vs_baseline_b_cpu"`
}

type stages struct {
	Extractor extractorResult `json:"extractor"`
	Sink      sinkResult      `json:"sink"`
	NATS      natsResult      `json:"nats"`
}

type extractorResult struct {
	Texts int `json:"texts"`
	// TextsPerSec is texts per second of the extracting thread's CPU
	// time (one core, whatever else the machine runs); WallTextsPerSec
	// is per second of wall-clock time.
	TextsPerSec     float64 `json:"texts_per_s_one_core"`
	WallTextsPerSec float64 `json:"texts_per_s_wall"`
	MBPerSec        float64 `json:"html_mb_per_s"`
	ParseMs         float64 `json:"main_text_ms_per_page"` // extractor.ParseHTML (go-trafilatura, dates)
	RulesMs         float64 `json:"rules_ms_per_page"`     // Rules.Events
	Events          int     `json:"events"`
}

type sinkResult struct {
	Batch             int     `json:"batch"`
	Records           int     `json:"records"`
	Events            int     `json:"events"`
	Seconds           float64 `json:"seconds"`
	RecordsPerSec     float64 `json:"records_per_s"`
	EventsPerSec      float64 `json:"events_per_s"`
	DenseRecords      int     `json:"dense_records"`
	DenseEvents       int     `json:"dense_events"`
	DenseSeconds      float64 `json:"dense_seconds"`
	DenseEventsPerSec float64 `json:"dense_event_rows_per_s"` // target ≥ 20,000
}

type natsResult struct {
	Pages              int     `json:"pages"`
	MeanPageKB         float64 `json:"mean_page_kb"`
	RoundTripSeconds   float64 `json:"round_trip_seconds"`
	RoundTripP50Ms     float64 `json:"round_trip_p50_ms"`
	RoundTripP95Ms     float64 `json:"round_trip_p95_ms"`
	Publishers         int     `json:"publishers"`
	PublishPerSec      float64 `json:"publish_per_s"`
	ThroughputPerSec   float64 `json:"publish_consume_per_s"`
	ThroughputMBPerSec float64 `json:"publish_consume_mb_per_s"`
}

type growth struct {
	From, To     int     `json:"-"`
	Sizes        string  `json:"sizes"`         // "5000→20000"
	Pages        float64 `json:"pages_factor"`  // 4
	Time         float64 `json:"time_factor"`   // pipeline seconds
	CPU          float64 `json:"cpu_factor"`    // pipeline CPU seconds
	RSS          float64 `json:"rss_factor"`    // pipeline peak RSS
	DB           float64 `json:"db_factor"`     // database size
	TimePerPage  float64 `json:"time_per_page"` // time factor / pages factor: ≤ ~1 is linear
	BaselineTime float64 `json:"baseline_b_time_factor"`
	BaselineCPU  float64 `json:"baseline_b_cpu_factor"`
	// The pipeline's growth relative to baseline (b)'s over the same sizes
	// in the same invocation: the machine's changing load cancels out.
	TimeVsB float64 `json:"time_factor_vs_baseline_b"`
	CPUVsB  float64 `json:"cpu_factor_vs_baseline_b"`
	Linear  bool    `json:"time_and_memory_at_most_linear"`
}

type target struct {
	Name  string  `json:"name"`
	Want  string  `json:"want"`
	Value float64 `json:"value"`
	Met   bool    `json:"met"`
}

func (r *Run) computeRatios() {
	if r.BaselineB.PagesPerSec > 0 {
		r.Ratios.PipelineVsB = r.Pipeline.PagesPerSec / r.BaselineB.PagesPerSec
	}
	if r.BaselineA.PagesPerSec > 0 {
		r.Ratios.PipelineVsA = r.Pipeline.PagesPerSec / r.BaselineA.PagesPerSec
		r.Ratios.BVsA = r.BaselineB.PagesPerSec / r.BaselineA.PagesPerSec
	}
	if r.Pipeline.Seconds > 0 {
		r.Ratios.RecrawlVsFirst = r.Recrawl.Seconds / r.Pipeline.Seconds
	}
	if r.BaselineB.CPUSec > 0 {
		r.Ratios.CPUVsB = r.Pipeline.CPUSec / r.BaselineB.CPUSec
	}
	r.Targets = []target{
		{"pipeline pages/s vs baseline (b)", "≥ 0.80", r.Ratios.PipelineVsB, r.Ratios.PipelineVsB >= 0.8},
		{"recrawl time vs first crawl", "≤ 0.10", r.Ratios.RecrawlVsFirst, r.Ratios.RecrawlVsFirst <= 0.1},
		{"recrawl finds nothing new", "= 0", float64(r.Recrawl.New + r.Recrawl.Changed + r.Recrawl.NewRows), r.Recrawl.New+r.Recrawl.Changed+r.Recrawl.NewRows == 0},
		{"p95 fetch-to-row latency, ms", "≤ 1000", r.Pipeline.Latency.P95, r.Pipeline.Latency.Samples > 0 && r.Pipeline.Latency.P95 <= 1000},
		{"sink event rows/s, batched", "≥ 20000", r.Stages.Sink.DenseEventsPerSec, r.Stages.Sink.DenseEventsPerSec >= 20000},
	}
	if r.Pages >= 20000 {
		r.Targets = append(r.Targets, target{"pipeline peak RSS at 20,000 pages, MB", "≤ 300", r.Pipeline.PeakRSSMB, r.Pipeline.PeakRSSMB <= 300})
	}
}

// growthTarget prefixes the name of the growth target.
const growthTarget = "time and memory growth"

func computeGrowth(res *results) {
	res.Growth = nil
	var small, large *Run
	for _, r := range res.Runs {
		r.Targets = slices.DeleteFunc(r.Targets, func(t target) bool { return strings.HasPrefix(t.Name, growthTarget) })
		if small == nil || r.Pages < small.Pages {
			small = r
		}
		if large == nil || r.Pages > large.Pages {
			large = r
		}
	}
	// The sizes the targets name, when both were run.
	if a, b := res.Runs["5000"], res.Runs["20000"]; a != nil && b != nil {
		small, large = a, b
	}
	if small == nil || small == large || small.Pipeline.Seconds == 0 ||
		small.Seed != large.Seed || small.Parallelism != large.Parallelism {
		return
	}
	g := &growth{From: small.Pages, To: large.Pages, Sizes: fmt.Sprintf("%d→%d", small.Pages, large.Pages)}
	g.Pages = float64(large.Pages) / float64(small.Pages)
	g.Time = large.Pipeline.Seconds / small.Pipeline.Seconds
	g.CPU = div(large.Pipeline.CPUSec, small.Pipeline.CPUSec)
	g.RSS = div(large.Pipeline.PeakRSSMB, small.Pipeline.PeakRSSMB)
	g.DB = div(large.Pipeline.DBMB, small.Pipeline.DBMB)
	g.TimePerPage = g.Time / g.Pages
	g.BaselineTime = div(large.BaselineB.Seconds, small.BaselineB.Seconds)
	g.BaselineCPU = div(large.BaselineB.CPUSec, small.BaselineB.CPUSec)
	g.TimeVsB, g.CPUVsB = div(g.Time, g.BaselineTime), div(g.CPU, g.BaselineCPU)
	// Linear: the pipeline grows no faster than the crawl with extraction
	// (baseline b, which is linear by construction) — with 15% slack for a
	// shared machine — and its memory no faster than the pages.
	g.Linear = g.TimeVsB <= 1.15 && g.CPUVsB <= 1.15 && g.RSS <= 1.15*g.Pages
	res.Growth = g
	if large.Pages >= 4*small.Pages {
		large.Targets = append(large.Targets, target{
			Name: fmt.Sprintf("%s %s, vs baseline (b)'s", growthTarget, g.Sizes), Want: "≤ 1.15 (linear)",
			Value: max(g.TimeVsB, g.CPUVsB, g.RSS/g.Pages), Met: g.Linear,
		})
	}
}

func div(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// readResults reads path; a missing file is an empty result set.
func readResults(path string) (*results, error) {
	res := &results{Runs: map[string]*Run{}}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return res, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, res); err != nil {
		return nil, fmt.Errorf("%s: %w (remove it to start afresh)", path, err)
	}
	if res.Runs == nil {
		res.Runs = map[string]*Run{}
	}
	return res, nil
}

func writeResults(path string, res *results) error {
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func thisMachine() machine {
	m := machine{CPUs: runtime.NumCPU(), Go: runtime.Version(), OS: runtime.GOOS + "/" + runtime.GOARCH}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				m.Model = strings.TrimSpace(v)
				break
			}
		}
	}
	return m
}

// printRun writes the run's table.
func printRun(w io.Writer, m machine, r *Run) {
	fmt.Fprintf(w, "\ndialoguewatch bench: %d articles (seed %d, %d announce events, mean %.0f KB), parallelism %d\n",
		r.Pages, r.Seed, r.EventArticles, r.MeanPageKB, r.Parallelism)
	fmt.Fprintf(w, "machine: %d × %s, %s, %s; load average %.1f before, %.1f after\n\n", m.CPUs, m.Model, m.Go, m.OS, r.LoadAvg[0], r.LoadAvg[1])
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\ttime s\tarticles\tarticles/s\trequests\tCPU s\tCPU s/1k pages\tpeak RSS MB\t")
	row := func(name string, c crawlResult) {
		fmt.Fprintf(tw, "%s\t%.2f\t%d\t%.1f\t%d\t%.2f\t%.2f\t%.0f\t\n", name, c.Seconds, c.Articles, c.PagesPerSec, c.Requests, c.CPUSec, c.CPUPer1000, c.PeakRSSMB)
	}
	row("(a) Colly crawl", r.BaselineA)
	row("(b) Colly + trafilatura", r.BaselineB)
	p := r.Pipeline
	fmt.Fprintf(tw, "pipeline (run --once)\t%.2f\t%d\t%.1f\t-\t%.2f\t%.2f\t%.0f\t\n", p.Seconds, p.Articles, p.PagesPerSec, p.CPUSec, p.CPUPer1000, p.PeakRSSMB)
	fmt.Fprintf(tw, "recrawl (unchanged)\t%.2f\t%d\t-\t-\t%.2f\t-\t%.0f\t\n", r.Recrawl.Seconds, r.Recrawl.NotModified, r.Recrawl.CPUSec, r.Recrawl.PeakRSSMB)
	tw.Flush()
	fmt.Fprintf(w, "\n(baselines' peak RSS: the harness's high-water mark; the site is served by %s)\n", r.SiteProcess)
	fmt.Fprintf(w, "ratios: pipeline/(b) %.2f, pipeline/(a) %.2f, (b)/(a) %.2f, pipeline CPU/(b) CPU %.2f, recrawl/first %.3f\n",
		r.Ratios.PipelineVsB, r.Ratios.PipelineVsA, r.Ratios.BVsA, r.Ratios.CPUVsB, r.Ratios.RecrawlVsFirst)
	fmt.Fprintf(w, "pipeline: crawl %.2f s of the %.2f s run; the rest is start-up and the extraction/sink backlog\n", p.CrawlSeconds, p.Seconds)
	fmt.Fprintf(w, "recrawl: %d new, %d changed, %d not modified, %d fetched again, %d failed, %d new rows\n",
		r.Recrawl.New, r.Recrawl.Changed, r.Recrawl.NotModified, r.Recrawl.Fetched, r.Recrawl.Failed, r.Recrawl.NewRows)
	fmt.Fprintf(w, "fetch → committed row: p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d rows, resolution %.0f ms)\n",
		p.Latency.P50, p.Latency.P95, p.Latency.Max, p.Latency.Samples, p.Latency.ResolutionMs)
	fmt.Fprintf(w, "database %.1f MB (%d articles, %d events, %d mentions); NATS store %.1f MB\n",
		p.DBMB, p.Rows.Articles, p.Rows.Events, p.Rows.Mentions, p.NATSMB)
	s := r.Stages
	fmt.Fprintf(w, "stages alone:\n")
	fmt.Fprintf(w, "  extractor, one core: %.1f texts/s (%.1f MB/s of HTML); main text %.2f ms/page, rules %.2f ms/page\n",
		s.Extractor.TextsPerSec, s.Extractor.MBPerSec, s.Extractor.ParseMs, s.Extractor.RulesMs)
	fmt.Fprintf(w, "  sink, batches of %d: site records %.0f records/s (%.0f events/s); event-dense %.0f event rows/s\n",
		s.Sink.Batch, s.Sink.RecordsPerSec, s.Sink.EventsPerSec, s.Sink.DenseEventsPerSec)
	fmt.Fprintf(w, "  NATS, %.0f KB pages: round trip p50 %.2f ms, p95 %.2f ms; %d publishers %.0f pages/s published+consumed (%.0f MB/s)\n",
		s.NATS.MeanPageKB, s.NATS.RoundTripP50Ms, s.NATS.RoundTripP95Ms, s.NATS.Publishers, s.NATS.ThroughputPerSec, s.NATS.ThroughputMBPerSec)
	fmt.Fprintf(w, "targets:\n")
	for _, t := range r.Targets {
		mark := "MISSED"
		if t.Met {
			mark = "met"
		}
		fmt.Fprintf(w, "  %-48s %-12s %10s  %s\n", t.Name, t.Want, strconv.FormatFloat(t.Value, 'f', 2, 64), mark)
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
}

func printGrowth(w io.Writer, g *growth) {
	if g == nil {
		return
	}
	fmt.Fprintf(w, "\ngrowth %s pages (×%.1f): pipeline time ×%.2f, CPU ×%.2f, peak RSS ×%.2f, database ×%.2f; baseline (b) time ×%.2f, CPU ×%.2f\n",
		g.Sizes, g.Pages, g.Time, g.CPU, g.RSS, g.DB, g.BaselineTime, g.BaselineCPU)
	fmt.Fprintf(w, "pipeline growth relative to baseline (b)'s: time ×%.2f, CPU ×%.2f; at most linear: %v\n", g.TimeVsB, g.CPUVsB, g.Linear)
}
