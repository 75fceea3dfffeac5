// Package crawler is the pipeline's first stage: it crawls one source's
// listing pages, feeds and sitemaps with Colly, fetches the articles that
// are new or due for a revisit, and publishes them as wire.Page.
//
// Colly does the fetching and the HTML/XML callbacks. The crawler closes
// its gaps (DESIGN.md, "Colly v2.3 defaults"): robots.txt with Crawl-delay
// and RFC 9309 error handling, per-host pacing with Retry-After, retries
// with backoff, conditional GET against state kept between runs, a size
// cap on the decompressed body, header and body timeouts, charset
// conversion, URL canonicalisation, trap limits, and an address guard at
// dial time. Colly's visited set is off (AllowURLRevisit): dedup happens
// on canonical URLs here, so a failed URL can be fetched again.
package crawler

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

// Publisher is what the crawler hands pages and run reports to. The NATS
// bus implements it; a dry run implements it in memory.
type Publisher interface {
	// PublishPage returns after the stream acknowledged the page.
	PublishPage(ctx context.Context, p *wire.Page) error
	PublishRun(ctx context.Context, r *wire.CrawlRun) error
}

// Options are the crawler's collaborators.
type Options struct {
	Publisher Publisher // required
	State     State     // required
	Logger    *slog.Logger
	// Transport is the network layer (dial + TLS). nil builds one from the
	// source: its timeouts and the dial-time address guard. Everything
	// above it (pacing, robots, retries, Retry-After, conditional GET,
	// decompression under the size cap, charset, canonicalisation) applies
	// whatever the transport.
	Transport http.RoundTripper
	// Hosts paces requests per host; crawlers sharing one pace a host they
	// both crawl together. nil gives the crawler its own.
	Hosts *Hosts
	// Now is the clock for state and reports (revisit decisions, fetch
	// times). nil is time.Now. Pacing always uses the real clock.
	Now func() time.Time
	// Trace, when set, is told each step of a crawl: robots decisions,
	// discovery documents with the links found, article fetches and skips.
	// `dialoguewatch sources test` prints them.
	Trace func(Step)
}

// Step is one thing the crawler did or decided.
type Step struct {
	Kind   string   // one of the Step* constants
	URL    string   // the URL concerned (an origin for robots)
	Status int      // HTTP status, 0 when none
	Links  []string // article URLs found (listing, feed, sitemap)
	Note   string   // the decision or outcome in words
	Err    error
}

// Step kinds.
const (
	StepRobots  = "robots"
	StepListing = "listing"
	StepFeed    = "feed"
	StepSitemap = "sitemap"
	StepArticle = "article"
	StepSkip    = "skip"
)

// Crawler crawls one source. Its robots.txt cache and per-host pacing
// persist across runs; everything else is per run.
type Crawler struct {
	src     config.Source
	opts    Options
	log     *slog.Logger
	canon   *Canonicalizer
	pattern *regexp.Regexp // nil: any URL in the allowed domains
	domains map[string]bool
	gate    *gate
	robots  *robotsCache
	rt      *fetchTransport
}

