package extractor

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tables and agendas state events in cells and lines rather than in
// sentences: "Colombia | 9th | 3 Apr 2024 | Bogotá" under a header row
// "Partner | Round | Date | Venue", or "09:30 Brussels – 22nd meeting of
// the EU-Uzbekistan Cooperation Council" under the heading "Tuesday 3
// March". The rows are restated as the sentence they stand for, which the
// sentence rules then read; the event's evidence stays the row.

// column roles of a table, named by the words of its header row.
const (
	colNone = iota
	colPartner
	colRound
	colDate
	colPlace
	colEvent
	colYear  // a date split into a year and a month column
	colMonth // "2024 | November | ... | Summit (Tokyo)"
	colOther // a column the rows carry but no event needs: "Visitor"
)

var headerWords = map[string]int{
	"partner": colPartner, "partners": colPartner, "country": colPartner, "countries": colPartner,
	"partner country": colPartner, "with": colPartner, "counterpart": colPartner,
	"round": colRound, "edition": colRound, "session": colRound, "no.": colRound, "no": colRound, "#": colRound,
	"date": colDate, "dates": colDate, "when": colDate, "day": colDate,
	"place": colPlace, "venue": colPlace, "city": colPlace, "location": colPlace, "where": colPlace,
	"event": colEvent, "events": colEvent, "meeting": colEvent, "title": colEvent, "item": colEvent,
	"format": colEvent, "dialogue": colEvent, "overview": colEvent, "outcome": colEvent,
	"year": colYear, "month": colMonth,
	"visitor": colOther, "visitors": colOther, "remarks": colOther, "notes": colOther,
}

// splitCells cuts a row at " | ". It returns nil for a line with fewer
// than three cells.
func splitCells(l string) []string {
	if strings.Count(l, " | ") < 2 {
		return nil
	}
	cells := strings.Split(l, " | ")
	for i, c := range cells {
		cells[i] = strings.TrimSpace(strings.Trim(strings.TrimSpace(c), "|"))
	}
	return cells
}

// headerRoles maps a header row to column roles, or nil when a cell is
// no header word or the row names neither a date nor a round.
func headerRoles(cells []string) []int {
	roles := make([]int, len(cells))
	seen := map[int]bool{}
	for i, c := range cells {
		role, ok := headerWords[strings.ToLower(c)]
		if !ok || seen[role] && role != colOther {
			return nil
		}
		seen[role] = true
		roles[i] = role
	}
	if seen[colYear] {
		seen[colDate] = true
	}
	if !(seen[colDate] || seen[colRound]) || !(seen[colPartner] || seen[colEvent]) {
		return nil
	}
	return roles
}

// captionRoles maps the header row of a table that names no partner or
// event column ("Summit | Date | Venue | Main outcome"), whose caption
// says what the rows are: "Table 1. EU-China summits, 2013-2022". Other
// columns are carried along; a column headed by an event noun holds the
// round. A date and a round or a place are needed, so that a table of
// figures by year is no table of events.
func captionRoles(cells []string, kindWord func(string) bool) []int {
	roles := make([]int, len(cells))
	seen := map[int]bool{}
	for i, c := range cells {
		lc := strings.ToLower(c)
		role, ok := headerWords[lc]
		switch {
		case ok:
		case kindWord(lc):
			role = colRound
		default:
			role = colOther
		}
		if seen[role] && role != colOther {
			return nil
		}
		seen[role] = true
		roles[i] = role
	}
	if seen[colPartner] || seen[colEvent] || !(seen[colDate] || seen[colYear]) || !(seen[colRound] || seen[colPlace]) {
		return nil
	}
	return roles
}

// stripParens drops bracketed remarks of a cell: "April (date tbc)".
func stripParens(c string) (string, string) {
	i := strings.IndexByte(c, '(')
	if i < 0 {
		return c, ""
	}
	j := strings.IndexByte(c[i:], ')')
	if j < 0 {
		return strings.TrimSpace(c[:i]), ""
	}
	inner := strings.TrimSpace(c[i+1 : i+j])
	return strings.TrimSpace(c[:i] + " " + c[i+j+1:]), inner
}

// emptyCell: a dash or a placeholder.
func emptyCell(c string) bool {
	switch strings.ToLower(strings.Trim(c, " .")) {
	case "", "-", "–", "—", "n/a", "tbc", "tbd", "…", "...":
		return true
	}
	return false
}

