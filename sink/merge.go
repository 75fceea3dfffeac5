package sink

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// One event, many mentions.
//
// A mention (one event as one article reports it) joins an existing event
// when they have the same type and the same partner set (the lookup key), and
//
//   - their series are compatible: after normalisation (case, punctuation,
//     "the", "EU", "European", "Sino", a few linking words) one's words are a
//     subset of the other's, or one is empty; and
//   - they are the same round: equal editions when both have one (different
//     editions are different rounds whatever the dates say); otherwise the
//     same place when both name one, and start dates equal at the coarser
//     precision; when a start date is missing on either side, both series
//     and both locations must be present and match.
//
// Among several matching events the best (same edition, then dates, then
// identical series) and then the oldest wins, so the choice is
// deterministic. The event's fields are the fold (combine) of its mentions in
// the order they were stored; that is also how an event is recomputed when
// an article changes and its old mentions go.

// fields are the mergeable fields of an event or of one mention.
type fields struct {
	Series     string
	Start, End string
	Edition    int
	Location   string
	Status     string
	Confidence float64
}

// statusRank orders statuses: a held report beats a planned one, which beats
// unknown. An event once reported held stays held.
func statusRank(s string) int {
	switch s {
	case wire.StatusHeld:
		return 2
	case wire.StatusPlanned:
		return 1
	}
	return 0
}

// match reports whether mention m belongs to event e (already known to have
// the same type and partners) and how well, for choosing among candidates.
func match(e, m fields) (ok bool, score int) {
	se, sm := seriesWords(e.Series), seriesWords(m.Series)
	if !wordsCompatible(se, sm) {
		return false, 0
	}
	if len(se) > 0 && slices.Equal(se, sm) {
		score++
	}
	if e.Edition > 0 && m.Edition > 0 {
		if e.Edition != m.Edition {
			return false, 0
		}
		score += 8
	}
	// Two places are two meetings ("met in Brussels on 3 June; its next
	// meeting is planned in New Delhi" in the same year), unless the same
	// edition says the venue changed.
	if e.Location != "" && m.Location != "" && !strings.EqualFold(e.Location, m.Location) && score < 8 {
		return false, 0
	}
	if e.Start != "" && m.Start != "" {
		if !sameAtCoarser(e.Start, m.Start) {
			return score >= 8, score // the same edition wins over dates (a postponed round)
		}
		score += 2 * min(precision(e.Start), precision(m.Start))
		return true, score
	}
	if score >= 8 {
		return true, score
	}
	// A date is missing: only the same named series at the same place is
	// evidence enough.
	if len(se) > 0 && len(sm) > 0 && e.Location != "" && strings.EqualFold(e.Location, m.Location) {
		return true, score + 1
	}
	return false, 0
}

// combine folds mention m into event e. It is applied in mention order.
func combine(e, m fields) fields {
	out := e
	// The held report is the authority on when and where a round took place.
	mWins := statusRank(m.Status) == 2 && statusRank(e.Status) < 2
	eWins := statusRank(e.Status) == 2 && statusRank(m.Status) < 2

	switch {
	case m.Start == "":
	case e.Start == "":
		out.Start, out.End = m.Start, m.End
	case sameAtCoarser(e.Start, m.Start):
		if precision(m.Start) > precision(e.Start) {
			out.Start = m.Start
		}
		out.End = combineDate(e.End, m.End, mWins)
	case eWins:
	default: // merged by edition with other dates: a postponed round, or a later report
		out.Start, out.End = m.Start, m.End
	}

	if out.Edition == 0 {
		out.Edition = m.Edition
	}
	switch {
	case m.Location == "":
	case out.Location == "", mWins:
		out.Location = m.Location
	}
	// The more specific name: more words, or the same words said at more
	// length ("Sino-European Cyber Dialogue" over "Cyber Dialogue").
	if ws, we := seriesWords(m.Series), seriesWords(e.Series); e.Series == "" || wordsSuperset(ws, we) ||
		(slices.Equal(ws, we) && utf8.RuneCountInString(m.Series) > utf8.RuneCountInString(e.Series)) {
		out.Series = m.Series
	}
	if statusRank(m.Status) > statusRank(e.Status) {
		out.Status = m.Status
	}
	out.Confidence = max(e.Confidence, m.Confidence)
	return out
}

