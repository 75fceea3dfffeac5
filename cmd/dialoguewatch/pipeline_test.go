package main

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/dialoguewatch/dialoguewatch/eval"
	"github.com/dialoguewatch/dialoguewatch/replica"
	"github.com/dialoguewatch/dialoguewatch/sink"
)

// replicaConfig writes the demo sources rebased on base to a sources file
// and returns its path.
func replicaConfig(t *testing.T, base string) string {
	t.Helper()
	srcs, err := replica.Sources(base)
	if err != nil {
		t.Fatal(err)
	}
	out, err := yaml.Marshal(map[string]any{"sources": srcs})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "replica.yaml")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// runCmd runs the command in process and returns its stdout and stderr.
func runCmd(t *testing.T, ctx context.Context, args ...string) (string, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := run(ctx, args, strings.NewReader(""), &stdout, &stderr)
	return stdout.String(), stderr.String(), err
}

func openDB(t *testing.T, dir string) *sink.DB {
	t.Helper()
	db, err := sink.OpenReadOnly(context.Background(), filepath.Join(dir, sink.FileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestPipelineEndToEnd crawls the replica through the real pipeline —
// embedded NATS with JetStream, the extractor, a SQLite file — and checks
// that every article lands, that the events an analyst annotated land with
// correct fields, and that a second crawl adds nothing.
func TestPipelineEndToEnd(t *testing.T) {
	srv := httptest.NewServer(replica.Handler())
	defer srv.Close()
	cfg := replicaConfig(t, srv.URL)
	data := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	out, logs, err := runCmd(t, ctx, "run", "--once", "--data", data, "--config", cfg)
	if err != nil {
		t.Fatalf("run --once: %v\n%s\n%s", err, out, logs)
	}
	db := openDB(t, data)

	// Every replica article landed, once, with its text.
	want := replica.Articles()
	for _, path := range want {
		a, err := db.Article(ctx, srv.URL+path)
		if err != nil {
			t.Errorf("article %s: %v", path, err)
			continue
		}
		if a.Title == "" || a.Published == "" || len(a.Text) < 200 {
			t.Errorf("article %s stored without title, date or text: %q %q %d bytes", path, a.Title, a.Published, len(a.Text))
		}
	}
	if c, err := db.Counts(ctx); err != nil || c.Articles != len(want) {
		t.Fatalf("database holds %d articles (%v), want the %d replica articles", c.Articles, err, len(want))
	}

	checkEvents(t, ctx, db, srv.URL)
	before, err := db.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// A second crawl of the unchanged site adds nothing.
	out, logs, err = runCmd(t, ctx, "run", "--once", "--data", data, "--config", cfg)
	if err != nil {
		t.Fatalf("second run --once: %v\n%s\n%s", err, out, logs)
	}
	after, err := db.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before.Articles != after.Articles || before.Events != after.Events || before.Mentions != after.Mentions || before.Partners != after.Partners {
		t.Errorf("second crawl changed the database: %+v → %+v", before, after)
	}
	if !strings.Contains(out, "Nothing new") {
		t.Errorf("second run does not say that nothing is new:\n%s", out)
	}
}

// checkEvents compares the stored events with the replica's answer key.
// The sink merges the reports of one event by several articles (a planned
// summit later reported as held is one event, held), so each stored event
// is compared with the merge of the gold events it stands for.
func checkEvents(t *testing.T, ctx context.Context, db *sink.DB, base string) {
	t.Helper()
	gold, err := eval.ReadGold(bytes.NewReader(replica.Expected()), "replica/expected.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	stored, err := db.Events(ctx, sink.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	asEval := func(e sink.Event) eval.Event {
		return eval.Event{Type: e.Type, Series: e.Series, Partners: e.Partners, Start: e.Start, End: e.End,
			Edition: e.Edition, Location: e.Location, Status: e.Status}
	}
	// Per page, the stored events the page mentions, matched one to one
	// with the page's gold events as eval scores them.
	preds := map[string][]eval.Event{}
	ids := map[string][]int64{}
	for _, page := range gold {
		url := base + replica.PageURL(page.Name)
		for _, e := range stored {
			if slices.ContainsFunc(e.Mentions, func(m sink.Mention) bool { return m.URL == url }) {
				preds[page.Name] = append(preds[page.Name], asEval(e))
				ids[page.Name] = append(ids[page.Name], e.ID)
			}
		}
	}
	rep := eval.Score(gold, preds)
	byStored := map[int64][]eval.Event{} // stored event → gold events it matched
	for _, pr := range rep.Pages {
		for _, gi := range pr.Missed {
			g := pr.Gold[gi]
			t.Errorf("%s: event not stored: %s %v %s %q", pr.Page, g.Type, g.Partners, g.Start, g.Evidence)
		}
		for _, pair := range pr.Pairs {
			id := ids[pr.Page][pair[1]]
			byStored[id] = append(byStored[id], pr.Gold[pair[0]])
		}
	}
	for _, e := range stored {
		golds := byStored[e.ID]
		if len(golds) == 0 {
			var where []string
			for _, m := range e.Mentions {
				where = append(where, m.URL+": "+m.Evidence)
			}
			t.Errorf("spurious event stored: %s %q %v %s %s", e.Type, e.Series, e.Partners, e.Start, where)
			continue
		}
		want := mergeGold(golds)
		for _, f := range []string{"start", "end", "edition", "location", "status"} {
			if !eval.FieldEqual(f, want, asEval(e)) {
				t.Errorf("event %s %v %s: %s is %+v, want %+v (merged from %d report(s))", e.Type, e.Partners, e.Start, f, asEval(e), want, len(golds))
				break
			}
		}
	}
	t.Logf("%d gold events, %d stored events, %d missed", rep.Gold, len(stored), rep.Gold-rep.Matched)
}

// mergeGold is what the database should hold for several reports of one
// event: held if any report says held, the most precise dates, the
// edition and place any report gives.
func mergeGold(golds []eval.Event) eval.Event {
	m := golds[0]
	for _, g := range golds[1:] {
		if g.Status == "held" {
			m.Status = "held"
		}
		if len(g.Start) > len(m.Start) {
			m.Start, m.End = g.Start, g.End
		}
		if m.End == "" {
			m.End = g.End
		}
		if m.Edition == 0 {
			m.Edition = g.Edition
		}
		if m.Location == "" {
			m.Location = g.Location
		}
	}
	return m
}
