package extractor

import (
	"fmt"
	"strings"
	"time"
)

// The temporal grammar of announcements: "18 September 2023", "On the 18th
// of October 2018", "September 18, 2023", "12 and 13 April", "24-25 March",
// "12 April and 13 April", "in June 2019", "early 2024", "the first half of
// 2019", "Tuesday (18 April)", "on Wednesday, December 11", "tomorrow",
// "the following year". No Go library parses this; it is written over the
// token stream so that word boundaries are Unicode-aware.

// date is a calendar date at some precision: y only, y+m, or y+m+d.
// A zero y with m set is a date whose year the text does not give.
type date struct{ y, m, d int }

func (d date) zero() bool { return d.y == 0 && d.m == 0 }

// String formats at the date's precision: 2023, 2023-06, 2023-06-30.
func (d date) String() string {
	switch {
	case d.y == 0:
		return ""
	case d.m == 0:
		return fmt.Sprintf("%04d", d.y)
	case d.d == 0:
		return fmt.Sprintf("%04d-%02d", d.y, d.m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d)
}

// before compares two dates at the coarser precision: -1, 0 or 1.
func (d date) cmp(o date) int {
	c := func(a, b int) int {
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	}
	if r := c(d.y, o.y); r != 0 || d.m == 0 || o.m == 0 {
		return r
	}
	if r := c(d.m, o.m); r != 0 || d.d == 0 || o.d == 0 {
		return r
	}
	return c(d.d, o.d)
}

// rel is how a date is anchored when the text does not give it fully.
type rel uint8

const (
	relNone     rel = iota
	relPubDay       // off days from the publication date (today, tomorrow)
	relPubMonth     // off months from publication (this month, next month)
	relPubYear      // off years from publication (this year, next year)
	relPrevYear     // off years from the previous date of the paragraph (the following year)
	relWeekday      // a weekday near the publication date
	relSeason       // "in the autumn": off is the season\'s first month (+100 per year ahead)
	relPrevDay      // off days from the previous date of the paragraph (the day before)
	relPubWeek      // off weeks from the publication date's week (last week)
	relYearOff      // start's month (and day) in the year off years from publication ("November last year")
)

// dateMention is one date expression of a sentence: tokens [i, j).
type dateMention struct {
	i, j       int
	start, end date
	rel        rel
	off        int
	weekday    time.Weekday
	conj       bool // "2016 and early 2017": a second date that is not a range end
	same       bool // "the same day": the day of an event named before
	label      bool // the label of a dated item that dates its event more precisely elsewhere
	poss       bool // a possessive ("last week's"): it dates the noun it determines only
	days       int  // weekday ranges ("Sunday and Monday"): days from start to end
}

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// seasons map to their first month.
var seasons = map[string]int{"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

// datePreps may stand before a bare month name ("in June").
var datePreps = map[string]bool{
	"in": true, "of": true, "since": true, "until": true, "till": true, "during": true, "by": true, "from": true,
	"early": true, "mid": true, "late": true, "end": true, "last": true, "next": true, "this": true, "before": true,
	"after": true, "on": true, "throughout": true, "beginning": true, "start": true, "as": true, "for": true,
}

type dateParser struct{ t []token }

func (p *dateParser) at(i int) *token {
	if i < 0 || i >= len(p.t) {
		return nil
	}
	return &p.t[i]
}

func (p *dateParser) lowAt(i int) string {
	if t := p.at(i); t != nil {
		return t.low
	}
	return ""
}

// stemAt is the word at i without a possessive: "last week's summit",
// "yesterday's meeting" are dated like "last week", "yesterday".
func (p *dateParser) stemAt(i int) string {
	return strings.TrimSuffix(p.lowAt(i), "'s")
}

// month reads a month name at i: its number and token count.
func (p *dateParser) month(i int) (int, int) {
	t := p.at(i)
	if t == nil || t.kind != tWord || !t.cap {
		return 0, 0
	}
	m, ok := monthNames[t.low]
	if !ok {
		return 0, 0
	}
	n := 1
	if len(t.low) <= 4 && t.low != "june" && t.low != "july" && t.low != "may" {
		// Abbreviation: optional period.
		if nt := p.at(i + 1); nt != nil && nt.isPunct(".") && !nt.space {
			n = 2
		}
	}
	return m, n
}

// day reads a day of month at i: 1..31, or an ordinal 1st..31st.
func (p *dateParser) day(i int) int {
	t := p.at(i)
	if t == nil {
		return 0
	}
	s := t.low
	switch {
	case t.kind == tNum && len(s) <= 2:
	case t.kind == tWord && len(s) >= 3 && len(s) <= 4:
		suf := s[len(s)-2:]
		if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
			return 0
		}
		s = s[:len(s)-2]
		for _, c := range []byte(s) {
			if c < '0' || c > '9' {
				return 0
			}
		}
	default:
		return 0
	}
	d := atoi(s)
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

// year reads a four-digit year at i.
func (p *dateParser) year(i int) int {
	t := p.at(i)
	if t == nil || t.kind != tNum || len(t.text) != 4 {
		return 0
	}
	y := atoi(t.text)
	if y < 1900 || y > 2100 {
		return 0
	}
	return y
}

func atoi(s string) int {
	n := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' || n > 1e6 {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func isRangeWord(s string) bool {
	switch s {
	case "and", "-", "–", "—", "to", "until", "till", "through", "&":
		return true
	}
	return false
}

// parseDates finds every date expression in toks.
func parseDates(toks []token, out []dateMention) []dateMention {
	p := dateParser{t: toks}
	for i := 0; i < len(toks); {
		if toks[i].kind == tPunct {
			i++
			continue
		}
		m, ok := p.parseAt(i)
		if !ok {
			i++
			continue
		}
		m.poss = strings.HasSuffix(toks[m.j-1].low, "'s")
		// "2016 and early 2017", "June and July 2023": a second date joined
		// by "and" is another occurrence, not a range end.
		if len(out) > 0 && out[len(out)-1].j+1 == m.i && p.lowAt(m.i-1) == "and" {
			m.conj = true
		}
		out = append(out, m)
		i = m.j
	}
	return out
}

// parseAt tries every pattern at token i.
func (p *dateParser) parseAt(i int) (dateMention, bool) {
	t := p.at(i)
	switch w := p.stemAt(i); w {
	case "today", "tomorrow", "yesterday":
		off := map[string]int{"today": 0, "tomorrow": 1, "yesterday": -1}[w]
		return dateMention{i: i, j: i + 1, rel: relPubDay, off: off}, true
	}
	switch t.low {
	case "this", "next", "last", "later", "earlier":
		return p.relative(i)
	case "the", "a", "that":
		if m, ok := p.narrative(i); ok || t.low == "the" {
			return m, ok
		}
	}
	if m, ok := p.later(i); ok {
		return m, true
	}
	if wd, ok := weekdays[p.stemAt(i)]; ok && t.cap {
		j := i + 1
		if nt := p.at(j); nt != nil && (nt.isPunct(",") || nt.isPunct("(")) {
			j++
		}
		if nt := p.at(j); nt != nil && nt.isPunct("(") {
			j++
		}
		if m, ok := p.absolute(j); ok {
			m.i = i
			if nt := p.at(m.j); nt != nil && nt.isPunct(")") {
				m.j++
			}
			return m, true
		}
		// "on Sunday and Monday": two days in a row, the second close after.
		if c := p.lowAt(i + 1); c == "and" || c == "to" || c == "through" || c == "-" || c == "–" {
			if nt := p.at(i + 2); nt != nil && nt.cap {
				if wd2, ok := weekdays[p.stemAt(i+2)]; ok {
					if days := (int(wd2) - int(wd) + 7) % 7; days >= 1 && days <= 3 {
						return dateMention{i: i, j: i + 3, rel: relWeekday, weekday: wd, days: days}, true
					}
				}
			}
		}
		return dateMention{i: i, j: i + 1, rel: relWeekday, weekday: wd}, true
	}
	return p.absolute(i)
}

// relative: this/next/last year|month|week, later this year.
func (p *dateParser) relative(i int) (dateMention, bool) {
	j := i
	if w := p.lowAt(j); w == "later" || w == "earlier" {
		j++
		// "earlier today", "later today": the day of publication.
		if p.lowAt(j) == "today" {
			return dateMention{i: i, j: j + 1, rel: relPubDay}, true
		}
		if p.lowAt(j) != "this" {
			return dateMention{}, false
		}
	}
	// "this morning", "this afternoon": today.
	if p.lowAt(j) == "this" {
		switch p.lowAt(j + 1) {
		case "morning", "afternoon", "evening":
			return dateMention{i: i, j: j + 2, rel: relPubDay}, true
		}
	}
	dir := map[string]int{"this": 0, "next": 1, "last": -1}
	off, ok := dir[p.lowAt(j)]
	if !ok {
		return dateMention{}, false
	}
	switch p.stemAt(j + 1) {
	case "year":
		return dateMention{i: i, j: j + 2, rel: relPubYear, off: off}, true
	case "month":
		return dateMention{i: i, j: j + 2, rel: relPubMonth, off: off}, true
	case "week":
		return dateMention{i: i, j: j + 2, rel: relPubWeek, off: off}, true
	}
	if m := seasons[p.stemAt(j+1)]; m > 0 {
		return dateMention{i: i, j: j + 2, rel: relSeason, off: m + 100*off}, true
	}
	if t := p.at(j + 1); t != nil {
		if wd, ok := weekdays[p.stemAt(j+1)]; ok && t.cap && off != 0 {
			return dateMention{i: i, j: j + 2, rel: relWeekday, weekday: wd, off: off}, true
		}
	}
	return dateMention{}, false
}

// numberWords are the counts of "three days later".
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "a": 1, "an": 1,
}

// later: "three days later", "two weeks after", "a day earlier", "10 days
// before": days from the previous date of the paragraph.
func (p *dateParser) later(i int) (dateMention, bool) {
	unit := 0
	switch p.lowAt(i + 1) {
	case "day", "days":
		unit = 1
	case "week", "weeks":
		unit = 7
	default:
		return dateMention{}, false
	}
	t := p.at(i)
	n, ok := numberWords[t.low]
	if !ok && t.kind == tNum && len(t.text) <= 2 {
		n, ok = atoi(t.text), true
	}
	if !ok || n == 0 {
		return dateMention{}, false
	}
	// "a week after the fifth Dialogue": counted from an event the
	// sentence names, not from the previous date; the event's date is
	// given elsewhere, if at all.
	if w := p.lowAt(i + 2); w == "after" || w == "before" {
		if nt := p.at(i + 3); nt != nil && nt.kind != tPunct && (determiners[nt.low] || nt.cap || ordinals[nt.low] > 0 || subjectPronouns[nt.low]) {
			return dateMention{}, false
		}
	}
	switch p.lowAt(i + 2) {
	case "later", "after":
		return dateMention{i: i, j: i + 3, rel: relPrevDay, off: n * unit}, true
	case "earlier", "before":
		return dateMention{i: i, j: i + 3, rel: relPrevDay, off: -n * unit}, true
	}
	return dateMention{}, false
}

// dayEnd is the last day of a weekday range starting on t, or none.
func (m *dateMention) dayEnd(t time.Time) date {
	if m.days == 0 {
		return date{}
	}
	e := t.AddDate(0, 0, m.days)
	return date{e.Year(), int(e.Month()), e.Day()}
}

// subjectPronouns open a clause: "a day after he met ...".
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true}

