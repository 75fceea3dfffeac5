package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/sink"
)

const eventsSynopsis = "[--data DIR | --db FILE] [--partner CN]... [--type dialogue] [--since 2023-01-01] [--until DATE] " +
	"[--status held|planned|unknown] [--source NAME] [--search TEXT] [--limit N] [--format table|csv|json]"

// cmdEvents lists stored events for analysts, newest first. The JSON format
// is one array of event objects with their mentions (url, evidence, ...).
func cmdEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "events", eventsSynopsis)
	data := fs.String("data", "./data", "data directory holding "+sink.FileName)
	dbFile := fs.String("db", "", "database file (instead of DIR/"+sink.FileName+")")
	var partners listFlag
	fs.Var(&partners, "partner", "partner code such as CN, JP, EU, ASEAN (repeatable or comma-separated; all must be partners)")
	typ := fs.String("type", "", "event type: dialogue, summit, council, ministerial meeting, working group, task force, forum, signing, launch")
	since := fs.String("since", "", "events overlapping this date or later: YYYY, YYYY-MM or YYYY-MM-DD")
	until := fs.String("until", "", "events overlapping this date or earlier: YYYY, YYYY-MM or YYYY-MM-DD")
	status := fs.String("status", "", "held, planned or unknown")
	source := fs.String("source", "", "events reported by this source")
	search := fs.String("search", "", "text in the series, place, evidence, or full text of a reporting article")
	limit := fs.Int("limit", 0, "at most N events (0: all)")
	format := fs.String("format", "table", "output: table, csv or json (an array of events with their mentions)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("events: unexpected argument %q", fs.Arg(0))
	}
	var write func(io.Writer, []sink.Event) error
	switch *format {
	case "table":
		write = writeEventsTable
	case "csv":
		write = writeEventsCSV
	case "json":
		write = writeEventsJSON
	default:
		return usagef("events: --format: want table, csv or json, got %q", *format)
	}
	for _, p := range partners {
		if !validPartner(p) {
			return usagef("events: --partner %q: want a code such as CN, EU or ASEAN", p)
		}
	}
	f := sink.Filter{
		Partners: partners, Type: strings.TrimSpace(*typ), Since: strings.TrimSpace(*since),
		Until: strings.TrimSpace(*until), Status: strings.ToLower(strings.TrimSpace(*status)),
		Source: strings.TrimSpace(*source), Search: *search, Limit: *limit,
	}
	if err := f.Validate(); err != nil {
		return usagef("events: --%v", err)
	}

	path := *dbFile
	if path == "" {
		path = filepath.Join(*data, sink.FileName)
	}
	db, err := sink.OpenReadOnly(ctx, path)
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("events: no database at %s; run `dialoguewatch run` first", path)
	}
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	defer db.Close()

	if f.Type != "" {
		if err := checkType(ctx, e, db, f.Type); err != nil {
			return err
		}
	}
	evs, err := db.Events(ctx, f)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	if len(evs) == 0 && len(partners) > 0 {
		hintPartners(ctx, e, db, partners)
	}
	return write(e.stdout, evs)
}

