// Package extractor turns a fetched page into a record: main text, title,
// publication date, and the dialogue events the text announces or reports.
// The rules are pure functions over a Document, usable without NATS or HTML.
package extractor

// Document is what the event rules read: the page's main text with its
// title and publication date, from HTML (ParseHTML) or plain text.
type Document struct {
	URL   string
	Title string
	// Text is the main text without navigation and boilerplate, one
	// paragraph (or heading, or list item) per line.
	Text string
	// Published is the publication date as YYYY-MM-DD, or "" when unknown.
	Published string
	// Lang is the language of the text (ISO 639-1) as detected, or "".
	Lang string
}