// narrative: the following year, the same year, a year later, the previous year.
func (p *dateParser) narrative(i int) (dateMention, bool) {
	a, b, c := p.lowAt(i), p.lowAt(i+1), p.lowAt(i+2)
	switch {
	case (a == "the") && (b == "following" || b == "next" || b == "subsequent") && c == "year":
		return dateMention{i: i, j: i + 3, rel: relPrevYear, off: 1}, true
	case (a == "the" && b == "same" || a == "that") && (c == "year" || b == "year"):
		if a == "that" {
			return dateMention{i: i, j: i + 2, rel: relPrevYear, off: 0}, true
		}
		return dateMention{i: i, j: i + 3, rel: relPrevYear, off: 0}, true
	case a == "the" && (b == "previous" || b == "preceding") && c == "year":
		return dateMention{i: i, j: i + 3, rel: relPrevYear, off: -1}, true
	case a == "a" && b == "year" && (c == "later" || c == "after"):
		return dateMention{i: i, j: i + 3, rel: relPrevYear, off: 1}, true
	case a == "a" && b == "year" && (c == "earlier" || c == "before"):
		return dateMention{i: i, j: i + 3, rel: relPrevYear, off: -1}, true
	case a == "the" && (b == "day" || b == "evening") && (c == "before" || c == "after"):
		// "the day after he met Kallas": counted from the clause's
		// event, whose date the clause gives if at all.
		if subjectPronouns[p.lowAt(i+3)] {
			return dateMention{}, false
		}
		off := -1
		if c == "after" {
			off = 1
		}
		return dateMention{i: i, j: i + 3, rel: relPrevDay, off: off}, true
	case a == "the" && b == "same" && c == "day":
		return dateMention{i: i, j: i + 3, rel: relPrevDay, same: true}, true
	case a == "that" && b == "day":
		return dateMention{i: i, j: i + 2, rel: relPrevDay, same: true}, true
	case a == "the" && (b == "previous" || b == "following" || b == "next") && c == "day":
		off := -1
		if b != "previous" {
			off = 1
		}
		return dateMention{i: i, j: i + 3, rel: relPrevDay, off: off}, true
	case a == "the" && seasons[b] > 0:
		if p.lowAt(i+2) == "of" {
			if y := p.year(i + 3); y > 0 {
				return dateMention{i: i, j: i + 4, start: date{y: y}}, true
			}
		}
		if y := p.year(i + 2); y > 0 {
			return dateMention{i: i, j: i + 3, start: date{y: y}}, true
		}
		return dateMention{i: i, j: i + 2, rel: relSeason, off: seasons[b]}, true
	case a == "the" && (b == "first" || b == "second") && c == "half":
		return p.absolute(i + 1)
	case a == "the" && (b == "end" || b == "beginning" || b == "start" || b == "course" || b == "middle"):
		return p.qualified(i, i+1)
	case a == "the":
		if p.day(i+1) > 0 {
			m, ok := p.absolute(i + 1)
			m.i = i
			return m, ok
		}
	}
	return dateMention{}, false
}

