package crawler

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// errRedirect is wrapped by errors of redirects the crawler refuses.
var errRedirect = errors.New("redirect refused")

// run is one crawl of a source.
type run struct {
	c      *Crawler
	ctx    context.Context
	cancel context.CancelCauseFunc
	robots *robotsRun

	listingCol *colly.Collector // article and next-page links
	sitemapCol *colly.Collector // <loc> of urlsets and sitemap indexes
	articleCol *colly.Collector // <link rel=canonical>
	plainCol   *colly.Collector // robots.txt, feeds

	mu         sync.Mutex
	report     wire.CrawlRun
	problems   []string // discovery-level failures, for report.Error
	discovered bool     // a listing, feed or sitemap was read
	capped     int      // articles left for a later run by max_articles
	cands      map[string]*candidate
	order      []*candidate
	published  map[string]bool // page identities published this run
}

// result is what one request returned, filled by the collectors' callbacks.
type result struct {
	url       string
	final     string
	status    int
	header    http.Header
	body      []byte
	truncated bool
	nonHTML   bool // an HTML page was wanted; the response was another type (not downloaded)
	links     []string
	next      []string
	canonical string
	locs      []sitemapLoc
	sitemaps  []string
}

type sitemapLoc struct{ loc, lastmod string }

// count applies f to the report under the lock.
func (r *run) count(f func(*wire.CrawlRun)) {
	r.mu.Lock()
	f(&r.report)
	r.mu.Unlock()
}

func (r *run) problem(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	r.c.log.Warn(msg)
	r.mu.Lock()
	r.problems = append(r.problems, msg)
	r.mu.Unlock()
}

// setup builds the run's Colly collectors. They share one HTTP client
// (Colly's Clone shares the backend) whose transport is the crawler's
// fetch layer.
func (r *run) setup() {
	src := r.c.src
	base := colly.NewCollector()
	// NewCollector has applied COLLY_* environment variables; set every
	// field they can touch, so the source config is what counts.
	base.UserAgent = src.UserAgent
	base.AllowedDomains = append([]string(nil), src.AllowedDomains...)
	base.DisallowedDomains = nil
	base.CacheDir = ""
	base.DetectCharset = false  // the fetch layer converts HTML to UTF-8
	base.IgnoreRobotsTxt = true // robots.txt is the crawler's (Colly's has no Crawl-delay, no expiry, fails on 5xx)
	base.MaxBodySize = 0        // capped on the decompressed stream by the fetch layer
	base.MaxDepth = 0           // depth is counted by the crawler
	base.MaxRequests = 0        // max_articles is counted by the crawler
	base.AllowURLRevisit = true // dedup is the crawler's, on canonical URLs
	base.ParseHTTPErrorResponse = true
	base.TraceHTTP = false
	base.Async = false
	base.Context = r.ctx
	jar, _ := cookiejar.New(nil)
	base.SetClient(&http.Client{Transport: r.c.rt, Jar: jar})
	base.SetRedirectHandler(r.checkRedirect)

	r.robots = &robotsRun{
		cache: r.c.robots,
		now:   r.c.opts.Now,
		rules: map[string]*robotsOnce{},
		fetch: r.fetchRobots,
		onRule: func(origin string, rule *robotsRule) {
			if u, err := url.Parse(origin); err == nil && rule.crawlDelay() > 0 {
				r.c.gate.setDelay(strings.ToLower(u.Host), rule.crawlDelay())
			}
			if rule.all {
				r.problem("robots.txt of %s: %s", origin, rule.describe())
			}
			r.c.log.Info("robots.txt", "origin", origin, "rule", rule.describe())
			r.c.trace(Step{Kind: StepRobots, URL: origin + "/robots.txt", Status: rule.status, Note: rule.describe(), Err: rule.err})
		},
	}

	r.plainCol = r.clone(base)
	r.articleCol = r.clone(base)
	// Only <link rel=canonical> is wanted from an article here: a token
	// scan of <head> instead of Colly's whole-page parse (OnHTML), which
	// cost 11% of a pipeline's CPU (make bench PROFILE=1).
	r.articleCol.OnResponse(func(resp *colly.Response) {
		if res := resultOf(resp.Ctx); res.canonical == "" {
			if href := canonicalLink(resp.Body); href != "" {
				res.canonical = resp.Request.AbsoluteURL(href)
			}
		}
	})
	r.listingCol = r.clone(base)
	r.listingCol.OnHTML(src.ArticleSelector, func(e *colly.HTMLElement) {
		href := e.Attr("href")
		if href == "" {
			href = e.ChildAttr("a[href]", "href")
		}
		if href != "" {
			res := resultOf(e.Request.Ctx)
			res.links = append(res.links, e.Request.AbsoluteURL(href))
		}
	})
	if src.NextSelector != "" {
		r.listingCol.OnHTML(src.NextSelector, func(e *colly.HTMLElement) {
			href := e.Attr("href")
			if href == "" {
				href = e.ChildAttr("a[href]", "href")
			}
			if href != "" {
				res := resultOf(e.Request.Ctx)
				res.next = append(res.next, e.Request.AbsoluteURL(href))
			}
		})
	}
	r.sitemapCol = r.clone(base)
	r.sitemapCol.OnXML("//urlset/url", func(e *colly.XMLElement) {
		res := resultOf(e.Request.Ctx)
		res.locs = append(res.locs, sitemapLoc{strings.TrimSpace(e.ChildText("loc")), strings.TrimSpace(e.ChildText("lastmod"))})
	})
	r.sitemapCol.OnXML("//sitemapindex/sitemap", func(e *colly.XMLElement) {
		res := resultOf(e.Request.Ctx)
		res.sitemaps = append(res.sitemaps, strings.TrimSpace(e.ChildText("loc")))
	})
}

