package crawler_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dialoguewatch/dialoguewatch/crawler"
)

// bomb is 128 MiB of filler in a gzip stream of 128 members (a gzip
// reader concatenates them) of 1 MiB each, and the same gzipped again.
var bomb = sync.OnceValues(func() ([]byte, []byte) {
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
	zw.Write(bytes.Repeat([]byte("A"), 1<<20))
	zw.Close()
	var once bytes.Buffer
	zw, _ = gzip.NewWriterLevel(&once, gzip.BestCompression)
	zw.Write([]byte("<!doctype html><html><head><title>Bomb</title></head><body><p>"))
	zw.Close()
	for range 128 {
		once.Write(member.Bytes())
	}
	var twice bytes.Buffer
	zw, _ = gzip.NewWriterLevel(&twice, gzip.BestCompression)
	zw.Write(once.Bytes())
	zw.Close()
	return once.Bytes(), twice.Bytes()
})

// TestGzipBomb: a few KB that expand to 128 MiB → at most cap+1 bytes are
// decompressed, the page is published flagged truncated, and the crawl
// allocates a small fraction of the bomb's size.
func TestGzipBomb(t *testing.T) {
	const maxBody = 1 << 20
	for _, tc := range []struct {
		name     string
		layers   int
		encoding string
	}{
		{"gzip", 1, "gzip"},
		{"gzip twice", 2, "gzip, gzip"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			once, twice := bomb()
			payload := once
			if tc.layers == 2 {
				payload = twice
			}
			s := newSite(t)
			s.handle("/robots.txt", "text/plain", "")
			s.handle("/news", "text/html", listingHTML("", "/a/bomb", "/a/fine"))
			s.handle("/a/fine", "text/html", articleHTML("Fine", "ok"))
			s.mux.HandleFunc("/a/bomb", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Header().Set("Content-Encoding", tc.encoding)
				w.Write(payload)
			})
			src := testSource(s)
			src.MaxBodyBytes = maxBody
			pub := &memPublisher{}
			c := newCrawler(t, src, pub, nil)
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			run := crawl(t, c)
			runtime.ReadMemStats(&after)
			alloc := after.TotalAlloc - before.TotalAlloc
			var got *bytes.Buffer
			for _, p := range pub.Pages() {
				if strings.HasSuffix(p.URL, "/a/bomb") {
					if !p.Truncated {
						t.Errorf("bomb page not flagged truncated")
					}
					got = bytes.NewBuffer(p.Body)
				}
			}
			if got == nil {
				t.Fatalf("bomb page not published (published %d)", len(pub.Pages()))
			}
			t.Logf("%s: %d bytes on the wire → 128 MiB; body kept %d bytes (cap %d), truncated; run bytes %d; allocated during crawl %.1f MiB",
				tc.name, len(payload), got.Len(), maxBody, run.Bytes, float64(alloc)/(1<<20))
			if got.Len() > maxBody {
				t.Errorf("body %d bytes, want ≤ cap %d", got.Len(), maxBody)
			}
			if alloc > 32<<20 {
				t.Errorf("allocated %.1f MiB during the crawl, want < 32 MiB", float64(alloc)/(1<<20))
			}
			if run.Published != 2 {
				t.Errorf("published %d, want 2 (the run goes on)", run.Published)
			}
		})
	}
}

// TestLargePage: a 3 MB page is fetched whole under the default cap.
func TestLargePage(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/robots.txt", "text/plain", "")
	s.handle("/news", "text/html", listingHTML("", "/a/big"))
	big := articleHTML("Big", strings.Repeat("EU–Japan dialogue. ", 3<<20/19))
	s.handle("/a/big", "text/html; charset=utf-8", big)
	pub := &memPublisher{}
	crawl(t, newCrawler(t, testSource(s), pub, nil))
	ps := pub.Pages()
	if len(ps) != 1 || len(ps[0].Body) != len(big) || ps[0].Truncated {
		t.Fatalf("3 MB page: published %d pages, body %d bytes (want %d), truncated %v", len(ps), len(ps[0].Body), len(big), ps[0].Truncated)
	}
}