// qualifiers narrow a month or year without changing its precision
// ("early 2024" is 2024; "late June 2023" is 2023-06).
var qualifiers = map[string]int{
	"early": 1, "mid": 1, "late": 1, "end": 2, "beginning": 2, "start": 2, "course": 2, "middle": 2,
	"spring": 1, "summer": 1, "autumn": 1, "fall": 1, "winter": 1, "first": 3, "second": 3, "third": 3, "fourth": 3,
}

// qualified parses "early 2024", "the first half of 2019", "end of June".
func (p *dateParser) qualified(start, i int) (dateMention, bool) {
	n, ok := qualifiers[p.lowAt(i)]
	if !ok {
		return dateMention{}, false
	}
	j := i + 1
	switch n {
	case 2: // end of, beginning of
		if p.lowAt(j) != "of" {
			return dateMention{}, false
		}
		j++
	case 3: // first half of, second quarter of
		if w := p.lowAt(j); w != "half" && w != "quarter" {
			return dateMention{}, false
		}
		if p.lowAt(j+1) != "of" {
			// "in the third quarter": of the publication year, or the
			// next one.
			if p.lowAt(j) == "quarter" {
				if q := ordinals[p.lowAt(i)]; q >= 1 && q <= 4 {
					return dateMention{i: start, j: j + 1, rel: relSeason, off: 3*q - 2}, true
				}
			}
			return dateMention{}, false
		}
		j += 2
	default:
		if t := p.at(j); t != nil && t.isDash() && !t.space { // mid-2024
			j++
		} else if p.lowAt(j) == "of" { // spring of 2024
			j++
		}
	}
	// "the end of the year", "early next year"
	switch {
	case (p.lowAt(j) == "the" || p.lowAt(j) == "this") && p.lowAt(j+1) == "year":
		return dateMention{i: start, j: j + 2, rel: relPubYear}, true
	case p.lowAt(j) == "next" && p.lowAt(j+1) == "year":
		return dateMention{i: start, j: j + 2, rel: relPubYear, off: 1}, true
	case p.lowAt(j) == "the" || p.lowAt(j) == "this" || p.lowAt(j) == "next":
		return dateMention{}, false
	}
	if y := p.year(j); y > 0 {
		return dateMention{i: start, j: j + 1, start: date{y: y}}, true
	}
	if m, mn := p.month(j); m > 0 {
		d := dateMention{i: start, j: j + mn, start: date{m: m}}
		if y := p.year(j + mn); y > 0 {
			d.start.y = y
			d.j++
		}
		return d, true
	}
	return dateMention{}, false
}