// clone makes a collector sharing base's client, with the callbacks that
// fill a result.
func (r *run) clone(base *colly.Collector) *colly.Collector {
	col := base.Clone()
	col.OnResponseHeaders(func(resp *colly.Response) {
		res := resultOf(resp.Ctx)
		res.status = resp.StatusCode
		res.final = resp.Request.URL.String()
		// An HTML page was wanted and something else came: do not download it.
		if resp.Ctx.Get("html") == "1" && resp.StatusCode == http.StatusOK && !isHTML(resp.Headers.Get("Content-Type")) {
			res.nonHTML = true
			res.header = resp.Headers.Clone()
			resp.Request.Abort()
		}
	})
	col.OnResponse(func(resp *colly.Response) {
		res := resultOf(resp.Ctx)
		res.status = resp.StatusCode
		res.final = resp.Request.URL.String()
		res.header = *resp.Headers
		res.body = resp.Body
		res.truncated = resp.Headers.Get(hdrTruncated) == "true"
		if n, err := strconv.ParseInt(resp.Headers.Get(hdrBytes), 10, 64); err == nil {
			r.count(func(c *wire.CrawlRun) { c.Bytes += n })
		}
	})
	return col
}

func resultOf(ctx *colly.Context) *result {
	res, _ := ctx.GetAny("result").(*result)
	if res == nil {
		res = &result{} // not one of ours; callbacks write into a throwaway
	}
	return res
}

// checkRedirect runs after Colly's own check (allowed domains): it bounds
// the chain, drops credentials across hosts and applies robots.txt to the
// target. The address guard re-checks the target at dial time.
func (r *run) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= 10 {
		return fmt.Errorf("%w: more than 10 redirects", errRedirect)
	}
	if req.URL.Host != via[len(via)-1].URL.Host {
		req.Header.Del("Authorization")
	}
	if r.c.src.ObeyRobots && req.URL.Path != "/robots.txt" {
		if ok, _ := r.robots.allowed(req.Context(), req.URL); !ok {
			return fmt.Errorf("%w: %s is disallowed by robots.txt", errRedirect, req.URL)
		}
	}
	return nil
}

