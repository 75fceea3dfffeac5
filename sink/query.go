package sink

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// Event is a stored event with its partners and mentions.
type Event struct {
	ID          int64     `json:"id"`
	Type        string    `json:"type"`
	Series      string    `json:"series"`
	Partners    []string  `json:"partners"`
	Start       string    `json:"start"` // partial date, or ""
	End         string    `json:"end"`
	Edition     int       `json:"edition"` // 0: unknown
	Location    string    `json:"location"`
	Status      string    `json:"status"`
	Confidence  float64   `json:"confidence"`
	Backfill    bool      `json:"backfill"` // first reported during a source's first crawl
	FirstSeen   time.Time `json:"first_seen"`
	LastUpdated time.Time `json:"last_updated"`
	// Mentions in the order they were stored: the first is the earliest
	// report still standing, the last the latest.
	Mentions []Mention `json:"mentions"`
}

// Mention is one article's report of an event.
type Mention struct {
	URL       string    `json:"url"`
	Source    string    `json:"source"`
	Title     string    `json:"title"`
	Published string    `json:"published"`
	Evidence  string    `json:"evidence"`
	Status    string    `json:"status"` // as this article reported it
	Seen      time.Time `json:"seen"`
}

// Filter selects events. Zero fields do not filter.
type Filter struct {
	Partners []string // all must be partners of the event (codes, case-insensitive)
	Type     string
	Status   string // held, planned or unknown
	Source   string // mentioned by an article of this source
	// Since and Until are partial dates (YYYY, YYYY-MM, YYYY-MM-DD) compared
	// as intervals: an event in "2023" overlaps Since "2023-06-01". Events
	// without a date are left out when either is set.
	Since, Until string
	// Search matches the series, location or evidence (substring, case
	// insensitive for ASCII), or the full text of a mentioning article (all
	// words).
	Search       string
	UpdatedSince time.Time // events created or changed at or after
	Limit        int       // 0: no limit
}

// Validate reports the first invalid field.
func (f Filter) Validate() error {
	if f.Since != "" {
		if err := checkDate(f.Since); err != nil {
			return fmt.Errorf("since: %w", err)
		}
	}
	if f.Until != "" {
		if err := checkDate(f.Until); err != nil {
			return fmt.Errorf("until: %w", err)
		}
	}
	if f.Since != "" && f.Until != "" {
		lo, _ := dateBounds(f.Since)
		_, hi := dateBounds(f.Until)
		if lo > hi {
			return fmt.Errorf("since %s is after until %s", f.Since, f.Until)
		}
	}
	switch f.Status {
	case "", wire.StatusHeld, wire.StatusPlanned, wire.StatusUnknown:
	default:
		return fmt.Errorf("status: want held, planned or unknown, got %q", f.Status)
	}
	for _, p := range f.Partners {
		if strings.TrimSpace(p) == "" {
			return errors.New("partner: empty")
		}
	}
	if f.Limit < 0 {
		return fmt.Errorf("limit: want ≥ 0, got %d", f.Limit)
	}
	return nil
}

