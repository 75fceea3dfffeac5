package sink

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
)

// migrations returns the schema migrations in order; the database's PRAGMA
// user_version is the number already applied. Append, never edit: a shipped
// migration is history.
func migrations() []string {
	return []string{
		// 1: the initial schema.
		`
CREATE TABLE sources (
	name       TEXT PRIMARY KEY,
	first_seen TEXT NOT NULL,
	last_seen  TEXT NOT NULL
);

-- One crawl of one source. Crawler counters come from its run reports;
-- sink counters (articles_*, events_*, mentions) count what the sink did
-- with the run's records, each (run, article) once.
CREATE TABLE crawl_runs (
	id                 TEXT PRIMARY KEY,
	source             TEXT NOT NULL DEFAULT '',
	started            TEXT,
	finished           TEXT,
	backfill           INTEGER NOT NULL DEFAULT 0,
	reported           INTEGER NOT NULL DEFAULT 0, -- a run report arrived (records may come first)
	discovered         INTEGER NOT NULL DEFAULT 0,
	fetched            INTEGER NOT NULL DEFAULT 0,
	not_modified       INTEGER NOT NULL DEFAULT 0,
	new                INTEGER NOT NULL DEFAULT 0,
	changed            INTEGER NOT NULL DEFAULT 0,
	failed             INTEGER NOT NULL DEFAULT 0,
	skipped            INTEGER NOT NULL DEFAULT 0,
	published          INTEGER NOT NULL DEFAULT 0,
	bytes              INTEGER NOT NULL DEFAULT 0,
	error              TEXT NOT NULL DEFAULT '',
	articles_new       INTEGER NOT NULL DEFAULT 0,
	articles_changed   INTEGER NOT NULL DEFAULT 0,
	articles_unchanged INTEGER NOT NULL DEFAULT 0,
	articles_stale     INTEGER NOT NULL DEFAULT 0,
	events_new         INTEGER NOT NULL DEFAULT 0,
	events_updated     INTEGER NOT NULL DEFAULT 0,
	mentions           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX crawl_runs_source ON crawl_runs (source, started);

CREATE TABLE articles (
	id           INTEGER PRIMARY KEY,
	url          TEXT NOT NULL UNIQUE,
	final_url    TEXT NOT NULL DEFAULT '',
	source       TEXT NOT NULL DEFAULT '',
	title        TEXT NOT NULL DEFAULT '',
	published    TEXT NOT NULL DEFAULT '',
	fetched      TEXT,
	content_hash TEXT NOT NULL,
	extractor    TEXT NOT NULL DEFAULT '',
	truncated    INTEGER NOT NULL DEFAULT 0,
	backfill     INTEGER NOT NULL DEFAULT 0,
	lang         TEXT NOT NULL DEFAULT '',
	text         TEXT NOT NULL DEFAULT '',
	run_id       TEXT NOT NULL DEFAULT '', -- run of the record last applied
	first_seen   TEXT NOT NULL,
	last_updated TEXT NOT NULL
);
CREATE INDEX articles_source ON articles (source, published);

-- Full text of the articles, kept in step with the table by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, text,
	content = 'articles', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Which runs touched which articles, and how: makes the runs' sink
-- counters count each (run, article) once however often a record is
-- delivered.
CREATE TABLE run_articles (
	run_id     TEXT NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	outcome    TEXT NOT NULL, -- new, changed, unchanged, stale
	PRIMARY KEY (run_id, article_id)
) WITHOUT ROWID;

-- One event, many mentions. Fields are the fold of the event's mentions
-- (see merge.go); date_lo/date_hi are the first and last day the event's
-- partial dates can mean, for interval queries.
CREATE TABLE events (
	id           INTEGER PRIMARY KEY,
	type         TEXT NOT NULL,
	partners_key TEXT NOT NULL, -- sorted, upper-case, comma-separated
	series       TEXT NOT NULL DEFAULT '',
	start_date   TEXT,
	end_date     TEXT,
	start_year   TEXT,
	date_lo      TEXT,
	date_hi      TEXT,
	edition      INTEGER NOT NULL DEFAULT 0,
	location     TEXT NOT NULL DEFAULT '',
	status       TEXT NOT NULL DEFAULT 'unknown',
	confidence   REAL NOT NULL DEFAULT 0,
	backfill     INTEGER NOT NULL DEFAULT 0, -- first reported during a backfill crawl
	first_seen   TEXT NOT NULL,
	last_updated TEXT NOT NULL
);
CREATE INDEX events_key_year ON events (type, partners_key, start_year);
CREATE INDEX events_key_edition ON events (type, partners_key, edition);
-- For listing newest first and for feeds of what changed; status and
-- date_hi filters scan (few values, and each index costs every insert).
CREATE INDEX events_date_lo ON events (date_lo);
CREATE INDEX events_last_updated ON events (last_updated);

CREATE TABLE event_partners (
	event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	partner  TEXT NOT NULL COLLATE NOCASE,
	PRIMARY KEY (event_id, partner)
) WITHOUT ROWID;
CREATE INDEX event_partners_partner ON event_partners (partner, event_id);

-- A mention keeps what its article said (the event fields as extracted), so
-- the event can be recomputed when an article changes.
CREATE TABLE mentions (
	id         INTEGER PRIMARY KEY,
	event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	evidence   TEXT NOT NULL,
	series     TEXT NOT NULL DEFAULT '',
	start_date TEXT,
	end_date   TEXT,
	edition    INTEGER NOT NULL DEFAULT 0,
	location   TEXT NOT NULL DEFAULT '',
	status     TEXT NOT NULL DEFAULT 'unknown',
	confidence REAL NOT NULL DEFAULT 0,
	seen       TEXT NOT NULL,
	UNIQUE (event_id, article_id, evidence)
);
CREATE INDEX mentions_article ON mentions (article_id);
`,
		// 2: when the sink committed an article's current version (fetched
		// is when the crawler got it): the fetch-to-row latency, and what
		// "new since" means to an analyst.
		`ALTER TABLE articles ADD COLUMN stored TEXT;
UPDATE articles SET stored = last_updated;`,
	}
}

// migrate applies the migrations the database lacks, each in its own
// immediate transaction, so two processes starting at once do not both
// apply one.
func migrate(ctx context.Context, db *sql.DB, log *slog.Logger) error {
	for {
		done, err := migrateOne(ctx, db, log)
		if err != nil || done {
			return err
		}
	}
}

func migrateOne(ctx context.Context, db *sql.DB, log *slog.Logger) (done bool, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return false, fmt.Errorf("migrate: %w", err)
	}
	ms := migrations()
	switch {
	case v > len(ms):
		return false, fmt.Errorf("schema version %d is newer than this program's %d; upgrade dialoguewatch", v, len(ms))
	case v == len(ms):
		return true, nil
	}
	if _, err := tx.ExecContext(ctx, ms[v]); err != nil {
		return false, fmt.Errorf("migrate to version %d: %w", v+1, err)
	}
	// PRAGMA takes no bound parameters; v is an int.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
		return false, fmt.Errorf("migrate to version %d: %w", v+1, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migrate to version %d: %w", v+1, err)
	}
	log.Info("database schema migrated", "version", v+1)
	return false, nil
}
