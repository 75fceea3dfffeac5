package eval_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/eval"
	"github.com/dialoguewatch/dialoguewatch/extractor"
)

// scoreCorpus runs the shipped rules over a gold corpus and scores them.
func scoreCorpus(t *testing.T, gold, pages string) eval.Report {
	t.Helper()
	f, err := os.Open(gold)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := eval.ReadGold(f, gold)
	if err != nil {
		t.Fatal(err)
	}
	lex, err := config.LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	rules, err := extractor.NewRules(lex)
	if err != nil {
		t.Fatal(err)
	}
	pred := map[string][]eval.Event{}
	for _, p := range g {
		doc, err := eval.LoadPage(pages, p)
		if err != nil {
			t.Fatal(err)
		}
		pred[p.Name] = eval.FromWire(rules.Events(doc))
	}
	rep := eval.Score(g, pred)
	var b bytes.Buffer
	if testing.Verbose() {
		rep.WriteDetails(&b)
	}
	rep.WriteTable(&b)
	t.Logf("%s\n%s", gold, b.String())
	return rep
}

// checkTargets holds the extractor to the project's targets: event F1 and
// every field's accuracy at least 0.90.
func checkTargets(t *testing.T, rep eval.Report) {
	t.Helper()
	if f1 := rep.F1(); f1 < 0.90 {
		t.Errorf("event F1 = %.3f, want ≥ 0.90", f1)
	}
	for _, f := range eval.Fields {
		if a := rep.Accuracy(f); a < 0.90 {
			t.Errorf("%s accuracy = %.3f, want ≥ 0.90", f, a)
		}
	}
}

// TestHeldOut scores the project's own gold sets (extractor/testdata):
// pages written apart from the shared corpus, in other phrasings; the
// blind ones by authors who had not seen the rules. Each was the honest
// measure of one version of the rules before it was tuned on; here they
// keep later versions from losing what was gained.
func TestHeldOut(t *testing.T) {
	for _, set := range []string{"heldout", "heldout2", "blind1", "blind2", "blind3"} {
		t.Run(set, func(t *testing.T) {
			dir := filepath.Join("..", "extractor", "testdata", set)
			checkTargets(t, scoreCorpus(t, filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pages")))
		})
	}
	// Sets tuned on only in part (what is left needs constructions not
	// written yet) are held where the rules stand, so they only go up.
	for _, tt := range []struct {
		set string
		f1  float64
	}{
		{"blind4", 0.81},
		{"blind5", 0.90},
		{"blind6", 0.92},
		{"blind7", 0.82},
		{"blind8", 0.86},
		{"blind9", 0.90},
		{"blind10", 0.88},
		{"blind11", 0.89},
		{"blind12", 0.79}, // not tuned on: a guard, not a target
	} {
		t.Run(tt.set, func(t *testing.T) {
			dir := filepath.Join("..", "extractor", "testdata", tt.set)
			rep := scoreCorpus(t, filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pages"))
			if f1 := rep.F1(); f1 < tt.f1 {
				t.Errorf("event F1 = %.3f, want ≥ %.2f", f1, tt.f1)
			}
		})
	}
}

// TestSharedCorpus scores ../shared/corpus when it is there (a user's
// clone has none).
func TestSharedCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus")
	if _, err := os.Stat(filepath.Join(dir, "gold.jsonl")); err != nil {
		t.Skip("no shared corpus")
	}
	checkTargets(t, scoreCorpus(t, filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pages")))
}

// TestReplica scores the demo replica's expected events.
func TestReplica(t *testing.T) {
	dir := filepath.Join("..", "replica")
	if _, err := os.Stat(filepath.Join(dir, "expected.jsonl")); err != nil {
		t.Skip("no replica expectations")
	}
	checkTargets(t, scoreCorpus(t, filepath.Join(dir, "expected.jsonl"), filepath.Join(dir, "site")))
}