// TestDrip: a server that drips the body slower than the body timeout →
// that fetch fails within timeout + 1 s and the run goes on. A server that
// never sends headers fails the same way within the header timeout.
func TestDrip(t *testing.T) {
	t.Parallel()
	const bodyTimeout = time.Second
	s := newSite(t)
	s.handle("/robots.txt", "text/plain", "")
	s.handle("/news", "text/html", listingHTML("", "/a/drip", "/a/mute", "/a/ok"))
	s.handle("/a/ok", "text/html", articleHTML("OK", "fine"))
	var mu sync.Mutex
	held := map[string]time.Duration{} // how long the client kept each slow connection
	s.mux.HandleFunc("/a/drip", func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		for i := 0; i < 300; i++ {
			if _, err := w.Write([]byte("<")); err != nil {
				break
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
			case <-time.After(50 * time.Millisecond):
				continue
			}
			break
		}
		mu.Lock()
		held["drip"] = time.Since(start)
		mu.Unlock()
	})
	s.mux.HandleFunc("/a/mute", func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		select {
		case <-r.Context().Done():
		case <-time.After(15 * time.Second):
		}
		mu.Lock()
		held["mute"] = time.Since(start)
		mu.Unlock()
	})
	src := testSource(s)
	src.Retries = 0
	src.BodyTimeout = bodyTimeout
	src.HeaderTimeout = bodyTimeout
	src.DialTimeout = 100 * time.Millisecond
	src.TLSTimeout = 100 * time.Millisecond
	pub := &memPublisher{}
	run := crawl(t, newCrawler(t, src, pub, nil))
	// The handlers notice the closed connection a little after the client
	// gives up; wait for them to record.
	deadline := time.Now().Add(5 * time.Second)
	for {
		mu.Lock()
		n := len(held)
		mu.Unlock()
		if n == 2 || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	mu.Lock()
	defer mu.Unlock()
	t.Logf("drip: connection held %s (body timeout %s); no headers: held %s (header timeout %s + dial/TLS 200ms)",
		held["drip"].Round(time.Millisecond), bodyTimeout, held["mute"].Round(time.Millisecond), bodyTimeout)
	if d, ok := held["drip"]; !ok || d > bodyTimeout+time.Second {
		t.Errorf("drip fetch held %s, want ≤ %s", d, bodyTimeout+time.Second)
	}
	if d, ok := held["mute"]; !ok || d > bodyTimeout+200*time.Millisecond+time.Second {
		t.Errorf("mute fetch held %s, want ≤ %s", d, bodyTimeout+200*time.Millisecond+time.Second)
	}
	if run.Failed != 2 || run.Published != 1 {
		t.Errorf("failed %d published %d, want 2 and 1 (the run goes on)", run.Failed, run.Published)
	}
}

// TestRedirectToInternal: the site (allowed by address) redirects to a
// second loopback listener standing for an internal service → 0
// connections reach it, whether the redirect is followed directly or the
// page links there.
func TestRedirectToInternal(t *testing.T) {
	t.Parallel()
	var conns atomic.Int32
	internal := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<html><body>internal secrets</body></html>")
	}))
	internal.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			conns.Add(1)
		}
	}
	internal.Start()
	t.Cleanup(internal.Close)

	s := newSite(t)
	s.handle("/robots.txt", "text/plain", "")
	s.handle("/news", "text/html", listingHTML("", "/a/redirect", "/a/ok", internal.URL+"/direct"))
	s.handle("/a/ok", "text/html", articleHTML("OK", "fine"))
	s.mux.HandleFunc("/a/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, internal.URL+"/latest-credentials", http.StatusFound)
	})
	src := testSource(s)
	// Loopback is not allowed in general; only the site's own listener is.
	src.AllowPrivateAddresses = false
	src.AllowAddresses = []string{strings.TrimPrefix(s.URL, "http://")}
	pub := &memPublisher{}
	run := crawl(t, newCrawler(t, src, pub, nil))
	t.Logf("redirect to internal listener: %d connections reached it; failed %d, skipped %d, published %d", conns.Load(), run.Failed, run.Skipped, run.Published)
	if n := conns.Load(); n != 0 {
		t.Errorf("%d connections reached the internal listener, want 0", n)
	}
	// The redirect fails at dial time; the direct link is skipped because
	// the internal origin's robots.txt is unreachable (refused at dial).
	if run.Failed != 1 || run.Skipped != 1 || run.Published != 1 {
		t.Errorf("failed %d skipped %d published %d, want 1, 1 and 1", run.Failed, run.Skipped, run.Published)
	}

	// Without the allow-list the site itself is refused at dial time.
	s.resetHits()
	src.AllowAddresses = nil
	run = crawl(t, newCrawler(t, src, &memPublisher{}, nil))
	if n := len(s.requests("")); n != 0 || conns.Load() != 0 {
		t.Errorf("with loopback refused: %d requests to the site, %d to internal; want 0 and 0", n, conns.Load())
	}
	if !strings.Contains(run.Error, "refused") {
		t.Errorf("report error %q does not say the address was refused", run.Error)
	}
}

