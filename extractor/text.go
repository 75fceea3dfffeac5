package extractor

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// IsHTML reports whether body looks like an HTML document rather than
// plain text: a doctype or an <html>, <head>, <body>, <p> or <div> tag near
// the start.
func IsHTML(body []byte) bool {
	head := body
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = bytes.ToLower(bytes.TrimSpace(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))))
	if bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) {
		return true
	}
	for _, tag := range []string{"<html", "<head>", "<body", "<p>", "<div", "<article", "<meta "} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}

// ParseText reads a plain-text page. A header of "URL: …", "PUBLISHED: …",
// "SOURCE: …" lines closed by a blank line (the corpus format) sets the
// document's URL and publication date ("unknown" leaves them empty);
// pageURL, when not empty, wins over the header's URL.
func ParseText(body []byte, pageURL string) Document {
	if !utf8.Valid(body) {
		body = bytes.ToValidUTF8(body, []byte("\uFFFD"))
	}
	text := strings.ReplaceAll(string(body), "\r\n", "\n")
	text = strings.TrimPrefix(text, "\ufeff")
	var doc Document
	if head, rest, ok := strings.Cut(text, "\n\n"); ok && isHeader(head) {
		for _, l := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(l, ":")
			v = strings.TrimSpace(v)
			if strings.EqualFold(v, "unknown") {
				v = ""
			}
			switch strings.ToUpper(strings.TrimSpace(k)) {
			case "URL":
				doc.URL = v
			case "PUBLISHED":
				if _, ok := parseISODate(v); ok && len(v) == 10 {
					doc.Published = v
				}
			case "TITLE":
				doc.Title = v
			}
		}
		text = rest
	}
	if pageURL != "" {
		doc.URL = pageURL
	}
	doc.Text = text
	return doc
}

func isHeader(head string) bool {
	lines := strings.Split(head, "\n")
	if len(lines) > 8 {
		return false
	}
	for _, l := range lines {
		k, _, ok := strings.Cut(l, ":")
		if !ok {
			return false
		}
		switch strings.ToUpper(strings.TrimSpace(k)) {
		case "URL", "PUBLISHED", "SOURCE", "TITLE":
		default:
			return false
		}
	}
	return true
}