// Events returns the events f selects, newest first (by start date; events
// without a date last), with their partners and mentions.
func (db *DB) Events(ctx context.Context, f Filter) ([]Event, error) {
	if err := f.Validate(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	var (
		where []string
		args  []any
	)
	if f.Type != "" {
		where = append(where, "e.type = ?")
		args = append(args, strings.ToLower(strings.Join(strings.Fields(f.Type), " ")))
	}
	if f.Status != "" {
		where = append(where, "e.status = ?")
		args = append(args, f.Status)
	}
	if f.Since != "" {
		lo, _ := dateBounds(f.Since)
		where = append(where, "e.date_hi >= ?")
		args = append(args, lo)
	}
	if f.Until != "" {
		_, hi := dateBounds(f.Until)
		where = append(where, "e.date_lo <= ?")
		args = append(args, hi)
	}
	if !f.UpdatedSince.IsZero() {
		where = append(where, "e.last_updated >= ?")
		args = append(args, f.UpdatedSince.UTC().Format(timeFormat))
	}
	if ps := normPartners(f.Partners); len(ps) > 0 {
		where = append(where, `e.id IN (SELECT event_id FROM event_partners WHERE partner IN (?`+
			strings.Repeat(", ?", len(ps)-1)+`) GROUP BY event_id HAVING count(*) = ?)`)
		for _, p := range ps {
			args = append(args, p)
		}
		args = append(args, len(ps))
	}
	if f.Source != "" {
		where = append(where, `e.id IN (SELECT m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id
			WHERE a.source = ?)`)
		args = append(args, f.Source)
	}
	if s := strings.TrimSpace(f.Search); s != "" {
		like := "%" + escapeLike(s) + "%"
		cond := `e.series LIKE ? ESCAPE '\' OR e.location LIKE ? ESCAPE '\'
			OR e.id IN (SELECT event_id FROM mentions WHERE evidence LIKE ? ESCAPE '\')`
		args = append(args, like, like, like)
		if q := ftsQuery(s); q != "" {
			cond += ` OR e.id IN (SELECT event_id FROM mentions WHERE article_id IN
				(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`
			args = append(args, q)
		}
		where = append(where, "("+cond+")")
	}
	q := `SELECT e.id, e.type, e.series, coalesce(e.start_date, ''), coalesce(e.end_date, ''), e.edition,
		e.location, e.status, e.confidence, e.backfill, e.first_seen, e.last_updated FROM events e`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY e.date_lo IS NULL, e.date_lo DESC, e.date_hi DESC, e.id DESC"
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	rows, err := db.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var (
		evs []Event
		idx = map[int64]int{}
		ids []int64
	)
	for rows.Next() {
		var e Event
		var first, last sql.NullString
		if err := rows.Scan(&e.ID, &e.Type, &e.Series, &e.Start, &e.End, &e.Edition, &e.Location, &e.Status,
			&e.Confidence, &e.Backfill, &first, &last); err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		e.FirstSeen, e.LastUpdated = parseTime(first), parseTime(last)
		e.Partners, e.Mentions = []string{}, []Mention{}
		idx[e.ID] = len(evs)
		ids = append(ids, e.ID)
		evs = append(evs, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	rows.Close()
	if len(evs) == 0 {
		return evs, nil
	}
	idList, _ := json.Marshal(ids)
	if err := db.eachRow(ctx, `SELECT event_id, partner FROM event_partners
		WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, partner`,
		[]any{string(idList)}, func(rows *sql.Rows) error {
			var id int64
			var p string
			if err := rows.Scan(&id, &p); err != nil {
				return err
			}
			e := &evs[idx[id]]
			e.Partners = append(e.Partners, p)
			return nil
		}); err != nil {
		return nil, fmt.Errorf("events: partners: %w", err)
	}
	if err := db.eachRow(ctx, `SELECT m.event_id, a.url, a.source, a.title, a.published, m.evidence, m.status, m.seen
		FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.event_id IN (SELECT value FROM json_each(?)) ORDER BY m.event_id, m.id`,
		[]any{string(idList)}, func(rows *sql.Rows) error {
			var id int64
			var m Mention
			var seen sql.NullString
			if err := rows.Scan(&id, &m.URL, &m.Source, &m.Title, &m.Published, &m.Evidence, &m.Status, &seen); err != nil {
				return err
			}
			m.Seen = parseTime(seen)
			e := &evs[idx[id]]
			e.Mentions = append(e.Mentions, m)
			return nil
		}); err != nil {
		return nil, fmt.Errorf("events: mentions: %w", err)
	}
	return evs, nil
}

func (db *DB) eachRow(ctx context.Context, q string, args []any, fn func(*sql.Rows) error) error {
	rows, err := db.r.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// normPartners trims, upper-cases and deduplicates partner codes.
func normPartners(ps []string) []string {
	var out []string
	for _, p := range ps {
		p = strings.ToUpper(strings.Join(strings.Fields(p), " "))
		if p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// ftsQuery turns free text into an FTS5 query that cannot be a syntax
// error: every word quoted, all required.
func ftsQuery(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	return strings.Join(words, " ")
}

// Partners returns every partner that some event has, sorted.
func (db *DB) Partners(ctx context.Context) ([]string, error) {
	var out []string
	err := db.eachRow(ctx, `SELECT DISTINCT upper(partner) FROM event_partners ORDER BY 1`, nil, func(rows *sql.Rows) error {
		var p string
		if err := rows.Scan(&p); err != nil {
			return err
		}
		out = append(out, p)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("partners: %w", err)
	}
	return out, nil
}

// Run is a crawl run as stored: the crawler's latest report plus what the
// sink made of the run's records.
type Run struct {
	wire.CrawlRun
	Reported          bool // a run report arrived (records can come first)
	ArticlesNew       int
	ArticlesChanged   int
	ArticlesUnchanged int
	ArticlesStale     int
	EventsNew         int
	EventsUpdated     int
	Mentions          int
}

// Runs returns the runs with the given IDs, or all runs when none is
// given, oldest first.
func (db *DB) Runs(ctx context.Context, ids ...string) ([]Run, error) {
	q := `SELECT id, source, started, finished, backfill, reported, discovered, fetched, not_modified, new,
		changed, failed, skipped, published, bytes, error, articles_new, articles_changed, articles_unchanged,
		articles_stale, events_new, events_updated, mentions FROM crawl_runs`
	var args []any
	if len(ids) > 0 {
		list, _ := json.Marshal(ids)
		q += ` WHERE id IN (SELECT value FROM json_each(?))`
		args = append(args, string(list))
	}
	q += ` ORDER BY started IS NULL, started, id`
	var out []Run
	err := db.eachRow(ctx, q, args, func(rows *sql.Rows) error {
		var r Run
		var started, finished sql.NullString
		if err := rows.Scan(&r.ID, &r.Source, &started, &finished, &r.Backfill, &r.Reported, &r.Discovered,
			&r.Fetched, &r.NotModified, &r.New, &r.Changed, &r.Failed, &r.Skipped, &r.Published, &r.Bytes,
			&r.Error, &r.ArticlesNew, &r.ArticlesChanged, &r.ArticlesUnchanged, &r.ArticlesStale, &r.EventsNew,
			&r.EventsUpdated, &r.Mentions); err != nil {
			return err
		}
		r.Started, r.Finished = parseTime(started), parseTime(finished)
		out = append(out, r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("runs: %w", err)
	}
	return out, nil
}

// Counts are the database's row counts.
type Counts struct {
	Sources, Runs, Articles, Events, Partners, Mentions int
}

// Counts counts the rows of the main tables, in one read transaction so the
// numbers are consistent with each other.
func (db *DB) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := db.r.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM sources), (SELECT count(*) FROM crawl_runs), (SELECT count(*) FROM articles),
		(SELECT count(*) FROM events), (SELECT count(*) FROM event_partners), (SELECT count(*) FROM mentions)`).
		Scan(&c.Sources, &c.Runs, &c.Articles, &c.Events, &c.Partners, &c.Mentions)
	if err != nil {
		return Counts{}, fmt.Errorf("counts: %w", err)
	}
	return c, nil
}

// Article is a stored article.
type Article struct {
	ID          int64
	URL         string
	FinalURL    string
	Source      string
	Title       string
	Published   string
	Fetched     time.Time
	ContentHash string
	Extractor   string
	Truncated   bool
	Backfill    bool
	Lang        string
	Text        string
	RunID       string
	FirstSeen   time.Time
	LastUpdated time.Time
	Stored      time.Time // when the sink committed this version
}

const articleColumns = `a.id, a.url, a.final_url, a.source, a.title, a.published, a.fetched, a.content_hash,
	a.extractor, a.truncated, a.backfill, a.lang, a.text, a.run_id, a.first_seen, a.last_updated, a.stored`

func scanArticle(rows interface{ Scan(...any) error }) (Article, error) {
	var a Article
	var fetched, first, last, stored sql.NullString
	err := rows.Scan(&a.ID, &a.URL, &a.FinalURL, &a.Source, &a.Title, &a.Published, &fetched, &a.ContentHash,
		&a.Extractor, &a.Truncated, &a.Backfill, &a.Lang, &a.Text, &a.RunID, &first, &last, &stored)
	a.Fetched, a.FirstSeen, a.LastUpdated, a.Stored = parseTime(fetched), parseTime(first), parseTime(last), parseTime(stored)
	return a, err
}

// Article returns the article stored for url; the error wraps sql.ErrNoRows
// when there is none.
func (db *DB) Article(ctx context.Context, url string) (Article, error) {
	a, err := scanArticle(db.r.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles a WHERE a.url = ?`, url))
	if err != nil {
		return Article{}, fmt.Errorf("article %s: %w", url, err)
	}
	return a, nil
}

// Search returns the articles matching an FTS5 query (e.g. `cyber AND
// dialogue`, `"digital partnership"`, `title:summit`), best first.
func (db *DB) Search(ctx context.Context, query string, limit int) ([]Article, error) {
	if limit <= 0 {
		limit = -1
	}
	var out []Article
	err := db.eachRow(ctx, `SELECT `+articleColumns+` FROM articles_fts f JOIN articles a ON a.id = f.rowid
		WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT ?`, []any{query, limit}, func(rows *sql.Rows) error {
		a, err := scanArticle(rows)
		if err != nil {
			return err
		}
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return out, nil
}

// Types returns every event type stored, sorted.
func (db *DB) Types(ctx context.Context) ([]string, error) {
	var out []string
	err := db.eachRow(ctx, `SELECT DISTINCT type FROM events ORDER BY 1`, nil, func(rows *sql.Rows) error {
		var t string
		if err := rows.Scan(&t); err != nil {
			return err
		}
		out = append(out, t)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("types: %w", err)
	}
	return out, nil
}
