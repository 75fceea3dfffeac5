package replica_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/mmcdole/gofeed"

	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/replica"
)

// listings are the non-article pages of the replica: listings, feed,
// sitemap, home pages, robots.txt.
var listings = []string{
	"/", "/robots.txt",
	"/eeas/", "/eeas/press-material", "/eeas/press-material?page=0", "/eeas/press-material?page=1", "/eeas/press-material?page=2",
	"/commission/", "/commission/news", "/commission/news?page=1", "/commission/sitemap.xml",
	"/thinktank/", "/thinktank/news/", "/thinktank/news/page/2/", "/thinktank/feed/",
}

func serve(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(replica.Handler())
	t.Cleanup(srv.Close)
	return srv
}

// noRedirects is the client of the tests: redirects are checked, not
// followed.
var noRedirects = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// get fetches u with noRedirects.
func get(t *testing.T, u string, header http.Header) (*http.Response, []byte) {
	t.Helper()
	return fetch(t, noRedirects, u, header)
}

// fetch fetches u with client.
func fetch(t *testing.T, client *http.Client, u string, header http.Header) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: read: %v", u, err)
	}
	return resp, body
}

func TestHandlerServesEveryPage(t *testing.T) {
	srv := serve(t)
	for _, p := range append(replica.Articles(), listings...) {
		resp, body := get(t, srv.URL+p, nil)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d, want 200", p, resp.StatusCode)
			continue
		}
		if len(body) < 100 {
			t.Errorf("GET %s: %d bytes", p, len(body))
		}
		if bytes.Contains(body, []byte("{{BASE}}")) {
			t.Errorf("GET %s: placeholder not replaced", p)
		}
		ct := resp.Header.Get("Content-Type")
		switch {
		case strings.HasSuffix(p, "feed/"):
			if !strings.HasPrefix(ct, "application/rss+xml") {
				t.Errorf("GET %s: Content-Type %q", p, ct)
			}
		case strings.HasSuffix(p, ".xml"):
			if !strings.HasPrefix(ct, "application/xml") {
				t.Errorf("GET %s: Content-Type %q", p, ct)
			}
		case strings.HasSuffix(p, ".txt"):
			if !strings.HasPrefix(ct, "text/plain") {
				t.Errorf("GET %s: Content-Type %q", p, ct)
			}
		default:
			if ct != "text/html; charset=utf-8" {
				t.Errorf("GET %s: Content-Type %q", p, ct)
			}
		}
	}
}

func TestHandlerRefuses(t *testing.T) {
	srv := serve(t)
	for _, tc := range []struct {
		path   string
		status int
		target string
	}{
		{"/nope", http.StatusNotFound, ""},
		{"/eeas/news/no-such-article", http.StatusNotFound, ""},
		{"/eeas/news/eu-china-cyber-dialogue.html", http.StatusNotFound, ""},
		{"/eeas/press-material?page=9", http.StatusNotFound, ""},
		{"/thinktank/news/no-such-post/", http.StatusNotFound, ""},
		{"/../../../etc/passwd", http.StatusNotFound, ""},
		{"/expected.jsonl", http.StatusNotFound, ""},
		{"/eeas/admin/content", http.StatusNotFound, ""},
		// WordPress redirects to the canonical slash form.
		{"/thinktank/news", http.StatusMovedPermanently, "/thinktank/news/"},
		{"/thinktank/news/twelfth-sino-european-cyber-dialogue-geneva", http.StatusMovedPermanently, "/thinktank/news/twelfth-sino-european-cyber-dialogue-geneva/"},
	} {
		resp, _ := get(t, srv.URL+tc.path, nil)
		if resp.StatusCode != tc.status {
			t.Errorf("GET %s: status %d, want %d", tc.path, resp.StatusCode, tc.status)
		}
		if loc := resp.Header.Get("Location"); loc != tc.target {
			t.Errorf("GET %s: Location %q, want %q", tc.path, loc, tc.target)
		}
	}
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/eeas/press-material", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d, want 405", resp.StatusCode)
	}
}

