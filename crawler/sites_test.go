package crawler_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/crawler"
	"github.com/dialoguewatch/dialoguewatch/replica"
)

// routeTo is a network layer that sends every request, whatever its scheme
// and host, to srv with the original Host header: how the crawler is
// pointed at the fixtures of real sites. Everything above the network
// layer (robots, pacing, decompression, charset…) runs as in production.
func routeTo(srv *httptest.Server) http.RoundTripper {
	addr := srv.Listener.Addr().String()
	return roundTripper(func(req *http.Request) (*http.Response, error) {
		r := req.Clone(req.Context())
		r.Host = req.URL.Host
		r.URL.Scheme = "http"
		r.URL.Host = addr
		return srv.Client().Transport.RoundTrip(r)
	})
}

type roundTripper func(*http.Request) (*http.Response, error)

func (f roundTripper) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// TestShippedSourcesOnFixtures crawls every shipped real source against
// its fixture site (replica/testdata/sites): robots.txt obeyed, articles
// found through the configured listings, feeds and sitemaps, fetched and
// published without failures.
func TestShippedSourcesOnFixtures(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(replica.Fixtures("../replica/testdata/sites"))
	t.Cleanup(srv.Close)
	srcs, err := config.LoadShippedSources("sources")
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range srcs {
		t.Run(src.Name, func(t *testing.T) {
			t.Parallel()
			src.Delay = 0 // the shipped politeness is for the real sites
			src.MaxArticles = 3
			pub := &memPublisher{}
			run := crawl(t, newCrawler(t, src, pub, nil, func(o *crawler.Options) { o.Transport = routeTo(srv) }))
			t.Logf("%s: discovered %d, published %d, failed %d, skipped %d", src.Name, run.Discovered, run.Published, run.Failed, run.Skipped)
			if run.Discovered == 0 || run.Published == 0 || run.Failed != 0 || run.Error != "" {
				t.Errorf("discovered %d published %d failed %d error %q; want articles found and fetched without failures",
					run.Discovered, run.Published, run.Failed, run.Error)
			}
			for _, p := range pub.Pages() {
				if !strings.Contains(string(p.Body), "<") || p.Truncated || !p.Backfill {
					t.Errorf("%s: body %d bytes, truncated %v, backfill %v", p.URL, len(p.Body), p.Truncated, p.Backfill)
				}
			}
		})
	}
}

// TestDemoReplica crawls the demo sources on the offline replica: every
// article is published once, and a second crawl fetches no article (the
// demo's revisit is a day) and publishes nothing.
func TestDemoReplica(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(replica.Handler())
	t.Cleanup(srv.Close)
	srcs, err := replica.Sources(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	want := len(replica.Articles())
	state := crawler.NewMemoryState()
	pub := &memPublisher{}
	seen := map[string]bool{}
	for _, src := range srcs {
		src.Delay = 0
		run := crawl(t, newCrawler(t, src, pub, state))
		t.Logf("%s: discovered %d, published %d, failed %d, skipped %d, %d bytes", src.Name, run.Discovered, run.Published, run.Failed, run.Skipped, run.Bytes)
		if run.Failed != 0 || run.Error != "" {
			t.Errorf("%s: failed %d, error %q", src.Name, run.Failed, run.Error)
		}
	}
	for _, p := range pub.Pages() {
		if seen[p.URL] {
			t.Errorf("%s published twice", p.URL)
		}
		seen[p.URL] = true
	}
	if len(seen) != want {
		t.Errorf("published %d distinct articles, the replica has %d", len(seen), want)
	}
	pub.reset()
	for _, src := range srcs {
		src.Delay = 0
		run := crawl(t, newCrawler(t, src, pub, state))
		if run.Published != 0 || run.Fetched != 0 || run.Backfill {
			t.Errorf("second crawl of %s: fetched %d published %d backfill %v; want 0, 0, false", src.Name, run.Fetched, run.Published, run.Backfill)
		}
	}
}
