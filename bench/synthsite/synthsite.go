// Package synthsite is a synthetic news site for benchmarks: N article
// pages of realistic weight (40–150 KB of HTML with a mega menu, cookie
// banner, breadcrumbs, related and latest blocks, footer, an SVG sprite and
// inline scripts, like EEAS's Drupal pages), paginated listings, an RSS feed
// and a sitemap index. A fixed fraction of the articles announce dialogue
// events (held or planned, with ranges, missing years, ordinals in words or
// digits, adjectives) in varied phrasing.
//
// Everything is a pure function of the options: pages are generated on each
// request, never stored, and a page's bytes are the same on every request,
// so a recrawl of an unchanged site finds nothing new. Responses carry a
// strong ETag and Last-Modified; conditional GETs get 304 without the page
// being generated.
//
// URLs:
//
//	/robots.txt                allows everything, names the sitemap
//	/news, /news?page=K        listings, newest first, PerPage teasers each
//	/news/<slug>-<id>          article id (0 is the newest)
//	/feed.xml                  RSS 2.0, the 50 newest articles
//	/sitemap.xml               sitemap index of /sitemaps/news-K.xml (1,000 URLs each)
//	/, /topics/..., ...        small section pages the menus link to
package synthsite

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Options say what site to generate. Zero values take the defaults.
type Options struct {
	Articles     int    // article pages; default 5,000
	Seed         uint64 // same seed, same site; 0 is a valid seed
	PerPage      int    // teasers per listing page; default 25
	EventPercent int    // percentage of articles announcing an event; default 20
}

// Site is a generated site. It is an http.Handler; safe for concurrent use.
type Site struct {
	n, perPage, eventPct int
	seed                 uint64
	newest               time.Time // publication time of article 0
}

// sitemapSize is the number of URLs per sitemap file.
const sitemapSize = 1000

// feedSize is the number of items in the RSS feed.
const feedSize = 50

// New returns the site for o.
func New(o Options) *Site {
	if o.Articles <= 0 {
		o.Articles = 5000
	}
	if o.PerPage <= 0 {
		o.PerPage = 25
	}
	if o.EventPercent <= 0 {
		o.EventPercent = 20
	}
	return &Site{
		n: o.Articles, perPage: o.PerPage, eventPct: min(o.EventPercent, 100), seed: o.Seed,
		newest: time.Date(2025, 10, 31, 10, 30, 0, 0, time.UTC),
	}
}

// Articles returns the number of article pages.
func (s *Site) Articles() int { return s.n }

// ListingPages returns the number of listing pages (/news and its ?page=K).
func (s *Site) ListingPages() int { return (s.n + s.perPage - 1) / s.perPage }

// ArticlePath returns the URL path of article i (0 ≤ i < Articles()).
func (s *Site) ArticlePath(i int) string { return "/news/" + s.meta(i).slug }

// HasEvent reports whether article i announces an event.
func (s *Site) HasEvent(i int) bool { return s.isEvent(i) }

// EventArticles returns how many articles announce an event.
func (s *Site) EventArticles() int {
	n := 0
	for i := range s.n {
		if s.isEvent(i) {
			n++
		}
	}
	return n
}

// Article returns the HTML of article i as served from base
// ("http://127.0.0.1:8080"), for benchmarks that need pages without HTTP.
func (s *Site) Article(base string, i int) []byte {
	return []byte(s.article(base, i))
}

// isEvent spreads the event articles evenly: exactly eventPct of every
// 100 consecutive ids.
func (s *Site) isEvent(i int) bool { return (i*37)%100 < s.eventPct }

// published is article i's publication time: one article every 3.5 hours
// going back from the newest.
func (s *Site) published(i int) time.Time {
	return s.newest.Add(-time.Duration(i) * 210 * time.Minute)
}

// rng returns the random stream for one purpose of one page; streams are
// independent, so a page's title never depends on how its body was drawn.
func (s *Site) rng(i int, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(s.seed^0x9e3779b97f4a7c15, uint64(i)<<8|stream))
}

const (
	streamMeta = iota + 1
	streamBody
	streamChrome
)

