package sink

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// A database made by an older dialoguewatch is upgraded in place at Open,
// its rows kept.
func TestMigrateFromVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), FileName)
	old, err := sql.Open("sqlite3", dsn(path, writerParams))
	if err != nil {
		t.Fatal(err)
	}
	stamp := "2025-01-02T03:04:05.000Z"
	for _, q := range []string{migrations()[0], `PRAGMA user_version = 1`,
		`INSERT INTO articles (url, content_hash, first_seen, last_updated) VALUES ('https://e.org/a', 'h', '` + stamp + `', '` + stamp + `')`} {
		if _, err := old.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	old.Close()

	db, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v int
	if err := db.r.QueryRow(`PRAGMA user_version`).Scan(&v); err != nil || v != len(migrations()) {
		t.Fatalf("user_version = %d (%v), want %d", v, err, len(migrations()))
	}
	a, err := db.Article(ctx, "https://e.org/a")
	if err != nil {
		t.Fatal(err)
	}
	if a.Stored.Format(timeFormat) != stamp {
		t.Errorf("an article from before the column has stored %v, want its last update %s", a.Stored, stamp)
	}

	// stored is the commit time, fetched the crawler's.
	fetched := time.Now().Add(-time.Hour).UTC()
	before := time.Now().Add(-time.Second)
	rec := &wire.Record{Source: "s", URL: "https://e.org/b", ContentHash: "h2", Extractor: "x", FetchedAt: fetched, Text: "t"}
	if _, err := db.Apply(ctx, []*wire.Record{rec}, nil); err != nil {
		t.Fatal(err)
	}
	b, err := db.Article(ctx, rec.URL)
	if err != nil {
		t.Fatal(err)
	}
	if b.Stored.Before(before) || b.Stored.After(time.Now().Add(time.Second)) || b.Fetched.Sub(fetched).Abs() > time.Second {
		t.Errorf("stored %v fetched %v; want stored now and fetched an hour ago", b.Stored, b.Fetched)
	}
}