// validPartner accepts codes and organisation names: letters, digits,
// spaces, dots and hyphens.
func validPartner(p string) bool {
	if strings.TrimSpace(p) == "" {
		return false
	}
	for _, r := range p {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// checkType accepts the shipped taxonomy and any type already stored (a
// custom lexicon may add types).
func checkType(ctx context.Context, e *env, db *sink.DB, typ string) error {
	known, err := db.Types(ctx)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	if lex, err := config.LoadLexicon(); err == nil {
		known = append(known, lex.Types...)
	} else {
		e.log.Debug("events: shipped lexicon not loaded; checking --type against the database only", "err", err)
	}
	slices.Sort(known)
	known = slices.Compact(known)
	want := strings.ToLower(strings.Join(strings.Fields(typ), " "))
	if !slices.Contains(known, want) {
		return usagef("events: --type %q: want one of %s", typ, strings.Join(known, ", "))
	}
	return nil
}

// hintPartners says on stderr which --partner values no event has, since
// an empty result is otherwise indistinguishable from a typo ("CHINA").
func hintPartners(ctx context.Context, e *env, db *sink.DB, partners []string) {
	have, err := db.Partners(ctx)
	if err != nil {
		return
	}
	for _, p := range partners {
		if !slices.Contains(have, strings.ToUpper(strings.TrimSpace(p))) {
			fmt.Fprintf(e.stderr, "events: no event has partner %q (partners in the database: %s)\n", p, strings.Join(have, ", "))
		}
	}
}

// Table layout: lines fit in tableWidth columns. When the source URL would
// get fewer than minURL columns, series, place and partners give way (down
// to their min), and the URL takes what is left.
const (
	tableWidth = 120
	minURL     = 20
)

type column struct {
	title    string
	max, min int // truncate values to max runes with …, and to min when space is short; 0: never
	right    bool
}

// writeEventsTable prints events as aligned columns readable in 120
// columns: long series and places are cut with …, and the source URL
// (the latest report, "+N" when there are more) is shortened in the middle
// when the line would be longer. csv and json carry the full values.
func writeEventsTable(w io.Writer, evs []sink.Event) error {
	if len(evs) == 0 {
		_, err := fmt.Fprintln(w, "no events")
		return err
	}
	cols := []column{
		{"type", 19, 0, false}, {"series", 30, 20, false}, {"partners", 14, 8, false}, {"start", 10, 0, false},
		{"end", 10, 0, false}, {"round", 5, 0, true}, {"place", 14, 8, false}, {"status", 7, 0, false},
		{"source", 0, 0, false},
	}
	rows := make([][]string, 0, len(evs))
	for _, ev := range evs {
		rows = append(rows, []string{
			ev.Type, ev.Series, strings.Join(ev.Partners, ","), ev.Start, ev.End, ordinal(ev.Edition),
			ev.Location, ev.Status, sourceCell(ev),
		})
	}
	widths := make([]int, len(cols))
	for i, c := range cols {
		widths[i] = utf8.RuneCountInString(c.title)
		for _, r := range rows {
			if r[i] == "" {
				r[i] = "-"
			}
			if c.max > 0 {
				r[i] = truncate(r[i], c.max)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(r[i]))
		}
	}
	last := len(cols) - 1
	used := 0
	for _, wd := range widths[:last] {
		used += wd + 2
	}
	for _, i := range []int{1, 6, 2} { // series, place, partners
		over := used + minURL - tableWidth
		if over <= 0 || widths[i] <= cols[i].min {
			continue
		}
		cut := min(over, widths[i]-cols[i].min)
		widths[i] -= cut
		used -= cut
		for _, r := range rows {
			r[i] = truncate(r[i], widths[i])
		}
	}
	urlWidth := max(tableWidth-used, 12)
	var b strings.Builder
	line := func(cells []string) {
		b.Reset()
		for i, s := range cells {
			if i == last {
				// Shorten the URL, not the count of other reports.
				u, more, _ := strings.Cut(s, " ")
				if more != "" {
					more = " " + more
				}
				b.WriteString(shortenMiddle(u, urlWidth-utf8.RuneCountInString(more)) + more)
				break
			}
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(s))
			if cols[i].right {
				b.WriteString(pad + s)
			} else {
				b.WriteString(s + pad)
			}
			b.WriteString("  ")
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	titles := make([]string, len(cols))
	for i, c := range cols {
		titles[i] = c.title
	}
	line(titles)
	for _, r := range rows {
		line(r)
	}
	return nil
}

// sourceCell is the latest mention's URL without its scheme, with the
// number of other mentions.
func sourceCell(ev sink.Event) string {
	if len(ev.Mentions) == 0 {
		return ""
	}
	u := ev.Mentions[len(ev.Mentions)-1].URL
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	u = strings.TrimPrefix(u, "www.")
	if n := len(ev.Mentions) - 1; n > 0 {
		u += fmt.Sprintf(" (+%d)", n)
	}
	return u
}

// truncate cuts s to n runes, ending with …
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

// shortenMiddle cuts s to n runes keeping both ends (host and slug of a URL).
func shortenMiddle(s string, n int) string {
	r := []rune(s)
	if len(r) <= n || n < 3 {
		return s
	}
	head := (n - 1) / 2
	tail := n - 1 - head
	return string(r[:head]) + "…" + string(r[len(r)-tail:])
}

// ordinal writes a round as "1st", "2nd", "11th", "23rd"; 0 is unknown.
func ordinal(n int) string {
	if n <= 0 {
		return ""
	}
	suffix := "th"
	switch n % 100 {
	case 11, 12, 13:
	default:
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// writeEventsCSV writes one row per event with a header; partners are
// separated by ";", and the first and latest report are given.
func writeEventsCSV(w io.Writer, evs []sink.Event) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "type", "series", "partners", "start", "end", "edition", "location", "status",
		"confidence", "backfill", "first_seen", "last_updated", "mentions", "first_url", "last_url", "last_evidence"})
	for _, ev := range evs {
		var first, last sink.Mention
		if n := len(ev.Mentions); n > 0 {
			first, last = ev.Mentions[0], ev.Mentions[n-1]
		}
		edition := ""
		if ev.Edition > 0 {
			edition = strconv.Itoa(ev.Edition)
		}
		cw.Write([]string{
			strconv.FormatInt(ev.ID, 10), ev.Type, ev.Series, strings.Join(ev.Partners, ";"), ev.Start, ev.End,
			edition, ev.Location, ev.Status, strconv.FormatFloat(ev.Confidence, 'f', -1, 64),
			strconv.FormatBool(ev.Backfill), formatUTC(ev.FirstSeen), formatUTC(ev.LastUpdated),
			strconv.Itoa(len(ev.Mentions)), first.URL, last.URL, last.Evidence,
		})
	}
	cw.Flush()
	return cw.Error()
}

func formatUTC(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// writeEventsJSON writes one indented JSON array of events, each with its
// mentions.
func writeEventsJSON(w io.Writer, evs []sink.Event) error {
	if evs == nil {
		evs = []sink.Event{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(evs)
}
