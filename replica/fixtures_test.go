package replica_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"testing"

	"github.com/temoto/robotstxt"

	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/replica"
)

// routeTo returns a client that sends every request, whatever its scheme
// and host, to srv, keeping the original Host header: the way a test points
// a crawler at the fixtures of real sites.
func routeTo(srv *httptest.Server) *http.Client {
	addr := srv.Listener.Addr().String()
	return &http.Client{
		Transport: roundTripper(func(req *http.Request) (*http.Response, error) {
			r := req.Clone(req.Context())
			r.Host = req.URL.Host
			r.URL.Scheme = "http"
			r.URL.Host = addr
			return http.DefaultTransport.RoundTrip(r)
		}),
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

type roundTripper func(*http.Request) (*http.Response, error)

func (f roundTripper) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func serveFixtures(t *testing.T) *http.Client {
	t.Helper()
	srv := httptest.NewServer(replica.Fixtures("testdata/sites"))
	t.Cleanup(srv.Close)
	return routeTo(srv)
}

// TestFixturesCoverShippedSources checks, for every shipped real source,
// that the fixtures hold its start URLs, feeds and sitemaps, that its
// selectors and pattern find articles there, that every article found has
// a fixture (so `sources test` on the fixtures fetches no 404) and that
// robots.txt allows all of it.
func TestFixturesCoverShippedSources(t *testing.T) {
	client := serveFixtures(t)
	srcs, err := config.LoadShippedSources("sources")
	if err != nil {
		t.Fatal(err)
	}
	robots := map[string]*robotstxt.RobotsData{}
	allowed := func(raw string) bool {
		u, _ := url.Parse(raw)
		rd, ok := robots[u.Host]
		if !ok {
			resp, body := fetch(t, client, "https://"+u.Host+"/robots.txt", nil)
			if resp.StatusCode != http.StatusOK {
				t.Errorf("%s: no robots.txt fixture (status %d)", u.Host, resp.StatusCode)
			}
			rd, err = robotstxt.FromStatusAndBytes(resp.StatusCode, body)
			if err != nil {
				t.Fatalf("%s/robots.txt: %v", u.Host, err)
			}
			robots[u.Host] = rd
		}
		return rd.TestAgent(u.RequestURI(), "dialoguewatch")
	}
	for _, s := range srcs {
		t.Run(s.Name, func(t *testing.T) {
			for _, u := range slices.Concat(s.StartURLs, s.Feeds, s.Sitemaps) {
				if !allowed(u) {
					t.Errorf("%s is disallowed by robots.txt", u)
				}
			}
			found, pages := discover(t, client, s)
			if len(found) == 0 {
				t.Fatal("no article found")
			}
			// The fixtures have two listing pages wherever a source paginates.
			if s.NextSelector != "" && s.MaxPages > 1 && len(s.StartURLs) > 0 && pages < 2 {
				t.Errorf("next_selector %q found no next page on %s", s.NextSelector, s.StartURLs[0])
			}
			for _, u := range found {
				resp, _ := fetch(t, client, u, nil)
				if resp.StatusCode != http.StatusOK {
					t.Errorf("article %s: status %d, want a fixture", u, resp.StatusCode)
				}
				if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
					t.Errorf("article %s: Content-Type %q", u, ct)
				}
				if !allowed(u) {
					t.Errorf("article %s is disallowed by robots.txt", u)
				}
			}
			t.Logf("%d articles: %v", len(found), found)
		})
	}
}

func TestFixturesHandler(t *testing.T) {
	client := serveFixtures(t)
	for _, tc := range []struct {
		url    string
		status int
	}{
		{"https://hcss.nl/feed/", http.StatusOK},
		{"http://HCSS.nl:443/feed/", http.StatusOK},
		{"https://hcss.nl/feed", http.StatusMovedPermanently},
		{"https://www.eeas.europa.eu/eeas/press-material_en?page=1", http.StatusOK},
		{"https://www.eeas.europa.eu/sitemap.xml?page=1", http.StatusOK},
		{"https://ec.europa.eu/commission/presscorner/api/rss?language=en", http.StatusOK},
		{"https://unknown.example/", http.StatusNotFound},
		{"https://hcss.nl/../merics.org/robots.txt", http.StatusNotFound},
	} {
		resp, _ := fetch(t, client, tc.url, nil)
		if resp.StatusCode != tc.status {
			t.Errorf("GET %s: status %d, want %d", tc.url, resp.StatusCode, tc.status)
		}
	}
}
