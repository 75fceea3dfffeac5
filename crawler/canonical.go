package crawler

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// trackingParams are query parameters that identify a visit, not a page.
// Keys are lower-case; prefixes end in '*'.
var trackingParams = []string{
	"utm_*", "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
	"mc_cid", "mc_eid", "_ga", "_gl", "igshid", "twclid", "li_fat_id", "mkt_tok",
	"_hsenc", "_hsmi", "oly_anon_id", "oly_enc_id", "vero_id", "wt.mc_id", "at_medium", "at_campaign",
	// Session ids.
	"phpsessid", "jsessionid", "aspsessionid*", "sid", "sessionid", "session_id", "sessid", "cfid", "cftoken",
}

// Canonicalizer turns URLs into the form used for dedup and identity.
type Canonicalizer struct {
	drop []string // lower-case keys, prefixes end in '*'
}

// NewCanonicalizer drops the built-in tracking parameters plus extra.
func NewCanonicalizer(extra []string) *Canonicalizer {
	c := &Canonicalizer{drop: append([]string(nil), trackingParams...)}
	for _, p := range extra {
		c.drop = append(c.drop, strings.ToLower(p))
	}
	return c
}

func (c *Canonicalizer) dropped(key string) bool {
	k := strings.ToLower(key)
	for _, d := range c.drop {
		if prefix, ok := strings.CutSuffix(d, "*"); ok {
			if strings.HasPrefix(k, prefix) {
				return true
			}
		} else if k == d {
			return true
		}
	}
	return false
}

var errNotHTTP = errors.New("not an http(s) URL")

// Canonical resolves ref against base (nil for an absolute ref) and
// returns the canonical URL: scheme and host lower-cased, default port,
// fragment, dot segments, tracking parameters and ";jsessionid=" path
// parameters removed, query sorted by key, empty path made "/".
func (c *Canonicalizer) Canonical(base *url.URL, ref string) (string, error) {
	ref = strings.TrimSpace(ref)
	u, err := url.Parse(ref)
	if err != nil {
		return "", fmt.Errorf("canonicalise %q: %w", ref, err)
	}
	if base != nil {
		u = base.ResolveReference(u)
	} else {
		// ResolveReference removes dot segments; do it for absolute URLs too.
		u = u.ResolveReference(&url.URL{})
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", fmt.Errorf("canonicalise %q: %w", ref, errNotHTTP)
	}
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	host := strings.ToLower(u.Hostname())
	host = strings.TrimSuffix(host, ".")
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	// ";jsessionid=…" path parameters (Java servlets).
	if i := strings.Index(strings.ToLower(u.Path), ";jsessionid="); i >= 0 {
		u.Path = u.Path[:i]
		u.RawPath = ""
	}
	if u.Path == "" {
		u.Path = "/"
	}
	u.RawQuery = c.query(u.RawQuery)
	u.ForceQuery = false
	return u.String(), nil
}

// query drops tracking parameters and sorts the rest by key, keeping the
// order of repeated keys and the original encoding of each pair.
func (c *Canonicalizer) query(raw string) string {
	if raw == "" {
		return ""
	}
	type pair struct{ key, raw string }
	var pairs []pair
	for _, p := range strings.FieldsFunc(raw, func(r rune) bool { return r == '&' || r == ';' }) {
		k, _, _ := strings.Cut(p, "=")
		key, err := url.QueryUnescape(k)
		if err != nil {
			key = k
		}
		if key == "" || c.dropped(key) {
			continue
		}
		pairs = append(pairs, pair{key, p})
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].key < pairs[j].key })
	out := make([]string, len(pairs))
	for i, p := range pairs {
		out[i] = p.raw
	}
	return strings.Join(out, "&")
}

// canonicalLink returns the href of the first <link rel="canonical"> in a
// page's head, reading no further than the start of <body>.
func canonicalLink(body []byte) string {
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "link":
				var rel, href string
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "rel":
						rel = string(v)
					case "href":
						href = string(v)
					}
				}
				for _, r := range strings.Fields(strings.ToLower(rel)) {
					if r == "canonical" && strings.TrimSpace(href) != "" {
						return strings.TrimSpace(href)
					}
				}
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "head" {
				return ""
			}
		}
	}
}