func TestQueryIsCanonical(t *testing.T) {
	srv := serve(t)
	_, a := get(t, srv.URL+"/eeas/press-material?page=1", nil)
	_, b := get(t, srv.URL+"/eeas/press-material?page=1&", nil)
	if !bytes.Equal(a, b) {
		t.Error("?page=1 and ?page=1& differ")
	}
}

func TestConditionalGet(t *testing.T) {
	srv := serve(t)
	p := srv.URL + replica.Articles()[0]
	resp, _ := get(t, p, nil)
	etag := resp.Header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	resp, body := get(t, p, http.Header{"If-None-Match": {etag}})
	if resp.StatusCode != http.StatusNotModified || len(body) != 0 {
		t.Errorf("If-None-Match: status %d, %d bytes; want 304, 0", resp.StatusCode, len(body))
	}
}

func TestBaseFollowsRequest(t *testing.T) {
	srv := serve(t)
	_, body := get(t, srv.URL+"/thinktank/news/", nil)
	if !bytes.Contains(body, []byte(`href="`+srv.URL+`/thinktank/news/page/2/"`)) {
		t.Error("WordPress links do not point at the serving address")
	}
	_, robots := get(t, srv.URL+"/robots.txt", nil)
	for _, want := range []string{"Disallow: /eeas/admin/", "Disallow: /thinktank/wp-admin/", "Sitemap: " + srv.URL + "/commission/sitemap.xml"} {
		if !bytes.Contains(robots, []byte(want)) {
			t.Errorf("robots.txt lacks %q", want)
		}
	}
}

func TestFeed(t *testing.T) {
	srv := serve(t)
	_, body := get(t, srv.URL+"/thinktank/feed/", nil)
	feed, err := gofeed.NewParser().ParseString(string(body))
	if err != nil {
		t.Fatalf("parse feed: %v", err)
	}
	if feed.FeedType != "rss" || len(feed.Items) != 10 {
		t.Fatalf("feed: type %q, %d items; want rss, 10", feed.FeedType, len(feed.Items))
	}
	published := expectedPublished(t)
	for _, it := range feed.Items {
		p, ok := strings.CutPrefix(it.Link, srv.URL)
		if !ok || !slices.Contains(replica.Articles(), p) {
			t.Errorf("feed item link %q is not a replica article", it.Link)
			continue
		}
		if it.PublishedParsed == nil || it.PublishedParsed.Format("2006-01-02") != published[p] {
			t.Errorf("feed item %s: pubDate %v, want %s", p, it.PublishedParsed, published[p])
		}
		if it.Title == "" {
			t.Errorf("feed item %s: no title", p)
		}
	}
}

type urlset struct {
	URLs []struct {
		Loc string `xml:"loc"`
	} `xml:"url"`
}

func TestSitemap(t *testing.T) {
	srv := serve(t)
	_, body := get(t, srv.URL+"/commission/sitemap.xml", nil)
	var set urlset
	if err := xml.Unmarshal(body, &set); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, u := range set.URLs {
		p, ok := strings.CutPrefix(u.Loc, srv.URL)
		if !ok {
			t.Errorf("sitemap loc %q not on the serving address", u.Loc)
			continue
		}
		if slices.Contains(replica.Articles(), p) {
			n++
		}
		if resp, _ := get(t, u.Loc, nil); resp.StatusCode != http.StatusOK {
			t.Errorf("sitemap loc %s: status %d", u.Loc, resp.StatusCode)
		}
	}
	if n != 10 {
		t.Errorf("sitemap lists %d commission articles, want 10", n)
	}
}

// gold is one line of expected.jsonl (corpus gold format).
type gold struct {
	Page      string  `json:"page"`
	Published *string `json:"published"`
	Events    []struct {
		Type     string   `json:"type"`
		Series   string   `json:"series"`
		Partners []string `json:"partners"`
		Start    *string  `json:"start"`
		End      *string  `json:"end"`
		Edition  *int     `json:"edition"`
		Location *string  `json:"location"`
		Status   string   `json:"status"`
		Evidence string   `json:"evidence"`
	} `json:"events"`
}

func readExpected(t *testing.T) []gold {
	t.Helper()
	var out []gold
	sc := bufio.NewScanner(bytes.NewReader(replica.Expected()))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		var g gold
		if err := dec.Decode(&g); err != nil {
			t.Fatalf("expected.jsonl line %d: %v", len(out)+1, err)
		}
		out = append(out, g)
	}
	return out
}

