package crawler

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// maxSitemaps bounds the sitemaps read per run (an index of indexes is a
// trap like any other).
const maxSitemaps = 100

// candidate is an article URL found by discovery.
type candidate struct {
	url   string // canonical
	depth int
	// Hints from the feed item or sitemap entry.
	title     string
	published string    // YYYY-MM-DD
	modified  time.Time // the site says the article changed then
}

// discover reads the start URLs (with pagination), feeds and sitemaps and
// collects the article candidates.
func (r *run) discover() {
	src := r.c.src
	for _, u := range src.StartURLs {
		r.listing(u)
	}
	for _, u := range src.Feeds {
		r.feed(u)
	}
	seen := map[string]bool{}
	for _, u := range src.Sitemaps {
		r.sitemap(u, 1, seen)
	}
	r.count(func(c *wire.CrawlRun) { c.Discovered = len(r.order) })
}

// add records an article candidate found at depth; it returns the
// candidate and whether the URL is new in this run. nil means the URL is
// not an article of this source or is over a trap limit.
func (r *run) add(raw string, depth int) (*candidate, bool) {
	src := r.c.src
	u, err := r.c.canon.Canonical(nil, raw)
	if err != nil {
		return nil, false
	}
	pu, err := url.Parse(u)
	if err != nil || !r.c.inDomains(pu.Hostname()) {
		return nil, false
	}
	if r.c.pattern != nil && !r.c.pattern.MatchString(u) {
		return nil, false
	}
	if len(u) > src.MaxURLLength {
		r.skip(u, fmt.Sprintf("URL longer than max_url_length (%d > %d bytes)", len(u), src.MaxURLLength))
		return nil, false
	}
	if depth > src.MaxDepth {
		r.skip(u, fmt.Sprintf("deeper than max_depth (%d > %d)", depth, src.MaxDepth))
		return nil, false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if c, ok := r.cands[u]; ok {
		return c, false
	}
	c := &candidate{url: u, depth: depth}
	r.cands[u] = c
	r.order = append(r.order, c)
	return c, true
}

func (r *run) skip(u, why string) {
	r.count(func(c *wire.CrawlRun) { c.Skipped++ })
	r.c.log.Debug("skipped", "url", u, "why", why)
	r.c.trace(Step{Kind: StepSkip, URL: u, Note: why})
}

// doc checks a discovery document's URL (canonical form, domain, robots)
// and returns it parsed; nil means it must not be fetched.
func (r *run) doc(kind, raw string) *url.URL {
	u, err := r.c.canon.Canonical(nil, raw)
	if err != nil {
		r.problem("%s %s: %v", kind, raw, err)
		return nil
	}
	pu, _ := url.Parse(u)
	if !r.c.inDomains(pu.Hostname()) {
		r.skip(u, kind+" outside allowed_domains")
		return nil
	}
	if ok, why := r.allowed(pu); !ok {
		r.skip(u, why)
		return nil
	}
	return pu
}

// docFailed records a discovery document that could not be read.
func (r *run) docFailed(kind, u string, res *result, err error) bool {
	switch {
	case err != nil:
		r.count(func(c *wire.CrawlRun) { c.Failed++ })
		r.problem("%s %s: %v", kind, u, err)
	case res.status != http.StatusOK:
		r.count(func(c *wire.CrawlRun) { c.Failed++ })
		r.problem("%s %s: status %d", kind, u, res.status)
		err = fmt.Errorf("status %d", res.status)
	default:
		if res.truncated {
			r.c.log.Warn("discovery document truncated at max_body_bytes", "url", u, "max_body_bytes", r.c.src.MaxBodyBytes)
		}
		r.mu.Lock()
		r.discovered = true
		r.mu.Unlock()
		return false
	}
	r.c.trace(Step{Kind: kind, URL: u, Status: res.status, Err: err, Note: "failed"})
	return true
}

// listing reads a listing page and follows its next links up to
// max_pages, stopping early at a page whose article links are all known.
func (r *run) listing(start string) {
	src := r.c.src
	seen := map[string]bool{}
	next := start
	for page := 1; page <= src.MaxPages && next != "" && r.ctx.Err() == nil; page++ {
		if page > src.MaxDepth {
			r.skip(next, fmt.Sprintf("listing page deeper than max_depth (%d)", src.MaxDepth))
			return
		}
		pu := r.doc(StepListing, next)
		if pu == nil || seen[pu.String()] {
			return
		}
		u := pu.String()
		seen[u] = true
		res, err := r.fetch(r.listingCol, u, accept(acceptHTML), true)
		if r.docFailed(StepListing, u, res, err) {
			return
		}
		var links []string
		total, known := 0, 0
		for _, l := range res.links {
			c, fresh := r.add(l, page+1)
			if c == nil {
				continue
			}
			total++
			if fresh {
				links = append(links, c.url)
			}
			if !fresh || r.isKnown(c.url) {
				known++
			}
		}
		allKnown := known == total
		note := fmt.Sprintf("page %d: %d new article links", page, len(links))
		next = ""
		if len(res.next) > 0 {
			next = res.next[0]
		}
		switch {
		case allKnown && next != "" && page < src.MaxPages:
			note += "; all known, pagination stops"
			next = ""
		case next != "" && page == src.MaxPages:
			note += "; max_pages reached"
		}
		r.c.trace(Step{Kind: StepListing, URL: u, Status: res.status, Links: links, Note: note})
		if allKnown {
			return
		}
	}
}

// isKnown reports whether the state store has seen u in an earlier run.
func (r *run) isKnown(u string) bool {
	_, ok, err := r.c.opts.State.URL(r.ctx, r.c.src.Name, u)
	if err != nil {
		r.cancel(err)
	}
	return ok
}

// feed reads an RSS, Atom or JSON feed; every item is an article.
func (r *run) feed(raw string) {
	pu := r.doc(StepFeed, raw)
	if pu == nil {
		return
	}
	u := pu.String()
	res, err := r.fetch(r.plainCol, u, accept(acceptFeed), false)
	if r.docFailed(StepFeed, u, res, err) {
		return
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(res.body))
	if err != nil {
		r.count(func(c *wire.CrawlRun) { c.Failed++ })
		r.problem("feed %s: %v", u, err)
		r.c.trace(Step{Kind: StepFeed, URL: u, Status: res.status, Err: err, Note: "not a feed"})
		return
	}
	final, _ := url.Parse(res.final)
	var links []string
	for _, it := range f.Items {
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		if link == "" {
			continue
		}
		if ref, err := final.Parse(link); err == nil {
			link = ref.String()
		}
		c, fresh := r.add(link, 2)
		if c == nil {
			continue
		}
		r.mu.Lock()
		if c.title == "" {
			c.title = strings.TrimSpace(it.Title)
		}
		if t := it.PublishedParsed; t != nil && c.published == "" {
			c.published = t.UTC().Format("2006-01-02")
		}
		mod := it.UpdatedParsed
		if mod == nil {
			mod = it.PublishedParsed
		}
		if mod != nil && mod.After(c.modified) {
			c.modified = *mod
		}
		r.mu.Unlock()
		if fresh {
			links = append(links, c.url)
		}
	}
	r.c.trace(Step{Kind: StepFeed, URL: u, Status: res.status, Links: links,
		Note: fmt.Sprintf("%d items, %d new article links", len(f.Items), len(links))})
}

// sitemap reads a sitemap or sitemap index (.xml or .xml.gz).
func (r *run) sitemap(raw string, depth int, seen map[string]bool) {
	if len(seen) >= maxSitemaps || r.ctx.Err() != nil {
		return
	}
	if depth > r.c.src.MaxDepth {
		r.skip(raw, fmt.Sprintf("sitemap deeper than max_depth (%d)", r.c.src.MaxDepth))
		return
	}
	pu := r.doc(StepSitemap, raw)
	if pu == nil || seen[pu.String()] {
		return
	}
	u := pu.String()
	seen[u] = true
	res, err := r.fetch(r.sitemapCol, u, accept(acceptXML), false)
	if r.docFailed(StepSitemap, u, res, err) {
		return
	}
	var links []string
	for _, l := range res.locs {
		c, fresh := r.add(l.loc, depth+1)
		if c == nil {
			continue
		}
		if t, ok := parseLastmod(l.lastmod); ok {
			r.mu.Lock()
			if t.After(c.modified) {
				c.modified = t
			}
			r.mu.Unlock()
		}
		if fresh {
			links = append(links, c.url)
		}
	}
	note := fmt.Sprintf("%d URLs, %d new article links", len(res.locs), len(links))
	if len(res.sitemaps) > 0 {
		note += fmt.Sprintf(", %d sitemaps", len(res.sitemaps))
	}
	r.c.trace(Step{Kind: StepSitemap, URL: u, Status: res.status, Links: links, Note: note})
	for _, s := range res.sitemaps {
		r.sitemap(s, depth+1, seen)
	}
}

// parseLastmod reads a sitemap <lastmod> (W3C datetime).
func parseLastmod(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