// absolute parses calendar dates starting at i.
func (p *dateParser) absolute(i int) (dateMention, bool) {
	if _, ok := qualifiers[p.lowAt(i)]; ok {
		if m, ok := p.qualified(i, i); ok {
			return m, true
		}
	}
	if p.lowAt(i) == "the" && p.day(i+1) > 0 {
		i++
	}
	// "Q1 2024", "H2 2025": the year; "in Q3": a quarter of the
	// publication year, or of the next one.
	if w := p.lowAt(i); len(w) == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4' {
		if y := p.year(i + 1); y > 0 {
			return dateMention{i: i, j: i + 2, start: date{y: y}}, true
		}
		if w[0] == 'q' && p.at(i).caps {
			return dateMention{i: i, j: i + 1, rel: relSeason, off: 3*int(w[1]-'0') - 2}, true
		}
	}
	if d := p.day(i); d > 0 {
		if m, ok := p.dayFirst(i, d); ok {
			return m, true
		}
		if m, ok := p.numeric(i); ok {
			return m, true
		}
	}
	if m, n := p.month(i); m > 0 {
		return p.monthFirst(i, m, n)
	}
	if y := p.year(i); y > 0 {
		if m, ok := p.numeric(i); ok {
			return m, true
		}
		return p.bareYear(i, y)
	}
	return dateMention{}, false
}