func expectedPublished(t *testing.T) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, g := range readExpected(t) {
		m[replica.PageURL(g.Page)] = *g.Published
	}
	return m
}

var (
	isoDate  = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	isoCode  = regexp.MustCompile(`^[A-Z]{2}$`)
	orgNames = []string{"EU", "ASEAN", "NATO", "UN"}
	types    = []string{"dialogue", "summit", "council", "ministerial meeting", "working group", "task force", "forum", "signing", "launch"}
)

// mainText is the text of the page's main content, whitespace-normalised:
// the article body without menus, banners, related blocks and footers.
func mainText(t *testing.T, page string, doc *goquery.Document) string {
	t.Helper()
	sel := map[string]string{
		"eeas":       "article .field--name-body",
		"commission": "main article .ecl",
		"thinktank":  "article .entry-content",
	}[strings.SplitN(page, "/", 2)[0]]
	s := doc.Find(sel)
	if s.Length() != 1 {
		t.Fatalf("%s: %d elements match %q", page, s.Length(), sel)
	}
	return strings.Join(strings.Fields(s.Text()), " ")
}

// pagePublished reads the publication date the way the site states it.
func pagePublished(page string, doc *goquery.Document) string {
	if v, ok := doc.Find(`meta[property="article:published_time"]`).Attr("content"); ok {
		return v[:10]
	}
	if ld := doc.Find(`script[type="application/ld+json"]`).First().Text(); ld != "" {
		var v struct {
			DatePublished string `json:"datePublished"`
		}
		if json.Unmarshal([]byte(ld), &v) == nil && len(v.DatePublished) >= 10 {
			return v.DatePublished[:10]
		}
	}
	if v, ok := doc.Find("article .node__meta time[datetime]").First().Attr("datetime"); ok {
		return v[:10]
	}
	return ""
}

func TestExpected(t *testing.T) {
	srv := serve(t)
	all := readExpected(t)
	withEvents, without := 0, 0
	seen := map[string]bool{}
	for _, g := range all {
		if seen[g.Page] {
			t.Errorf("%s: listed twice", g.Page)
		}
		seen[g.Page] = true
		resp, body := get(t, srv.URL+replica.PageURL(g.Page), nil)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d", g.Page, resp.StatusCode)
			continue
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if g.Published == nil || !isoDate.MatchString(*g.Published) || len(*g.Published) != 10 {
			t.Errorf("%s: published %v, want YYYY-MM-DD", g.Page, g.Published)
		} else if got := pagePublished(g.Page, doc); got != *g.Published {
			t.Errorf("%s: page says published %q, expected.jsonl %q", g.Page, got, *g.Published)
		}
		text := mainText(t, g.Page, doc)
		if len(g.Events) > 0 {
			withEvents++
		} else {
			without++
		}
		for i, e := range g.Events {
			where := g.Page + " event " + string(rune('0'+i))
			if !slices.Contains(types, e.Type) {
				t.Errorf("%s: type %q", where, e.Type)
			}
			if e.Series == "" || e.Evidence == "" {
				t.Errorf("%s: empty series or evidence", where)
			}
			if !strings.Contains(text, e.Evidence) {
				t.Errorf("%s: evidence not in main text: %q", where, e.Evidence)
			}
			if !slices.Contains(e.Partners, "EU") || len(e.Partners) < 2 {
				t.Errorf("%s: partners %v: want EU and at least one partner", where, e.Partners)
			}
			for _, p := range e.Partners {
				if !isoCode.MatchString(p) && !slices.Contains(orgNames, p) {
					t.Errorf("%s: partner %q is neither ISO 3166-1 alpha-2 nor a known organisation", where, p)
				}
			}
			for _, d := range []*string{e.Start, e.End} {
				if d != nil && !isoDate.MatchString(*d) {
					t.Errorf("%s: date %q", where, *d)
				}
			}
			if e.End != nil && (e.Start == nil || *e.End < *e.Start) {
				t.Errorf("%s: end %v before start %v", where, *e.End, e.Start)
			}
			if e.Edition != nil && *e.Edition < 1 {
				t.Errorf("%s: edition %d", where, *e.Edition)
			}
			if e.Status != "held" && e.Status != "planned" && e.Status != "unknown" {
				t.Errorf("%s: status %q", where, e.Status)
			}
			if e.Start == nil && e.Edition == nil && e.Location == nil {
				t.Errorf("%s: no anchor (date, edition or place)", where)
			}
		}
	}
	t.Logf("%d articles, %d with events, %d without", len(all), withEvents, without)
	if len(all) < 30 || withEvents < 20 || without < 5 {
		t.Errorf("%d articles, %d with events, %d without; want >= 30, >= 20, >= 5", len(all), withEvents, without)
	}
	for _, site := range []string{"eeas/", "commission/", "thinktank/"} {
		n := 0
		for _, g := range all {
			if strings.HasPrefix(g.Page, site) {
				n++
			}
		}
		if n < 8 {
			t.Errorf("%s: %d articles, want >= 8", site, n)
		}
	}
}