// get does one GET with col. wantHTML aborts a 200 response that is not
// HTML after its headers (recorded as nonHTML, not an error).
func (r *run) get(col *colly.Collector, u string, hdr http.Header, wantHTML bool) (*result, error) {
	res := &result{url: u, final: u}
	cctx := colly.NewContext()
	cctx.Put("result", res)
	if wantHTML {
		cctx.Put("html", "1")
	}
	err := col.Request(http.MethodGet, u, nil, cctx, hdr)
	if err != nil && res.nonHTML && errors.Is(err, colly.ErrAbortedAfterHeaders) {
		return res, nil
	}
	if err != nil {
		return res, fmt.Errorf("fetch %s: %w", u, err)
	}
	return res, nil
}

// retryable says whether a failed attempt is worth another one in this
// run, and how long to wait first (0 when the host's Retry-After is
// enforced by the gate already).
func (r *run) retryable(res *result, err error, attempt int) (bool, time.Duration) {
	if r.ctx.Err() != nil {
		return false, 0
	}
	if err != nil {
		switch {
		case errors.Is(err, ErrAddressRefused), errors.Is(err, errHostWait), errors.Is(err, errRedirect),
			errors.Is(err, colly.ErrForbiddenDomain), errors.Is(err, colly.ErrForbiddenURL),
			errors.Is(err, context.Canceled):
			return false, 0
		}
		return true, r.backoff(attempt)
	}
	switch s := res.status; {
	case s == http.StatusTooManyRequests || s == http.StatusServiceUnavailable:
		if _, ok := retryAfter(res.header.Get("Retry-After"), r.c.opts.Now()); ok {
			return true, 0
		}
		return true, r.backoff(attempt)
	case s == http.StatusRequestTimeout || s >= 500:
		return true, r.backoff(attempt)
	}
	return false, 0
}

// backoff is the wait before retry number attempt+1: retry_backoff
// doubled per attempt, with "equal jitter" (half fixed, half random) so
// that retries of many URLs do not arrive together.
func (r *run) backoff(attempt int) time.Duration {
	d := r.c.src.RetryBackoff << min(attempt, 16)
	d = min(d, 10*time.Minute)
	if d <= 0 {
		return 0
	}
	return d/2 + rand.N(d/2+1)
}

// fetch is get with retries in place, for listings, feeds and sitemaps.
func (r *run) fetch(col *colly.Collector, u string, hdr http.Header, wantHTML bool) (*result, error) {
	for attempt := 0; ; attempt++ {
		res, err := r.get(col, u, hdr.Clone(), wantHTML) // Colly keeps the map it is given
		again, wait := r.retryable(res, err, attempt)
		if !again || attempt >= r.c.src.Retries {
			return res, err
		}
		r.c.log.Debug("retrying", "url", u, "status", res.status, "err", err, "wait", wait)
		if !sleep(r.ctx, wait) {
			return res, err
		}
	}
}

func sleep(ctx context.Context, d time.Duration) bool {
	if d <= 0 {
		return ctx.Err() == nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// fetchRobots fetches an origin's robots.txt (not itself subject to
// robots.txt, retried like any document).
func (r *run) fetchRobots(_ context.Context, origin *url.URL) (int, []byte, error) {
	u := origin.Scheme + "://" + origin.Host + "/robots.txt"
	res, err := r.fetch(r.plainCol, u, accept("text/plain,*/*;q=0.5"), false)
	if err != nil {
		return 0, nil, err
	}
	return res.status, res.body, nil
}

// allowed applies robots.txt (when the source obeys it) to u.
func (r *run) allowed(u *url.URL) (bool, string) {
	if !r.c.src.ObeyRobots {
		return true, ""
	}
	ok, rule := r.robots.allowed(r.ctx, u)
	if ok {
		return true, ""
	}
	if rule.all {
		return false, "robots.txt " + rule.describe()
	}
	return false, "disallowed by robots.txt"
}

// Accept headers per kind of document.
const (
	acceptHTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
	acceptFeed = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
	acceptXML  = "application/xml,text/xml;q=0.9,*/*;q=0.5"
)

func accept(v string) http.Header { return http.Header{"Accept": {v}} }
