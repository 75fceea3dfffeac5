package extractor

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ErrNoText is returned for pages with no main text (an index page, a page
// that is all navigation, an empty body).
var ErrNoText = errors.New("no main text")

// ParseHTML extracts the main text, title and publication date of an HTML
// page. Main text comes from go-trafilatura (navigation, cookie banners,
// teaser lists and footers are dropped there). The publication date is taken
// from what the page states explicitly — meta tags, JSON-LD, a <time>
// element — and only when none does from go-htmldate's heuristics, because
// heuristics pick up dates of related items and events.
func ParseHTML(body []byte, pageURL string) (doc Document, err error) {
	// A hostile page must not take the worker down with it.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse html: panic: %v", r)
		}
	}()
	root, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return Document{}, fmt.Errorf("parse html: %w", err)
	}
	doc.URL = pageURL
	doc.Published = explicitDate(root)

	opts := trafilatura.Options{
		ExcludeComments: true,
		Deduplicate:     true,
		HtmlDateMode:    trafilatura.Fast,
	}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	if doc.Published != "" {
		// Ours is authoritative; skip htmldate's scan of the whole page.
		t, _ := time.Parse(time.DateOnly, doc.Published)
		opts.HtmlDateOverride = &htmldate.Result{DateTime: t, HasTime: true}
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil || res == nil {
		if err == nil {
			err = ErrNoText
		}
		return Document{URL: pageURL, Published: doc.Published}, fmt.Errorf("main text: %w", err)
	}
	doc.Title = strings.TrimSpace(res.Metadata.Title)
	doc.Lang = res.Metadata.Language // trafilatura detects it whatever we ask
	if doc.Published == "" && !res.Metadata.Date.IsZero() {
		doc.Published = res.Metadata.Date.Format(time.DateOnly)
	}
	// ContentText runs all blocks into one line; rendering the content
	// tree keeps paragraphs, headings and list items apart, which the
	// rules use (a date carried within a paragraph, not across).
	doc.Text = normaliseText(blockText(res.ContentNode))
	if doc.Text == "" {
		doc.Text = normaliseText(res.ContentText)
	}
	if doc.Text == "" {
		return doc, fmt.Errorf("main text: %w", ErrNoText)
	}
	return doc, nil
}

// Meta tags that state a publication date, in order of trust.
var dateMeta = []string{
	"article:published_time", "og:published_time", "datepublished",
	"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
	"citation_publication_date", "publication_date", "publish-date", "pubdate",
	"sailthru.date", "parsely-pub-date", "date",
}

var isoDate = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)

// explicitDate returns the date the page itself declares as its
// publication date, or "".
func explicitDate(root *html.Node) string {
	meta := map[string]string{}
	var ldJSON []string
	var timeAttr string
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				if c := attr(n, "content"); key != "" && c != "" {
					if _, ok := meta[key]; !ok {
						meta[key] = c
					}
				}
			case atom.Script:
				if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
					ldJSON = append(ldJSON, n.FirstChild.Data)
				}
			case atom.Article, atom.Main:
				inArticle = true
			case atom.Time:
				// The first <time> inside the article, or one marked as
				// the publication date anywhere. A <time> in a teaser
				// list outside <article>/<main> is another item's date.
				dt := attr(n, "datetime")
				if dt != "" && timeAttr == "" && (inArticle || strings.Contains(strings.ToLower(attr(n, "itemprop")+attr(n, "class")), "publish")) {
					timeAttr = dt
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(root, false)
	for _, k := range dateMeta {
		if d := toDate(meta[k]); d != "" {
			return d
		}
	}
	for _, raw := range ldJSON {
		if d := toDate(jsonLDDate([]byte(raw))); d != "" {
			return d
		}
	}
	return toDate(timeAttr)
}

// jsonLDDate finds datePublished in a JSON-LD block (object, array or @graph).
func jsonLDDate(raw []byte) string {
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return ""
	}
	var find func(v any) string
	find = func(v any) string {
		switch t := v.(type) {
		case map[string]any:
			if s, ok := t["datePublished"].(string); ok {
				return s
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if d := find(t[k]); d != "" {
					return d
				}
			}
		case []any:
			for _, e := range t {
				if d := find(e); d != "" {
					return d
				}
			}
		}
		return ""
	}
	return find(v)
}

// toDate turns a declared date into YYYY-MM-DD as written (no time-zone
// shift: "2023-04-20T23:30:00-05:00" was published on the 20th there).
func toDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		if _, err := time.Parse(time.DateOnly, m[0]); err == nil {
			return m[0]
		}
		return ""
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, "2 January 2006", "January 2, 2006", "02/01/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// blocks are the elements that start a new line of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.Pre: true,
	atom.Table: true, atom.Tr: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Br: true, atom.Hr: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Figure: true, atom.Figcaption: true, atom.Main: true, atom.Aside: true,
}

// blockText renders a content tree as text, one block element per line.
func blockText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			a := tag(n)
			if a == atom.Script || a == atom.Style {
				return
			}
			if a == atom.Td || a == atom.Th {
				// Cells keep their columns apart, as in the text form
				// of tables elsewhere: "Colombia | 9th | 3 April 2024".
				if previousCell(n) {
					b.WriteString(" | ")
				} else {
					b.WriteString(" ")
				}
			}
		}
		block := n.Type == html.ElementNode && blocks[tag(n)]
		if block {
			b.WriteString("\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteString("\n")
		}
	}
	walk(n)
	return b.String()
}

// tag is an element's atom. Nodes trafilatura builds (table rows and
// cells among them) carry only their name.
func tag(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// previousCell reports whether a table cell follows another in its row.
func previousCell(n *html.Node) bool {
	for c := n.PrevSibling; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			if a := tag(c); a == atom.Td || a == atom.Th {
				return true
			}
		}
	}
	return false
}

// normaliseText trims lines, collapses runs of spaces and drops empty
// lines, so rules see one paragraph per line.
func normaliseText(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		l = strings.Join(strings.Fields(l), " ")
		if l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
