package sink

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

const candidateColumns = `id, series, coalesce(start_date, ''), coalesce(end_date, ''), edition,
	location, status, confidence, last_updated`

// statements are the writer's prepared statements, prepared once on its
// single connection and bound to each Apply transaction.
type statements struct {
	selArticle, insArticle, updArticle                  *sql.Stmt
	selArticleEvents, delArticleMentions                *sql.Stmt
	selCandidates, selCandidatesAll, selEvent, insEvent *sql.Stmt
	updEvent, delEvent                                  *sql.Stmt
	selMentions                                         *sql.Stmt
	upsertSource, upsertRun, ensureRun, addRunCounters  *sql.Stmt
	all                                                 []*sql.Stmt

	// Multi-row inserts of the rows an Apply queues.
	insRunArticles, insPartners, insMentions *bulk
}

func prepare(ctx context.Context, db *sql.DB) (*statements, error) {
	st := &statements{}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&st.selArticle, `SELECT id, content_hash, extractor, coalesce(fetched, '') FROM articles WHERE url = ?`},
		{&st.insArticle, `INSERT INTO articles (url, final_url, source, title, published, fetched, content_hash,
			extractor, truncated, backfill, lang, text, run_id, first_seen, last_updated, stored)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.updArticle, `UPDATE articles SET final_url = ?, source = ?, title = ?, published = ?, fetched = ?,
			content_hash = ?, extractor = ?, truncated = ?, lang = ?, text = ?, run_id = ?, last_updated = ?, stored = ?
			WHERE id = ?`},
		{&st.selArticleEvents, `SELECT DISTINCT event_id FROM mentions WHERE article_id = ?`},
		{&st.delArticleMentions, `DELETE FROM mentions WHERE article_id = ?`},
		// Candidates for a dated mention: same type and partners, and the
		// same start year, no date, or the same edition (?4 is NULL when the
		// mention has none). Spelt as three ORed conjunctions so that SQLite
		// uses an index for each (MULTI-INDEX OR); a UNION or a factored OR
		// was 5-10× slower here.
		{&st.selCandidates, `SELECT ` + candidateColumns + ` FROM events
			WHERE (type = ?1 AND partners_key = ?2 AND start_year = ?3)
			OR (type = ?1 AND partners_key = ?2 AND start_year IS NULL)
			OR (type = ?1 AND partners_key = ?2 AND edition = ?4)`},
		// Candidates for an undated mention: any event of the same type and
		// partners.
		{&st.selCandidatesAll, `SELECT ` + candidateColumns + ` FROM events
			WHERE type = ?1 AND partners_key = ?2`},
		{&st.selEvent, `SELECT series, coalesce(start_date, ''), coalesce(end_date, ''), edition, location,
			status, confidence, last_updated FROM events WHERE id = ?`},
		{&st.insEvent, `INSERT INTO events (type, partners_key, series, start_date, end_date, start_year,
			date_lo, date_hi, edition, location, status, confidence, backfill, first_seen, last_updated)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.updEvent, `UPDATE events SET series = ?, start_date = ?, end_date = ?, start_year = ?,
			date_lo = ?, date_hi = ?, edition = ?, location = ?, status = ?, confidence = ?, last_updated = ?
			WHERE id = ?`},
		{&st.delEvent, `DELETE FROM events WHERE id = ?`},
		{&st.selMentions, `SELECT series, coalesce(start_date, ''), coalesce(end_date, ''), edition, location,
			status, confidence FROM mentions WHERE event_id = ? ORDER BY id`},
		{&st.upsertSource, `INSERT INTO sources (name, first_seen, last_seen) VALUES (?1, ?2, ?3)
			ON CONFLICT (name) DO UPDATE SET first_seen = min(first_seen, excluded.first_seen),
				last_seen = max(last_seen, excluded.last_seen)
			WHERE excluded.first_seen < first_seen OR excluded.last_seen > last_seen`},
		// A run report replaces what is stored unless the stored one is an
		// end report and the new one is a start report or an older end:
		// reports may arrive in any order.
		{&st.upsertRun, `INSERT INTO crawl_runs (id, source, started, finished, backfill, reported,
			discovered, fetched, not_modified, new, changed, failed, skipped, published, bytes, error)
			VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET source = excluded.source,
				started = coalesce(excluded.started, started), finished = excluded.finished,
				backfill = excluded.backfill, reported = 1, discovered = excluded.discovered,
				fetched = excluded.fetched, not_modified = excluded.not_modified, new = excluded.new,
				changed = excluded.changed, failed = excluded.failed, skipped = excluded.skipped,
				published = excluded.published, bytes = excluded.bytes, error = excluded.error
			WHERE finished IS NULL OR (excluded.finished IS NOT NULL AND excluded.finished >= finished)`},
		{&st.ensureRun, `INSERT INTO crawl_runs (id, source, backfill) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`},
		{&st.addRunCounters, `UPDATE crawl_runs SET articles_new = articles_new + ?,
			articles_changed = articles_changed + ?, articles_unchanged = articles_unchanged + ?,
			articles_stale = articles_stale + ?, events_new = events_new + ?,
			events_updated = events_updated + ?, mentions = mentions + ?
			WHERE id = ?`},
	} {
		s, err := db.PrepareContext(ctx, p.sql)
		if err != nil {
			st.close()
			return nil, fmt.Errorf("prepare %q: %w", firstLine(p.sql), err)
		}
		*p.dst = s
		st.all = append(st.all, s)
	}
	for _, p := range []struct {
		dst        **bulk
		head, tail string
		cols       int
	}{
		// RETURNING yields the rows inserted now, not those already there.
		{&st.insRunArticles, `INSERT INTO run_articles (run_id, article_id, outcome)`,
			`ON CONFLICT DO NOTHING RETURNING run_id, outcome`, 3},
		{&st.insPartners, `INSERT INTO event_partners (event_id, partner)`, `ON CONFLICT DO NOTHING`, 2},
		{&st.insMentions, `INSERT INTO mentions (event_id, article_id, evidence, series, start_date, end_date,
			edition, location, status, confidence, seen)`, `ON CONFLICT (event_id, article_id, evidence) DO NOTHING`, 11},
	} {
		b, err := prepareBulk(ctx, db, p.head, p.cols, p.tail)
		if err != nil {
			st.close()
			return nil, err
		}
		*p.dst = b
		st.all = append(st.all, b.all...)
	}
	return st, nil
}

