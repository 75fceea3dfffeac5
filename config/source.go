// Package config loads and validates dialoguewatch's YAML: the sources to
// crawl and the lexicons the extractor uses. Defaults live in one value per
// kind (DefaultSource), files are decoded strictly on top of it (an unknown
// key is an error) and Validate checks without I/O, naming file, source and
// field in every error.
package config

import (
	"fmt"
	"net/netip"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/andybalholm/cascadia"
)

// Source is one site (or one section of a site) to watch. Every field is
// optional unless Validate says otherwise; DefaultSource gives the values of
// the omitted ones.
type Source struct {
	// Name identifies the source in the database, logs and subjects:
	// lower-case letters, digits and '-'. Required.
	Name string `yaml:"name"`

	// --- Discovery: where article links are found. At least one of
	// start_urls, feeds and sitemaps is required.

	// StartURLs are listing pages (news indexes); fetched every run.
	StartURLs []string `yaml:"start_urls"`
	// Feeds are RSS or Atom feeds whose items are articles; fetched every run.
	Feeds []string `yaml:"feeds"`
	// Sitemaps are XML sitemaps or sitemap indexes (.xml or .xml.gz).
	Sitemaps []string `yaml:"sitemaps"`
	// ArticleSelector is the CSS selector of the links (<a href>) on a
	// listing page that lead to articles. Default "a[href]" (then narrow
	// with article_pattern).
	ArticleSelector string `yaml:"article_selector"`
	// ArticlePattern is a Go regexp an absolute article URL (from listings,
	// feeds or sitemaps) must match. Default "" (any URL in allowed_domains).
	ArticlePattern string `yaml:"article_pattern"`
	// NextSelector is the CSS selector of the listing's "next page" link.
	// Default "" (no pagination).
	NextSelector string `yaml:"next_selector"`
	// MaxPages is how many listing pages are followed per start URL per run.
	// Pagination also stops at a page that holds only known articles.
	// Default 5.
	MaxPages int `yaml:"max_pages"`
	// AllowedDomains are the hosts the crawler may fetch from. Default: the
	// hosts of start_urls, feeds and sitemaps.
	AllowedDomains []string `yaml:"allowed_domains"`

	// --- Politeness.

	// UserAgent names the crawler. Default "dialoguewatch/1 (+<contact>)".
	UserAgent string `yaml:"user_agent"`
	// Contact is the URL (or mailto:) site owners can reach us at; it goes
	// into the default User-Agent.
	// Default "https://github.com/dialoguewatch/dialoguewatch".
	Contact string `yaml:"contact"`
	// ObeyRobots obeys robots.txt, including Crawl-delay. Default true.
	ObeyRobots bool `yaml:"obey_robots"`
	// Delay is the minimum time between two requests to one host; a larger
	// robots.txt Crawl-delay wins. Default 2s.
	Delay time.Duration `yaml:"delay"`
	// Parallelism is the number of concurrent requests per host. Default 1.
	Parallelism int `yaml:"parallelism"`

	// --- Schedule.

	// Interval is how often `dialoguewatch run` crawls the source's listings,
	// feeds and sitemaps. Default 1h.
	Interval time.Duration `yaml:"interval"`
	// Revisit is how long a known article is left alone before it is fetched
	// again (conditionally). Default 168h (a week).
	Revisit time.Duration `yaml:"revisit"`

	// --- Limits against slow, huge and hostile sites.

	// DialTimeout bounds connecting. Default 10s.
	DialTimeout time.Duration `yaml:"dial_timeout"`
	// TLSTimeout bounds the TLS handshake. Default 10s.
	TLSTimeout time.Duration `yaml:"tls_timeout"`
	// HeaderTimeout bounds the wait for response headers. Default 20s.
	HeaderTimeout time.Duration `yaml:"header_timeout"`
	// BodyTimeout bounds reading the whole body. Default 60s.
	BodyTimeout time.Duration `yaml:"body_timeout"`
	// MaxBodyBytes caps a body after decompression, in bytes; a longer page
	// is recorded as truncated. Default 10485760 (10 MiB).
	MaxBodyBytes int64 `yaml:"max_body_bytes"`
	// MaxURLLength skips longer URLs (traps), in bytes. Default 2048.
	MaxURLLength int `yaml:"max_url_length"`
	// MaxDepth is how many links away from a start URL, feed or sitemap the
	// crawler goes (listing pagination counts). Default 10.
	MaxDepth int `yaml:"max_depth"`
	// MaxArticles caps the articles fetched per source per run. Default 500.
	MaxArticles int `yaml:"max_articles"`
	// Retries is how often a transient failure (timeout, reset, 5xx, 429) is
	// retried within a run, with exponential backoff and jitter. Default 3.
	Retries int `yaml:"retries"`
	// RetryBackoff is the first retry's wait; each retry doubles it. Default 2s.
	RetryBackoff time.Duration `yaml:"retry_backoff"`
	// AllowPrivateAddresses lets the crawler connect to loopback, private and
	// link-local addresses (the demo replica, tests). Default false: such
	// addresses are refused at dial time, redirects and DNS included.
	AllowPrivateAddresses bool `yaml:"allow_private_addresses"`
	// AllowAddresses are loopback/private/link-local destinations the
	// crawler may connect to even when allow_private_addresses is false:
	// an IP ("10.1.2.3"), a CIDR ("10.0.0.0/8") or an IP with port
	// ("127.0.0.1:8089", "[::1]:8089"). Every other private destination,
	// reached directly, by redirect or by DNS, stays refused. Default none.
	AllowAddresses []string `yaml:"allow_addresses"`
	// MaxRetryWait is the longest wait the crawler accepts from a host in
	// one run (a 429/503 Retry-After); a host asking for more is left
	// alone for the rest of the run and its pages count as failed (retried
	// next run). Default 5m.
	MaxRetryWait time.Duration `yaml:"max_retry_wait"`
	// DropParams are query parameters removed when canonicalising URLs, in
	// addition to the built-in tracking parameters (utm_*, fbclid, gclid,
	// session ids). Default none.
	DropParams []string `yaml:"drop_params"`
}

