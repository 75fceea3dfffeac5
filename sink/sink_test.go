package sink_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dialoguewatch/dialoguewatch/sink"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

var t0 = time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)

func openDB(t *testing.T) *sink.DB {
	t.Helper()
	db, err := sink.Open(t.Context(), filepath.Join(t.TempDir(), "data", sink.FileName), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	})
	return db
}

// rec makes a record of source "eeas", run "run-1", fetched at t0 plus the
// given minutes, with the body's hash derived from body.
func rec(url, body string, minutes int, evs ...wire.Event) *wire.Record {
	return &wire.Record{
		Source: "eeas", RunID: "run-1", URL: url, FinalURL: url,
		FetchedAt:   t0.Add(time.Duration(minutes) * time.Minute),
		ContentHash: wire.Hash([]byte(body)), Title: "Title of " + url, Published: "2024-05-01",
		Lang: "en", Text: body, Events: evs, Extractor: "rules/1",
	}
}

func ev(typ, series string, partners []string, start string, edition int, loc, status, evidence string) wire.Event {
	return wire.Event{Type: typ, Series: series, Partners: partners, Start: start, Edition: edition,
		Location: loc, Status: status, Evidence: evidence, Confidence: 0.8}
}

var euCN = []string{"EU", "CN"}

func apply(t *testing.T, db *sink.DB, records []*wire.Record, runs ...*wire.CrawlRun) sink.Result {
	t.Helper()
	res, err := db.Apply(t.Context(), records, runs)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func events(t *testing.T, db *sink.DB, f sink.Filter) []sink.Event {
	t.Helper()
	evs, err := db.Events(t.Context(), f)
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

func counts(t *testing.T, db *sink.DB) sink.Counts {
	t.Helper()
	c, err := db.Counts(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestOpen(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "a", "b", sink.FileName)
	db, err := sink.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Opening again finds the schema in place.
	db, err = sink.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	apply(t, db, []*wire.Record{rec("https://x/1", "one", 0, ev("dialogue", "Cyber Dialogue", euCN, "2023", 1, "", "held", "e"))})
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	ro, err := sink.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if c := counts(t, ro); c.Articles != 1 || c.Events != 1 {
		t.Errorf("counts after reopen = %+v", c)
	}
	if _, err := ro.Apply(ctx, nil, nil); err == nil {
		t.Error("Apply on a read-only database: want an error")
	}

	_, err = sink.OpenReadOnly(ctx, filepath.Join(t.TempDir(), sink.FileName))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("OpenReadOnly of a missing file: error %v, want fs.ErrNotExist", err)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), sink.FileName)
	db, err := sink.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	raw, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	if db, err := sink.Open(ctx, path, nil); err == nil || !strings.Contains(err.Error(), "newer") {
		if db != nil {
			db.Close()
		}
		t.Errorf("Open of a newer schema: error %v, want 'newer'", err)
	}
	if db, err := sink.OpenReadOnly(ctx, path); err == nil || !strings.Contains(err.Error(), "newer") {
		if db != nil {
			db.Close()
		}
		t.Errorf("OpenReadOnly of a newer schema: error %v, want 'newer'", err)
	}
}

// snapshot is everything a test can observe of the database.
type snapshot struct {
	Counts sink.Counts
	Events []sink.Event
	Runs   []sink.Run
}

func snap(t *testing.T, db *sink.DB) snapshot {
	t.Helper()
	runs, err := db.Runs(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return snapshot{counts(t, db), events(t, db, sink.Filter{}), runs}
}

func sampleBatch() ([]*wire.Record, []*wire.CrawlRun) {
	records := []*wire.Record{
		rec("https://eeas.test/a", "a body about the cyber dialogue", 0,
			ev("dialogue", "Sino-European Cyber Dialogue", euCN, "2023-06", 7, "", "planned", "The seventh round will take place in June 2023.")),
		rec("https://eeas.test/b", "b body", 1,
			ev("dialogue", "EU-China Cyber Dialogue", euCN, "2023-06-12", 7, "Beijing", "held", "The 7th EU-China Cyber Dialogue was held in Beijing on 12 June 2023."),
			ev("council", "Digital Partnership Council", []string{"EU", "JP"}, "2024-04-30", 2, "Brussels", "held", "The second Digital Partnership Council took place on 30 April 2024.")),
		rec("https://eeas.test/c", "c body, nothing here", 2),
	}
	runs := []*wire.CrawlRun{{ID: "run-1", Source: "eeas", Started: t0, Finished: t0.Add(time.Hour), Discovered: 3, Fetched: 3, New: 3, Published: 3}}
	return records, runs
}

func TestApplyIsIdempotent(t *testing.T) {
	db := openDB(t)
	records, runs := sampleBatch()
	first := apply(t, db, records, runs...)
	want := sink.Result{ArticlesNew: 3, EventsNew: 2, EventsUpdated: 1, Mentions: 3, Runs: 1}
	if !reflect.DeepEqual(first, want) {
		t.Errorf("first apply = %+v, want %+v", first, want)
	}
	before := snap(t, db)
	if before.Counts != (sink.Counts{Sources: 1, Runs: 1, Articles: 3, Events: 2, Partners: 4, Mentions: 3}) {
		t.Errorf("counts = %+v", before.Counts)
	}
	r := before.Runs[0]
	if r.ArticlesNew != 3 || r.EventsNew != 2 || r.EventsUpdated != 1 || r.Mentions != 3 || r.Discovered != 3 || !r.Reported {
		t.Errorf("run = %+v", r)
	}

	// A redelivery of the whole batch after a lost ack.
	second := apply(t, db, records, runs...)
	if want := (sink.Result{ArticlesUnchanged: 3, Runs: 1}); !reflect.DeepEqual(second, want) {
		t.Errorf("second apply = %+v, want %+v", second, want)
	}
	if after := snap(t, db); !reflect.DeepEqual(before, after) {
		t.Errorf("second apply changed the database:\nbefore %+v\nafter  %+v", before, after)
	}

	// The same content fetched again by a later run counts as unchanged for
	// that run, once.
	again := []*wire.Record{rec("https://eeas.test/a", "a body about the cyber dialogue", 90)}
	again[0].RunID = "run-2"
	apply(t, db, again)
	apply(t, db, again)
	runs2, err := db.Runs(t.Context(), "run-2")
	if err != nil {
		t.Fatal(err)
	}
	if len(runs2) != 1 || runs2[0].ArticlesUnchanged != 1 || runs2[0].Reported {
		t.Errorf("run-2 = %+v", runs2)
	}
	if got := events(t, db, sink.Filter{}); !reflect.DeepEqual(got, before.Events) {
		t.Errorf("an unchanged article changed the events")
	}
}

func TestOneEventManyMentions(t *testing.T) {
	db := openDB(t)
	records, _ := sampleBatch()
	res := apply(t, db, records)
	if res.EventsNew != 2 || res.EventsUpdated != 1 {
		// The planned report creates the event, the held one updates it (in
		// the same batch).
		t.Errorf("result = %+v", res)
	}
	evs := events(t, db, sink.Filter{Partners: []string{"CN"}})
	if len(evs) != 1 {
		t.Fatalf("got %d EU-China events, want 1: %+v", len(evs), evs)
	}
	e := evs[0]
	if e.Status != "held" || e.Start != "2023-06-12" || e.Location != "Beijing" || e.Edition != 7 ||
		e.Series != "EU-China Cyber Dialogue" || len(e.Mentions) != 2 {
		t.Errorf("merged event = %+v", e)
	}
	if !e.FirstSeen.Equal(t0) || !e.LastUpdated.Equal(t0.Add(time.Minute)) {
		t.Errorf("first seen %v, last updated %v; want %v, %v", e.FirstSeen, e.LastUpdated, t0, t0.Add(time.Minute))
	}
	if e.Mentions[0].URL != "https://eeas.test/a" || e.Mentions[1].URL != "https://eeas.test/b" ||
		e.Mentions[0].Status != "planned" || e.Mentions[1].Evidence == "" {
		t.Errorf("mentions = %+v", e.Mentions)
	}
	if !reflect.DeepEqual(e.Partners, []string{"CN", "EU"}) {
		t.Errorf("partners = %q", e.Partners)
	}
}

// mergeCase applies each step's records in turn and expects the events.
type wantEvent struct {
	series, start, end string
	edition            int
	location, status   string
	mentions           int
}

func TestMerge(t *testing.T) {
	jp := []string{"EU", "JP"}
	for _, tc := range []struct {
		name    string
		records []*wire.Record
		want    []wantEvent // newest first, as Events orders them
	}{
		{
			name: "planned then held: one event, updated",
			records: []*wire.Record{
				rec("u1", "1", 0, ev("council", "Digital Partnership Council", jp, "2024", 2, "", "planned", "will hold the second council in 2024")),
				rec("u2", "2", 1, ev("council", "EU-Japan Digital Partnership Council", jp, "2024-04-30", 0, "Tokyo", "held", "held the council on 30 April 2024 in Tokyo")),
			},
			want: []wantEvent{{"EU-Japan Digital Partnership Council", "2024-04-30", "", 2, "Tokyo", "held", 2}},
		},
		{
			name: "different editions stay apart",
			records: []*wire.Record{
				rec("u1", "1", 0, ev("dialogue", "Cyber Dialogue", euCN, "2023", 7, "", "held", "seventh")),
				rec("u2", "2", 1, ev("dialogue", "Cyber Dialogue", euCN, "2023", 8, "", "planned", "eighth")),
			},
			want: []wantEvent{{"Cyber Dialogue", "2023", "", 8, "", "planned", 1}, {"Cyber Dialogue", "2023", "", 7, "", "held", 1}},
		},
		{
			name: "dates that differ at the coarser precision stay apart",
			records: []*wire.Record{
				rec("u1", "1", 0, ev("dialogue", "Cyber Dialogue", euCN, "2023-06", 0, "", "planned", "in June")),
				rec("u2", "2", 1, ev("dialogue", "Cyber Dialogue", euCN, "2023-07-01", 0, "", "held", "on 1 July")),
			},
			want: []wantEvent{{"Cyber Dialogue", "2023-07-01", "", 0, "", "held", 1}, {"Cyber Dialogue", "2023-06", "", 0, "", "planned", 1}},
		},
		{
			name: "series normalised: Sino-European and EU-China, the, case",
			records: []*wire.Record{
				rec("u1", "1", 0, ev("dialogue", "the EU-China cyber dialogue", euCN, "2018-04", 0, "", "held", "a")),
				rec("u2", "2", 1, ev("dialogue", "Sino-European Cyber Dialogue", []string{"cn", "eu"}, "2018-04-12", 0, "Geneva", "held", "b")),
			},
			want: []wantEvent{{"the EU-China cyber dialogue", "2018-04-12", "", 0, "Geneva", "held", 2}},
		},
		{
			name: "other series on the same day stay apart",
			records: []*wire.Record{
				rec("u1", "1", 0, ev("dialogue", "Human Rights Dialogue", euCN, "2023-06-12", 0, "", "held", "a")),
				rec("u2", "2", 1, ev("dialogue", "Cyber Dialogue", euCN, "2023-06-12", 0, "", "held", "b")),
			},
			want: []wantEvent{{"Cyber Dialogue", "2023-06-12", "", 0, "", "held", 1}, {"Human Rights Dialogue", "2023-06-12", "", 0, "", "held", 1}},
		},
		{
			name: "other partners stay apart",
			records: []*wire.Record{
				rec("u1", "1", 0, ev("summit", "Summit", euCN, "2023-12-07", 0, "", "held", "a")),
				rec("u2", "2", 1, ev("summit", "Summit", jp, "2023-12-07", 0, "", "held", "b")),
			},
			want: []wantEvent{{"Summit", "2023-12-07", "", 0, "", "held", 1}, {"Summit", "2023-12-07", "", 0, "", "held", 1}},
		},
		{
			name: "missing date joins by edition",
			records: []*wire.Record{
				rec("u1", "1", 0, ev("dialogue", "Cyber Dialogue", euCN, "", 9, "", "planned", "the ninth round")),
				rec("u2", "2", 1, ev("dialogue", "Cyber Dialogue", euCN, "2024-03-05", 9, "Brussels", "held", "9th round on 5 March")),
			},
			want: []wantEvent{{"Cyber Dialogue", "2024-03-05", "", 9, "Brussels", "held", 2}},
		},
		{
			name: "missing date joins by series and place",
			records: []*wire.Record{
				rec("u1", "1", 0, ev("forum", "Digital Forum", jp, "2024-09", 0, "Osaka", "planned", "a")),
				rec("u2", "2", 1, ev("forum", "EU-Japan Digital Forum", jp, "", 0, "Osaka", "held", "b")),
			},
			want: []wantEvent{{"EU-Japan Digital Forum", "2024-09", "", 0, "Osaka", "held", 2}},
		},
		{
			name: "missing date without edition or place stays apart",
			records: []*wire.Record{
				rec("u1", "1", 0, ev("forum", "Digital Forum", jp, "2024-09", 0, "", "planned", "a")),
				rec("u2", "2", 1, ev("forum", "Digital Forum", jp, "", 0, "", "held", "b")),
			},
			want: []wantEvent{{"Digital Forum", "2024-09", "", 0, "", "planned", 1}, {"Digital Forum", "", "", 0, "", "held", 1}},
		},
		{
			name: "postponed round: same edition, later date",
			records: []*wire.Record{
				rec("u1", "1", 0, ev("dialogue", "Cyber Dialogue", euCN, "2023-06", 7, "Brussels", "planned", "a")),
				rec("u2", "2", 1, ev("dialogue", "Cyber Dialogue", euCN, "2023-10-05", 7, "Beijing", "held", "b")),
			},
			want: []wantEvent{{"Cyber Dialogue", "2023-10-05", "", 7, "Beijing", "held", 2}},
		},
		{
			name: "held then a later planned-sounding mention: still held",
			records: []*wire.Record{
				rec("u1", "1", 0, ev("dialogue", "Cyber Dialogue", euCN, "2023-06-12", 7, "Beijing", "held", "a")),
				rec("u2", "2", 1, ev("dialogue", "Cyber Dialogue", euCN, "2023", 7, "", "planned", "b")),
			},
			want: []wantEvent{{"Cyber Dialogue", "2023-06-12", "", 7, "Beijing", "held", 2}},
		},
		{
			name: "the same event twice in one article, and the same sentence twice",
			records: []*wire.Record{
				rec("u1", "1", 0,
					ev("dialogue", "Cyber Dialogue", euCN, "2023-06-12", 7, "", "held", "a"),
					ev("dialogue", "Cyber Dialogue", euCN, "2023-06", 7, "Beijing", "held", "b"),
					ev("dialogue", "Cyber Dialogue", euCN, "2023-06", 7, "Beijing", "held", "b")),
			},
			want: []wantEvent{{"Cyber Dialogue", "2023-06-12", "", 7, "Beijing", "held", 2}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := openDB(t)
			for _, r := range tc.records {
				apply(t, db, []*wire.Record{r})
			}
			got := eventSummaries(events(t, db, sink.Filter{}))
			want := tc.want
			if !reflect.DeepEqual(got, want) {
				t.Errorf("events:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

func eventSummaries(evs []sink.Event) []wantEvent {
	var out []wantEvent
	for _, e := range evs {
		out = append(out, wantEvent{e.Series, e.Start, e.End, e.Edition, e.Location, e.Status, len(e.Mentions)})
	}
	return out
}

// mixedRecords is a sequence exercising new, merged, updated, replaced and
// orphaned events.
func mixedRecords() []*wire.Record {
	jp := []string{"EU", "JP"}
	in := []string{"EU", "IN"}
	return []*wire.Record{
		rec("u1", "1", 0, ev("dialogue", "Cyber Dialogue", euCN, "2023", 7, "", "planned", "a1"),
			ev("summit", "EU-China Summit", euCN, "2023-12", 24, "", "planned", "a2")),
		rec("u2", "2", 1, ev("dialogue", "Sino-European Cyber Dialogue", euCN, "2023-06-12", 0, "Beijing", "held", "b1")),
		rec("u3", "3", 2, ev("council", "Trade and Technology Council", in, "2023-05-16", 1, "Brussels", "held", "c1"),
			ev("council", "Digital Partnership Council", jp, "2023-07-03", 1, "Tokyo", "held", "c2")),
		// u1 changes: the summit is gone, the dialogue now held.
		rec("u1", "1b", 3, ev("dialogue", "Cyber Dialogue", euCN, "2023-06", 7, "", "held", "a1b")),
		rec("u4", "4", 4, ev("summit", "EU-China Summit", euCN, "2023-12-07", 24, "Beijing", "held", "d1")),
		// u3 changes: the TTC mention goes, the council stays.
		rec("u3", "3b", 5, ev("council", "Digital Partnership Council", jp, "2023-07-03", 1, "Tokyo", "held", "c2")),
		rec("u5", "5", 6, ev("council", "Trade and Technology Council", in, "2024", 2, "", "planned", "e1")),
		// Two versions of u6 with the same fetch time: the last given wins.
		rec("u6", "6a", 7, ev("forum", "Digital Forum", jp, "2025", 0, "Osaka", "planned", "f1")),
		rec("u6", "6b", 7, ev("forum", "Digital Forum", jp, "2025-03", 0, "Osaka", "planned", "f2")),
		// An older version of u4 arriving late is ignored.
		rec("u4", "4-old", 1, ev("summit", "EU-China Summit", euCN, "2023-11", 24, "", "planned", "old")),
	}
}

func TestBatchCompositionDoesNotMatter(t *testing.T) {
	records := mixedRecords()
	var want snapshot
	for i, size := range []int{len(records), 1, 2, 3} {
		t.Run(fmt.Sprintf("batches of %d", size), func(t *testing.T) {
			db := openDB(t)
			for j := 0; j < len(records); j += size {
				apply(t, db, records[j:min(j+size, len(records))])
			}
			got := snap(t, db)
			if i == 0 {
				want = got
				return
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("batches of %d differ from one batch:\n got %+v\nwant %+v", size, got, want)
			}
		})
	}
	// And what it is.
	db := openDB(t)
	res := apply(t, db, records)
	if res.ArticlesStale != 1 || res.ArticlesChanged != 3 || res.ArticlesNew != 6 {
		t.Errorf("result = %+v", res)
	}
	got := eventSummaries(events(t, db, sink.Filter{}))
	wantEv := []wantEvent{
		{"Digital Forum", "2025-03", "", 0, "Osaka", "planned", 1},
		{"Trade and Technology Council", "2024", "", 2, "", "planned", 1},
		{"EU-China Summit", "2023-12-07", "", 24, "Beijing", "held", 1},
		{"Digital Partnership Council", "2023-07-03", "", 1, "Tokyo", "held", 1},
		{"Sino-European Cyber Dialogue", "2023-06-12", "", 7, "Beijing", "held", 2},
	}
	if !reflect.DeepEqual(got, wantEv) {
		t.Errorf("events:\n got %+v\nwant %+v", got, wantEv)
	}
	a, err := db.Article(t.Context(), "u6")
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "6b" {
		t.Errorf("u6 text = %q, want the last version", a.Text)
	}
	if c := counts(t, db); c.Events != 5 || c.Mentions != 6 || c.Articles != 6 {
		t.Errorf("counts = %+v", c)
	}
}

func TestArticleChangeReplacesMentions(t *testing.T) {
	db := openDB(t)
	apply(t, db, []*wire.Record{
		rec("u1", "first version mentions the summit", 0,
			ev("summit", "EU-China Summit", euCN, "2023-12-07", 24, "Beijing", "held", "summit")),
		rec("u2", "another article", 1,
			ev("summit", "EU-China Summit", euCN, "2023-12", 24, "", "planned", "planned summit"),
			ev("dialogue", "Human Rights Dialogue", euCN, "2023-06-16", 38, "Chongqing", "held", "hr")),
	})
	e := events(t, db, sink.Filter{Type: "summit"})
	if len(e) != 1 || e[0].Status != "held" || len(e[0].Mentions) != 2 {
		t.Fatalf("summit before = %+v", e)
	}

	// u2 is corrected: it no longer mentions the dialogue (deleted: nothing
	// else mentions it) and keeps the summit.
	res := apply(t, db, []*wire.Record{rec("u2", "another article, corrected", 5,
		ev("summit", "EU-China Summit", euCN, "2023-12", 24, "", "planned", "planned summit"))})
	if res.ArticlesChanged != 1 || res.EventsDeleted != 1 || res.Mentions != 1 {
		t.Errorf("result = %+v", res)
	}
	if e := events(t, db, sink.Filter{Type: "dialogue"}); len(e) != 0 {
		t.Errorf("orphaned dialogue still there: %+v", e)
	}

	// u1 changes and drops the summit: it stays (u2 mentions it), recomputed
	// from what is left: planned, December 2023.
	res = apply(t, db, []*wire.Record{rec("u1", "second version says nothing", 6)})
	if res.EventsUpdated != 1 || res.EventsDeleted != 0 {
		t.Errorf("result = %+v", res)
	}
	e = events(t, db, sink.Filter{})
	if len(e) != 1 || e[0].Status != "planned" || e[0].Start != "2023-12" || e[0].Location != "" || len(e[0].Mentions) != 1 {
		t.Errorf("summit after = %+v", e)
	}
	if !e[0].LastUpdated.Equal(t0.Add(6 * time.Minute)) {
		t.Errorf("last updated = %v", e[0].LastUpdated)
	}
	if c := counts(t, db); c.Events != 1 || c.Mentions != 1 || c.Partners != 2 {
		t.Errorf("counts = %+v (dangling rows?)", c)
	}

	// The full-text index follows the article.
	for q, want := range map[string]int{"summit": 0, "nothing": 1, "corrected": 1, "first": 0} {
		got, err := db.Search(t.Context(), q, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != want {
			t.Errorf("search %q: %d hits, want %d", q, len(got), want)
		}
	}
	checkFTS(t, db)
}

func checkFTS(t *testing.T, db *sink.DB) {
	t.Helper()
	raw, err := sql.Open("sqlite3", db.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec(`INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("FTS integrity check: %v", err)
	}
}

func TestNewerExtractorReplacesMentions(t *testing.T) {
	db := openDB(t)
	r := rec("u1", "same body", 0, ev("dialogue", "ICT Dialogue", euCN, "2023", 0, "", "held", "x"))
	apply(t, db, []*wire.Record{r})
	r2 := rec("u1", "same body", 0, ev("dialogue", "ICT Dialogue", euCN, "2023-04-03", 3, "", "held", "x"))
	r2.Extractor = "rules/2"
	res := apply(t, db, []*wire.Record{r2})
	if res.ArticlesChanged != 1 || res.EventsUpdated != 1 {
		t.Errorf("result = %+v", res)
	}
	e := events(t, db, sink.Filter{})
	if len(e) != 1 || e[0].Start != "2023-04-03" || e[0].Edition != 3 {
		t.Errorf("events = %+v", e)
	}
}

func TestRunReportsInAnyOrder(t *testing.T) {
	start := &wire.CrawlRun{ID: "r1", Source: "eeas", Started: t0, Backfill: true}
	end := &wire.CrawlRun{ID: "r1", Source: "eeas", Started: t0, Finished: t0.Add(time.Hour), Backfill: true,
		Discovered: 5, Fetched: 4, NotModified: 1, New: 2, Changed: 1, Failed: 1, Skipped: 2, Published: 3, Bytes: 12345, Error: ""}
	records := []*wire.Record{rec("u1", "1", 0, ev("dialogue", "Cyber Dialogue", euCN, "2023", 7, "", "held", "x")), rec("u2", "2", 1)}
	for _, r := range records {
		r.RunID, r.Backfill = "r1", true
	}
	type step struct {
		records []*wire.Record
		runs    []*wire.CrawlRun
	}
	want := sink.Run{CrawlRun: *end, Reported: true, ArticlesNew: 2, EventsNew: 1, Mentions: 1}
	for name, steps := range map[string][]step{
		"start, records, end":   {{runs: []*wire.CrawlRun{start}}, {records: records}, {runs: []*wire.CrawlRun{end}}},
		"end before start":      {{records: records}, {runs: []*wire.CrawlRun{end}}, {runs: []*wire.CrawlRun{start}}},
		"records first":         {{records: records}, {runs: []*wire.CrawlRun{start}}, {runs: []*wire.CrawlRun{end}}},
		"all in one batch":      {{records: records, runs: []*wire.CrawlRun{end, start}}},
		"everything twice":      {{records: records, runs: []*wire.CrawlRun{start, end}}, {records: records, runs: []*wire.CrawlRun{end, start}}},
		"end, records, start 2": {{runs: []*wire.CrawlRun{end}}, {records: records[:1]}, {runs: []*wire.CrawlRun{start}}, {records: records}},
	} {
		t.Run(name, func(t *testing.T) {
			db := openDB(t)
			for _, s := range steps {
				apply(t, db, s.records, s.runs...)
			}
			runs, err := db.Runs(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			if len(runs) != 1 {
				t.Fatalf("runs = %+v", runs)
			}
			got := runs[0]
			got.Started, got.Finished = got.Started.UTC(), got.Finished.UTC()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("run:\n got %+v\nwant %+v", got, want)
			}
			if e := events(t, db, sink.Filter{}); len(e) != 1 || !e[0].Backfill {
				t.Errorf("events = %+v, want one backfill event", e)
			}
		})
	}
}

func TestRejected(t *testing.T) {
	db := openDB(t)
	good := rec("u1", "1", 0, ev("dialogue", "Cyber Dialogue", euCN, "2023", 7, "", "held", "x"),
		wire.Event{Type: "dialogue", Start: "2023", Evidence: "no partners"})
	noURL := rec("", "2", 0)
	noHash := rec("u3", "3", 0)
	noHash.ContentHash = ""
	res := apply(t, db, []*wire.Record{noURL, good, noHash}, &wire.CrawlRun{Source: "eeas"})
	want := []sink.Rejected{
		{Kind: "run", Index: 0, Reason: "run report without id"},
		{Kind: "record", Index: 0, Reason: "record without url"},
		{Kind: "record", Index: 2, Reason: "record without content hash"},
	}
	if !reflect.DeepEqual(res.Rejected, want) {
		t.Errorf("rejected = %+v, want %+v", res.Rejected, want)
	}
	if res.ArticlesNew != 1 || res.EventsNew != 1 || res.EventsSkipped != 1 {
		t.Errorf("result = %+v", res)
	}
}

func TestApplyRollsBackOnError(t *testing.T) {
	db := openDB(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	records, runs := sampleBatch()
	if _, err := db.Apply(ctx, records, runs); err == nil {
		t.Fatal("Apply with a cancelled context: want an error")
	}
	if c := counts(t, db); c != (sink.Counts{}) {
		t.Errorf("counts after a failed Apply = %+v, want nothing", c)
	}
	apply(t, db, records, runs...) // the writer is usable afterwards
}

func TestFilter(t *testing.T) {
	db := openDB(t)
	jp := []string{"EU", "JP"}
	r1 := rec("https://eeas.test/1", "The EU and China held their cyber dialogue in Geneva. Quantum computing was discussed.", 0,
		ev("dialogue", "Sino-European Cyber Dialogue", euCN, "2023-06-12", 9, "Geneva", "held", "The ninth Sino-European Cyber Dialogue took place in Geneva."),
		ev("summit", "EU-China Summit", euCN, "2023", 0, "Beijing", "held", "the summit in Beijing"))
	r2 := rec("https://ec.test/2", "Japan council text", 1,
		ev("council", "Digital Partnership Council", jp, "2024-04", 2, "", "planned", "The second Digital Partnership Council will meet in April 2024."),
		ev("dialogue", "Trilateral dialogue", []string{"EU", "JP", "US"}, "2022-11-30", 0, "", "held", "trilateral"))
	r2.Source = "commission"
	r3 := rec("https://eeas.test/3", "undated", 2, ev("forum", "Digital Forum", jp, "", 3, "Osaka", "unknown", "a forum"))
	apply(t, db, []*wire.Record{r1, r2, r3})

	for _, tc := range []struct {
		name string
		f    sink.Filter
		want []string // series, in order
	}{
		{"all, newest first, undated last", sink.Filter{}, []string{"Digital Partnership Council", "Sino-European Cyber Dialogue", "EU-China Summit", "Trilateral dialogue", "Digital Forum"}},
		{"partner", sink.Filter{Partners: []string{"jp"}}, []string{"Digital Partnership Council", "Trilateral dialogue", "Digital Forum"}},
		{"all partners must match", sink.Filter{Partners: []string{"JP", "US"}}, []string{"Trilateral dialogue"}},
		{"partner not there", sink.Filter{Partners: []string{"KR"}}, nil},
		{"type", sink.Filter{Type: "Dialogue"}, []string{"Sino-European Cyber Dialogue", "Trilateral dialogue"}},
		{"status", sink.Filter{Status: "planned"}, []string{"Digital Partnership Council"}},
		{"since a day inside a year-event", sink.Filter{Since: "2023-06-13"}, []string{"Digital Partnership Council", "EU-China Summit"}},
		{"since a month", sink.Filter{Since: "2023-06"}, []string{"Digital Partnership Council", "Sino-European Cyber Dialogue", "EU-China Summit"}},
		{"until a year", sink.Filter{Until: "2022"}, []string{"Trilateral dialogue"}},
		{"since and until a year", sink.Filter{Since: "2023", Until: "2023"}, []string{"Sino-European Cyber Dialogue", "EU-China Summit"}},
		{"until a day before a month-event", sink.Filter{Until: "2024-03-31", Since: "2024"}, nil},
		{"until the first day of a month-event", sink.Filter{Until: "2024-04-01", Since: "2024"}, []string{"Digital Partnership Council"}},
		{"source", sink.Filter{Source: "commission"}, []string{"Digital Partnership Council", "Trilateral dialogue"}},
		{"search series", sink.Filter{Search: "sino"}, []string{"Sino-European Cyber Dialogue"}},
		{"search location", sink.Filter{Search: "osaka"}, []string{"Digital Forum"}},
		{"search evidence", sink.Filter{Search: "will meet"}, []string{"Digital Partnership Council"}},
		{"search article text", sink.Filter{Search: "quantum computing"}, []string{"Sino-European Cyber Dialogue", "EU-China Summit"}},
		{"search with FTS syntax characters", sink.Filter{Search: `"quantum" AND (`}, []string{"Sino-European Cyber Dialogue", "EU-China Summit"}},
		{"search with LIKE wildcards", sink.Filter{Search: "%_"}, nil},
		{"limit", sink.Filter{Limit: 2}, []string{"Digital Partnership Council", "Sino-European Cyber Dialogue"}},
		{"updated since", sink.Filter{UpdatedSince: t0.Add(time.Minute)}, []string{"Digital Partnership Council", "Trilateral dialogue", "Digital Forum"}},
		{"combined", sink.Filter{Partners: []string{"CN"}, Type: "summit", Since: "2023-12-31", Status: "held"}, []string{"EU-China Summit"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range events(t, db, tc.f) {
				got = append(got, e.Series)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}

	for _, f := range []sink.Filter{
		{Since: "2023-13"}, {Until: "yesterday"}, {Since: "2024", Until: "2023"}, {Status: "done"},
		{Partners: []string{" "}}, {Limit: -1},
	} {
		if err := f.Validate(); err == nil {
			t.Errorf("Validate(%+v): want an error", f)
		}
		if _, err := db.Events(t.Context(), f); err == nil {
			t.Errorf("Events(%+v): want an error", f)
		}
	}

	ps, err := db.Partners(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ps, []string{"CN", "EU", "JP", "US"}) {
		t.Errorf("partners = %q", ps)
	}
}

// TestReadersDuringWrites reads from the read pool and from a second,
// read-only handle while the writer commits batches.
func TestReadersDuringWrites(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), sink.FileName)
	db, err := sink.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ro, err := sink.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()

	const batches = 40
	done := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for _, r := range []*sink.DB{db, ro, ro} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			last, reads := 0, 0
			for {
				select {
				case <-done:
					if reads == 0 {
						errs <- errors.New("reader never read")
					}
					return
				default:
				}
				c, err := r.Counts(ctx)
				if err != nil {
					errs <- err
					return
				}
				if c.Articles < last {
					errs <- fmt.Errorf("articles went from %d to %d", last, c.Articles)
					return
				}
				last = c.Articles
				evs, err := r.Events(ctx, sink.Filter{Partners: []string{"CN"}, Limit: 20})
				if err != nil {
					errs <- err
					return
				}
				for _, e := range evs {
					if len(e.Mentions) == 0 || len(e.Partners) == 0 {
						errs <- fmt.Errorf("event %d read half-written: %+v", e.ID, e)
						return
					}
				}
				reads++
			}
		}()
	}
	for i := range batches {
		var records []*wire.Record
		for j := range 10 {
			n := i*10 + j
			records = append(records, rec(fmt.Sprintf("https://eeas.test/%d", n), fmt.Sprintf("body %d", n), n,
				ev("dialogue", "Cyber Dialogue", euCN, fmt.Sprintf("%d", 1990+n%30), n+1, "", "held", "e")))
		}
		if _, err := db.Apply(ctx, records, nil); err != nil {
			t.Fatal(err)
		}
	}
	close(done)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if c := counts(t, ro); c.Articles != batches*10 || c.Events != batches*10 {
		t.Errorf("counts = %+v", c)
	}
}

func TestPathWithURISyntax(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a?b#c%20d")
	path := filepath.Join(dir, sink.FileName)
	db, err := sink.Open(t.Context(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not at %s: %v", path, err)
	}
}

// TestLargeBatch stores 150 records with about 450 events (several
// multi-row chunks) in one batch and in batches of 7: the same database.
func TestLargeBatch(t *testing.T) {
	records := benchRecords(rand.New(rand.NewPCG(1, 2)), 0, 150)
	one := openDB(t)
	res := apply(t, one, records)
	if res.ArticlesNew != 150 || res.EventsNew != 300 || res.Mentions != 449 {
		t.Errorf("result = %+v", res)
	}
	runs, err := one.Runs(t.Context(), "bench-run")
	if err != nil {
		t.Fatal(err)
	}
	if len(runs) != 1 || runs[0].ArticlesNew != 150 || runs[0].EventsNew != 300 || runs[0].Mentions != 449 {
		t.Errorf("runs = %+v", runs)
	}
	many := openDB(t)
	for i := 0; i < len(records); i += 7 {
		apply(t, many, records[i:min(i+7, len(records))])
	}
	if a, b := snap(t, one), snap(t, many); !reflect.DeepEqual(a, b) {
		t.Errorf("one batch and batches of 7 differ: counts %+v and %+v", a.Counts, b.Counts)
	}
	if c := counts(t, one); c.Events != 300 || c.Partners != 600 || c.Mentions != 449 {
		t.Errorf("counts = %+v", c)
	}
	checkFTS(t, one)
}

func TestRunCountsEachOutcome(t *testing.T) {
	db := openDB(t)
	v1 := rec("u1", "v1", 10, ev("dialogue", "Cyber Dialogue", euCN, "2023", 7, "", "planned", "a"))
	v2 := rec("u1", "v2", 20, ev("dialogue", "Cyber Dialogue", euCN, "2023-06-12", 7, "Beijing", "held", "b"))
	v2.RunID = "run-2"
	old := rec("u1", "v0", 5)
	old.RunID = "run-3"
	same := rec("u1", "v2", 30)
	same.RunID = "run-4"
	for range 2 { // and everything delivered twice
		apply(t, db, []*wire.Record{v1})
		apply(t, db, []*wire.Record{v2, old, same})
	}
	runs, err := db.Runs(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][5]int{}
	for _, r := range runs {
		got[r.ID] = [5]int{r.ArticlesNew, r.ArticlesChanged, r.ArticlesStale, r.ArticlesUnchanged, r.EventsNew + 10*r.EventsUpdated}
	}
	want := map[string][5]int{
		"run-1": {1, 0, 0, 0, 1},
		"run-2": {0, 1, 0, 0, 10},
		"run-3": {0, 0, 1, 0, 0},
		"run-4": {0, 0, 0, 1, 0},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("run counters (new, changed, stale, unchanged, events new+10×updated):\n got %v\nwant %v", got, want)
	}
	types, err := db.Types(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(types, []string{"dialogue"}) {
		t.Errorf("types = %q", types)
	}
}
