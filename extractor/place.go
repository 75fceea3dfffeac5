package extractor

import (
	"time"
	"unicode/utf8"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// Venues the city gazetteer does not know. A gazetteer never lists every
// town a meeting is held in (a seaside resort, a provincial capital), so
// two shapes that can only be a place name one: a name followed by its
// country ("in Bordeaux, France"), and a name right after an event verb
// and "in" that a date or the end of the clause follows ("is held in
// Kleinmond on 11 September").

// cityName is the name of a city id: the gazetteer's, as the page spells
// it, or a venue found in the document.
func (x *docState) cityName(id int) string {
	if id < len(x.r.cities) {
		if sp, ok := x.spelled[id]; ok {
			return sp
		}
		return x.r.cities[id]
	}
	return x.venues[id-len(x.r.cities)]
}

// spellings notes how the page spells the gazetteer's cities when it
// writes them with other accented letters ("Chişinău" with a cedilla for
// the gazetteer's "Chișinău" with a comma below): the same name, written
// as the page writes it. Other names of a city ("Kiev", "Bruxelles")
// give the gazetteer's.
func (x *docState) spellings(ln *line, s *sent) {
	for _, c := range s.cities {
		if c.id >= len(x.r.cities) {
			continue
		}
		surface := ln.text[s.toks[c.i].start:s.toks[c.j-1].end]
		if name := x.r.cities[c.id]; surface != name && accentVariant(surface, name) {
			if x.spelled == nil {
				x.spelled = map[int]string{}
			}
			x.spelled[c.id] = surface
		}
	}
}

// accentVariant reports two spellings of one word that differ only in
// letters outside ASCII, position by position.
func accentVariant(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	for i := range ra {
		switch {
		case ra[i] == rb[i]:
		case ra[i] < utf8.RuneSelf || rb[i] < utf8.RuneSelf:
			return false
		}
	}
	return true
}

// cityID is the id of a city name, or -1.
func (x *docState) cityID(name string) int {
	for i, n := range x.r.cities {
		if n == name {
			return i
		}
	}
	for i, n := range x.spelled {
		if n == name {
			return i
		}
	}
	for i, n := range x.venues {
		if n == name {
			return len(x.r.cities) + i
		}
	}
	return -1
}

// unknownVenues adds the venues of the sentence that the gazetteer does
// not know to s.cities.
func (x *docState) unknownVenues(s *sent) {
	n := len(s.toks)
	for k := 1; k+1 < n; k++ {
		if w := s.toks[k].low; w != "in" && w != "at" {
			continue
		}
		i := k + 1
		// "in the Caribbean city of Santa Marta": the noun says it is a
		// place.
		named := false
		if m := k + 1; m+3 < n && s.toks[m].low == "the" {
			m++
			if !placeNouns[s.toks[m].low] && s.toks[m].kind == tWord {
				m++
			}
			if placeNouns[s.toks[m].low] && s.toks[m+1].low == "of" {
				i, named = m+2, true
			}
		}
		j := i
		for j < n && j < i+3 && x.nameWord(s, j) {
			j++
		}
		if j == i {
			continue
		}
		country := x.countryAfter(s, j)
		if !(country >= 0 || named || x.heldBefore(s, k) && clauseEnd(s, j)) {
			continue
		}
		// "Mombasa, Kenya": the country qualifies the place.
		host := -1
		if country >= 0 {
			if cid := s.partners[country].id; !x.r.member[cid] && !x.r.org[cid] {
				host = cid
			}
			s.partners = append(s.partners[:country], s.partners[country+1:]...)
		}
		name := s.toks[i].text
		for m := i + 1; m < j; m++ {
			name += " " + s.toks[m].text
		}
		id := x.cityID(name)
		if id < 0 {
			x.venues = append(x.venues, name)
			id = len(x.r.cities) + len(x.venues) - 1
		}
		if host >= 0 {
			s.venueOf = append(s.venueOf, [2]int{id, host})
		}
		s.cities = append(s.cities, span{i: i, j: j, kind: kCity, id: id})
		k = j - 1
	}
}

// placeNouns name a kind of place: "the city of Santa Marta".
var placeNouns = map[string]bool{"city": true, "town": true, "capital": true, "port": true, "resort": true, "village": true}

// nameWord reports a capitalised word at k that the lexicon does not know
// and that is no date, abbreviation or demonym: a candidate part of a
// place name.
func (x *docState) nameWord(s *sent, k int) bool {
	t := &s.toks[k]
	if t.kind != tWord || !t.cap || t.caps || s.inDate[k] || weekdayOrMonth(t.low) || determiners[t.low] ||
		adjectival(t.low) || len(t.low) < 3 {
		return false
	}
	for _, sp := range s.spans {
		if sp.i <= k && k < sp.j {
			return false
		}
	}
	for _, c := range s.cities {
		if c.i <= k && k < c.j {
			return false
		}
	}
	return true
}

// countryAfter finds ", Country" at j closing the phrase ("in Bordeaux,
// France, on 25 July", "in Mombasa, Kenya."): the index of the country in
// s.partners, or -1.
func (x *docState) countryAfter(s *sent, j int) int {
	if j+1 >= len(s.toks) || !s.toks[j].isPunct(",") {
		return -1
	}
	for pi, sp := range s.partners {
		if sp.i != j+1 || sp.kind != kPartner || sp.id == x.r.euID || x.r.org[sp.id] || adjectival(s.toks[sp.j-1].low) {
			continue
		}
		if sp.j == len(s.toks) || s.toks[sp.j].kind == tPunct || s.inDate[sp.j] || s.toks[sp.j].low == "on" || s.toks[sp.j].low == "in" {
			return pi
		}
	}
	return -1
}

// heldBefore reports an event verb right before "in" at k: "is held in",
// "takes place in", "convened in".
func (x *docState) heldBefore(s *sent, k int) bool {
	for _, sp := range s.spans {
		if sp.kind == kHeld && sp.j == k && !s.inDate[sp.i] {
			return true
		}
	}
	return false
}

// clauseEnd reports that the phrase ends at j: a date, a comma or stop, or
// the end of the sentence.
func clauseEnd(s *sent, j int) bool {
	if j >= len(s.toks) {
		return true
	}
	t := &s.toks[j]
	if s.inDate[j] || t.isPunct(",") || t.isPunct(".") || t.isPunct(";") {
		return true
	}
	return (t.low == "on" || t.low == "in") && j+1 < len(s.toks) && s.inDate[j+1]
}

// pagePlace finds the city a page reports from when its title and the
// dateline right under it agree on it: "... holds bilateral meetings in
// New York" over "New York, 26.09.2025". It returns the city id, or -1.
func (x *docState) pagePlace() int {
	title := -1 // the latest headline before the dateline
	for i := range x.lines {
		ln := &x.lines[i]
		if ln.body {
			break
		}
		if ln.skip || len(ln.toks) == 0 {
			continue
		}
		x.spanBuf = x.r.trie.matchAll(ln.toks, x.spanBuf[:0])
		if sp := x.spanBuf; len(sp) > 0 && sp[0].kind == kCity && sp[0].i == 0 && sp[0].j+1 < len(ln.toks) && ln.toks[sp[0].j].isPunct(",") {
			p := dateParser{t: ln.toks}
			if m, ok := p.parseAt(sp[0].j + 1); ok && prec(m.start) == 3 {
				city := sp[0].id
				if title >= 0 && x.titleIn(&x.lines[title], city) {
					return city
				}
				return -1
			}
		}
		if ln.words >= 4 && ln.headline {
			title = i
		}
	}
	return -1
}

// titleIn reports a title that places its news in the city: "... in New
// York".
func (x *docState) titleIn(ln *line, city int) bool {
	x.spanBuf = x.r.trie.matchAll(ln.toks, x.spanBuf[:0])
	for _, sp := range x.spanBuf {
		if sp.kind == kCity && sp.id == city && sp.i > 0 && ln.toks[sp.i-1].low == "in" {
			return true
		}
	}
	return false
}

// placeFromPage gives the page's city to the meetings of the days before
// publication that name no place.
func (x *docState) placeFromPage() {
	if x.pub.d == 0 {
		return
	}
	city := x.pagePlace()
	if city < 0 {
		return
	}
	pub := time.Date(x.pub.y, time.Month(x.pub.m), x.pub.d, 0, 0, 0, 0, time.UTC)
	for _, ev := range x.events {
		if ev.Location != "" || ev.Status != wire.StatusHeld || prec(ev.start) != 3 || ev.Type == "signing" || ev.Type == "launch" {
			continue
		}
		d := time.Date(ev.start.y, time.Month(ev.start.m), ev.start.d, 0, 0, 0, 0, time.UTC)
		if days := pub.Sub(d).Hours() / 24; days >= 0 && days <= 10 {
			ev.Location = x.cityName(city)
		}
	}
}
