package extractor

import (
	"log/slog"
	"strings"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// Stage is the extractor stage: it turns fetched pages into records.
type Stage struct {
	rules *Rules
	log   *slog.Logger
}

// NewStage returns a stage using rules; log receives why a page yielded no
// text.
func NewStage(rules *Rules, log *slog.Logger) *Stage {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Stage{rules: rules, log: log}
}

// Process extracts a page. It never fails on content: a page without main
// text (hostile, empty, all navigation) still becomes a record, so the
// article is known and not fetched again needlessly, and the reason is
// logged.
func (s *Stage) Process(p *wire.Page) *wire.Record {
	rec := &wire.Record{
		Source:      p.Source,
		RunID:       p.RunID,
		URL:         p.URL,
		FinalURL:    p.FinalURL,
		FetchedAt:   p.FetchedAt,
		ContentHash: p.ContentHash,
		Truncated:   p.Truncated,
		Backfill:    p.Backfill,
		Lang:        lang(p.Header["Content-Language"]),
		Extractor:   Version,
	}
	doc, err := ParseHTML(p.Body, p.URL)
	if err != nil {
		s.log.Warn("page has no usable text; stored without events", "url", p.URL, "reason", err)
	}
	if doc.Title == "" {
		doc.Title = p.FeedTitle
	}
	if doc.Published == "" {
		doc.Published = p.FeedPublished
	}
	rec.Title, rec.Published, rec.Text = doc.Title, doc.Published, doc.Text
	if rec.Lang == "" {
		rec.Lang = doc.Lang
	}
	if doc.Text != "" {
		rec.Events = s.rules.Events(doc)
	}
	if rec.Events == nil {
		rec.Events = []wire.Event{}
	}
	return rec
}

// lang keeps the primary language of a Content-Language header ("en-GB, fr" → "en").
func lang(h string) string {
	h = strings.TrimSpace(strings.Split(h, ",")[0])
	if i := strings.IndexByte(h, '-'); i > 0 {
		h = h[:i]
	}
	return strings.ToLower(h)
}
