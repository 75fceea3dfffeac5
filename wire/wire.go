// Package wire holds the types that travel between the pipeline's stages
// (crawler → extractor → sink) and the names of the streams and subjects they
// travel on. It has no behaviour beyond encoding helpers, so every stage can
// import it without importing another stage.
package wire

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
)

// Streams and subjects. Subjects carry the source name as last token so a
// consumer can filter by source and `nats stream view` shows where a message
// came from.
const (
	StreamPages     = "DW_PAGES"   // raw fetched pages, limits retention (kept for re-extraction)
	SubjectPages    = "dw.pages"   // dw.pages.<source>
	StreamRecords   = "DW_RECORDS" // extracted records and crawl-run reports
	SubjectRecords  = "dw.records" // dw.records.<source>
	SubjectRuns     = "dw.runs"    // dw.runs.<source>: crawl-run reports, same stream as records
	StreamDead      = "DW_DEAD"    // dead letters of every consumer
	SubjectDead     = "dw.dead"    // dw.dead.<consumer>
	BucketLarge     = "dw_large"   // object store for payloads over the server's max payload
	BucketCrawl     = "dw_crawl"   // KV: per-URL crawl state shared by crawler processes
	ConsumerExtract = "extractor"  // durable on StreamPages
	ConsumerSink    = "sink"       // durable on StreamRecords
)

// Subject returns prefix.<token> with the token made safe for NATS
// (no dots, spaces or wildcards).
func Subject(prefix, token string) string {
	return prefix + "." + SubjectToken(token)
}

// SubjectToken maps any string to a valid single NATS subject token.
func SubjectToken(s string) string {
	if s == "" {
		return "_"
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	return b.String()
}

// Hash is the content hash used everywhere (sha256, hex).
func Hash(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Page is one fetched document, as the crawler publishes it.
type Page struct {
	Source    string    `json:"source"`
	RunID     string    `json:"run_id"`
	URL       string    `json:"url"`       // canonical URL: the article's identity
	FinalURL  string    `json:"final_url"` // after redirects
	Status    int       `json:"status"`
	FetchedAt time.Time `json:"fetched_at"`
	// Header keeps the response headers that matter downstream
	// (Content-Type, Content-Language, ETag, Last-Modified, Date).
	Header map[string]string `json:"header,omitempty"`
	// Body is the document converted to UTF-8.
	Body        []byte `json:"body"`
	ContentHash string `json:"content_hash"` // Hash(Body)
	// Truncated is set when the body hit the size cap; the page is passed on
	// so the loss is recorded, never as if it were complete.
	Truncated bool `json:"truncated,omitempty"`
	// Backfill marks pages of a source's first crawl: stored, but not alerted on.
	Backfill bool `json:"backfill,omitempty"`
	// Hints from discovery (feed item, sitemap entry), used when the page
	// itself lacks them.
	FeedTitle     string `json:"feed_title,omitempty"`
	FeedPublished string `json:"feed_published,omitempty"` // YYYY-MM-DD
}

// MsgID is the page's publish-dedup id: the same body of the same URL is the
// same message whichever crawler process or run fetched it.
func (p *Page) MsgID() string { return "page:" + Hash([]byte(p.URL)) + ":" + p.ContentHash }

// Record is what the extractor makes of a page, as the sink stores it.
type Record struct {
	Source      string    `json:"source"`
	RunID       string    `json:"run_id"`
	URL         string    `json:"url"`
	FinalURL    string    `json:"final_url"`
	FetchedAt   time.Time `json:"fetched_at"`
	ContentHash string    `json:"content_hash"` // of the raw page body
	Truncated   bool      `json:"truncated,omitempty"`
	Backfill    bool      `json:"backfill,omitempty"`
	Title       string    `json:"title"`
	Published   string    `json:"published,omitempty"` // YYYY-MM-DD, or "" when unknown
	Lang        string    `json:"lang,omitempty"`
	Text        string    `json:"text"` // main text, paragraphs separated by "\n"
	Events      []Event   `json:"events"`
	// Extractor identifies the rules that produced Events, so a re-extraction
	// with newer rules replaces the article's mentions instead of being
	// mistaken for a duplicate.
	Extractor string `json:"extractor"`
}

// MsgID is the record's publish-dedup id.
func (r *Record) MsgID() string {
	return "record:" + Hash([]byte(r.URL)) + ":" + r.ContentHash + ":" + r.Extractor
}

// Event is one dialogue event as the extractor finds it in one article.
// Field meanings are DESIGN.md's event record.
type Event struct {
	Type       string   `json:"type"`
	Series     string   `json:"series,omitempty"`
	Partners   []string `json:"partners"`
	Start      string   `json:"start,omitempty"` // 2023, 2023-06 or 2023-06-30
	End        string   `json:"end,omitempty"`
	Edition    int      `json:"edition,omitempty"`
	Location   string   `json:"location,omitempty"`
	Status     string   `json:"status"` // held, planned, unknown
	Evidence   string   `json:"evidence"`
	Confidence float64  `json:"confidence"`
}

// Event statuses.
const (
	StatusHeld    = "held"
	StatusPlanned = "planned"
	StatusUnknown = "unknown"
)

// CrawlRun reports one crawl of one source. The crawler publishes it when
// the run starts (Finished zero) and when it ends; the sink keeps the latest.
type CrawlRun struct {
	ID       string    `json:"id"`
	Source   string    `json:"source"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished,omitempty"`
	Backfill bool      `json:"backfill,omitempty"`
	// Counters, all per run.
	Discovered  int    `json:"discovered"`   // article URLs found on listings, feeds, sitemaps
	Fetched     int    `json:"fetched"`      // article responses received with a body
	NotModified int    `json:"not_modified"` // 304 or same content hash
	New         int    `json:"new"`          // URL never seen before
	Changed     int    `json:"changed"`      // seen before, content differs
	Failed      int    `json:"failed"`
	Skipped     int    `json:"skipped"` // robots, non-HTML, trap limits, not due for revisit
	Published   int    `json:"published"`
	Bytes       int64  `json:"bytes"` // downloaded, decompressed
	Error       string `json:"error,omitempty"`
}

// MsgID is the run report's publish-dedup id.
func (r *CrawlRun) MsgID() string {
	state := "start"
	if !r.Finished.IsZero() {
		state = "end"
	}
	return "run:" + r.ID + ":" + state
}