// ServeHTTP serves the site: GET and HEAD, conditional requests, 404 for
// anything else.
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	base := "http://" + r.Host
	var (
		ctype   = "text/html; charset=utf-8"
		lastMod = s.newest
		gen     func() string
	)
	p := r.URL.Path
	switch {
	case p == "/robots.txt":
		ctype = "text/plain; charset=utf-8"
		gen = func() string {
			return "User-agent: *\nDisallow: /search\nAllow: /\n\nSitemap: " + base + "/sitemap.xml\n"
		}
	case p == "/news" || p == "/news/":
		k := 0
		if q := r.URL.Query().Get("page"); q != "" {
			var err error
			if k, err = strconv.Atoi(q); err != nil || k < 0 || k >= s.ListingPages() {
				http.NotFound(w, r)
				return
			}
		}
		lastMod = s.published(k * s.perPage)
		gen = func() string { return s.listing(base, k) }
	case strings.HasPrefix(p, "/news/"):
		i, ok := s.articleID(p)
		if !ok {
			http.NotFound(w, r)
			return
		}
		lastMod = s.published(i)
		gen = func() string { return s.article(base, i) }
	case p == "/feed.xml":
		ctype = "application/rss+xml; charset=utf-8"
		gen = func() string { return s.feed(base) }
	case p == "/sitemap.xml":
		ctype = "application/xml; charset=utf-8"
		gen = func() string { return s.sitemapIndex(base) }
	case strings.HasPrefix(p, "/sitemaps/news-") && strings.HasSuffix(p, ".xml"):
		k, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(p, "/sitemaps/news-"), ".xml"))
		if err != nil || k < 0 || k*sitemapSize >= s.n {
			http.NotFound(w, r)
			return
		}
		ctype = "application/xml; charset=utf-8"
		lastMod = s.published(k * sitemapSize)
		gen = func() string { return s.sitemap(base, k) }
	default:
		title, ok := sectionTitle(p)
		if !ok {
			http.NotFound(w, r)
			return
		}
		gen = func() string { return s.section(base, p, title) }
	}
	// The body is a pure function of the site and the request URI, so a
	// hash of them is a strong validator.
	h := fnv.New64a()
	fmt.Fprintf(h, "%d/%d/%d/%d/%s/%s", s.seed, s.n, s.perPage, s.eventPct, r.Host, r.URL.RequestURI())
	etag := fmt.Sprintf(`"%016x"`, h.Sum64())
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", lastMod.Format(http.TimeFormat))
	w.Header().Set("Cache-Control", "max-age=300")
	if notModified(r, etag, lastMod) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := gen()
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write([]byte(body))
}

// notModified applies RFC 9110's precedence: If-None-Match, when present,
// decides alone.
func notModified(r *http.Request, etag string, lastMod time.Time) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
			if t == etag || t == "*" {
				return true
			}
		}
		return false
	}
	if ims := r.Header.Get("If-Modified-Since"); ims != "" {
		if t, err := http.ParseTime(ims); err == nil && !lastMod.Truncate(time.Second).After(t) {
			return true
		}
	}
	return false
}

// articleID reads the id at the end of /news/<slug>-<id> and checks the
// slug is the article's.
func (s *Site) articleID(p string) (int, bool) {
	slug := strings.TrimPrefix(p, "/news/")
	dash := strings.LastIndexByte(slug, '-')
	if dash < 0 {
		return 0, false
	}
	i, err := strconv.Atoi(slug[dash+1:])
	if err != nil || i < 0 || i >= s.n || s.meta(i).slug != slug {
		return 0, false
	}
	return i, true
}

// meta is what other pages show of an article: cheap to compute.
type meta struct {
	id      int
	title   string
	summary string
	slug    string
	date    time.Time
	event   *event // nil: no event announced
	topic   string
}

func (s *Site) meta(i int) meta {
	rng := s.rng(i, streamMeta)
	m := meta{id: i, date: s.published(i), topic: pick(rng, topics)}
	if s.isEvent(i) {
		ev := newEvent(rng, m.date)
		m.event = &ev
		m.title = ev.headline(rng)
		m.summary = "Senior officials discussed " + pick(rng, themes) + ", " + pick(rng, themes) + " and " + pick(rng, themes) + "."
	} else {
		m.title = fillTitle(rng, m.topic)
		m.summary = "The EU " + pick(rng, summaryVerbs) + " " + pick(rng, themes) + " and " + pick(rng, themes) + "."
	}
	m.slug = slugify(m.title) + "-" + strconv.Itoa(i)
	return m
}

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 70 {
			break
		}
	}
	return strings.TrimRight(b.String(), "-")
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }
