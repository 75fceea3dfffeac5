// Package eval scores extracted events against hand-made gold annotations
// in the corpus format (../shared/corpus/README.md): gold.jsonl with one
// object per page, pages as NAME.txt (header, blank line, text) or
// NAME.html. Matching is one-to-one within a page: same type, same partner
// set, compatible start dates (equal at the coarser precision; both null
// also match). Events get precision, recall and F1; matched pairs get the
// accuracy of start, end, edition, location and status.
package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dialoguewatch/dialoguewatch/extractor"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

// Page is one gold line: a page and its events.
type Page struct {
	Name      string
	Published string // YYYY-MM-DD or "" (null)
	Events    []Event
}

// Event is an event as scored: gold or predicted. Empty strings and a zero
// edition stand for null.
type Event struct {
	Type     string
	Series   string
	Partners []string
	Start    string
	End      string
	Edition  int
	Location string
	Status   string
	Evidence string
}

// FromWire converts extracted events.
func FromWire(evs []wire.Event) []Event {
	out := make([]Event, 0, len(evs))
	for _, e := range evs {
		out = append(out, Event{Type: e.Type, Series: e.Series, Partners: e.Partners, Start: e.Start, End: e.End,
			Edition: e.Edition, Location: e.Location, Status: e.Status, Evidence: e.Evidence})
	}
	return out
}

type goldLine struct {
	Page      string      `json:"page"`
	Published *string     `json:"published"`
	Events    []goldEvent `json:"events"`
}