// dayFirst: 18 September 2023, 18th of October, 12 and 13 April,
// 24-25 March, 12 April and 13 April, 30 June - 1 July 2023.
func (p *dateParser) dayFirst(i, d int) (dateMention, bool) {
	j := i + 1
	d2 := 0
	// "24-25 March", "12 and 13 April", "25/26 March"
	if t := p.at(j); t != nil && (isRangeWord(t.low) || t.isPunct("/") && !t.space) {
		if d2 = p.day(j + 1); d2 > 0 {
			j += 2
		}
	}
	if p.lowAt(j) == "of" {
		j++
	}
	m, mn := p.month(j)
	if m == 0 {
		return dateMention{}, false
	}
	j += mn
	out := dateMention{i: i, j: j, start: date{m: m, d: d}}
	if d2 > 0 && d2 != d {
		out.end = date{m: m, d: d2}
	}
	// Year: "18 September 2023", "8 November, 2013".
	y, yj := p.yearAfter(j)
	if y > 0 {
		j = yj
		out.j = j
	}
	// Second part of a range: "12 April and 13 April", "30 June - 1 July 2023".
	if out.end.zero() {
		if t := p.at(j); t != nil && isRangeWord(t.low) {
			if e := p.day(j + 1); e > 0 {
				k := j + 2
				if p.lowAt(k) == "of" {
					k++
				}
				if m2, mn2 := p.month(k); m2 > 0 {
					k += mn2
					out.end = date{m: m2, d: e}
					out.j = k
					if y2, yj2 := p.yearAfter(k); y2 > 0 {
						out.j = yj2
						if y == 0 {
							y = y2
						}
						out.end.y = y2
					}
				}
			}
		}
	}
	if y > 0 {
		out.start.y = y
		if !out.end.zero() && out.end.y == 0 {
			out.end.y = y
		}
		if out.end.y == y && out.end.m < out.start.m { // 30 December - 2 January 2024
			out.start.y = y - 1
		}
	}
	return out, true
}

// yearAfter reads an optional ", 2023" or "2023" after j.
func (p *dateParser) yearAfter(j int) (int, int) {
	if y := p.year(j); y > 0 {
		return y, j + 1
	}
	if t := p.at(j); t != nil && t.isPunct(",") {
		if y := p.year(j + 1); y > 0 {
			return y, j + 2
		}
	}
	return 0, j
}