// TestURLVariants: 10 pages linked under 100 URL variants (tracking
// parameters, session ids, fragments, query order, scheme and host case,
// default port, dot segments) → exactly 10 fetches.
func TestURLVariants(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/robots.txt", "text/plain", "")
	hostPort := strings.TrimPrefix(s.URL, "http://")
	var links []string
	for i := range 10 {
		p := fmt.Sprintf("/article?id=%d&lang=en", i)
		for _, v := range []string{
			p,
			fmt.Sprintf("/article?lang=en&id=%d", i),
			p + "#section-2",
			p + "&utm_source=newsletter&utm_medium=email",
			p + "&fbclid=IwAR0abc",
			p + "&gclid=xyz&PHPSESSID=0123456789abcdef",
			fmt.Sprintf("/article;jsessionid=ABC123?lang=en&id=%d", i),
			"HTTP://" + hostPort + p,
			fmt.Sprintf("/news/../article?id=%d&lang=en&sid=42#top", i),
			fmt.Sprintf("./article?utm_campaign=x&lang=en&id=%d", i),
		} {
			links = append(links, v)
		}
	}
	s.handle("/news", "text/html", listingHTML("", links...))
	s.handle("/article", "text/html", articleHTML("A", "text"))
	pub := &memPublisher{}
	run := crawl(t, newCrawler(t, testSource(s), pub, nil))
	n := len(s.requests("/article"))
	t.Logf("%d links → %d discovered, %d article fetches", len(links), run.Discovered, n)
	if n != 10 || run.Discovered != 10 || run.Published != 10 {
		t.Errorf("fetches %d, discovered %d, published %d; want 10, 10, 10", n, run.Discovered, run.Published)
	}
}

// TestNonHTML: PDFs, images and binaries are not parsed or published;
// they are counted as skipped and their bodies are not downloaded.
func TestNonHTML(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/robots.txt", "text/plain", "")
	s.handle("/news", "text/html", listingHTML("", "/a/doc.pdf", "/a/pic", "/a/blob", "/a/page"))
	big := bytes.Repeat([]byte{0x00, 0xff, 0x10, 0x80}, 1<<20) // 4 MiB
	serve := func(ct string, body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if ct != "" {
				w.Header().Set("Content-Type", ct)
			}
			w.Write(body)
		}
	}
	s.mux.Handle("/a/doc.pdf", serve("application/pdf", append([]byte("%PDF-1.7\n"), big...)))
	s.mux.Handle("/a/pic", serve("image/png", append([]byte("\x89PNG\r\n\x1a\n"), big...)))
	s.mux.Handle("/a/blob", serve("", append([]byte("\x00\x01\x02"), big...))) // no Content-Type: sniffed
	s.handle("/a/page", "text/html", articleHTML("Page", "text"))
	var steps []crawler.Step
	var mu sync.Mutex
	pub := &memPublisher{}
	run := crawl(t, newCrawler(t, testSource(s), pub, nil, func(o *crawler.Options) {
		o.Trace = func(st crawler.Step) { mu.Lock(); steps = append(steps, st); mu.Unlock() }
	}))
	if run.Published != 1 || run.Skipped != 3 {
		t.Errorf("published %d skipped %d, want 1 and 3", run.Published, run.Skipped)
	}
	recorded := 0
	for _, st := range steps {
		if st.Kind == crawler.StepSkip && strings.HasPrefix(st.Note, "not HTML: ") {
			recorded++
			t.Logf("%s: %s", st.URL, st.Note)
		}
	}
	if recorded != 3 {
		t.Errorf("%d non-HTML responses recorded by URL and type, want 3", recorded)
	}
}