// TestEveryHTMLPageIsListed checks that Articles plus the listings are
// exactly the HTML pages the replica has: an article page added without a
// line in expected.jsonl fails here.
func TestEveryHTMLPageIsListed(t *testing.T) {
	srv := serve(t)
	known := append(replica.Articles(), listings...)
	for _, p := range known {
		if resp, _ := get(t, srv.URL+p, nil); resp.StatusCode != http.StatusOK {
			t.Errorf("%s: %d", p, resp.StatusCode)
		}
	}
	// Crawl every same-site link of every known page; each must be a
	// known page or a 404 that no source would fetch.
	for _, p := range known {
		if !strings.HasSuffix(p, "/") && strings.Contains(p, ".") {
			continue
		}
		_, body := get(t, srv.URL+p, nil)
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		base, _ := url.Parse(srv.URL + p)
		doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
			href, _ := a.Attr("href")
			u, err := base.Parse(href)
			if err != nil || u.Host != base.Host {
				return
			}
			u.Fragment = ""
			target := u.RequestURI()
			if slices.Contains(known, target) {
				return
			}
			if resp, _ := get(t, u.String(), nil); resp.StatusCode == http.StatusOK {
				t.Errorf("%s links to %s: served but neither article nor listing", p, target)
			}
		})
	}
}