// monthFirst: September 18, 2023; December 11; April 12 and 13;
// March 24-25, 2023; June 2019; in June.
func (p *dateParser) monthFirst(i, m, n int) (dateMention, bool) {
	j := i + n
	if d := p.day(j); d > 0 && p.year(j) == 0 {
		// Not "May 5G": the day must stand alone.
		out := dateMention{i: i, j: j + 1, start: date{m: m, d: d}}
		k := j + 1
		if t := p.at(k); t != nil && isRangeWord(t.low) {
			if d2 := p.day(k + 1); d2 > 0 {
				out.end = date{m: m, d: d2}
				k += 2
				out.j = k
			} else if m2, mn2 := p.month(k + 1); m2 > 0 {
				if d2 := p.day(k + 1 + mn2); d2 > 0 {
					out.end = date{m: m2, d: d2}
					k += 2 + mn2
					out.j = k
				}
			}
		}
		if y, yj := p.yearAfter(k); y > 0 {
			out.j = yj
			out.start.y = y
			if !out.end.zero() {
				out.end.y = y
			}
		} else if off, ok := p.yearWords(k); ok {
			out.j, out.rel, out.off = k+2, relYearOff, off
		}
		return out, true
	}
	if y := p.year(j); y > 0 {
		return dateMention{i: i, j: j + 1, start: date{y: y, m: m}}, true
	}
	// "April-May 2023": the first month, with the year.
	if t := p.at(j); t != nil && t.isDash() {
		if m2, mn2 := p.month(j + 1); m2 > 0 {
			if y := p.year(j + 1 + mn2); y > 0 {
				return dateMention{i: i, j: j + 2 + mn2, start: date{y: y, m: m}, end: date{y: y, m: m2}}, true
			}
		}
	}
	// A bare month needs a preposition: "in June", not "May" the verb.
	if prev := p.at(i - 1); prev != nil && datePreps[prev.low] {
		out := dateMention{i: i, j: j, start: date{m: m}}
		if off, ok := p.yearWords(j); ok {
			out.j, out.rel, out.off = j+2, relYearOff, off
		}
		return out, true
	}
	return dateMention{}, false
}

// yearWords reads "last year", "this year", "next year" at k: the year
// of the month before it ("in November last year"), as an offset from the
// publication year.
func (p *dateParser) yearWords(k int) (int, bool) {
	if p.stemAt(k+1) != "year" {
		return 0, false
	}
	switch p.lowAt(k) {
	case "last":
		return -1, true
	case "this":
		return 0, true
	case "next":
		return 1, true
	}
	return 0, false
}

// numeric: 18/10/2018, 18.10.2018, 2018-10-18.
func (p *dateParser) numeric(i int) (dateMention, bool) {
	a, s1, b, s2, c := p.at(i), p.at(i+1), p.at(i+2), p.at(i+3), p.at(i+4)
	if a == nil || s1 == nil || b == nil || s2 == nil || c == nil {
		return dateMention{}, false
	}
	if a.kind != tNum || b.kind != tNum || c.kind != tNum || s1.text != s2.text || s1.space || s2.space || b.space || c.space {
		return dateMention{}, false
	}
	var d date
	switch s1.text {
	case "/", ".":
		if len(c.text) != 4 {
			return dateMention{}, false
		}
		d = date{y: atoi(c.text), m: atoi(b.text), d: atoi(a.text)}
	case "-":
		if len(a.text) != 4 {
			return dateMention{}, false
		}
		d = date{y: atoi(a.text), m: atoi(b.text), d: atoi(c.text)}
	default:
		return dateMention{}, false
	}
	if d.y < 1900 || d.y > 2100 || d.m < 1 || d.m > 12 || d.d < 1 || d.d > 31 {
		return dateMention{}, false
	}
	return dateMention{i: i, j: i + 5, start: d}, true
}

// yearPreps are capitalised words that may precede a year ("In 2019");
// any other capitalised word makes the year part of a name ("Horizon
// 2020", "EU-China 2020 Strategic Agenda").
var yearPreps = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "from": true, "of": true, "early": true, "late": true,
	"mid": true, "during": true, "for": true, "through": true, "before": true, "after": true, "throughout": true,
	"spring": true, "summer": true, "autumn": true, "winter": true, "end": true, "as": true,
}

