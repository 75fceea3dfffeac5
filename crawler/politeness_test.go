package crawler_test

import (
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dialoguewatch/dialoguewatch/crawler"
)

// TestCrawlDelay: robots.txt Crawl-delay 1 s → every two consecutive
// requests to the host (robots.txt included) start ≥ 0.95 s apart.
func TestCrawlDelay(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\nDisallow: /private/\n")
	s.handle("/news", "text/html", listingHTML("", "/a/1", "/a/2", "/a/3"))
	s.handle("/a/", "text/html", articleHTML("A", "text"))
	pub := &memPublisher{}
	run := crawl(t, newCrawler(t, testSource(s), pub, nil))
	hs := s.requests("")
	if len(hs) != 5 {
		t.Fatalf("requests = %d, want 5 (robots, listing, 3 articles)", len(hs))
	}
	minGap := time.Hour
	for _, g := range gaps(hs) {
		minGap = min(minGap, g)
	}
	t.Logf("crawl-delay 1s: %d requests, smallest gap %s", len(hs), minGap.Round(time.Millisecond))
	if minGap < 950*time.Millisecond {
		t.Errorf("smallest gap between requests = %s, want ≥ 0.95s", minGap)
	}
	if run.Published != 3 {
		t.Errorf("published = %d, want 3", run.Published)
	}
}

// TestRobotsDisallow: disallowed paths get 0 requests; the group naming
// dialoguewatch wins over "*".
func TestRobotsDisallow(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, robots string
		fetched      []string // article paths that must be fetched
		blocked      []string // paths that must get 0 requests
	}{
		{"star group", "User-agent: *\nDisallow: /private/\n", []string{"/a/1"}, []string{"/private/"}},
		{"our group wins", "User-agent: *\nDisallow: /\n\nUser-agent: dialoguewatch\nDisallow: /private/\nAllow: /\n", []string{"/a/1"}, []string{"/private/"}},
		{"disallow all", "User-agent: *\nDisallow: /\n", nil, []string{"/news", "/a/", "/private/"}},
		{"query disallowed", "User-agent: *\nDisallow: /a/1?print\n", []string{"/a/1"}, []string{"/a/1?print"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := newSite(t)
			s.handle("/robots.txt", "text/plain", tc.robots)
			s.handle("/news", "text/html", listingHTML("", "/a/1", "/a/1?print=1", "/private/x", "/private/y"))
			s.handle("/a/", "text/html", articleHTML("A", "text"))
			s.handle("/private/", "text/html", articleHTML("P", "secret"))
			run := crawl(t, newCrawler(t, testSource(s), &memPublisher{}, nil))
			for _, p := range tc.blocked {
				if n := len(s.requests(p)); n != 0 {
					t.Errorf("%d requests to disallowed %s, want 0", n, p)
				}
			}
			for _, p := range tc.fetched {
				if n := len(s.requests(p)); n == 0 {
					t.Errorf("allowed %s not fetched", p)
				}
			}
			if run.Skipped == 0 {
				t.Errorf("skipped = 0, want the disallowed URLs counted")
			}
		})
	}
}

