package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// buildDialoguewatch builds the binary under test from this checkout, so
// the smoke run measures the current code, not a stale bin/.
func buildDialoguewatch(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build dialoguewatch with")
	}
	bin := filepath.Join(t.TempDir(), "dialoguewatch")
	cmd := exec.Command(goBin, "build", "-tags", "sqlite_fts5", "-o", bin, "github.com/dialoguewatch/dialoguewatch/cmd/dialoguewatch")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build dialoguewatch: %v\n%s", err, out)
	}
	return bin
}

// TestSmoke runs the whole bench on a small site so that it cannot rot:
// every step runs and reports what it measured. It asserts on counts and
// on the results file, never on speed.
func TestSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("builds dialoguewatch and crawls a site three times")
	}
	pages := "200"
	if raceEnabled {
		pages = "120" // the in-process baselines are instrumented: keep the test well under a minute
	}
	bin := buildDialoguewatch(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "results.json")
	var stdout, stderr bytes.Buffer
	err := run(t.Context(), []string{
		"-pages", pages, "-bin", bin, "-out", out, "-work", filepath.Join(dir, "work"),
		"-site-in-process", "-stage-sample", "30", "-parallelism", "4",
	}, &stdout, &stderr)
	if err != nil {
		t.Fatalf("dwbench: %v\nstderr:\n%s", err, stderr.String())
	}
	t.Logf("\n%s\n%s", stderr.String(), stdout.String())

	res, err := readResults(out)
	if err != nil {
		t.Fatal(err)
	}
	r := res.Runs[pages]
	if r == nil {
		t.Fatalf("results have no run for %s pages: %v", pages, res.Runs)
	}
	n := r.Pages
	for name, c := range map[string]crawlResult{"baseline (a)": r.BaselineA, "baseline (b)": r.BaselineB} {
		if c.Articles != n || c.Failed != 0 || c.Requests <= n {
			t.Errorf("%s: %d articles of %d, %d failed, %d requests (want listings and sections too)", name, c.Articles, n, c.Failed, c.Requests)
		}
		if c.Seconds <= 0 || c.PagesPerSec <= 0 || c.CPUSec <= 0 || c.PeakRSSMB <= 0 {
			t.Errorf("%s: not measured: %+v", name, c)
		}
	}
	if r.BaselineA.Texts != 0 || r.BaselineB.Texts != n {
		t.Errorf("texts extracted: (a) %d, (b) %d; want 0 and %d", r.BaselineA.Texts, r.BaselineB.Texts, n)
	}
	p := r.Pipeline
	if p.Articles != n || p.Failed != 0 || p.Rows.Articles != n {
		t.Errorf("pipeline: fetched %d, failed %d, %d article rows; want %d, 0, %d", p.Articles, p.Failed, p.Rows.Articles, n, n)
	}
	if p.Rows.Events == 0 || p.Rows.Mentions < p.Rows.Events {
		t.Errorf("pipeline stored %d events, %d mentions; the site announces %d", p.Rows.Events, p.Rows.Mentions, r.EventArticles)
	}
	if p.Latency.Samples != n || p.Latency.P50 <= 0 || p.Latency.P95 < p.Latency.P50 || p.Latency.Max < p.Latency.P95 {
		t.Errorf("pipeline latency: %+v, want %d samples, ordered percentiles", p.Latency, n)
	}
	if p.Seconds <= 0 || p.CPUSec <= 0 || p.PeakRSSMB <= 0 || p.DBMB <= 0 || p.NATSMB <= 0 {
		t.Errorf("pipeline: not measured: %+v", p)
	}
	rc := r.Recrawl
	if rc.New != 0 || rc.Changed != 0 || rc.NewRows != 0 || rc.NotModified != n || rc.Fetched != 0 {
		t.Errorf("recrawl of the unchanged site: %+v; want %d not modified (304) and nothing else", rc, n)
	}
	if r.Ratios.PipelineVsB <= 0 || r.Ratios.PipelineVsA <= 0 || r.Ratios.RecrawlVsFirst <= 0 {
		t.Errorf("ratios not computed: %+v", r.Ratios)
	}
	s := r.Stages
	if s.Extractor.Texts != 30 || s.Extractor.TextsPerSec <= 0 || s.Extractor.ParseMs <= 0 {
		t.Errorf("extractor stage: %+v", s.Extractor)
	}
	if s.Sink.Records < 30 || s.Sink.DenseEvents == 0 || s.Sink.DenseEventsPerSec <= 0 {
		t.Errorf("sink stage: %+v", s.Sink)
	}
	if s.NATS.Pages != 30 || s.NATS.RoundTripP50Ms <= 0 || s.NATS.ThroughputPerSec <= 0 {
		t.Errorf("nats stage: %+v", s.NATS)
	}
	if len(r.Targets) < 5 {
		t.Errorf("targets: %+v", r.Targets)
	}
	for _, want := range []string{"(a) Colly crawl", "(b) Colly + trafilatura", "pipeline (run --once)", "recrawl (unchanged)", "targets:"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("table lacks %q", want)
		}
	}
}

