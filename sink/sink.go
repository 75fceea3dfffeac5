// Package sink is the single writer of the SQLite database: it stores the
// extractor's records (articles, their full text and the dialogue events they
// mention) and the crawlers' run reports, idempotently, so that a message
// delivered twice changes nothing. It also owns the read side the analysts'
// commands use.
//
// The database has one writer connection (immediate transactions, WAL) and a
// separate read-only pool, so readers never block the writer nor each other.
package sink

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"time"

	// Registers the "sqlite3" driver; FTS5 needs the build tag sqlite_fts5.
	_ "github.com/mattn/go-sqlite3"
)

// FileName is the database's file name inside the data directory.
const FileName = "dialoguewatch.db"

// Connection parameters. Without _txlock=immediate a transaction that reads
// before it writes fails at once with "database is locked" when another
// connection holds the write lock, whatever the busy timeout.
const (
	writerParams = "_journal_mode=WAL&_synchronous=NORMAL&_busy_timeout=5000&_txlock=immediate&_foreign_keys=on"
	readerParams = "mode=ro&_query_only=1&_busy_timeout=5000"
)

// timeFormat is RFC 3339 in UTC with a fixed number of fraction digits, so
// that stored timestamps sort as strings.
const timeFormat = "2006-01-02T15:04:05.000Z"

// DB is the dialoguewatch database. A DB from Open writes (Apply) and reads;
// a DB from OpenReadOnly only reads.
type DB struct {
	path string
	log  *slog.Logger
	w    *sql.DB // the single writer connection; nil when read-only
	r    *sql.DB // read-only pool
	st   *statements
}

// Open opens (creating it and its directory if needed) the database at path
// for writing, and brings its schema up to date.
func Open(ctx context.Context, path string, log *slog.Logger) (*DB, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	w, err := sql.Open("sqlite3", dsn(path, writerParams))
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	// One connection: SQLite has one writer anyway, and a single connection
	// makes the prepared statements and the transaction lock predictable.
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	db := &DB{path: path, log: log, w: w}
	if err := migrate(ctx, w, log); err != nil {
		w.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if db.st, err = prepare(ctx, w); err != nil {
		w.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if db.r, err = openReader(ctx, path); err != nil {
		db.st.close()
		w.Close()
		return nil, err
	}
	return db, nil
}

// OpenReadOnly opens an existing database for reading only. The error wraps
// fs.ErrNotExist when there is no database at path.
func OpenReadOnly(ctx context.Context, path string) (*DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	r, err := openReader(ctx, path)
	if err != nil {
		return nil, err
	}
	var v int
	if err := r.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		r.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	switch {
	case v == 0:
		r.Close()
		return nil, fmt.Errorf("open database %s: not a dialoguewatch database (no schema)", path)
	case v < len(migrations()):
		r.Close()
		return nil, fmt.Errorf("open database %s: schema version %d is older than this program's %d; open it once for writing (dialoguewatch run or sink) to migrate it", path, v, len(migrations()))
	case v > len(migrations()):
		r.Close()
		return nil, fmt.Errorf("open database %s: schema version %d is newer than this program's %d; upgrade dialoguewatch", path, v, len(migrations()))
	}
	return &DB{path: path, r: r}, nil
}

func openReader(ctx context.Context, path string) (*sql.DB, error) {
	r, err := sql.Open("sqlite3", dsn(path, readerParams))
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	r.SetMaxIdleConns(4)
	if err := r.PingContext(ctx); err != nil {
		r.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	return r, nil
}

// dsn makes a SQLite URI filename, escaping the path so that '?', '#' and
// '%' in directory names are not taken for URI syntax.
func dsn(path, params string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	u := url.URL{Path: filepath.ToSlash(abs)}
	return "file:" + u.EscapedPath() + "?" + params
}

// Path returns the database file's path.
func (db *DB) Path() string { return db.path }

// Close closes the database. After the writer closes, SQLite checkpoints
// the WAL into the main file.
func (db *DB) Close() error {
	var errs []error
	if db.r != nil {
		errs = append(errs, db.r.Close())
	}
	if db.st != nil {
		errs = append(errs, db.st.close())
	}
	if db.w != nil {
		if _, err := db.w.Exec("PRAGMA optimize"); err != nil {
			errs = append(errs, fmt.Errorf("optimize: %w", err))
		}
		errs = append(errs, db.w.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close database %s: %w", db.path, err)
	}
	return nil
}

// formatTime stores t as UTC RFC 3339; the zero time is NULL.
func formatTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(timeFormat)
}

func parseTime(s sql.NullString) time.Time {
	if !s.Valid || s.String == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, s.String)
	if err != nil {
		return time.Time{}
	}
	return t
}