// TestRobotsUnavailable: RFC 9309 — robots.txt 5xx or unreachable means
// disallow all for the run (0 article requests); 4xx means allow all.
func TestRobotsUnavailable(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name      string
		robots    http.HandlerFunc
		wantFetch bool
	}{
		{"503", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "busy", http.StatusServiceUnavailable) }, false},
		{"500", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", http.StatusInternalServerError) }, false},
		{"connection reset", func(w http.ResponseWriter, r *http.Request) {
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.(*net.TCPConn).SetLinger(0)
			conn.Close()
		}, false},
		{"404", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }, true},
		{"403", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", http.StatusForbidden) }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := newSite(t)
			s.mux.HandleFunc("/robots.txt", tc.robots)
			s.handle("/news", "text/html", listingHTML("", "/a/1", "/a/2"))
			s.handle("/a/", "text/html", articleHTML("A", "text"))
			src := testSource(s)
			src.Retries = 1
			run := crawl(t, newCrawler(t, src, &memPublisher{}, nil))
			other := len(s.requests("")) - len(s.requests("/robots.txt"))
			articles := len(s.requests("/a/"))
			t.Logf("robots %s: %d robots requests, %d other requests, %d article requests; report error %q",
				tc.name, len(s.requests("/robots.txt")), other, articles, run.Error)
			if tc.wantFetch {
				if articles != 2 {
					t.Errorf("article requests = %d, want 2 (4xx robots.txt allows all)", articles)
				}
				return
			}
			if other != 0 {
				t.Errorf("requests other than robots.txt = %d, want 0", other)
			}
			if !strings.Contains(run.Error, "robots.txt") {
				t.Errorf("report error %q does not mention robots.txt", run.Error)
			}
		})
	}
}

// TestRetryAfter: 429 with Retry-After: 2 → the next request to the host
// starts ≥ 1.9 s later and the page is fetched in the end.
func TestRetryAfter(t *testing.T) {
	t.Parallel()
	for _, status := range []int{http.StatusTooManyRequests, http.StatusServiceUnavailable} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			t.Parallel()
			s := newSite(t)
			s.handle("/robots.txt", "text/plain", "")
			s.handle("/news", "text/html", listingHTML("", "/a/1"))
			var calls atomic.Int32
			s.mux.HandleFunc("/a/1", func(w http.ResponseWriter, r *http.Request) {
				if calls.Add(1) == 1 {
					w.Header().Set("Retry-After", "2")
					http.Error(w, "slow down", status)
					return
				}
				w.Header().Set("Content-Type", "text/html")
				w.Write([]byte(articleHTML("A", "text")))
			})
			pub := &memPublisher{}
			run := crawl(t, newCrawler(t, testSource(s), pub, nil))
			hs := s.requests("/a/1")
			if len(hs) != 2 {
				t.Fatalf("requests to the article = %d, want 2", len(hs))
			}
			all := s.requests("")
			var next time.Time
			for i, h := range all {
				if h.At.Equal(hs[0].At) && i+1 < len(all) {
					next = all[i+1].At
				}
			}
			gap := next.Sub(hs[0].At)
			t.Logf("%d Retry-After 2: next request to the host %s later", status, gap.Round(time.Millisecond))
			if gap < 1900*time.Millisecond {
				t.Errorf("next request %s after the %d, want ≥ 1.9s", gap, status)
			}
			if run.Published != 1 || run.Failed != 0 {
				t.Errorf("published %d failed %d, want 1 and 0", run.Published, run.Failed)
			}
		})
	}
}

// TestRetries: transient failures are retried with backoff up to retries;
// 404 and 410 are recorded once and not retried in the run, and not tried
// again before the revisit interval.
func TestRetries(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/robots.txt", "text/plain", "")
	s.handle("/news", "text/html", listingHTML("", "/a/flaky", "/a/down", "/a/gone", "/a/missing", "/a/reset"))
	var flaky atomic.Int32
	s.mux.HandleFunc("/a/flaky", func(w http.ResponseWriter, r *http.Request) {
		if flaky.Add(1) <= 2 {
			http.Error(w, "bad gateway", http.StatusBadGateway)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(articleHTML("Flaky", "finally")))
	})
	s.mux.HandleFunc("/a/down", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusInternalServerError) })
	s.mux.HandleFunc("/a/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	s.mux.HandleFunc("/a/missing", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	s.mux.HandleFunc("/a/reset", func(w http.ResponseWriter, r *http.Request) {
		conn, _, _ := w.(http.Hijacker).Hijack()
		conn.(*net.TCPConn).SetLinger(0)
		conn.Close()
	})
	src := testSource(s)
	src.Retries = 3
	src.Revisit = time.Hour
	pub := &memPublisher{}
	c := newCrawler(t, src, pub, nil)
	run := crawl(t, c)
	for path, want := range map[string]int{"/a/flaky": 3, "/a/down": 4, "/a/gone": 1, "/a/missing": 1, "/a/reset": 4} {
		if n := len(s.requests(path)); n != want && !resetRetried(path, n, want) {
			t.Errorf("requests to %s = %d, want %d", path, n, want)
		}
	}
	if run.Published != 1 || run.Failed != 4 {
		t.Errorf("published %d failed %d, want 1 and 4", run.Published, run.Failed)
	}
	// Next run: the transient failures are tried again, 404/410 wait for
	// the revisit interval, the fetched page is not due.
	s.resetHits()
	crawl(t, c)
	for path, want := range map[string]int{"/a/flaky": 0, "/a/down": 4, "/a/gone": 0, "/a/missing": 0, "/a/reset": 4} {
		if n := len(s.requests(path)); n != want && !resetRetried(path, n, want) {
			t.Errorf("second run: requests to %s = %d, want %d", path, n, want)
		}
	}
}