// TestCharset: pages in Windows-1252 / ISO-8859-1, declared in the header
// or only in <meta>, or not at all, become UTF-8; <meta> declarations are
// rewritten so no later parser decodes twice.
func TestCharset(t *testing.T) {
	t.Parallel()
	const word = "Lule\xe5" // "Luleå" in Windows-1252
	page := func(meta string) string {
		return "<!doctype html><html><head>" + meta + "<title>" + word + "</title></head><body><p>EU–Sweden talks in " +
			word + " \x96 \x93quoted\x94.</p></body></html>"
	}
	for _, tc := range []struct{ name, ct, body string }{
		{"header windows-1252", "text/html; charset=windows-1252", page("")},
		{"header iso-8859-1", "text/html; charset=ISO-8859-1", page("")},
		{"meta charset only", "text/html", page(`<meta charset="windows-1252">`)},
		{"meta http-equiv only", "text/html", page(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`)},
		{"no declaration", "text/html", page("")},
		{"utf-8 misdeclared in meta", "text/html", `<html><head><meta charset="iso-8859-1"><title>Luleå</title></head><body>EU–Sweden talks in Luleå “quoted”.</body></html>`},
		{"utf-8 header", "text/html; charset=utf-8", "<html><head><title>Luleå</title></head><body>Luleå</body></html>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := newSite(t)
			s.handle("/robots.txt", "text/plain", "")
			s.handle("/news", "text/html", listingHTML("", "/a/1"))
			s.handle("/a/1", tc.ct, tc.body)
			pub := &memPublisher{}
			crawl(t, newCrawler(t, testSource(s), pub, nil))
			ps := pub.Pages()
			if len(ps) != 1 {
				t.Fatalf("published %d pages, want 1", len(ps))
			}
			body := string(ps[0].Body)
			if !strings.Contains(body, "Luleå") {
				t.Errorf("body does not contain UTF-8 \"Luleå\": %q", body)
			}
			if strings.Contains(body, "\ufffd") || strings.Contains(body, "Ã") {
				t.Errorf("body has replacement characters or mojibake: %q", body)
			}
			if strings.Contains(strings.ToLower(body), "1252") || strings.Contains(strings.ToLower(body), "8859") {
				t.Errorf("body still declares a legacy charset: %q", body)
			}
			if ct := ps[0].Header["Content-Type"]; ct != "text/html; charset=utf-8" {
				t.Errorf("Content-Type %q, want text/html; charset=utf-8", ct)
			}
		})
	}
}

// TestTrapLimits: URLs over max_url_length, pages deeper than max_depth
// and articles beyond max_articles are skipped and counted.
func TestTrapLimits(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/robots.txt", "text/plain", "")
	long := "/a/" + strings.Repeat("x", 300)
	// Each listing page links to two articles and the next page, forever.
	s.mux.HandleFunc("/news", func(w http.ResponseWriter, r *http.Request) {
		n := 0
		fmt.Sscanf(r.URL.Query().Get("page"), "%d", &n)
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, listingHTML(fmt.Sprintf("/news?page=%d", n+1), fmt.Sprintf("/a/%d-1", n), fmt.Sprintf("/a/%d-2", n), long))
	})
	s.handle("/a/", "text/html", articleHTML("A", "text"))
	src := testSource(s)
	src.MaxURLLength = 200
	src.MaxPages = 100
	src.MaxDepth = 4
	src.MaxArticles = 5
	pub := &memPublisher{}
	run := crawl(t, newCrawler(t, src, pub, nil))
	listings := len(s.requests("/news"))
	articles := len(s.requests("/a/"))
	t.Logf("trap: %d listing pages (max_depth 4), %d discovered, %d article fetches (max_articles 5), skipped %d, long URL requests %d",
		listings, run.Discovered, articles, run.Skipped, len(s.requests(long)))
	// Listing pages are depths 1..3: their articles are at depth ≤ 4.
	if listings > 4 {
		t.Errorf("listing pages fetched = %d, want ≤ 4 (max_depth)", listings)
	}
	if articles != 5 {
		t.Errorf("article fetches = %d, want 5 (max_articles)", articles)
	}
	if len(s.requests(long)) != 0 {
		t.Errorf("a URL longer than max_url_length was fetched")
	}
	if !run.Backfill {
		t.Errorf("first run not a backfill")
	}
	// The backlog left by max_articles keeps the source in backfill.
	run = crawl(t, newCrawler(t, src, pub, nil))
	if !run.Backfill {
		t.Errorf("second run with a backlog is not a backfill")
	}
}

// TestCollyEnvIgnored: COLLY_* environment variables do not override the
// source config.
func TestCollyEnvIgnored(t *testing.T) {
	t.Setenv("COLLY_USER_AGENT", "evil-bot")
	t.Setenv("COLLY_MAX_BODY_SIZE", "10")
	t.Setenv("COLLY_ALLOWED_DOMAINS", "elsewhere.example")
	t.Setenv("COLLY_CACHE_DIR", t.TempDir())
	t.Setenv("COLLY_FOLLOW_REDIRECTS", "false")
	t.Setenv("COLLY_MAX_REQUESTS", "1")
	s := newSite(t)
	s.handle("/robots.txt", "text/plain", "")
	s.handle("/news", "text/html", listingHTML("", "/a/moved", "/a/2"))
	s.mux.HandleFunc("/a/moved", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/a/1", http.StatusMovedPermanently) })
	body := articleHTML("A", strings.Repeat("long text ", 100))
	s.handle("/a/", "text/html; charset=utf-8", body)
	pub := &memPublisher{}
	run := crawl(t, newCrawler(t, testSource(s), pub, nil))
	if run.Published != 2 {
		t.Fatalf("published %d, want 2", run.Published)
	}
	for _, p := range pub.Pages() {
		if len(p.Body) != len(body) {
			t.Errorf("%s: body %d bytes, want %d (COLLY_MAX_BODY_SIZE applied?)", p.URL, len(p.Body), len(body))
		}
	}
	for _, h := range s.requests("") {
		if ua := h.Header.Get("User-Agent"); strings.Contains(ua, "evil") {
			t.Errorf("User-Agent %q from COLLY_USER_AGENT", ua)
		}
	}
}
