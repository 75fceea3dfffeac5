package synthsite_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/dialoguewatch/dialoguewatch/bench/synthsite"
)

func get(t *testing.T, srv *httptest.Server, path string, hdr http.Header) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

func TestArticlesAreStableAndRealisticallyHeavy(t *testing.T) {
	site := synthsite.New(synthsite.Options{Articles: 300, Seed: 7})
	srv := httptest.NewServer(site)
	defer srv.Close()
	var min, max, total int
	for i := range site.Articles() {
		resp, b := get(t, srv, site.ArticlePath(i), nil)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: status %d", site.ArticlePath(i), resp.StatusCode)
		}
		if i%50 == 0 {
			_, again := get(t, srv, site.ArticlePath(i), nil)
			if !bytes.Equal(b, again) {
				t.Fatalf("%s differs between two requests", site.ArticlePath(i))
			}
			if other := synthsite.New(synthsite.Options{Articles: 300, Seed: 7}).Article(srv.URL, i); !bytes.Equal(b, other) {
				t.Fatalf("%s differs between two sites of the same seed", site.ArticlePath(i))
			}
		}
		if min == 0 || len(b) < min {
			min = len(b)
		}
		max = maxInt(max, len(b))
		total += len(b)
	}
	if min < 40<<10 || max > 152<<10 {
		t.Errorf("article sizes %d..%d bytes, want 40..150 KB", min, max)
	}
	t.Logf("article sizes: min %d, max %d, mean %d bytes", min, max, total/site.Articles())
	if other := synthsite.New(synthsite.Options{Articles: 300, Seed: 8}).Article(srv.URL, 3); bytes.Equal(other, site.Article(srv.URL, 3)) {
		t.Error("another seed gives the same page")
	}
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

var teaserLink = regexp.MustCompile(`<h3 class="card-title"><a href="(/news/[a-z0-9-]+)"`)
var nextLink = regexp.MustCompile(`href="\?page=(\d+)"[^>]*rel="next"`)

func TestListingsSitemapAndFeedReachEveryArticle(t *testing.T) {
	site := synthsite.New(synthsite.Options{Articles: 260, PerPage: 25})
	srv := httptest.NewServer(site)
	defer srv.Close()
	want := map[string]bool{}
	for i := range site.Articles() {
		want[site.ArticlePath(i)] = true
	}

	// Listings, following rel=next; teasers in the listing's view only.
	fromListings := map[string]bool{}
	path, pages := "/news", 0
	for path != "" {
		resp, b := get(t, srv, path, nil)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: status %d", path, resp.StatusCode)
		}
		pages++
		view := string(b)
		view = view[strings.Index(view, `<div class="view-content">`):strings.Index(view, `<nav class="pager"`)]
		for _, m := range teaserLink.FindAllStringSubmatch(view, -1) {
			fromListings[m[1]] = true
		}
		path = ""
		if m := nextLink.FindSubmatch(b); m != nil {
			path = "/news?page=" + string(m[1])
		}
	}
	if pages != site.ListingPages() || pages != 11 {
		t.Errorf("followed %d listing pages, site says %d, want 11", pages, site.ListingPages())
	}
	if len(fromListings) != len(want) {
		t.Errorf("listings link %d articles, want %d", len(fromListings), len(want))
	}

	// Sitemap index → sitemaps → every article.
	_, b := get(t, srv, "/sitemap.xml", nil)
	var index struct {
		Sitemaps []struct {
			Loc string `xml:"loc"`
		} `xml:"sitemap"`
	}
	if err := xml.Unmarshal(b, &index); err != nil || len(index.Sitemaps) != 1 {
		t.Fatalf("sitemap index: %v, %d sitemaps", err, len(index.Sitemaps))
	}
	_, b = get(t, srv, strings.TrimPrefix(index.Sitemaps[0].Loc, srv.URL), nil)
	var set struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(b, &set); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, u := range set.URLs {
		if want[strings.TrimPrefix(u.Loc, srv.URL)] {
			n++
		}
	}
	if n != len(want) {
		t.Errorf("sitemap lists %d articles, want %d", n, len(want))
	}

	resp, b := get(t, srv, "/feed.xml", nil)
	if resp.StatusCode != http.StatusOK || bytes.Count(b, []byte("<item>")) != 50 {
		t.Errorf("feed: status %d, %d items, want 50", resp.StatusCode, bytes.Count(b, []byte("<item>")))
	}
	// Every menu link resolves.
	_, b = get(t, srv, site.ArticlePath(5), nil)
	for _, m := range regexp.MustCompile(`href="(/[^"#?]*)"`).FindAllSubmatch(b, -1) {
		p := string(m[1])
		if strings.HasPrefix(p, "/sites/") || strings.HasPrefix(p, "/themes/") {
			continue
		}
		if resp, _ := get(t, srv, p, nil); resp.StatusCode != http.StatusOK {
			t.Errorf("link %s: status %d", p, resp.StatusCode)
		}
	}
}

func TestConditionalGet(t *testing.T) {
	site := synthsite.New(synthsite.Options{Articles: 10})
	srv := httptest.NewServer(site)
	defer srv.Close()
	for _, path := range []string{site.ArticlePath(3), "/news", "/sitemap.xml", "/feed.xml"} {
		resp, _ := get(t, srv, path, nil)
		etag, lm := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
		if etag == "" || lm == "" {
			t.Fatalf("%s: ETag %q, Last-Modified %q", path, etag, lm)
		}
		for _, h := range []http.Header{{"If-None-Match": {etag}}, {"If-Modified-Since": {lm}}} {
			if resp, b := get(t, srv, path, h); resp.StatusCode != http.StatusNotModified || len(b) != 0 {
				t.Errorf("%s with %v: status %d, %d bytes", path, h, resp.StatusCode, len(b))
			}
		}
		if resp, _ := get(t, srv, path, http.Header{"If-None-Match": {`"other"`}, "If-Modified-Since": {lm}}); resp.StatusCode != http.StatusOK {
			t.Errorf("%s with another ETag: status %d, want 200 (If-None-Match decides)", path, resp.StatusCode)
		}
	}
	for _, path := range []string{"/news/nope-3", "/news/x-99", "/news?page=9", "/elsewhere"} {
		if resp, _ := get(t, srv, path, nil); resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", path, resp.StatusCode)
		}
	}
}

func TestEventFraction(t *testing.T) {
	site := synthsite.New(synthsite.Options{Articles: 1000, EventPercent: 20})
	if n := site.EventArticles(); n != 200 {
		t.Errorf("%d event articles of 1000, want 200", n)
	}
}