// combineDate merges two optional partial dates of the same thing: the finer
// of two compatible ones, else the authority's.
func combineDate(a, b string, bWins bool) string {
	switch {
	case b == "":
		return a
	case a == "":
		return b
	case sameAtCoarser(a, b):
		if precision(b) > precision(a) {
			return b
		}
		return a
	case bWins:
		return b
	}
	return a
}

// fold computes an event's fields from its mentions in order.
func fold(ms []fields) fields {
	if len(ms) == 0 {
		return fields{}
	}
	e := ms[0]
	for _, m := range ms[1:] {
		e = combine(e, m)
	}
	return e
}

// seriesStop are words that do not distinguish one series from another:
// the EU side is implied, and "EU-Japan X" is "Japan-EU X" is "X".
func seriesStop(w string) bool {
	switch w {
	case "the", "a", "an", "of", "and", "with", "between", "on", "for",
		"eu", "european", "union", "sino":
		return true
	}
	return false
}

// seriesWords normalises a series name to its sorted distinctive words.
func seriesWords(s string) []string {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := ws[:0]
	for _, w := range ws {
		if !seriesStop(w) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// wordsCompatible: one empty, or one's words a subset of the other's.
func wordsCompatible(a, b []string) bool {
	return len(a) == 0 || len(b) == 0 || slices.Equal(a, b) || wordsSuperset(a, b) || wordsSuperset(b, a)
}

// wordsSuperset reports whether sorted a strictly contains sorted b.
func wordsSuperset(a, b []string) bool {
	if len(a) <= len(b) {
		return false
	}
	for _, w := range b {
		if _, ok := slices.BinarySearch(a, w); !ok {
			return false
		}
	}
	return true
}

// normEvent validates and normalises an extracted event. It returns the
// partner list (sorted, deduplicated) and the lookup key, or a reason to
// skip the event.
func normEvent(ev wire.Event) (typ string, partners []string, key string, f fields, reason string) {
	typ = strings.ToLower(strings.Join(strings.Fields(ev.Type), " "))
	if typ == "" {
		return "", nil, "", fields{}, "no type"
	}
	seen := map[string]bool{}
	for _, p := range ev.Partners {
		p = strings.Join(strings.Fields(p), " ")
		if p == "" {
			continue
		}
		if utf8.RuneCountInString(p) <= 3 || !strings.Contains(p, " ") {
			p = strings.ToUpper(p) // codes and acronyms: "cn", "Asean"
		}
		if !seen[strings.ToUpper(p)] {
			seen[strings.ToUpper(p)] = true
			partners = append(partners, p)
		}
	}
	if len(partners) == 0 {
		return "", nil, "", fields{}, "no partners"
	}
	slices.SortFunc(partners, func(a, b string) int { return strings.Compare(strings.ToUpper(a), strings.ToUpper(b)) })
	key = strings.ToUpper(strings.Join(partners, ","))

	f = fields{
		Series:     strings.Join(strings.Fields(ev.Series), " "),
		Start:      strings.TrimSpace(ev.Start),
		End:        strings.TrimSpace(ev.End),
		Edition:    max(ev.Edition, 0),
		Location:   strings.Join(strings.Fields(ev.Location), " "),
		Status:     strings.ToLower(strings.TrimSpace(ev.Status)),
		Confidence: ev.Confidence,
	}
	if precision(f.Start) == precNone {
		f.Start = ""
	}
	if precision(f.End) == precNone || f.Start == "" || f.End < f.Start[:min(len(f.Start), len(f.End))] {
		f.End = "" // an end without a start, or before it, is noise
	}
	if f.End == f.Start {
		f.End = ""
	}
	switch f.Status {
	case wire.StatusHeld, wire.StatusPlanned:
	default:
		f.Status = wire.StatusUnknown
	}
	return typ, partners, key, f, ""
}