// New builds a crawler for src. src is validated (which also fills the
// defaults derived from other fields).
func New(src config.Source, opts Options) (*Crawler, error) {
	if opts.Publisher == nil || opts.State == nil {
		return nil, errors.New("crawler: a publisher and a state store are required")
	}
	src.AllowedDomains = append([]string(nil), src.AllowedDomains...)
	if err := src.Validate(""); err != nil {
		return nil, err
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	c := &Crawler{
		src:     src,
		opts:    opts,
		log:     opts.Logger.With("source", src.Name),
		canon:   NewCanonicalizer(src.DropParams),
		domains: map[string]bool{},
		gate:    newGate(opts.Hosts, src.Delay, src.Parallelism, src.MaxRetryWait),
		robots:  newRobotsCache(src.UserAgent),
	}
	if src.ArticlePattern != "" {
		c.pattern = regexp.MustCompile(src.ArticlePattern) // validated
	}
	for _, d := range src.AllowedDomains {
		c.domains[d] = true
	}
	next := opts.Transport
	if next == nil {
		next = newTransport(src)
	}
	c.rt = &fetchTransport{
		next:          next,
		gate:          c.gate,
		userAgent:     src.UserAgent,
		headerTimeout: src.DialTimeout + src.TLSTimeout + src.HeaderTimeout,
		bodyTimeout:   src.BodyTimeout,
		maxBody:       src.MaxBodyBytes,
		busyPause:     src.RetryBackoff,
		now:           opts.Now,
	}
	return c, nil
}

// Source returns the (validated) source the crawler crawls.
func (c *Crawler) Source() config.Source { return c.src }

// Run crawls the source every src.Interval until ctx ends, then returns
// nil. A failed run is logged and the next one happens on schedule. Each
// turn is claimed in the state store first, so crawler processes scaled
// out on one NATS crawl a source once per interval between them.
func (c *Crawler) Run(ctx context.Context) error {
	// A little less than the interval, so that the process that crawled
	// last time is not refused its own next turn by timer jitter.
	window := c.src.Interval - min(c.src.Interval/10, time.Minute)
	for {
		start := time.Now()
		claimed, err := c.opts.State.Claim(ctx, c.src.Name, c.opts.Now(), window)
		switch {
		case err != nil && ctx.Err() == nil:
			c.log.Error("crawl not started: claim failed", "err", err)
		case !claimed:
			c.log.Debug("crawl skipped: another process crawled the source within the interval")
		default:
			if _, err := c.Crawl(ctx); err != nil && ctx.Err() == nil {
				c.log.Error("crawl failed", "err", err)
			}
		}
		t := time.NewTimer(time.Until(start.Add(c.src.Interval)))
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// Crawl runs one crawl of the source: robots.txt, listings, feeds and
// sitemaps, then the articles that are new or due. It publishes a run
// report when it starts (Finished zero) and when it ends, and returns the
// final report. The error is non-nil when the run could not do its work
// (publisher or state store failing, ctx ended); problems with the site
// are counted in the report instead.
func (c *Crawler) Crawl(ctx context.Context) (wire.CrawlRun, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	r := &run{c: c, ctx: ctx, cancel: cancel, cands: map[string]*candidate{}, published: map[string]bool{}}
	r.report = wire.CrawlRun{ID: newRunID(c.src.Name, c.opts.Now()), Source: c.src.Name, Started: c.opts.Now().UTC()}
	st, ok, err := c.opts.State.Source(ctx, c.src.Name)
	if err != nil {
		return r.report, fmt.Errorf("crawl %s: %w", c.src.Name, err)
	}
	r.report.Backfill = !ok || st.Crawled.IsZero()
	start := r.report
	if err := c.opts.Publisher.PublishRun(ctx, &start); err != nil {
		return r.report, fmt.Errorf("crawl %s: publish run start: %w", c.src.Name, err)
	}
	c.log.Info("crawl started", "run", r.report.ID, "backfill", r.report.Backfill)
	r.setup()
	r.discover()
	if ctx.Err() == nil {
		r.fetchArticles()
	}
	runErr := context.Cause(ctx)
	if runErr != nil && r.report.Error == "" {
		r.report.Error = runErr.Error()
	} else if runErr == nil && len(r.problems) > 0 {
		r.report.Error = r.problems[0]
		if n := len(r.problems) - 1; n > 0 {
			r.report.Error += fmt.Sprintf(" (and %d more)", n)
		}
	}
	// A source stays in backfill until a run has read its discovery
	// documents and fetched everything they list (nothing left over by
	// max_articles), so a long backlog is not alerted on piecemeal.
	if runErr == nil && r.report.Backfill && r.discovered && r.capped == 0 {
		st.Name, st.Crawled = c.src.Name, c.opts.Now().UTC()
		if err := c.opts.State.PutSource(ctx, st); err != nil {
			runErr = err
		}
	}
	r.report.Finished = c.opts.Now().UTC()
	// The end report goes out even when ctx ended, so the run is not left
	// open in the database.
	pctx, pcancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer pcancel()
	end := r.report
	if err := c.opts.Publisher.PublishRun(pctx, &end); err != nil && runErr == nil {
		runErr = fmt.Errorf("publish run end: %w", err)
	}
	c.log.Info("crawl finished", "run", r.report.ID, "discovered", r.report.Discovered, "fetched", r.report.Fetched,
		"not_modified", r.report.NotModified, "new", r.report.New, "changed", r.report.Changed, "failed", r.report.Failed,
		"skipped", r.report.Skipped, "published", r.report.Published, "bytes", r.report.Bytes,
		"duration", r.report.Finished.Sub(r.report.Started).Round(time.Millisecond), "error", r.report.Error)
	if runErr != nil {
		return r.report, fmt.Errorf("crawl %s: %w", c.src.Name, runErr)
	}
	return r.report, nil
}

// newRunID is unique across processes and restarts: source, start time
// and 64 random bits.
func newRunID(source string, t time.Time) string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return source + "-" + t.UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

func (c *Crawler) trace(s Step) {
	if c.opts.Trace != nil {
		c.opts.Trace(s)
	}
}

// inDomains reports whether host (no port) is one the source may fetch.
func (c *Crawler) inDomains(host string) bool {
	return c.domains[strings.ToLower(host)]
}