// bulk is a multi-row INSERT prepared for chunks of bulkMax, bulkMax/2, …,
// 1 rows: one statement per chunk is much cheaper than one per row.
type bulk struct {
	cols   int
	bySize map[int]*sql.Stmt
	all    []*sql.Stmt
}

const bulkMax = 32

func prepareBulk(ctx context.Context, db *sql.DB, head string, cols int, tail string) (*bulk, error) {
	b := &bulk{cols: cols, bySize: map[int]*sql.Stmt{}}
	row := "(" + strings.Repeat("?, ", cols-1) + "?)"
	for n := bulkMax; n >= 1; n /= 2 {
		q := head + " VALUES " + strings.Repeat(row+", ", n-1) + row + " " + tail
		s, err := db.PrepareContext(ctx, q)
		if err != nil {
			for _, s := range b.all {
				s.Close()
			}
			return nil, fmt.Errorf("prepare %q: %w", firstLine(head), err)
		}
		b.bySize[n] = s
		b.all = append(b.all, s)
	}
	return b, nil
}

// exec inserts rows in tx, in order. With each, the statement's RETURNING
// rows are passed to it.
func (b *bulk) exec(ctx context.Context, tx *sql.Tx, rows [][]any, each func(*sql.Rows) error) error {
	args := make([]any, 0, bulkMax*b.cols)
	for len(rows) > 0 {
		n := bulkMax
		for n > len(rows) {
			n /= 2
		}
		args = args[:0]
		for _, r := range rows[:n] {
			args = append(args, r...)
		}
		s := tx.StmtContext(ctx, b.bySize[n])
		if each == nil {
			if _, err := s.ExecContext(ctx, args...); err != nil {
				return err
			}
		} else if err := eachRow(ctx, s, args, each); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}

func eachRow(ctx context.Context, s *sql.Stmt, args []any, fn func(*sql.Rows) error) error {
	rows, err := s.QueryContext(ctx, args...)
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

func (st *statements) close() error {
	var errs []error
	for _, s := range st.all {
		errs = append(errs, s.Close())
	}
	return errors.Join(errs...)
}

// bind returns the statements bound to tx.
func (st *statements) bind(ctx context.Context, tx *sql.Tx) *statements {
	b := &statements{insRunArticles: st.insRunArticles, insPartners: st.insPartners, insMentions: st.insMentions}
	for _, p := range []struct{ dst, src **sql.Stmt }{
		{&b.selArticle, &st.selArticle}, {&b.insArticle, &st.insArticle}, {&b.updArticle, &st.updArticle},
		{&b.selArticleEvents, &st.selArticleEvents},
		{&b.delArticleMentions, &st.delArticleMentions}, {&b.selCandidates, &st.selCandidates}, {&b.selCandidatesAll, &st.selCandidatesAll},
		{&b.selEvent, &st.selEvent}, {&b.insEvent, &st.insEvent}, {&b.updEvent, &st.updEvent}, {&b.delEvent, &st.delEvent},
		{&b.selMentions, &st.selMentions},
		{&b.upsertSource, &st.upsertSource}, {&b.upsertRun, &st.upsertRun}, {&b.ensureRun, &st.ensureRun},
		{&b.addRunCounters, &st.addRunCounters},
	} {
		*p.dst = tx.StmtContext(ctx, *p.src)
	}
	return b
}

func firstLine(s string) string {
	for i, r := range s {
		if r == '\n' {
			return s[:i]
		}
	}
	return s
}