type goldEvent struct {
	Type     string   `json:"type"`
	Series   *string  `json:"series"`
	Partners []string `json:"partners"`
	Start    *string  `json:"start"`
	End      *string  `json:"end"`
	Edition  *int     `json:"edition"`
	Location *string  `json:"location"`
	Status   string   `json:"status"`
	Evidence string   `json:"evidence"`
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// ReadGold reads gold.jsonl. name is used in errors.
func ReadGold(r io.Reader, name string) ([]Page, error) {
	var pages []Page
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	n := 0
	seen := map[string]bool{}
	for sc.Scan() {
		n++
		b := strings.TrimSpace(sc.Text())
		if b == "" {
			continue
		}
		var gl goldLine
		dec := json.NewDecoder(strings.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&gl); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if gl.Page == "" {
			return nil, fmt.Errorf("%s:%d: no page name", name, n)
		}
		if seen[gl.Page] {
			return nil, fmt.Errorf("%s:%d: page %q listed twice", name, n, gl.Page)
		}
		seen[gl.Page] = true
		p := Page{Name: gl.Page, Published: str(gl.Published)}
		for _, ge := range gl.Events {
			e := Event{Type: ge.Type, Series: str(ge.Series), Partners: ge.Partners, Start: str(ge.Start),
				End: str(ge.End), Location: str(ge.Location), Status: ge.Status, Evidence: ge.Evidence}
			if ge.Edition != nil {
				e.Edition = *ge.Edition
			}
			p.Events = append(p.Events, e)
		}
		pages = append(pages, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return pages, nil
}

// ErrNoPage is returned when neither NAME.txt nor NAME.html exists.
var ErrNoPage = errors.New("page not found")

// LoadPage reads a page of the corpus: DIR/NAME.txt in the corpus format,
// or else DIR/NAME.html through extractor.ParseHTML. The gold's publication
// date fills in when the page states none.
func LoadPage(dir string, p Page) (extractor.Document, error) {
	base := filepath.Join(dir, filepath.FromSlash(p.Name))
	if b, err := os.ReadFile(base + ".txt"); err == nil {
		doc := extractor.ParseText(b, "")
		if doc.Published == "" {
			doc.Published = p.Published
		}
		return doc, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return extractor.Document{}, fmt.Errorf("load page %s: %w", p.Name, err)
	}
	b, err := os.ReadFile(base + ".html")
	if errors.Is(err, os.ErrNotExist) {
		return extractor.Document{}, fmt.Errorf("load page %s: %w (no %s.txt or .html)", p.Name, ErrNoPage, base)
	}
	if err != nil {
		return extractor.Document{}, fmt.Errorf("load page %s: %w", p.Name, err)
	}
	doc, err := extractor.ParseHTML(b, "")
	if err != nil && !errors.Is(err, extractor.ErrNoText) {
		return extractor.Document{}, fmt.Errorf("load page %s: %w", p.Name, err)
	}
	if doc.Published == "" {
		doc.Published = p.Published
	}
	return doc, nil
}

// Fields scored on matched pairs, in report order.
var Fields = []string{"start", "end", "edition", "location", "status"}

// PageResult is the scoring of one page.
type PageResult struct {
	Page     string
	Gold     []Event
	Pred     []Event
	Pairs    [][2]int // gold index, predicted index
	Missed   []int    // gold indexes without a match
	Spurious []int    // predicted indexes without a match
}

// Report is the scoring of a corpus.
type Report struct {
	Pages   []PageResult
	Gold    int
	Pred    int
	Matched int
	Correct map[string]int // field → matched pairs where it agrees
}

// Precision is matched / predicted (1 when nothing was predicted).
func (r *Report) Precision() float64 { return ratio(r.Matched, r.Pred) }

// Recall is matched / gold (1 when there is no gold event).
func (r *Report) Recall() float64 { return ratio(r.Matched, r.Gold) }

// F1 is the harmonic mean of precision and recall.
func (r *Report) F1() float64 {
	p, rc := r.Precision(), r.Recall()
	if p+rc == 0 {
		return 0
	}
	return 2 * p * rc / (p + rc)
}

// Accuracy of a field on matched pairs (1 when nothing matched).
func (r *Report) Accuracy(field string) float64 { return ratio(r.Correct[field], r.Matched) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Score matches predictions to gold page by page. pred is keyed by page
// name; a gold page missing from pred counts as predicting nothing.
func Score(gold []Page, pred map[string][]Event) Report {
	rep := Report{Correct: map[string]int{}}
	for _, g := range gold {
		pr := PageResult{Page: g.Name, Gold: g.Events, Pred: pred[g.Name]}
		pr.Pairs = match(pr.Gold, pr.Pred)
		gm := make([]bool, len(pr.Gold))
		pm := make([]bool, len(pr.Pred))
		for _, p := range pr.Pairs {
			gm[p[0]], pm[p[1]] = true, true
			ge, pe := pr.Gold[p[0]], pr.Pred[p[1]]
			for _, f := range Fields {
				if FieldEqual(f, ge, pe) {
					rep.Correct[f]++
				}
			}
		}
		for i, ok := range gm {
			if !ok {
				pr.Missed = append(pr.Missed, i)
			}
		}
		for i, ok := range pm {
			if !ok {
				pr.Spurious = append(pr.Spurious, i)
			}
		}
		rep.Gold += len(pr.Gold)
		rep.Pred += len(pr.Pred)
		rep.Matched += len(pr.Pairs)
		rep.Pages = append(rep.Pages, pr)
	}
	return rep
}

// Matches reports whether a predicted event can be paired with a gold one.
func Matches(g, p Event) bool {
	return g.Type == p.Type && sameSet(g.Partners, p.Partners) && CompatibleDates(g.Start, p.Start)
}

// CompatibleDates: equal at the coarser of the two precisions; both empty
// also match, one empty does not.
func CompatibleDates(a, b string) bool {
	if a == "" || b == "" {
		return a == b
	}
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	return a[:n] == b[:n]
}

// FieldEqual compares one scored field exactly (location ignoring case).
func FieldEqual(field string, g, p Event) bool {
	switch field {
	case "start":
		return g.Start == p.Start
	case "end":
		return g.End == p.End
	case "edition":
		return g.Edition == p.Edition
	case "location":
		return strings.EqualFold(g.Location, p.Location)
	case "status":
		return g.Status == p.Status
	}
	return false
}

func sameSet(a, b []string) bool {
	x := append([]string(nil), a...)
	y := append([]string(nil), b...)
	sort.Strings(x)
	sort.Strings(y)
	x, y = dedupe(x), dedupe(y)
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}

func dedupe(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// match is a maximum one-to-one matching (augmenting paths); among the
// candidates of a gold event those agreeing on more fields are tried first,
// so ties go to the better pair.
func match(gold, pred []Event) [][2]int {
	cand := make([][]int, len(gold))
	for i, g := range gold {
		for j, p := range pred {
			if Matches(g, p) {
				cand[i] = append(cand[i], j)
			}
		}
		agree := func(j int) int {
			n := 0
			for _, f := range Fields {
				if FieldEqual(f, g, pred[j]) {
					n++
				}
			}
			return n
		}
		sort.SliceStable(cand[i], func(a, b int) bool { return agree(cand[i][a]) > agree(cand[i][b]) })
	}
	owner := make([]int, len(pred))
	for j := range owner {
		owner[j] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for _, j := range cand[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if owner[j] < 0 || try(owner[j], seen) {
				owner[j] = i
				return true
			}
		}
		return false
	}
	for i := range gold {
		try(i, make([]bool, len(pred)))
	}
	var pairs [][2]int
	for j, i := range owner {
		if i >= 0 {
			pairs = append(pairs, [2]int{i, j})
		}
	}
	sort.Slice(pairs, func(a, b int) bool { return pairs[a][0] < pairs[b][0] })
	return pairs
}

// WriteDetails lists every missed and spurious event with its page, and
// the fields that differ on matched pairs.
func (r *Report) WriteDetails(w io.Writer) {
	for _, pr := range r.Pages {
		for _, i := range pr.Missed {
			fmt.Fprintf(w, "missed    %s: %s\n", pr.Page, describe(pr.Gold[i]))
		}
		for _, j := range pr.Spurious {
			fmt.Fprintf(w, "spurious  %s: %s\n", pr.Page, describe(pr.Pred[j]))
		}
		for _, p := range pr.Pairs {
			g, e := pr.Gold[p[0]], pr.Pred[p[1]]
			var diffs []string
			for _, f := range Fields {
				if !FieldEqual(f, g, e) {
					diffs = append(diffs, fmt.Sprintf("%s %s≠%s", f, fieldValue(f, e), fieldValue(f, g)))
				}
			}
			if len(diffs) > 0 {
				fmt.Fprintf(w, "field     %s: %s: %s (got≠gold)\n", pr.Page, describe(g), strings.Join(diffs, ", "))
			}
		}
	}
}

func fieldValue(f string, e Event) string {
	var v string
	switch f {
	case "start":
		v = e.Start
	case "end":
		v = e.End
	case "edition":
		if e.Edition != 0 {
			v = fmt.Sprint(e.Edition)
		}
	case "location":
		v = e.Location
	case "status":
		v = e.Status
	}
	if v == "" {
		return "null"
	}
	return v
}

func describe(e Event) string {
	s := fmt.Sprintf("%s %s %s", e.Type, strings.Join(e.Partners, "+"), orNull(e.Start))
	if e.End != "" {
		s += ".." + e.End
	}
	if e.Edition != 0 {
		s += fmt.Sprintf(" #%d", e.Edition)
	}
	if e.Location != "" {
		s += " @" + e.Location
	}
	s += " " + e.Status
	if e.Series != "" {
		s += fmt.Sprintf(" %q", e.Series)
	}
	ev := e.Evidence
	if len(ev) > 90 {
		ev = ev[:87] + "..."
	}
	return s + " — " + ev
}

func orNull(s string) string {
	if s == "" {
		return "null"
	}
	return s
}

// WriteTable prints the compact score table: eight lines, the events line
// then one per field.
func (r *Report) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "%-9s %6s %6s %7s %9s %7s %6s\n", "", "gold", "pred", "matched", "precision", "recall", "f1")
	fmt.Fprintf(w, "%-9s %6d %6d %7d %9.3f %7.3f %6.3f\n", "events", r.Gold, r.Pred, r.Matched, r.Precision(), r.Recall(), r.F1())
	fmt.Fprintf(w, "%-9s %6s %6s  (on %d matched pairs, %d pages)\n", "field", "right", "acc", r.Matched, len(r.Pages))
	for _, f := range Fields {
		fmt.Fprintf(w, "%-9s %6d %6.3f\n", f, r.Correct[f], r.Accuracy(f))
	}
}