func TestSourcesRebase(t *testing.T) {
	srv := serve(t)
	srcs, err := replica.Sources(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 3 {
		t.Fatalf("%d sources, want 3", len(srcs))
	}
	host := strings.Split(strings.TrimPrefix(srv.URL, "http://"), ":")[0]
	for _, s := range srcs {
		for _, u := range slices.Concat(s.StartURLs, s.Feeds, s.Sitemaps) {
			if !strings.HasPrefix(u, srv.URL+"/") {
				t.Errorf("%s: URL %s not rebased to %s", s.Name, u, srv.URL)
			}
		}
		if !slices.Equal(s.AllowedDomains, []string{host}) {
			t.Errorf("%s: allowed domains %v, want [%s]", s.Name, s.AllowedDomains, host)
		}
		if !s.AllowPrivateAddresses {
			t.Errorf("%s: loopback not allowed", s.Name)
		}
		if !strings.Contains(s.ArticlePattern, regexp.QuoteMeta(srv.URL)) {
			t.Errorf("%s: article_pattern %q not rebased", s.Name, s.ArticlePattern)
		}
		if err := s.Validate("rebased"); err != nil {
			t.Errorf("%s: %v", s.Name, err)
		}
	}
	def, err := replica.Sources("http://" + replica.DefaultAddr)
	if err != nil {
		t.Fatal(err)
	}
	if got := def[0].StartURLs[0]; !strings.HasPrefix(got, "http://"+replica.DefaultAddr+"/") {
		t.Errorf("default base: start URL %s", got)
	}
	for _, bad := range []string{"", "127.0.0.1:1", "ftp://x", "http://h/path"} {
		if _, err := replica.Sources(bad); err == nil {
			t.Errorf("Sources(%q): no error", bad)
		}
	}
}

// TestSourcesFindEveryArticle discovers articles the way the crawler does,
// with the demo sources' own selectors, patterns, feeds and sitemaps, and
// requires exactly the replica's articles, none of them disallowed by
// robots.txt.
func TestSourcesFindEveryArticle(t *testing.T) {
	srv := serve(t)
	srcs, err := replica.Sources(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]string{} // URL → source
	for _, s := range srcs {
		articles, _ := discover(t, noRedirects, s)
		for _, u := range articles {
			if prev, dup := found[u]; dup && prev != s.Name {
				t.Errorf("%s found by %s and %s", u, prev, s.Name)
			}
			found[u] = s.Name
		}
	}
	var got []string
	for u := range found {
		got = append(got, strings.TrimPrefix(u, srv.URL))
	}
	slices.Sort(got)
	if want := replica.Articles(); !slices.Equal(got, want) {
		t.Errorf("discovered %d articles, want %d:\n got %v\nwant %v", len(got), len(want), got, want)
	}
	for _, p := range got {
		for _, dis := range []string{"/eeas/admin/", "/eeas/search", "/commission/search", "/thinktank/wp-admin/"} {
			if strings.HasPrefix(p, dis) {
				t.Errorf("%s is disallowed by robots.txt", p)
			}
		}
	}
}

// discover returns the article URLs a source finds: listing pages (with
// pagination up to max_pages), feeds and sitemaps (indexes followed),
// filtered by article_pattern and allowed domains, and the number of listing
// pages visited. Every listing page must yield at least one new article.
func discover(t *testing.T, client *http.Client, s config.Source) (articles []string, listingPages int) {
	t.Helper()
	pattern := regexp.MustCompile(s.ArticlePattern)
	var out []string
	add := func(raw string) {
		u, err := url.Parse(raw)
		if err != nil || !slices.Contains(s.AllowedDomains, u.Hostname()) {
			return
		}
		u.Fragment = ""
		if pattern.MatchString(u.String()) && !slices.Contains(out, u.String()) {
			out = append(out, u.String())
		}
	}
	mustGet := func(u string) []byte {
		resp, body := fetch(t, client, u, nil)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: GET %s: status %d", s.Name, u, resp.StatusCode)
		}
		return body
	}
	for _, start := range s.StartURLs {
		next := start
		for page := 0; next != "" && page < s.MaxPages; page++ {
			listingPages++
			doc, err := goquery.NewDocumentFromReader(bytes.NewReader(mustGet(next)))
			if err != nil {
				t.Fatal(err)
			}
			base, _ := url.Parse(next)
			before := len(out)
			doc.Find(s.ArticleSelector).Each(func(_ int, a *goquery.Selection) {
				href, _ := a.Attr("href")
				if u, err := base.Parse(href); err == nil {
					add(u.String())
				}
			})
			if len(out) == before {
				t.Errorf("%s: no new article links on %s", s.Name, next)
			}
			next = ""
			if s.NextSelector != "" {
				if href, ok := doc.Find(s.NextSelector).First().Attr("href"); ok {
					u, _ := base.Parse(href)
					next = u.String()
				}
			}
		}
	}
	for _, f := range s.Feeds {
		feed, err := gofeed.NewParser().ParseString(string(mustGet(f)))
		if err != nil {
			t.Fatalf("%s: feed %s: %v", s.Name, f, err)
		}
		if len(feed.Items) == 0 {
			t.Errorf("%s: feed %s has no items", s.Name, f)
		}
		for _, it := range feed.Items {
			add(it.Link)
		}
	}
	sitemaps := slices.Clone(s.Sitemaps)
	for i := 0; i < len(sitemaps) && i < 20; i++ {
		var doc struct {
			XMLName xml.Name
			URLs    []struct {
				Loc string `xml:"loc"`
			} `xml:"url"`
			Sitemaps []struct {
				Loc string `xml:"loc"`
			} `xml:"sitemap"`
		}
		if err := xml.Unmarshal(mustGet(sitemaps[i]), &doc); err != nil {
			t.Fatalf("%s: sitemap %s: %v", s.Name, sitemaps[i], err)
		}
		for _, sm := range doc.Sitemaps {
			sitemaps = append(sitemaps, sm.Loc)
		}
		for _, u := range doc.URLs {
			add(u.Loc)
		}
	}
	return out, listingPages
}
