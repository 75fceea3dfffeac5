package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// evalCorpus writes a two-page corpus: one text page, one HTML page.
func evalCorpus(t *testing.T) (gold, pages string) {
	t.Helper()
	dir := t.TempDir()
	pages = filepath.Join(dir, "pages")
	writeFile(t, pages, "a.txt", "URL: unknown\nPUBLISHED: 2024-06-05\nSOURCE: test\n\n"+
		"The EU and Brazil held the third round of their Cyber Dialogue in Brasília on 3 June.\n"+
		"The next round will take place in Brussels in 2025.\n")
	para := "<p>Officials discussed artificial intelligence, online platforms, data flows and connectivity in a long " +
		"exchange covering many areas of common interest to both partners and their industries.</p>"
	writeFile(t, pages, "news/b.html", `<!DOCTYPE html><html><head><title>EU and Kenya sign memorandum</title></head><body><article>
<h1>EU and Kenya sign memorandum</h1><p>On 2 May 2024, the EU and Kenya signed a memorandum of understanding on digital cooperation.</p>`+
		para+para+`</article></body></html>`)
	gold = writeFile(t, dir, "gold.jsonl",
		`{"page": "a", "published": "2024-06-05", "events": [`+
			`{"type": "dialogue", "series": "EU-Brazil Cyber Dialogue", "partners": ["EU", "BR"], "start": "2024-06-03", "end": null, "edition": 3, "location": "Brasília", "status": "held", "evidence": "x"},`+
			`{"type": "dialogue", "series": "EU-Brazil Cyber Dialogue", "partners": ["EU", "BR"], "start": "2025", "end": null, "edition": 4, "location": "Brussels", "status": "planned", "evidence": "y"},`+
			`{"type": "summit", "series": null, "partners": ["EU", "BR"], "start": "2023", "end": null, "edition": null, "location": null, "status": "held", "evidence": "z"}]}`+"\n"+
			`{"page": "news/b", "published": "2024-05-03", "events": [`+
			`{"type": "signing", "series": "MoU", "partners": ["EU", "KE"], "start": "2024-05-02", "end": null, "edition": null, "location": null, "status": "held", "evidence": "w"}]}`+"\n")
	return gold, pages
}

func TestEval(t *testing.T) {
	gold, pages := evalCorpus(t)
	stdout, stderr, code := runWithStdin(t, "", "eval", "--gold", gold, "--pages", pages)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) < 8 {
		t.Fatalf("output:\n%s", stdout)
	}
	// The last eight lines are the table (a hook prints them with tail -8).
	var rows []string
	for _, l := range lines[len(lines)-8:] {
		rows = append(rows, strings.Join(strings.Fields(l), " "))
	}
	table := strings.Join(rows, "\n")
	// 4 gold, 3 predicted, 3 matched; the next round's edition is not stated.
	for _, want := range []string{"events 4 3 3 1.000 0.750 0.857", "edition 2 0.667", "start 3 1.000"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	if strings.Contains(stdout, "missed") {
		t.Errorf("details without -v:\n%s", stdout)
	}
}

func TestEvalVerboseAndThreshold(t *testing.T) {
	gold, pages := evalCorpus(t)
	stdout, stderr, code := runWithStdin(t, "", "eval", "--gold", gold, "--pages", pages, "-v", "--min-f1", "0.9")
	if code != exitFail {
		t.Errorf("exit %d, want %d below --min-f1 (stderr %s)", code, exitFail, stderr)
	}
	if !strings.Contains(stderr, "below --min-f1") {
		t.Errorf("stderr = %q", stderr)
	}
	if !strings.Contains(stdout, "missed    a: summit EU+BR 2023") || !strings.Contains(stdout, "field     a:") {
		t.Errorf("-v output lacks the missed event or the wrong field:\n%s", stdout)
	}
	if _, _, code := runWithStdin(t, "", "eval", "--gold", gold, "--pages", pages, "--min-f1", "0.8"); code != 0 {
		t.Errorf("exit %d at --min-f1 0.8", code)
	}
}

func TestEvalErrors(t *testing.T) {
	gold, pages := evalCorpus(t)
	dir := t.TempDir()
	badGold := writeFile(t, dir, "bad.jsonl", `{"page": "a", "evnts": []}`+"\n")
	missingPage := writeFile(t, dir, "missing.jsonl", `{"page": "nope", "published": null, "events": []}`+"\n")
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no gold", []string{"eval", "--pages", pages}, exitConfig, "--gold"},
		{"bad min-f1", []string{"eval", "--gold", gold, "--pages", pages, "--min-f1", "2"}, exitConfig, "--min-f1"},
		{"pages not a dir", []string{"eval", "--gold", gold, "--pages", gold}, exitConfig, "not a directory"},
		{"bad gold", []string{"eval", "--gold", badGold, "--pages", pages}, exitFail, "evnts"},
		{"page missing", []string{"eval", "--gold", missingPage, "--pages", pages}, exitFail, "page not found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runWithStdin(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, stderr, tt.code, tt.msg)
			}
		})
	}
}