// bareYear: "in 2014", "the 2015 EU-China Dialogue", "2016-2017".
func (p *dateParser) bareYear(i, y int) (dateMention, bool) {
	if prev := p.at(i - 1); prev != nil {
		switch {
		case prev.kind == tWord && prev.cap && !yearPreps[prev.low] && !weekdayOrMonth(prev.low):
			return dateMention{}, false
		case prev.kind == tPunct && (prev.text == "€" || prev.text == "$" || prev.text == "£" || prev.text == "#" || prev.text == "/"):
			return dateMention{}, false
		case prev.isDash() && !prev.space:
			// "EU-China 2020" is handled above; "COVID-2019" style names.
			if pp := p.at(i - 2); pp != nil && pp.kind == tWord && pp.cap {
				return dateMention{}, false
			}
		}
	}
	if nt := p.at(i + 1); nt != nil {
		switch nt.low {
		case "%", "people", "participants", "million", "billion", "euros", "eur", "km", "tonnes", "members", "times":
			return dateMention{}, false
		}
	}
	out := dateMention{i: i, j: i + 1, start: date{y: y}}
	if t := p.at(i + 1); t != nil && t.isDash() {
		if y2 := p.year(i + 2); y2 > y {
			out.end = date{y: y2}
			out.j = i + 3
		} else if n := p.at(i + 2); n != nil && n.kind == tNum && len(n.text) == 2 && atoi(n.text) == (y+1)%100 {
			out.j = i + 3 // 2019-20: a season, kept as its first year; not "2025 – 15 September: ..."
		}
	}
	return out, true
}

func weekdayOrMonth(s string) bool {
	_, m := monthNames[s]
	_, w := weekdays[s]
	return m || w
}

// resolve turns a mention into absolute start/end dates.
// pub is the publication date (zero when unknown), prev the latest date
// before it in the paragraph, ref the year used when the text gives none,
// planned the tense (+1 planned, -1 held, 0 unknown).
func (m *dateMention) resolve(pub, prev date, ref int, planned int) (start, end date, ok bool) {
	switch m.rel {
	case relPubDay:
		if pub.d == 0 {
			return date{}, date{}, false
		}
		t := time.Date(pub.y, time.Month(pub.m), pub.d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, m.off)
		return date{t.Year(), int(t.Month()), t.Day()}, date{}, true
	case relPubMonth:
		if pub.m == 0 {
			return date{}, date{}, false
		}
		t := time.Date(pub.y, time.Month(pub.m), 1, 0, 0, 0, 0, time.UTC).AddDate(0, m.off, 0)
		return date{y: t.Year(), m: int(t.Month())}, date{}, true
	case relPubYear:
		if pub.y == 0 {
			return date{}, date{}, false
		}
		return date{y: pub.y + m.off}, date{}, true
	case relPrevYear:
		if prev.y == 0 {
			if pub.y == 0 || m.off != 0 {
				return date{}, date{}, false
			}
			return date{y: pub.y}, date{}, true
		}
		return date{y: prev.y + m.off}, date{}, true
	case relSeason:
		if pub.y == 0 {
			return date{}, date{}, false
		}
		first := ((m.off % 100) + 100) % 100
		y := pub.y + (m.off-first)/100
		if m.off == first { // "in the autumn": this year's, or the next one when planned and past
			last := first + 2
			switch {
			case planned > 0 && last < pub.m && first != 12:
				y++
			case planned < 0 && first > pub.m:
				y--
			}
		}
		return date{y: y}, date{}, true
	case relYearOff:
		if pub.y == 0 {
			return date{}, date{}, false
		}
		start = m.start
		start.y = pub.y + m.off
		if !validDate(start) {
			return date{}, date{}, false
		}
		if !m.end.zero() {
			end = m.end
			end.y = start.y
			if end.m < start.m {
				end.y++
			}
			if !validDate(end) || end.cmp(start) <= 0 {
				end = date{}
			}
		}
		return start, end, true
	case relPrevDay:
		if prev.d == 0 {
			return date{}, date{}, false
		}
		t := time.Date(prev.y, time.Month(prev.m), prev.d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, m.off)
		return date{t.Year(), int(t.Month()), t.Day()}, date{}, true
	case relPubWeek:
		// The week (Monday to Sunday) at the precision it denotes: its
		// month when it lies in one, else its year.
		if pub.d == 0 {
			return date{}, date{}, false
		}
		t := time.Date(pub.y, time.Month(pub.m), pub.d, 0, 0, 0, 0, time.UTC)
		mon := t.AddDate(0, 0, -((int(t.Weekday())+6)%7)+7*m.off)
		sun := mon.AddDate(0, 0, 6)
		if mon.Month() == sun.Month() {
			return date{y: mon.Year(), m: int(mon.Month())}, date{}, true
		}
		if mon.Year() == sun.Year() {
			return date{y: mon.Year()}, date{}, true
		}
		return date{}, date{}, false
	case relWeekday:
		if pub.d == 0 {
			return date{}, date{}, false
		}
		t := time.Date(pub.y, time.Month(pub.m), pub.d, 0, 0, 0, 0, time.UTC)
		// "signed ... Monday" in a report of Monday: the day itself, as
		// news agencies name the day of publication.
		if m.off == 0 && t.Weekday() == m.weekday {
			return pub, m.dayEnd(t), true
		}
		step := -1
		if m.off > 0 || (m.off == 0 && planned > 0) {
			step = 1
		}
		for k := 0; k < 7; k++ {
			t = t.AddDate(0, 0, step)
			if t.Weekday() == m.weekday {
				break
			}
		}
		return date{t.Year(), int(t.Month()), t.Day()}, m.dayEnd(t), true
	}
	start, end = m.start, m.end
	if start.y == 0 {
		y := yearFor(start, pub, ref, planned)
		if y == 0 {
			return date{}, date{}, false
		}
		start.y = y
		if !end.zero() && end.y == 0 {
			end.y = y
			if end.m < start.m {
				end.y++
			}
		}
	}
	if !validDate(start) || (!end.zero() && !validDate(end)) {
		return date{}, date{}, false
	}
	if !end.zero() && end.cmp(start) <= 0 {
		end = date{}
	}
	return start, end, true
}