// placeCell: a named place, not "videoconference" or "online".
func placeCell(c string) bool {
	if emptyCell(c) {
		return false
	}
	l := strings.ToLower(c)
	for _, w := range []string{"video", "online", "virtual", "remote", "tbc", "tbd", "hybrid"} {
		if strings.Contains(l, w) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(c)
	return unicode.IsUpper(r)
}

// ordinalText turns a round cell ("9th", "XII", "12", "second") into an
// ordinal word the sentence rules read; "" when the cell gives none.
func ordinalText(c string) string {
	c = strings.TrimSpace(c)
	if emptyCell(c) {
		return ""
	}
	n := 0
	if v, err := strconv.Atoi(c); err == nil {
		n = v
	} else if v := roman(strings.ToLower(c)); v > 0 && strings.ToUpper(c) == c {
		n = v
	}
	if n <= 0 {
		toks := tokenize(c, nil)
		if len(toks) == 0 || ordinalAt(toks, 0) <= 0 {
			return ""
		}
		return c
	}
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return strconv.Itoa(n) + suf
}

// datePhrase prefixes a date cell with its preposition: "on 3 March",
// "in April".
func datePhrase(d string) string {
	first := strings.ToLower(strings.Fields(d)[0])
	if _, ok := monthNames[first]; ok || len(first) == 4 && first[0] >= '1' && first[0] <= '2' {
		return "In " + d
	}
	return "On " + d
}

// tableKind finds the kind of event a partner table lists from the lines
// before it: "Selected human rights dialogues and consultations held in
// 2024" → "human rights dialogue". "" when none names one. The second
// result keeps the page's case ("EU-China summit"), for a caption that
// names the partners itself.
func (r *Rules) tableKind(lead []string) (string, string) {
	for i := len(lead) - 1; i >= 0; i-- {
		words := strings.Fields(lead[i])
		for k, w := range words {
			lw := strings.ToLower(strings.Trim(w, ".,:;"))
			if !r.plural[lw] && lw != "consultations" {
				continue
			}
			head := lw
			if r.plural[lw] {
				head = strings.TrimSuffix(lw, "s")
			}
			from := k
			for from > 0 && from > k-3 {
				m := strings.ToLower(words[from-1])
				if tableStop[m] || !isLetters(m) {
					break
				}
				from--
			}
			mods := make([]string, 0, k-from+1)
			for _, m := range words[from:k] {
				mods = append(mods, strings.ToLower(m))
			}
			cased := append(append([]string(nil), words[from:k]...), head)
			return strings.Join(append(mods, head), " "), strings.Join(cased, " ")
		}
	}
	return "", ""
}

var tableStop = map[string]bool{
	"selected": true, "the": true, "of": true, "all": true, "main": true, "key": true, "other": true,
	"following": true, "list": true, "table": true, "eu": true, "eu's": true, "its": true, "our": true,
	"and": true, "in": true, "with": true, "overview": true, "upcoming": true, "past": true, "recent": true,
}

func isLetters(s string) bool {
	for _, c := range s {
		if !unicode.IsLetter(c) && c != '-' {
			return false
		}
	}
	return s != ""
}

// pastOrFuture says whether a date cell lies after the publication date.
func (x *docState) future(d string) bool {
	if x.pub.y == 0 {
		return false
	}
	ms := parseDates(tokenize(datePhrase(d), nil), nil)
	if len(ms) == 0 {
		return false
	}
	s := ms[0].start
	if s.y == 0 {
		s.y = x.pub.y
	}
	return s.cmp(x.pub) > 0
}

// tableRow restates one row of a table as a sentence; "" when the row
// holds no event.
func (x *docState) tableRow(roles []int, cells []string, kind, caption string) string {
	var partner, paren, round, when, place, ev, year, month string
	for i, role := range roles {
		c, inner := stripParens(cells[i])
		switch role {
		case colPartner:
			partner, paren = c, inner
		case colRound:
			round = ordinalText(c)
		case colDate:
			if !emptyCell(c) {
				when = c
			}
		case colPlace:
			if placeCell(c) {
				place = c
			}
		case colEvent:
			ev = cells[i]
		case colYear:
			year = c
		case colMonth:
			month = c
		}
	}
	if year != "" && !emptyCell(year) {
		when = year
		if month != "" && !emptyCell(month) {
			when = month + " " + year
		}
		if ev != "" {
			// The event cell often lists more than one thing ("30th
			// Summit (Tokyo); launch of the ... Alliance"): it stays as
			// the page words it, under its date as a dated item.
			return when + ": " + strings.TrimSuffix(ev, ".") + "."
		}
	}
	if when == "" && round == "" && place == "" {
		return ""
	}
	var b strings.Builder
	switch {
	case ev != "":
		if !strings.HasPrefix(strings.ToLower(ev), "the ") {
			b.WriteString("The ")
		}
		if round != "" {
			b.WriteString(round + " ")
		}
		b.WriteString(ev)
		if partner != "" && !emptyCell(partner) {
			b.WriteString(" with " + partner)
		}
		x.restOfRow(&b, when, place)
	case partner != "" && kind != "" && !emptyCell(partner):
		if paren != "" && isLetters(strings.ReplaceAll(paren, " ", "")) {
			// "Canada (consultations)": the row's own kind.
			if sp := strings.LastIndexByte(kind, ' '); sp >= 0 {
				kind = kind[:sp+1] + strings.ToLower(paren)
			} else {
				kind = strings.ToLower(paren)
			}
		}
		b.WriteString("The ")
		if round != "" {
			b.WriteString(round + " ")
		}
		b.WriteString(kind + " between the EU and " + partner)
		x.restOfRow(&b, when, place)
	case caption != "" && partner == "":
		b.WriteString("The ")
		if round != "" {
			b.WriteString(round + " ")
		}
		b.WriteString(caption)
		x.restOfRow(&b, when, place)
	default:
		return ""
	}
	b.WriteString(".")
	return b.String()
}

// restOfRow ends a restated row: the verb in the tense its date calls
// for, the place and the date.
func (x *docState) restOfRow(b *strings.Builder, when, place string) {
	if x.future(when) {
		b.WriteString(" will take place")
	} else {
		b.WriteString(" took place")
	}
	if place != "" {
		b.WriteString(" in " + place)
	}
	if when != "" {
		p := datePhrase(when)
		b.WriteString(" " + strings.ToLower(p[:2]) + p[2:])
	}
}

// agendaDate reads a date heading of an agenda ("Tuesday 3 March",
// "Wednesday 4 – Thursday 5 March") and returns it without weekdays.
func agendaDate(l string) (string, bool) {
	if len(l) > 48 || strings.IndexAny(l, "0123456789") < 0 {
		return "", false
	}
	var keep []string
	for _, w := range strings.Fields(l) {
		if _, ok := weekdays[strings.ToLower(strings.Trim(w, ","))]; ok {
			continue
		}
		keep = append(keep, strings.Trim(w, ","))
	}
	if len(keep) == 0 || len(keep) > 6 {
		return "", false
	}
	d := strings.Join(keep, " ")
	toks := tokenize(d, nil)
	ms := parseDates(toks, nil)
	if len(ms) != 1 || ms[0].i != 0 || ms[0].j != len(toks) || ms[0].rel != relNone || ms[0].start.d == 0 {
		return "", false
	}
	return d, true
}

// agendaItem reads "09:30 Brussels – 22nd meeting of ..." or "Ottawa –
// EU-Canada ...": an optional time, a place of one to three capitalised
// words, a dash, the item.
func agendaItem(l string) (place, rest string, ok bool) {
	f := strings.Fields(l)
	if len(f) > 0 && clockTime(f[0]) {
		f = f[1:]
	}
	k := 0
	for k < len(f) && k < 3 {
		r, _ := utf8.DecodeRuneInString(f[k])
		if !unicode.IsUpper(r) || !isLetters(strings.ReplaceAll(f[k], ".", "")) {
			break
		}
		k++
	}
	if k == 0 || k+1 >= len(f) || (f[k] != "–" && f[k] != "-" && f[k] != "—") || determiners[strings.ToLower(f[0])] {
		return "", "", false
	}
	return strings.Join(f[:k], " "), strings.TrimRight(strings.Join(f[k+1:], " "), "."), true
}

// clockTime: "09:30", "9.30", "18h30".
func clockTime(w string) bool {
	for _, sep := range []string{":", ".", "h"} {
		if a, b, ok := strings.Cut(w, sep); ok && len(a) >= 1 && len(a) <= 2 && len(b) == 2 {
			if _, err := strconv.Atoi(a); err != nil {
				continue
			}
			if _, err := strconv.Atoi(b); err == nil {
				return true
			}
		}
	}
	return false
}

// restate rewrites the tables and agenda blocks of the document's lines.
func (x *docState) restate() {
	var roles []int
	kind, caption := "", ""
	agenda := ""
	for i := range x.lines {
		ln := &x.lines[i]
		if ln.title {
			continue
		}
		cells := splitCells(ln.text)
		if cells != nil {
			agenda = ""
			h := headerRoles(cells)
			byCaption := false
			if h == nil && roles == nil {
				h, byCaption = captionRoles(cells, x.r.kindWord), true
			}
			if h != nil {
				lead := make([]string, 0, 3)
				for k := i - 1; k >= 0 && k >= i-3; k-- {
					lead = append([]string{x.lines[k].text}, lead...)
				}
				kind, caption = x.r.tableKind(lead)
				if !byCaption {
					caption = ""
				} else if caption == "" {
					// No caption says what the rows are.
					roles = nil
					continue
				}
				roles = h
				ln.skip = true
				continue
			}
			if roles != nil && len(cells) == len(roles) {
				if s := x.tableRow(roles, cells, kind, caption); s != "" {
					ln.source, ln.text = ln.text, s
				} else {
					ln.skip = true
				}
				continue
			}
			roles = nil
			continue
		}
		roles = nil
		if d, ok := agendaDate(ln.text); ok {
			agenda = d
			continue
		}
		if agenda == "" {
			continue
		}
		if place, rest, ok := agendaItem(ln.text); ok {
			ln.source = ln.text
			ln.text = datePhrase(agenda) + " in " + place + ", " + rest + "."
		} else if strings.HasSuffix(ln.text, ".") && len(strings.Fields(ln.text)) >= 12 {
			agenda = ""
		}
	}
}

// kindWord: an event noun whose plural the lexicon knows, "summit",
// "meeting".
func (r *Rules) kindWord(w string) bool {
	return r.plural[w+"s"]
}
