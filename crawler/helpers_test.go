package crawler_test

import (
	"context"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/crawler"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

// memPublisher is the in-memory implementation of crawler.Publisher (the
// other one is the NATS bus; kvstate_test.go publishes through JetStream).
type memPublisher struct {
	mu    sync.Mutex
	pages []*wire.Page
	runs  []wire.CrawlRun
}

func (p *memPublisher) PublishPage(_ context.Context, pg *wire.Page) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.pages = append(p.pages, pg)
	return nil
}

func (p *memPublisher) PublishRun(_ context.Context, r *wire.CrawlRun) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.runs = append(p.runs, *r)
	return nil
}

func (p *memPublisher) Pages() []*wire.Page {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]*wire.Page(nil), p.pages...)
}

func (p *memPublisher) reset() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.pages, p.runs = nil, nil
}

// hit is one request a test site received.
type hit struct {
	Path   string // path?query as requested
	At     time.Time
	Header http.Header
}

// site is a test web site on loopback that records every request.
type site struct {
	*httptest.Server
	mux  *http.ServeMux
	mu   sync.Mutex
	hits []hit
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{mux: http.NewServeMux()}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits = append(s.hits, hit{Path: r.URL.RequestURI(), At: time.Now(), Header: r.Header.Clone()})
		s.mu.Unlock()
		s.mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// url returns the site's absolute URL for path.
func (s *site) url(path string) string { return s.URL + path }

// handle serves body with content type ct at pattern.
func (s *site) handle(pattern, ct, body string) {
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ct)
		io.WriteString(w, body)
	})
}

// requests returns the hits whose path starts with prefix ("" for all).
func (s *site) requests(prefix string) []hit {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []hit
	for _, h := range s.hits {
		if strings.HasPrefix(h.Path, prefix) {
			out = append(out, h)
		}
	}
	return out
}

func (s *site) resetHits() {
	s.mu.Lock()
	s.hits = nil
	s.mu.Unlock()
}

// testSource is a source for s with test-sized delays and timeouts: no
// delay between requests, loopback allowed, fast retries.
func testSource(s *site) config.Source {
	src := config.DefaultSource()
	src.Name = "test"
	src.StartURLs = []string{s.url("/news")}
	src.ArticleSelector = "a.teaser"
	src.NextSelector = "a[rel=next]"
	src.Delay = 0
	src.AllowPrivateAddresses = true
	src.RetryBackoff = 10 * time.Millisecond
	src.DialTimeout = 2 * time.Second
	src.TLSTimeout = 2 * time.Second
	src.HeaderTimeout = 5 * time.Second
	src.BodyTimeout = 5 * time.Second
	src.Revisit = 0
	return src
}

// listingHTML is a listing page linking to articles, with an optional
// next-page link.
func listingHTML(next string, links ...string) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>News</title></head><body><nav><a href=\"/\">Home</a></nav><main>\n")
	for _, l := range links {
		fmt.Fprintf(&b, "<article><h3><a class=\"teaser\" href=\"%s\">Item</a></h3></article>\n", html.EscapeString(l))
	}
	if next != "" {
		fmt.Fprintf(&b, "<a rel=\"next\" href=\"%s\">Next</a>\n", html.EscapeString(next))
	}
	b.WriteString("</main></body></html>")
	return b.String()
}

func articleHTML(title, text string) string {
	return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><article><h1>" +
		title + "</h1><p>" + text + "</p></article></body></html>"
}

// newCrawler builds a crawler on a memory state unless st is given.
func newCrawler(t *testing.T, src config.Source, pub crawler.Publisher, st crawler.State, mod ...func(*crawler.Options)) *crawler.Crawler {
	t.Helper()
	if st == nil {
		st = crawler.NewMemoryState()
	}
	opts := crawler.Options{Publisher: pub, State: st, Logger: testLogger(t)}
	for _, m := range mod {
		m(&opts)
	}
	c, err := crawler.New(src, opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func crawl(t *testing.T, c *crawler.Crawler) wire.CrawlRun {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	run, err := c.Crawl(ctx)
	if err != nil {
		t.Fatalf("crawl: %v", err)
	}
	return run
}

// testLogger logs to the test's output with -v and DW_TEST_LOG=1, else
// nowhere.
func testLogger(t *testing.T) *slog.Logger {
	if os.Getenv("DW_TEST_LOG") == "" {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t *testing.T }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// gaps returns the time between consecutive hits.
func gaps(hs []hit) []time.Duration {
	var out []time.Duration
	for i := 1; i < len(hs); i++ {
		out = append(out, hs[i].At.Sub(hs[i-1].At))
	}
	return out
}
