package crawler_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dialoguewatch/dialoguewatch/crawler"
)

// articleSite serves /news listing /a/0 … /a/n-1 whose content can change;
// articles answer conditional requests when conditional is true.
type articleSite struct {
	*site
	mu          sync.Mutex
	content     map[string]string
	conditional bool
	bodies      atomic.Int32 // article responses with a body (200)
	cond        atomic.Int32 // article requests carrying If-None-Match or If-Modified-Since
}

var lastModified = time.Date(2024, 4, 30, 10, 0, 0, 0, time.UTC).Format(http.TimeFormat)

func newArticleSite(t *testing.T, n int, conditional bool) *articleSite {
	s := &articleSite{site: newSite(t), content: map[string]string{}, conditional: conditional}
	var links []string
	for i := range n {
		p := fmt.Sprintf("/a/%d", i)
		links = append(links, p)
		s.content[p] = articleHTML(fmt.Sprintf("Article %d", i), fmt.Sprintf("The EU and Japan held dialogue number %d.", i))
	}
	s.handle("/robots.txt", "text/plain", "")
	s.handle("/news", "text/html", listingHTML("", links...))
	s.mux.HandleFunc("/a/", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		body, ok := s.content[r.URL.Path]
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		inm, ims := r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
		if inm != "" || ims != "" {
			s.cond.Add(1)
		}
		etag := fmt.Sprintf(`"%x"`, sha256.Sum256([]byte(body)))[:18] + `"`
		if s.conditional {
			w.Header().Set("ETag", etag)
			w.Header().Set("Last-Modified", lastModified)
			if inm == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		s.bodies.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(body))
	})
	return s
}

func (s *articleSite) change(path, body string) {
	s.mu.Lock()
	s.content[path] = body
	s.mu.Unlock()
}

// TestIncremental: a second crawl of an unchanged site sends only
// conditional article requests, downloads 0 article bodies and publishes
// nothing; changing one article publishes exactly 1 changed page.
func TestIncremental(t *testing.T) {
	t.Parallel()
	s := newArticleSite(t, 5, true)
	pub := &memPublisher{}
	st := crawler.NewMemoryState()
	src := testSource(s.site)
	first := crawl(t, newCrawler(t, src, pub, st))
	if first.New != 5 || first.Published != 5 || !first.Backfill {
		t.Fatalf("first crawl: new %d published %d backfill %v; want 5, 5, true", first.New, first.Published, first.Backfill)
	}
	for _, p := range pub.Pages() {
		if !p.Backfill || p.ContentHash == "" || p.Header["ETag"] == "" || p.RunID != first.ID {
			t.Errorf("first-crawl page %s: backfill %v hash %q etag %q run %q", p.URL, p.Backfill, p.ContentHash, p.Header["ETag"], p.RunID)
		}
	}
	// A new crawler on the same state: another process, or a restart.
	pub.reset()
	s.bodies.Store(0)
	s.resetHits()
	second := crawl(t, newCrawler(t, src, pub, st))
	articleReqs := len(s.requests("/a/"))
	t.Logf("second crawl: %d article requests, %d conditional, %d bodies, %d published; report %+v",
		articleReqs, s.cond.Load(), s.bodies.Load(), len(pub.Pages()), second)
	if articleReqs != 5 || s.cond.Load() != 5 {
		t.Errorf("article requests %d, conditional %d; want 5 and 5", articleReqs, s.cond.Load())
	}
	if s.bodies.Load() != 0 || len(pub.Pages()) != 0 || second.NotModified != 5 || second.Published != 0 {
		t.Errorf("bodies %d, published %d, not modified %d; want 0, 0, 5", s.bodies.Load(), len(pub.Pages()), second.NotModified)
	}
	if second.Backfill || second.ID == first.ID {
		t.Errorf("second run: backfill %v, id %q (first %q)", second.Backfill, second.ID, first.ID)
	}
	// Change one article.
	s.change("/a/3", articleHTML("Article 3", "The EU and Japan will hold their third dialogue in Tokyo."))
	s.cond.Store(0)
	third := crawl(t, newCrawler(t, src, pub, st))
	t.Logf("after changing one article: changed %d, not modified %d, published %d, bodies %d", third.Changed, third.NotModified, third.Published, s.bodies.Load())
	if third.Changed != 1 || third.Published != 1 || third.NotModified != 4 || third.New != 0 || s.bodies.Load() != 1 {
		t.Errorf("changed %d published %d not modified %d new %d bodies %d; want 1, 1, 4, 0, 1",
			third.Changed, third.Published, third.NotModified, third.New, s.bodies.Load())
	}
	if ps := pub.Pages(); len(ps) != 1 || !strings.HasSuffix(ps[0].URL, "/a/3") || ps[0].Backfill {
		t.Errorf("published %v, want /a/3 not backfill", ps)
	}
}

// TestIncrementalWithoutValidators: a server without ETag/Last-Modified
// sends the bodies again, but unchanged ones (same hash) are not published.
func TestIncrementalWithoutValidators(t *testing.T) {
	t.Parallel()
	s := newArticleSite(t, 4, false)
	pub := &memPublisher{}
	st := crawler.NewMemoryState()
	src := testSource(s.site)
	crawl(t, newCrawler(t, src, pub, st))
	pub.reset()
	s.change("/a/0", articleHTML("Article 0", "updated"))
	run := crawl(t, newCrawler(t, src, pub, st))
	if run.NotModified != 3 || run.Changed != 1 || run.Published != 1 {
		t.Errorf("not modified %d changed %d published %d; want 3, 1, 1", run.NotModified, run.Changed, run.Published)
	}
}

// TestRevisit: known articles are left alone until their revisit interval
// has passed (listings are read every run); a sitemap <lastmod> or feed
// date newer than the last fetch makes an article due at once.
func TestRevisit(t *testing.T) {
	t.Parallel()
	s := newArticleSite(t, 3, true)
	var now atomic.Int64
	now.Store(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano())
	clock := func(o *crawler.Options) { o.Now = func() time.Time { return time.Unix(0, now.Load()) } }
	src := testSource(s.site)
	src.Revisit = 24 * time.Hour
	st := crawler.NewMemoryState()
	pub := &memPublisher{}
	crawl(t, newCrawler(t, src, pub, st, clock))
	s.resetHits()
	now.Add(int64(time.Hour))
	run := crawl(t, newCrawler(t, src, pub, st, clock))
	if n := len(s.requests("/a/")); n != 0 || len(s.requests("/news")) != 1 || run.Skipped != 3 {
		t.Errorf("an hour later: %d article requests, %d listing requests, skipped %d; want 0, 1, 3", n, len(s.requests("/news")), run.Skipped)
	}
	now.Add(int64(24 * time.Hour))
	run = crawl(t, newCrawler(t, src, pub, st, clock))
	if n := len(s.requests("/a/")); n != 3 || run.NotModified != 3 {
		t.Errorf("a day later: %d article requests, not modified %d; want 3, 3", n, run.NotModified)
	}
}

// TestPagination: listings are followed up to max_pages, and only until a
// page holds nothing but known articles.
func TestPagination(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/robots.txt", "text/plain", "")
	var mu sync.Mutex
	fresh := "" // an article added to page 1 later
	s.mux.HandleFunc("/news", func(w http.ResponseWriter, r *http.Request) {
		n := 1
		fmt.Sscanf(r.URL.Query().Get("page"), "%d", &n)
		links := []string{fmt.Sprintf("/a/%d-1", n), fmt.Sprintf("/a/%d-2", n)}
		mu.Lock()
		if n == 1 && fresh != "" {
			links = append([]string{fresh}, links...)
		}
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(listingHTML(fmt.Sprintf("/news?page=%d", n+1), links...)))
	})
	s.handle("/a/", "text/html", articleHTML("A", "text"))
	src := testSource(s)
	src.MaxPages = 3
	src.Revisit = time.Hour
	st := crawler.NewMemoryState()
	pub := &memPublisher{}
	run := crawl(t, newCrawler(t, src, pub, st))
	if n := len(s.requests("/news")); n != 3 || run.Published != 6 {
		t.Errorf("first crawl: %d listing pages, published %d; want 3 (max_pages) and 6", n, run.Published)
	}
	s.resetHits()
	crawl(t, newCrawler(t, src, pub, st))
	if n := len(s.requests("/news")); n != 1 {
		t.Errorf("second crawl: %d listing pages, want 1 (page 1 holds only known articles)", n)
	}
	s.resetHits()
	mu.Lock()
	fresh = "/a/new"
	mu.Unlock()
	run = crawl(t, newCrawler(t, src, pub, st))
	if n := len(s.requests("/news")); n != 2 || run.New != 1 {
		t.Errorf("with one new article on page 1: %d listing pages, new %d; want 2 and 1", n, run.New)
	}
}

