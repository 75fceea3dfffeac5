package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runWithStdin runs the command line with stdin and returns its streams
// and exit status.
func runWithStdin(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	code = exitCode(err, &errb)
	return out.String(), errb.String(), code
}

func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

type extractLine struct {
	Type       string   `json:"type"`
	Series     string   `json:"series"`
	Partners   []string `json:"partners"`
	Start      string   `json:"start"`
	End        string   `json:"end"`
	Edition    int      `json:"edition"`
	Location   string   `json:"location"`
	Status     string   `json:"status"`
	Evidence   string   `json:"evidence"`
	Confidence float64  `json:"confidence"`
	URL        string   `json:"url"`
	File       string   `json:"file"`
}

// decodeLines checks that stdout is JSON lines and nothing else.
func decodeLines(t *testing.T, stdout string) []extractLine {
	t.Helper()
	var out []extractLine
	for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if l == "" {
			continue
		}
		var e extractLine
		dec := json.NewDecoder(strings.NewReader(l))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			t.Fatalf("stdout line %q is not an event: %v", l, err)
		}
		out = append(out, e)
	}
	return out
}

func TestExtractText(t *testing.T) {
	dir := t.TempDir()
	f := writeFile(t, dir, "note.txt", "EU and Japan hold cyber dialogue\n\n"+
		"The European Union and Japan held their 4th Cyber Dialogue on 24-25 March in Tokyo. "+
		"The 5th EU-Japan Cyber Dialogue will take place in Brussels next year.\n")
	stdout, stderr, code := runWithStdin(t, "", "extract", "--published", "2025-03-27", "--url", "https://example.test/a", f)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	evs := decodeLines(t, stdout)
	if len(evs) != 2 {
		t.Fatalf("got %d events: %s", len(evs), stdout)
	}
	e := evs[0]
	if e.Type != "dialogue" || strings.Join(e.Partners, ",") != "EU,JP" || e.Start != "2025-03-24" || e.End != "2025-03-25" ||
		e.Edition != 4 || e.Location != "Tokyo" || e.Status != "held" || e.URL != "https://example.test/a" || e.File != f ||
		e.Series == "" || e.Evidence == "" || e.Confidence <= 0 || e.Confidence > 1 {
		t.Errorf("first event = %+v", e)
	}
	if e2 := evs[1]; e2.Start != "2026" || e2.Edition != 5 || e2.Location != "Brussels" || e2.Status != "planned" {
		t.Errorf("second event = %+v", e2)
	}
}

func TestExtractStdinCorpusFormat(t *testing.T) {
	page := "URL: https://example.test/p\nPUBLISHED: 2023-04-20\nSOURCE: test\n\n" +
		"The EU-Japan summit is expected on 3 and 4 July.\n"
	stdout, stderr, code := runWithStdin(t, page, "extract", "-")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	evs := decodeLines(t, stdout)
	if len(evs) != 1 || evs[0].Start != "2023-07-03" || evs[0].End != "2023-07-04" || evs[0].Status != "planned" ||
		evs[0].URL != "https://example.test/p" || evs[0].File != "-" {
		t.Fatalf("events = %+v", evs)
	}
}

func TestExtractHTML(t *testing.T) {
	dir := t.TempDir()
	para := "<p>The Commission and the Government of Chile discussed digital trade, data flows and artificial intelligence " +
		"in a long and detailed exchange that covered many subjects of common interest.</p>"
	f := writeFile(t, dir, "page.html", `<!DOCTYPE html><html><head><title>EU and Chile hold second Digital Dialogue</title>
<meta property="article:published_time" content="2024-05-07T10:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>EU and Chile hold second Digital Dialogue</h1>
<p>The second EU-Chile Digital Dialogue took place in Santiago on 6 May 2024.</p>`+para+para+`</article>
<footer>Cookies policy</footer></body></html>`)
	stdout, stderr, code := runWithStdin(t, "", "extract", f)
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	evs := decodeLines(t, stdout)
	if len(evs) != 1 || evs[0].Type != "dialogue" || evs[0].Start != "2024-05-06" || evs[0].Edition != 2 || evs[0].Location != "Santiago" {
		t.Fatalf("events = %+v (stderr %s)", evs, stderr)
	}
}

func TestExtractErrors(t *testing.T) {
	dir := t.TempDir()
	ok := writeFile(t, dir, "ok.txt", "Nothing happened here.\n")
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no file", []string{"extract"}, exitConfig, "at least one FILE"},
		{"bad date", []string{"extract", "--published", "20-04-2023", ok}, exitConfig, "--published"},
		{"unknown flag", []string{"extract", "--nope", ok}, exitConfig, "nope"},
		{"missing file", []string{"extract", filepath.Join(dir, "missing.txt"), ok}, exitFail, "missing.txt"},
		{"bad lexicon", []string{"extract", "--lexicon", writeFile(t, dir, "lex.yaml", "typez: []\n"), ok}, exitConfig, "typez"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runWithStdin(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, stderr, tt.code, tt.msg)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
		})
	}
}