// DefaultContact is the project's URL, used in the default User-Agent.
const DefaultContact = "https://github.com/dialoguewatch/dialoguewatch"

// DefaultSource returns the values of every field a source file omits.
func DefaultSource() Source {
	return Source{
		ArticleSelector: "a[href]",
		MaxPages:        5,
		Contact:         DefaultContact,
		ObeyRobots:      true,
		Delay:           2 * time.Second,
		Parallelism:     1,
		Interval:        time.Hour,
		Revisit:         7 * 24 * time.Hour,
		DialTimeout:     10 * time.Second,
		TLSTimeout:      10 * time.Second,
		HeaderTimeout:   20 * time.Second,
		BodyTimeout:     60 * time.Second,
		MaxBodyBytes:    10 << 20,
		MaxURLLength:    2048,
		MaxDepth:        10,
		MaxArticles:     500,
		Retries:         3,
		RetryBackoff:    2 * time.Second,
		MaxRetryWait:    5 * time.Minute,
	}
}

var sourceName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,62}$`)

// Validate checks the source without I/O. file is used in error messages
// only. Defaults derived from other fields (allowed domains, User-Agent) are
// filled in here, so a valid Source is ready to use.
func (s *Source) Validate(file string) error {
	fail := func(field, format string, args ...any) error {
		return &Error{File: file, Source: s.Name, Field: field, Err: fmt.Errorf(format, args...)}
	}
	if s.Name == "" {
		return fail("name", "is required")
	}
	if !sourceName.MatchString(s.Name) {
		return fail("name", "%q: use lower-case letters, digits and '-' (at most 63)", s.Name)
	}
	if len(s.StartURLs)+len(s.Feeds)+len(s.Sitemaps) == 0 {
		return fail("start_urls", "a source needs at least one of start_urls, feeds or sitemaps")
	}
	var hosts []string
	for _, list := range []struct {
		field string
		urls  []string
	}{{"start_urls", s.StartURLs}, {"feeds", s.Feeds}, {"sitemaps", s.Sitemaps}} {
		for i, raw := range list.urls {
			u, err := url.Parse(raw)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return fail(fmt.Sprintf("%s[%d]", list.field, i), "%q is not an absolute http(s) URL", raw)
			}
			hosts = append(hosts, strings.ToLower(u.Hostname()))
		}
	}
	if _, err := cascadia.Compile(s.ArticleSelector); err != nil || s.ArticleSelector == "" {
		return fail("article_selector", "%q is not a CSS selector: %v", s.ArticleSelector, err)
	}
	if s.NextSelector != "" {
		if _, err := cascadia.Compile(s.NextSelector); err != nil {
			return fail("next_selector", "%q is not a CSS selector: %v", s.NextSelector, err)
		}
	}
	if _, err := regexp.Compile(s.ArticlePattern); err != nil {
		return fail("article_pattern", "%q is not a regular expression: %v", s.ArticlePattern, err)
	}
	for i, d := range s.AllowedDomains {
		if d == "" || strings.ContainsAny(d, "/:@ ") {
			return fail(fmt.Sprintf("allowed_domains[%d]", i), "%q is not a host name", d)
		}
		s.AllowedDomains[i] = strings.ToLower(d)
	}
	if len(s.AllowedDomains) == 0 {
		s.AllowedDomains = dedupe(hosts)
	}
	if s.Contact == "" {
		return fail("contact", "is required (site owners must be able to reach us)")
	}
	if s.UserAgent == "" {
		s.UserAgent = "dialoguewatch/1 (+" + s.Contact + ")"
	}
	if !strings.Contains(strings.ToLower(s.UserAgent), "dialoguewatch") {
		return fail("user_agent", "%q must name dialoguewatch", s.UserAgent)
	}
	for i, a := range s.AllowAddresses {
		if !validAddress(a) {
			return fail(fmt.Sprintf("allow_addresses[%d]", i), "%q is not an IP, CIDR or IP:port", a)
		}
	}
	for _, d := range []struct {
		field string
		v     time.Duration
		min   time.Duration
	}{
		{"delay", s.Delay, 0},
		{"interval", s.Interval, time.Second},
		{"revisit", s.Revisit, 0},
		{"dial_timeout", s.DialTimeout, time.Millisecond},
		{"tls_timeout", s.TLSTimeout, time.Millisecond},
		{"header_timeout", s.HeaderTimeout, time.Millisecond},
		{"body_timeout", s.BodyTimeout, time.Millisecond},
		{"retry_backoff", s.RetryBackoff, 0},
		{"max_retry_wait", s.MaxRetryWait, 0},
	} {
		if d.v < d.min {
			return fail(d.field, "%s is too short (minimum %s)", d.v, d.min)
		}
	}
	for _, n := range []struct {
		field string
		v     int64
		min   int64
	}{
		{"max_pages", int64(s.MaxPages), 1},
		{"parallelism", int64(s.Parallelism), 1},
		{"max_body_bytes", s.MaxBodyBytes, 1024},
		{"max_url_length", int64(s.MaxURLLength), 64},
		{"max_depth", int64(s.MaxDepth), 1},
		{"max_articles", int64(s.MaxArticles), 1},
		{"retries", int64(s.Retries), 0},
	} {
		if n.v < n.min {
			return fail(n.field, "%d is too small (minimum %d)", n.v, n.min)
		}
	}
	return nil
}

// validAddress reports whether a is an IP, a CIDR or an IP:port.
func validAddress(a string) bool {
	if _, err := netip.ParseAddr(a); err == nil {
		return true
	}
	if _, err := netip.ParsePrefix(a); err == nil {
		return true
	}
	_, err := netip.ParseAddrPort(a)
	return err == nil
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
