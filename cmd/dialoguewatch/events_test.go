package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dialoguewatch/dialoguewatch/sink"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// eventsDB writes a database of a few articles from three sources and
// returns its path.
func eventsDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), sink.FileName)
	db, err := sink.Open(t.Context(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	at := time.Date(2024, 5, 2, 8, 0, 0, 0, time.UTC)
	rec := func(source, url string, minutes int, evs ...wire.Event) *wire.Record {
		return &wire.Record{
			Source: source, RunID: source + "-run", URL: url, FinalURL: url, Title: "About " + url,
			FetchedAt: at.Add(time.Duration(minutes) * time.Minute), ContentHash: wire.Hash([]byte(url)),
			Published: "2024-05-01", Lang: "en", Text: "Text of " + url + ", on cyber security and trade.",
			Events: evs, Extractor: "rules/1",
		}
	}
	_, err = db.Apply(t.Context(), []*wire.Record{
		rec("eeas", "https://www.eeas.europa.eu/eeas/seventh-sino-european-cyber-dialogue_en", 0,
			wire.Event{Type: "dialogue", Series: "Sino-European Cyber Dialogue", Partners: []string{"EU", "CN"},
				Start: "2018-04-12", End: "2018-04-13", Edition: 7, Location: "Geneva", Status: "held", Confidence: 0.9,
				Evidence: "The seventh meeting of the Sino-European Cyber Dialogue (SECD) was convened on 12 and 13 April in Geneva, Switzerland."}),
		rec("commission", "https://ec.europa.eu/commission/presscorner/detail/en/ip_24_2345", 1,
			wire.Event{Type: "council", Series: "EU-Japan Digital Partnership Council", Partners: []string{"EU", "JP"},
				Start: "2024-04-30", Edition: 2, Location: "Brussels", Status: "held", Confidence: 0.95,
				Evidence: "The EU and Japan held their second Digital Partnership Council on 30 April 2024 in Brussels."},
			wire.Event{Type: "council", Series: "Trade and Technology Council", Partners: []string{"EU", "IN"},
				Start: "2024", Status: "planned", Confidence: 0.7,
				Evidence: "The next Trade and Technology Council is expected in 2024."}),
		rec("hcss", "https://hcss.nl/report/eu-china-cyber-relations/", 2,
			wire.Event{Type: "dialogue", Series: "EU-China Cyber Dialogue", Partners: []string{"CN", "EU"},
				Start: "2018-04", Edition: 7, Status: "held", Confidence: 0.8,
				Evidence: "In April 2018 the seventh round of the cyber dialogue took place."},
			wire.Event{Type: "dialogue", Series: "EU - China High Level Economic and Trade Dialogue", Partners: []string{"EU", "CN"},
				Start: "2015", Status: "held", Confidence: 0.6,
				Evidence: "Through the 2015 EU - China High Level Economic and Trade Dialogue"}),
		rec("eeas", "https://www.eeas.europa.eu/delegations/south-korea/eu-republic-korea-third-high-level-dialogue-cyber-security-and-emerging-technologies-cooperation_en", 3,
			wire.Event{Type: "dialogue", Series: "EU-Republic of Korea High-Level Dialogue on Cyber Security and Emerging Technologies Cooperation",
				Partners: []string{"EU", "KR"}, Start: "2025-03", Edition: 3, Location: "Seoul", Status: "planned", Confidence: 0.85,
				Evidence: "The third round will take place in Seoul in March 2025."}),
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// runEvents runs `dialoguewatch events args...` and returns stdout, stderr
// and the exit status.
func runEvents(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), append([]string{"events"}, args...), strings.NewReader(""), &out, &errb)
	code = exitCode(err, &errb)
	return out.String(), errb.String(), code
}

func TestEventsGolden(t *testing.T) {
	db := eventsDB(t)
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"table", nil},
		{"csv", []string{"--format", "csv"}},
		{"json", []string{"--format", "json"}},
		{"table_china_since", []string{"--partner", "cn", "--since", "2018-04-13"}},
		{"table_partners_all", []string{"--partner", "EU,JP"}},
		{"table_council_planned", []string{"--type", "council", "--status", "planned"}},
		{"csv_source_search", []string{"--source", "hcss", "--search", "economic", "--format", "csv"}},
		{"table_until_limit", []string{"--until", "2018", "--limit", "1"}},
		{"table_none", []string{"--since", "2030"}},
		{"json_none", []string{"--since", "2030", "--format", "json"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, code := runEvents(t, append([]string{"--db", db}, tc.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			ext := ".txt"
			switch {
			case strings.HasPrefix(tc.name, "csv"):
				ext = ".csv"
			case strings.HasPrefix(tc.name, "json"):
				ext = ".json"
				var v []map[string]any
				if err := json.Unmarshal([]byte(stdout), &v); err != nil {
					t.Errorf("output is not a JSON array: %v", err)
				}
			default:
				for _, l := range strings.Split(stdout, "\n") {
					if n := utf8.RuneCountInString(l); n > tableWidth {
						t.Errorf("line of %d columns: %s", n, l)
					}
				}
			}
			golden(t, filepath.Join("testdata", "events", tc.name+ext), stdout)
		})
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test -update rewrites it):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestEventsUsageErrors(t *testing.T) {
	db := eventsDB(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--since", "2023-13"}, `since: bad date "2023-13"`},
		{[]string{"--until", "yesterday"}, `until: bad date "yesterday"`},
		{[]string{"--since", "2024", "--until", "2023-06"}, "since 2024 is after until 2023-06"},
		{[]string{"--status", "done"}, "status: want held, planned or unknown"},
		{[]string{"--format", "xml"}, "--format: want table, csv or json"},
		{[]string{"--limit", "-1"}, "limit"},
		{[]string{"--limit", "ten"}, "invalid value"},
		{[]string{"--partner", "C@N"}, `--partner "C@N"`},
		{[]string{"--type", "hackathon"}, `--type "hackathon": want one of`},
		{[]string{"extra"}, `unexpected argument "extra"`},
		{[]string{"--nope"}, "flag provided but not defined"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			stdout, stderr, code := runEvents(t, append([]string{"--db", db}, tc.args...)...)
			if code != exitConfig {
				t.Errorf("exit %d, want %d", code, exitConfig)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr %q does not say %q", stderr, tc.want)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
		})
	}
}

func TestEventsMissingDatabase(t *testing.T) {
	dir := t.TempDir()
	_, stderr, code := runEvents(t, "--data", dir)
	if code != exitFail {
		t.Errorf("exit %d, want %d", code, exitFail)
	}
	want := "no database at " + filepath.Join(dir, sink.FileName) + "; run `dialoguewatch run` first"
	if !strings.Contains(stderr, want) {
		t.Errorf("stderr %q does not say %q", stderr, want)
	}
	if _, err := os.Stat(filepath.Join(dir, sink.FileName)); err == nil {
		t.Error("events created a database")
	}
}

func TestEventsDataDir(t *testing.T) {
	db := eventsDB(t)
	stdout, stderr, code := runEvents(t, "--data", filepath.Dir(db), "--format", "csv", "--partner", "KR")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if lines := strings.Count(stdout, "\n"); lines != 2 {
		t.Errorf("got %d lines, want header and one event:\n%s", lines, stdout)
	}
}

func TestEventsUnknownPartnerHint(t *testing.T) {
	db := eventsDB(t)
	stdout, stderr, code := runEvents(t, "--db", db, "--partner", "CHINA")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if stdout != "no events\n" {
		t.Errorf("stdout = %q", stdout)
	}
	if !strings.Contains(stderr, `no event has partner "CHINA" (partners in the database: CN, EU, IN, JP, KR)`) {
		t.Errorf("stderr = %q", stderr)
	}
}

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{0: "", 1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 38: "38th", 101: "101st", 111: "111th"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

// The table stays within 120 columns even with long values everywhere.
func TestEventsTableWidth(t *testing.T) {
	long := strings.Repeat("x", 200)
	ev := sink.Event{Type: "ministerial meeting", Series: long, Partners: []string{"ASEAN", "EU", "JP", "KR", "US"},
		Start: "2024-04-30", End: "2024-05-01", Edition: 38, Location: long, Status: "planned",
		Mentions: []sink.Mention{{URL: "https://" + long}, {URL: "https://example.org/" + long}}}
	var b bytes.Buffer
	if err := writeEventsTable(&b, []sink.Event{ev}); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		if n := utf8.RuneCountInString(l); n > tableWidth {
			t.Errorf("line of %d columns: %s", n, l)
		}
	}
	if !strings.Contains(b.String(), "(+1)") {
		t.Errorf("the other mention is not counted:\n%s", b.String())
	}
}