// resetRetried allows for net/http's own single retry of a GET whose
// reused keep-alive connection was reset: each of the crawler's attempts
// is then one or two requests.
func resetRetried(path string, n, attempts int) bool {
	return path == "/a/reset" && n >= attempts && n <= 2*attempts
}

// TestUserAgent: every request names dialoguewatch and the contact URL.
func TestUserAgent(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/robots.txt", "text/plain", "")
	s.handle("/news", "text/html", listingHTML("", "/a/1"))
	s.handle("/a/", "text/html", articleHTML("A", "text"))
	src := testSource(s)
	src.Contact = "mailto:ops@example.org"
	src.UserAgent = ""
	crawl(t, newCrawler(t, src, &memPublisher{}, nil))
	for _, h := range s.requests("") {
		ua := h.Header.Get("User-Agent")
		if !strings.Contains(ua, "dialoguewatch") || !strings.Contains(ua, "mailto:ops@example.org") {
			t.Errorf("%s: User-Agent %q does not name dialoguewatch and the contact", h.Path, ua)
		}
	}
}

// TestParallelism: at most `parallelism` requests are in flight per host.
func TestParallelism(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/robots.txt", "text/plain", "")
	s.handle("/news", "text/html", listingHTML("", "/a/1", "/a/2", "/a/3", "/a/4", "/a/5", "/a/6"))
	var inFlight, peak atomic.Int32
	s.mux.HandleFunc("/a/", func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(100 * time.Millisecond)
		inFlight.Add(-1)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(articleHTML("A", "text")))
	})
	src := testSource(s)
	src.Parallelism = 2
	run := crawl(t, newCrawler(t, src, &memPublisher{}, nil))
	t.Logf("parallelism 2: peak %d requests in flight", peak.Load())
	if peak.Load() != 2 || run.Published != 6 {
		t.Errorf("peak in flight %d, published %d; want 2 and 6", peak.Load(), run.Published)
	}
}

// TestRobotsCache: robots.txt is fetched once and used for at most 24 h.
func TestRobotsCache(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
	s.handle("/news", "text/html", listingHTML("", "/a/1"))
	s.handle("/a/", "text/html", articleHTML("A", "text"))
	var now atomic.Int64
	now.Store(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano())
	c := newCrawler(t, testSource(s), &memPublisher{}, nil, func(o *crawler.Options) {
		o.Now = func() time.Time { return time.Unix(0, now.Load()) }
	})
	for _, step := range []struct {
		advance time.Duration
		fetches int // robots.txt requests so far
	}{{0, 1}, {time.Hour, 1}, {23 * time.Hour, 1}, {2 * time.Hour, 2}} {
		now.Add(int64(step.advance))
		crawl(t, c)
		if n := len(s.requests("/robots.txt")); n != step.fetches {
			t.Errorf("after +%s: robots.txt fetched %d times, want %d", step.advance, n, step.fetches)
		}
	}
}