// yearFor picks the year of a month/day without one: from the publication
// date and the tense (held: on or before publication; planned: on or
// after), or the page's reference year when publication is unknown.
func yearFor(d, pub date, ref, planned int) int {
	if pub.y == 0 {
		return ref
	}
	same := date{y: pub.y, m: d.m, d: d.d}
	c := same.cmp(pub)
	switch {
	case planned > 0 && d.d == 0 && (d.m < pub.m || d.m == pub.m && pub.d > 10) && monthsApart(same, pub) < 11:
		// "scheduled for February" written later in February or after:
		// next year's (this month's would be written with its day). Early
		// in the month, "in July" is this July.
		return pub.y + 1
	case planned > 0 && c < 0:
		// A planned event dated before publication is next year's,
		// unless only days apart (a late report of this week's plan).
		if monthsApart(same, pub) > 1 {
			return pub.y + 1
		}
	case planned < 0 && c > 0:
		if monthsApart(same, pub) > 1 {
			return pub.y - 1
		}
	case planned == 0 && monthsApart(same, pub) > 6:
		if c > 0 {
			return pub.y - 1
		}
		return pub.y + 1
	}
	return pub.y
}

func monthsApart(a, b date) int {
	n := (a.y*12 + a.m) - (b.y*12 + b.m)
	if n < 0 {
		n = -n
	}
	return n
}

func validDate(d date) bool {
	if d.y < 1900 || d.y > 2100 || d.m < 0 || d.m > 12 {
		return false
	}
	if d.d == 0 {
		return true
	}
	if d.m == 0 {
		return false
	}
	t := time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d.d
}

// parseISODate reads YYYY-MM-DD (or YYYY-MM, YYYY).
func parseISODate(s string) (date, bool) {
	var d date
	switch len(s) {
	case 4:
		d.y = atoi(s)
	case 7:
		if s[4] != '-' {
			return date{}, false
		}
		d.y, d.m = atoi(s[:4]), atoi(s[5:])
	case 10:
		if s[4] != '-' || s[7] != '-' {
			return date{}, false
		}
		d.y, d.m, d.d = atoi(s[:4]), atoi(s[5:7]), atoi(s[8:])
	default:
		return date{}, false
	}
	if !validDate(d) || (len(s) > 4 && d.m == 0) || (len(s) == 10 && d.d == 0) {
		return date{}, false
	}
	return d, true
}