// TestFeedsAndSitemaps: RSS and Atom items, a sitemap index with a plain
// sitemap, a .xml.gz sitemap and a gzip-encoded one are all discovered;
// feed titles and dates travel as hints.
func TestFeedsAndSitemaps(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/robots.txt", "text/plain", "User-agent: *\nDisallow: /a/blocked\n")
	s.handle("/a/", "text/html", articleHTML("A", "text"))
	s.handle("/feed.rss", "application/rss+xml", `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Think tank</title>
<item><title>EU–India Trade and Technology Council</title><link>`+s.url("/a/rss-1?utm_source=rss")+`</link><pubDate>Tue, 30 Apr 2024 09:00:00 GMT</pubDate></item>
<item><title>Second</title><link>/a/rss-2</link><pubDate>Wed, 01 May 2024 09:00:00 GMT</pubDate></item>
<item><title>Blocked</title><link>`+s.url("/a/blocked")+`</link></item>
</channel></rss>`)
	s.handle("/feed.atom", "application/atom+xml", `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Press</title>
<entry><title>Atom one</title><link href="`+s.url("/a/atom-1")+`"/><updated>2024-05-02T10:00:00Z</updated><published>2024-05-02T09:00:00Z</published></entry>
</feed>`)
	urlset := func(paths ...string) string {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for _, p := range paths {
			fmt.Fprintf(&b, "<url><loc>%s</loc><lastmod>2024-05-01</lastmod></url>", s.url(p))
		}
		b.WriteString("</urlset>")
		return b.String()
	}
	gz := func(x string) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(x))
		zw.Close()
		return b.Bytes()
	}
	s.handle("/sitemap.xml", "application/xml", `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>`+s.url("/sitemap-1.xml")+`</loc></sitemap>
<sitemap><loc>`+s.url("/sitemap-2.xml.gz")+`</loc></sitemap>
<sitemap><loc>`+s.url("/sitemap-3.xml")+`</loc></sitemap>
<sitemap><loc>http://elsewhere.example/sitemap.xml</loc></sitemap>
</sitemapindex>`)
	s.handle("/sitemap-1.xml", "text/xml", urlset("/a/sm-1", "/a/rss-2"))
	s.mux.HandleFunc("/sitemap-2.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-gzip")
		w.Write(gz(urlset("/a/sm-2", "/a/sm-3")))
	})
	s.mux.HandleFunc("/sitemap-3.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(gz(urlset("/a/sm-4")))
	})
	src := testSource(s)
	src.StartURLs = nil
	src.Feeds = []string{s.url("/feed.rss"), s.url("/feed.atom")}
	src.Sitemaps = []string{s.url("/sitemap.xml")}
	var steps []crawler.Step
	var mu sync.Mutex
	pub := &memPublisher{}
	run := crawl(t, newCrawler(t, src, pub, nil, func(o *crawler.Options) {
		o.Trace = func(st crawler.Step) { mu.Lock(); steps = append(steps, st); mu.Unlock() }
	}))
	got := map[string]bool{}
	for _, p := range pub.Pages() {
		got[strings.TrimPrefix(p.URL, s.URL)] = true
		if strings.HasSuffix(p.URL, "/a/rss-1") && (p.FeedTitle != "EU–India Trade and Technology Council" || p.FeedPublished != "2024-04-30") {
			t.Errorf("rss-1 hints: title %q published %q", p.FeedTitle, p.FeedPublished)
		}
		if strings.HasSuffix(p.URL, "/a/atom-1") && p.FeedPublished != "2024-05-02" {
			t.Errorf("atom-1 published hint %q", p.FeedPublished)
		}
	}
	for _, p := range []string{"/a/rss-1", "/a/rss-2", "/a/atom-1", "/a/sm-1", "/a/sm-2", "/a/sm-3", "/a/sm-4"} {
		if !got[p] {
			t.Errorf("%s not published", p)
		}
	}
	if got["/a/blocked"] || len(s.requests("/a/blocked")) != 0 {
		t.Errorf("robots-disallowed feed item was fetched")
	}
	if run.Discovered != 8 || run.Published != 7 {
		t.Errorf("discovered %d published %d, want 8 and 7", run.Discovered, run.Published)
	}
	kinds := map[string]int{}
	for _, st := range steps {
		kinds[st.Kind]++
	}
	if kinds[crawler.StepFeed] != 2 || kinds[crawler.StepSitemap] != 4 || kinds[crawler.StepRobots] != 1 {
		t.Errorf("trace steps %v, want 2 feeds, 4 sitemaps, 1 robots", kinds)
	}
}

// TestRun: Run crawls at the interval until ctx ends, then returns nil.
func TestRun(t *testing.T) {
	t.Parallel()
	s := newArticleSite(t, 1, true)
	src := testSource(s.site)
	src.Interval = time.Second
	pub := &memPublisher{}
	c := newCrawler(t, src, pub, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
	defer cancel()
	if err := c.Run(ctx); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if n := len(s.requests("/news")); n != 2 {
		t.Errorf("listing fetched %d times in 1.5 s at a 1 s interval, want 2", n)
	}
	pub.mu.Lock()
	defer pub.mu.Unlock()
	if len(pub.runs) != 4 || !pub.runs[0].Finished.IsZero() || pub.runs[1].Finished.IsZero() {
		t.Errorf("run reports %d (want 4: start and end of 2 runs)", len(pub.runs))
	}
}
