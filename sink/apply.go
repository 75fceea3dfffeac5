package sink

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// Result says what one Apply did.
type Result struct {
	ArticlesNew       int // URL never stored before
	ArticlesChanged   int // new content or a different extractor: mentions replaced
	ArticlesUnchanged int // same URL, content hash and extractor: nothing to do (also a redelivery)
	ArticlesStale     int // older fetch than the stored one: ignored
	EventsNew         int
	EventsUpdated     int // an event's fields changed (e.g. planned → held, a finer date)
	EventsDeleted     int // no article mentions them any more
	Mentions          int // mention rows added
	EventsSkipped     int // extracted events without a type or partners, not stored
	Runs              int // run reports stored (a start report after the end one is not)
	// Rejected lists the inputs that cannot be stored (a record without URL
	// or content hash, a run report without ID). The rest of the batch is
	// committed; the caller decides what to do with these (dead-letter them).
	Rejected []Rejected
}

// Rejected is one input Apply could not store.
type Rejected struct {
	Kind   string // "record" or "run"
	Index  int    // in Apply's records or runs argument
	Reason string
}

// Apply stores records and run reports in one transaction and returns after
// it has committed, so the caller may then ack the messages they came in.
//
// It is idempotent: a record is identified by (URL, content hash,
// extractor), and the same record again changes nothing. A record with the
// same URL but other content or another extractor replaces the article and
// its mentions, unless it was fetched before the stored one (a late
// redelivery of an older version), which is ignored. Records apply in the
// order given, each seeing the ones before, so how records are split into
// batches does not change the outcome; of several records for one URL the
// last fetched wins, and among equally recent ones the last given.
//
// Events an article no longer mentions lose that mention; an event left
// without any mention is deleted (nothing supports it any more), one that
// keeps other mentions is recomputed from them.
func (db *DB) Apply(ctx context.Context, records []*wire.Record, runs []*wire.CrawlRun) (Result, error) {
	if db.w == nil {
		return Result{}, errors.New("apply: database is open read-only")
	}
	// Statements run without ctx's cancellation: with a cancellable
	// context the driver and database/sql start a goroutine (and hand the
	// cgo call to another thread) for every statement. Cancellation is
	// checked between records instead and rolls the transaction back.
	sctx := context.WithoutCancel(ctx)
	tx, err := db.w.BeginTx(sctx, nil)
	if err != nil {
		return Result{}, fmt.Errorf("apply: begin: %w", err)
	}
	defer tx.Rollback()
	a := &applier{
		tx:        tx,
		ctx:       sctx,
		st:        db.st.bind(sctx, tx),
		log:       db.log,
		now:       time.Now().UTC().Format(timeFormat),
		runs:      map[string]*runDelta{},
		mentioned: map[mentionKey]bool{},
		sources:   map[string][2]string{},
	}
	if err := ctx.Err(); err != nil {
		return Result{}, fmt.Errorf("apply: %w", err)
	}
	for i, r := range runs {
		if err := a.run(i, r); err != nil {
			return Result{}, fmt.Errorf("apply: run report %q: %w", r.ID, err)
		}
	}
	for i, r := range records {
		if err := ctx.Err(); err != nil {
			return Result{}, fmt.Errorf("apply: %w", err)
		}
		if err := a.record(i, r); err != nil {
			return Result{}, fmt.Errorf("apply: record %s: %w", r.URL, err)
		}
	}
	if err := a.flush(); err != nil {
		return Result{}, fmt.Errorf("apply: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return Result{}, fmt.Errorf("apply: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return Result{}, fmt.Errorf("apply: commit: %w", err)
	}
	return a.res, nil
}

// applier is the state of one Apply transaction.
type applier struct {
	ctx     context.Context // without cancellation: see Apply
	tx      *sql.Tx
	st      *statements
	log     *slog.Logger
	now     string // fallback for records without a fetch time
	res     Result
	runs    map[string]*runDelta
	sources map[string][2]string // name → first, last seen in this batch

	// Rows queued for multi-row inserts (see flushRows).
	pendMentions, pendPartners, pendRunArticles [][]any
	// The current record's mentions, to drop repeats.
	mentioned map[mentionKey]bool
}

type mentionKey struct {
	event    int64
	evidence string
}

// runDelta is what this batch adds to a run's sink counters.
type runDelta struct {
	source   string
	backfill bool
	c        [7]int // articles new, changed, unchanged, stale; events new, updated; mentions
}

// eventState is an event touched by the record being applied.
type eventState struct {
	id        int64
	written   fields // what the events row holds
	cur       fields // after this record's mentions
	loaded    bool   // written and lastSeen are set
	isNew     bool   // created by this record
	recompute bool   // lost mentions: fold again from what is left
	lastSeen  string // events.last_updated as stored
}

func (a *applier) reject(kind string, i int, reason string) {
	a.res.Rejected = append(a.res.Rejected, Rejected{Kind: kind, Index: i, Reason: reason})
	a.log.Warn("sink: input rejected", "kind", kind, "index", i, "reason", reason)
}

func (a *applier) seeSource(name, at string) {
	if name == "" {
		return
	}
	s, ok := a.sources[name]
	if !ok {
		a.sources[name] = [2]string{at, at}
		return
	}
	a.sources[name] = [2]string{min(s[0], at), max(s[1], at)}
}

func (a *applier) run(i int, r *wire.CrawlRun) error {
	if r == nil || r.ID == "" {
		a.reject("run", i, "run report without id")
		return nil
	}
	res, err := a.st.upsertRun.ExecContext(a.ctx, r.ID, r.Source, formatTime(r.Started), formatTime(r.Finished),
		r.Backfill, r.Discovered, r.Fetched, r.NotModified, r.New, r.Changed, r.Failed, r.Skipped,
		r.Published, r.Bytes, r.Error)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n > 0 {
		a.res.Runs++
	}
	at := a.now
	if !r.Started.IsZero() {
		at = r.Started.UTC().Format(timeFormat)
	}
	a.seeSource(r.Source, at)
	return nil
}

// Article outcomes, as stored in run_articles.
const (
	outNew       = "new"
	outChanged   = "changed"
	outUnchanged = "unchanged"
	outStale     = "stale"
)

func (a *applier) record(i int, r *wire.Record) error {
	switch {
	case r == nil:
		a.reject("record", i, "nil record")
		return nil
	case r.URL == "":
		a.reject("record", i, "record without url")
		return nil
	case r.ContentHash == "":
		a.reject("record", i, "record without content hash")
		return nil
	}
	fetched := ""
	if !r.FetchedAt.IsZero() {
		fetched = r.FetchedAt.UTC().Format(timeFormat)
	}
	seen := fetched
	if seen == "" {
		seen = a.now
	}
	a.seeSource(r.Source, seen)

	var (
		id                            int64
		hash, extractor, storedFetchd string
		outcome                       string
	)
	err := a.st.selArticle.QueryRowContext(a.ctx, r.URL).Scan(&id, &hash, &extractor, &storedFetchd)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		outcome = outNew
	case err != nil:
		return fmt.Errorf("look up article: %w", err)
	case hash == r.ContentHash && extractor == r.Extractor:
		outcome = outUnchanged
	case fetched != "" && storedFetchd != "" && fetched < storedFetchd:
		outcome = outStale
		a.log.Debug("sink: older version of an article ignored", "url", r.URL, "fetched", fetched, "stored", storedFetchd)
	default:
		outcome = outChanged
	}

	switch outcome {
	case outNew:
		res, err := a.st.insArticle.ExecContext(a.ctx, r.URL, r.FinalURL, r.Source, r.Title, r.Published,
			nullString(fetched), r.ContentHash, r.Extractor, r.Truncated, r.Backfill, r.Lang, r.Text, r.RunID,
			seen, seen, a.now)
		if err != nil {
			return fmt.Errorf("insert article: %w", err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return fmt.Errorf("insert article: %w", err)
		}
	case outChanged:
		// backfill and first_seen stay: they describe the first sighting.
		if _, err := a.st.updArticle.ExecContext(a.ctx, r.FinalURL, r.Source, r.Title, r.Published,
			nullString(fetched), r.ContentHash, r.Extractor, r.Truncated, r.Lang, r.Text, r.RunID, seen, a.now, id); err != nil {
			return fmt.Errorf("update article: %w", err)
		}
	}
	switch outcome {
	case outNew:
		a.res.ArticlesNew++
	case outChanged:
		a.res.ArticlesChanged++
	case outUnchanged:
		a.res.ArticlesUnchanged++
	case outStale:
		a.res.ArticlesStale++
	}

	var rd *runDelta
	if r.RunID != "" {
		rd = a.runs[r.RunID]
		if rd == nil {
			rd = &runDelta{source: r.Source, backfill: r.Backfill}
			a.runs[r.RunID] = rd
		}
		// Counted in flush, if this (run, article) was not counted before.
		a.pendRunArticles = append(a.pendRunArticles, []any{r.RunID, id, outcome})
	}
	if outcome == outUnchanged || outcome == outStale {
		return nil
	}
	return a.events(id, r, seen, outcome == outChanged, rd)
}

// outcomeIndex is the outcome's counter in runDelta.c.
func outcomeIndex(outcome string) int {
	switch outcome {
	case outNew:
		return 0
	case outChanged:
		return 1
	case outUnchanged:
		return 2
	}
	return 3
}

// events replaces the mentions of article id with the record's events.
func (a *applier) events(article int64, r *wire.Record, seen string, replace bool, rd *runDelta) error {
	before := a.res
	touched := map[int64]*eventState{}
	clear(a.mentioned)
	if replace {
		if err := a.flushRows(); err != nil {
			return err
		}
		ids, err := a.int64s(a.st.selArticleEvents, article)
		if err != nil {
			return fmt.Errorf("old mentions: %w", err)
		}
		if len(ids) > 0 {
			if _, err := a.st.delArticleMentions.ExecContext(a.ctx, article); err != nil {
				return fmt.Errorf("delete old mentions: %w", err)
			}
		}
		// Loaded when first seen as a candidate (or at the end), recomputed
		// from their remaining mentions at the end.
		for _, id := range ids {
			touched[id] = &eventState{id: id, recompute: true}
		}
	}
	for i, ev := range r.Events {
		if err := a.mention(article, r, i, ev, seen, touched); err != nil {
			return err
		}
	}
	for _, id := range slices.Sorted(maps.Keys(touched)) {
		if err := a.finishEvent(touched[id], seen); err != nil {
			return err
		}
	}
	if rd != nil {
		rd.c[4] += a.res.EventsNew - before.EventsNew
		rd.c[5] += a.res.EventsUpdated - before.EventsUpdated
		rd.c[6] += a.res.Mentions - before.Mentions
	}
	return nil
}

func (a *applier) mention(article int64, r *wire.Record, i int, ev wire.Event, seen string, touched map[int64]*eventState) error {
	typ, partners, key, f, reason := normEvent(ev)
	if reason != "" {
		a.res.EventsSkipped++
		a.log.Warn("sink: event skipped", "url", r.URL, "event", i, "reason", reason)
		return nil
	}
	evidence := strings.TrimSpace(ev.Evidence)

	var year string
	if f.Start != "" {
		year = f.Start[:4]
	}
	var rows *sql.Rows
	var err error
	if year != "" {
		var edition any // NULL matches no edition
		if f.Edition > 0 {
			edition = f.Edition
		}
		rows, err = a.st.selCandidates.QueryContext(a.ctx, typ, key, year, edition)
	} else {
		rows, err = a.st.selCandidatesAll.QueryContext(a.ctx, typ, key)
	}
	if err != nil {
		return fmt.Errorf("candidates: %w", err)
	}
	var (
		best      *eventState
		bestScore int
	)
	for rows.Next() {
		var (
			e        fields
			id       int64
			lastSeen string
		)
		if err := rows.Scan(&id, &e.Series, &e.Start, &e.End, &e.Edition, &e.Location, &e.Status,
			&e.Confidence, &lastSeen); err != nil {
			rows.Close()
			return fmt.Errorf("candidates: %w", err)
		}
		st := touched[id]
		if st == nil {
			st = &eventState{id: id}
		}
		if !st.loaded { // new to this record, or marked for recompute before it was loaded
			st.written, st.cur, st.lastSeen, st.loaded = e, e, lastSeen, true
		}
		ok, score := match(st.cur, f)
		if ok && (best == nil || score > bestScore || score == bestScore && id < best.id) {
			best, bestScore = st, score // ties go to the oldest event
		}
	}
	if err := rows.Close(); err != nil {
		return fmt.Errorf("candidates: %w", err)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("candidates: %w", err)
	}

	if best == nil {
		lo, hi := eventBounds(f)
		res, err := a.st.insEvent.ExecContext(a.ctx, typ, key, f.Series, nullString(f.Start), nullString(f.End),
			nullString(year), nullString(lo), nullString(hi), f.Edition, f.Location, f.Status, f.Confidence,
			r.Backfill, seen, seen)
		if err != nil {
			return fmt.Errorf("insert event: %w", err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return fmt.Errorf("insert event: %w", err)
		}
		for _, p := range partners {
			a.pendPartners = append(a.pendPartners, []any{id, p})
		}
		best = &eventState{id: id, written: f, cur: f, loaded: true, isNew: true, lastSeen: seen}
		touched[id] = best
		return a.insertMention(best, article, evidence, f, seen, true)
	}
	touched[best.id] = best
	return a.insertMention(best, article, evidence, f, seen, false)
}

// insertMention queues the mention of event st by the article and folds
// it into the event.
func (a *applier) insertMention(st *eventState, article int64, evidence string, f fields, seen string, first bool) error {
	k := mentionKey{st.id, evidence}
	if a.mentioned[k] {
		return nil // the article states the same event in the same words twice
	}
	a.mentioned[k] = true
	a.pendMentions = append(a.pendMentions, []any{st.id, article, evidence, f.Series, nullString(f.Start),
		nullString(f.End), f.Edition, f.Location, f.Status, f.Confidence, seen})
	a.res.Mentions++
	if !first {
		st.cur = combine(st.cur, f)
	}
	return nil
}

// flushRows inserts the queued partners and mentions. New rows are queued
// and inserted many per statement; they are flushed before anything reads
// or deletes mentions, and at the end of the batch.
func (a *applier) flushRows() error {
	if err := a.st.insPartners.exec(a.ctx, a.tx, a.pendPartners, nil); err != nil {
		return fmt.Errorf("insert event partners: %w", err)
	}
	if err := a.st.insMentions.exec(a.ctx, a.tx, a.pendMentions, nil); err != nil {
		return fmt.Errorf("insert mentions: %w", err)
	}
	a.pendPartners, a.pendMentions = a.pendPartners[:0], a.pendMentions[:0]
	return nil
}

// finishEvent writes an event touched by a record: deletes it when no
// mention is left, recomputes it when it lost mentions, and stores changed
// fields.
func (a *applier) finishEvent(st *eventState, seen string) error {
	if st.recompute {
		if err := a.flushRows(); err != nil {
			return err
		}
		ms, err := a.mentions(st.id)
		if err != nil {
			return err
		}
		if len(ms) == 0 {
			if _, err := a.st.delEvent.ExecContext(a.ctx, st.id); err != nil {
				return fmt.Errorf("delete event: %w", err)
			}
			a.res.EventsDeleted++
			return nil
		}
		if !st.loaded {
			if st.written, st.lastSeen, err = a.event(st.id); err != nil {
				return err
			}
			st.loaded = true
		}
		st.cur = fold(ms)
	}
	if st.isNew {
		a.res.EventsNew++
	}
	if st.cur == st.written {
		return nil
	}
	if !st.isNew {
		a.res.EventsUpdated++
	}
	f := st.cur
	var year string
	if f.Start != "" {
		year = f.Start[:4]
	}
	lo, hi := eventBounds(f)
	if _, err := a.st.updEvent.ExecContext(a.ctx, f.Series, nullString(f.Start), nullString(f.End), nullString(year),
		nullString(lo), nullString(hi), f.Edition, f.Location, f.Status, f.Confidence, max(st.lastSeen, seen),
		st.id); err != nil {
		return fmt.Errorf("update event: %w", err)
	}
	return nil
}

func (a *applier) mentions(event int64) ([]fields, error) {
	rows, err := a.st.selMentions.QueryContext(a.ctx, event)
	if err != nil {
		return nil, fmt.Errorf("mentions of event %d: %w", event, err)
	}
	defer rows.Close()
	var ms []fields
	for rows.Next() {
		var f fields
		if err := rows.Scan(&f.Series, &f.Start, &f.End, &f.Edition, &f.Location, &f.Status, &f.Confidence); err != nil {
			return nil, fmt.Errorf("mentions of event %d: %w", event, err)
		}
		ms = append(ms, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("mentions of event %d: %w", event, err)
	}
	return ms, nil
}

// event loads an event's stored fields: an event that lost a mention but
// that no new mention looked at as a candidate.
func (a *applier) event(id int64) (fields, string, error) {
	var f fields
	var lastSeen string
	if err := a.st.selEvent.QueryRowContext(a.ctx, id).Scan(&f.Series, &f.Start, &f.End, &f.Edition, &f.Location,
		&f.Status, &f.Confidence, &lastSeen); err != nil {
		return fields{}, "", fmt.Errorf("load event %d: %w", id, err)
	}
	return f, lastSeen, nil
}

func (a *applier) int64s(s *sql.Stmt, args ...any) ([]int64, error) {
	rows, err := s.QueryContext(a.ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// flush writes the batch's per-run counters and source sightings.
func (a *applier) flush() error {
	if err := a.flushRows(); err != nil {
		return err
	}
	// Each (run, article) counts once, however often it is delivered:
	// RETURNING yields only the rows inserted now.
	err := a.st.insRunArticles.exec(a.ctx, a.tx, a.pendRunArticles, func(rows *sql.Rows) error {
		var run, outcome string
		if err := rows.Scan(&run, &outcome); err != nil {
			return err
		}
		a.runs[run].c[outcomeIndex(outcome)]++
		return nil
	})
	if err != nil {
		return fmt.Errorf("run articles: %w", err)
	}
	for _, id := range slices.Sorted(maps.Keys(a.runs)) {
		d := a.runs[id]
		if d.c == [7]int{} {
			continue
		}
		if _, err := a.st.ensureRun.ExecContext(a.ctx, id, d.source, d.backfill); err != nil {
			return fmt.Errorf("run %s: %w", id, err)
		}
		if _, err := a.st.addRunCounters.ExecContext(a.ctx, d.c[0], d.c[1], d.c[2], d.c[3], d.c[4], d.c[5], d.c[6], id); err != nil {
			return fmt.Errorf("run %s counters: %w", id, err)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(a.sources)) {
		s := a.sources[name]
		if _, err := a.st.upsertSource.ExecContext(a.ctx, name, s[0], s[1]); err != nil {
			return fmt.Errorf("source %s: %w", name, err)
		}
	}
	return nil
}

// eventBounds are the first and last day an event's dates can mean.
func eventBounds(f fields) (lo, hi string) {
	if f.Start == "" {
		return "", ""
	}
	lo, hi = dateBounds(f.Start)
	if f.End != "" {
		_, hi = dateBounds(f.End)
	}
	return lo, hi
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}