func TestGrowthComparesSmallestAndLargestRun(t *testing.T) {
	// The baseline costs the same per page at both sizes unless the
	// machine is slower (load) during the large run.
	runOn := func(slower float64, pages int, seconds, cpu, rss float64) *Run {
		r := &Run{Pages: pages}
		r.Pipeline.Seconds, r.Pipeline.CPUSec, r.Pipeline.PeakRSSMB, r.Pipeline.DBMB = seconds, cpu, rss, float64(pages)/100
		r.BaselineB.Seconds, r.BaselineB.CPUSec = slower*float64(pages)/50, slower*float64(pages)/100
		return r
	}
	run := func(pages int, seconds, cpu, rss float64) *Run { return runOn(1, pages, seconds, cpu, rss) }
	for _, tc := range []struct {
		name       string
		large      *Run
		linear     bool
		timeFactor float64
	}{
		{"linear time, flat memory", run(20000, 400, 200, 150), true, 4},
		{"superlinear time", run(20000, 600, 200, 150), false, 6},
		{"superlinear memory", run(20000, 400, 200, 700), false, 4},
		{"linear on a machine 20% slower during the large run", runOn(1.2, 20000, 480, 240, 150), true, 4.8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := &results{Runs: map[string]*Run{"5000": run(5000, 100, 50, 120), "20000": tc.large}}
			computeGrowth(res)
			g := res.Growth
			if g == nil || g.Pages != 4 || g.Time != tc.timeFactor || g.Linear != tc.linear || g.Sizes != "5000→20000" {
				t.Fatalf("growth %+v, want pages ×4, time ×%v, linear %v", g, tc.timeFactor, tc.linear)
			}
			last := tc.large.Targets[len(tc.large.Targets)-1]
			if !strings.HasPrefix(last.Name, "time and memory growth") || last.Met != tc.linear {
				t.Errorf("growth target %+v, want met=%v", last, tc.linear)
			}
		})
	}
	// A smoke-sized run in the same file does not replace 5000→20000.
	three := &results{Runs: map[string]*Run{"200": run(200, 5, 3, 100), "5000": run(5000, 100, 50, 120), "20000": run(20000, 400, 200, 150)}}
	computeGrowth(three)
	if g := three.Growth; g == nil || g.Sizes != "5000→20000" {
		t.Errorf("growth with a 200-page run present: %+v, want 5000→20000", g)
	}
	one := &results{Runs: map[string]*Run{"5000": run(5000, 100, 50, 120)}}
	computeGrowth(one)
	if one.Growth != nil {
		t.Errorf("growth from one size: %+v", one.Growth)
	}
}

func TestResultsFileRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "results.json")
	res, err := readResults(path)
	if err != nil || len(res.Runs) != 0 {
		t.Fatalf("missing file: %v, %v", res, err)
	}
	res.Machine = thisMachine()
	res.Runs["5000"] = &Run{Pages: 5000, Seed: 1}
	if err := writeResults(path, res); err != nil {
		t.Fatal(err)
	}
	again, err := readResults(path)
	if err != nil || again.Runs["5000"].Pages != 5000 || again.Machine != res.Machine {
		t.Fatalf("read back %+v, %v", again, err)
	}
	if err := os.WriteFile(path, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readResults(path); err == nil {
		t.Error("a corrupt results file was read without error")
	}
}

func TestProfiledWritesCPUAndHeapProfiles(t *testing.T) {
	dir := t.TempDir()
	ran := false
	if err := profiled(dir, "stage-x", func() error { ran = true; return nil }); err != nil || !ran {
		t.Fatalf("profiled: ran %v, %v", ran, err)
	}
	for _, name := range []string{"stage-x.cpu.pprof", "stage-x.heap.pprof"} {
		if info, err := os.Stat(filepath.Join(dir, name)); err != nil || info.Size() == 0 {
			t.Errorf("profile %s: %v", name, err)
		}
	}
	if err := profiled("", "none", func() error { return nil }); err != nil {
		t.Errorf("without a directory: %v", err)
	}
}
