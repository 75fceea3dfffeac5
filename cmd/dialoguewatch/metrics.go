package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/dialoguewatch/dialoguewatch/bus"
	"github.com/dialoguewatch/dialoguewatch/crawler"
	"github.com/dialoguewatch/dialoguewatch/sink"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

// metrics are what ops watch: per-source crawl health, and throughput and
// failures of every stage this process runs.
type metrics struct {
	runs        *prometheus.CounterVec // source, outcome
	pages       *prometheus.CounterVec // source, result
	bytes       *prometheus.CounterVec // source
	lastSuccess *prometheus.GaugeVec   // source
	extracted   prometheus.Counter
	events      prometheus.Counter
	extractTime prometheus.Histogram
	records     *prometheus.CounterVec // result: new, changed, unchanged, stale
	stored      *prometheus.CounterVec // result: new, updated
	batchTime   prometheus.Histogram
}

func newMetrics(reg prometheus.Registerer, p *pipeline) *metrics {
	f := func(c prometheus.Collector) { reg.MustRegister(c) }
	m := &metrics{
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dialoguewatch_crawl_runs_total",
			Help: "Crawl runs finished, by source and outcome (ok, error: the run could not do its work)."}, []string{"source", "outcome"}),
		pages: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dialoguewatch_crawl_pages_total",
			Help: "Article pages by crawl result: new, changed, not_modified, failed, skipped."}, []string{"source", "result"}),
		bytes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dialoguewatch_crawl_bytes_total",
			Help: "Bytes downloaded (decompressed)."}, []string{"source"}),
		lastSuccess: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "dialoguewatch_crawl_last_success_timestamp_seconds",
			Help: "When the source's last crawl without run-level error ended; alert when it falls behind the interval."}, []string{"source"}),
		extracted: prometheus.NewCounter(prometheus.CounterOpts{Name: "dialoguewatch_extracted_pages_total",
			Help: "Pages extracted and published as records."}),
		events: prometheus.NewCounter(prometheus.CounterOpts{Name: "dialoguewatch_extracted_events_total",
			Help: "Events found by the extractor (before merging in the sink)."}),
		extractTime: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "dialoguewatch_extract_seconds",
			Help: "Time to extract one page.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)}),
		records: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dialoguewatch_sink_articles_total",
			Help: "Records applied by the sink, by what they did to their article."}, []string{"result"}),
		stored: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "dialoguewatch_sink_events_total",
			Help: "Events created or updated in the database."}, []string{"result"}),
		batchTime: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "dialoguewatch_sink_commit_seconds",
			Help: "Time to apply and commit one batch.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)}),
	}
	for _, c := range []prometheus.Collector{m.runs, m.pages, m.bytes, m.lastSuccess, m.extracted, m.events,
		m.extractTime, m.records, m.stored, m.batchTime,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{})} {
		f(c)
	}
	for consumer, st := range map[string]*bus.ConsumeStats{wire.ConsumerExtract: &p.extractStats, wire.ConsumerSink: &p.sinkStats} {
		labels := prometheus.Labels{"consumer": consumer}
		f(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "dialoguewatch_messages_acked_total", ConstLabels: labels,
			Help: "Messages processed and acknowledged."}, func() float64 { return float64(st.Acked.Load()) }))
		f(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "dialoguewatch_messages_retried_total", ConstLabels: labels,
			Help: "Messages that failed and will be delivered again."}, func() float64 { return float64(st.Retried.Load()) }))
		f(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "dialoguewatch_messages_redelivered_total", ConstLabels: labels,
			Help: "Messages received more than once (a crash, a timeout or a retry)."}, func() float64 { return float64(st.Redelivered.Load()) }))
		f(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "dialoguewatch_messages_dead_lettered_total", ConstLabels: labels,
			Help: "Messages given up on and copied to the dead-letter stream."}, func() float64 { return float64(st.DeadLetters.Load()) }))
	}
	return m
}

// observeRun counts a finished crawl run.
func (m *metrics) observeRun(r *wire.CrawlRun) {
	outcome := "ok"
	if r.Error != "" {
		outcome = "error"
	} else {
		m.lastSuccess.WithLabelValues(r.Source).Set(float64(r.Finished.Unix()))
	}
	m.runs.WithLabelValues(r.Source, outcome).Inc()
	for result, n := range map[string]int{"new": r.New, "changed": r.Changed, "not_modified": r.NotModified, "failed": r.Failed, "skipped": r.Skipped} {
		m.pages.WithLabelValues(r.Source, result).Add(float64(n))
	}
	m.bytes.WithLabelValues(r.Source).Add(float64(r.Bytes))
}

func (m *metrics) observeExtract(rec *wire.Record, took time.Duration) {
	m.extracted.Inc()
	m.events.Add(float64(len(rec.Events)))
	m.extractTime.Observe(took.Seconds())
}

func (m *metrics) observeApply(res sink.Result, took time.Duration) {
	for result, n := range map[string]int{"new": res.ArticlesNew, "changed": res.ArticlesChanged, "unchanged": res.ArticlesUnchanged, "stale": res.ArticlesStale} {
		m.records.WithLabelValues(result).Add(float64(n))
	}
	m.stored.WithLabelValues("new").Add(float64(res.EventsNew))
	m.stored.WithLabelValues("updated").Add(float64(res.EventsUpdated))
	m.batchTime.Observe(took.Seconds())
}

// observedPublisher is the bus as the crawlers' publisher, counting the
// run reports that go through it.
type observedPublisher struct {
	crawler.Publisher
	m *metrics
}

func (o observedPublisher) PublishRun(ctx context.Context, r *wire.CrawlRun) error {
	err := o.Publisher.PublishRun(ctx, r)
	if err == nil && !r.Finished.IsZero() {
		o.m.observeRun(r)
	}
	return err
}

// serveMetrics serves /metrics and /debug/pprof/ on addr until ctx ends.
func serveMetrics(ctx context.Context, e *env, addr string, reg *prometheus.Registry) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	// Profiles of the running process, for "where does the time (memory)
	// go" on a live crawl; the address is meant to stay on loopback.
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	e.log.Info("serving metrics", "addr", "http://"+ln.Addr().String()+"/metrics")
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("metrics: %w", err)
	}
	return nil
}
