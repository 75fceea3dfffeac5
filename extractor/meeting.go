package extractor

// meetVerbs are the verbs of people meeting: "X met Y", "X will be in
// Brussels to meet Y", "X hosted Y".
var meetVerbs = map[string]bool{
	"met": true, "meet": true, "meets": true, "hosted": true, "hosts": true, "received": true, "receives": true, "receive": true,
}

// officeMeetings finds the meetings of an EU office holder with a partner's
// that name no series ("Commissioner Dombrovskis met Mexico's Secretary of
// Economy", "Swiss Federal Councillor Cassis will be in Brussels on
// Wednesday to meet Commission Vice-President Šefčovič"): ministerial
// meetings, as the corpus counts them. A clause that names an event of
// its own (a dialogue, a summit) is that event's, not a meeting besides it.
func (x *docState) officeMeetings(s *sent, out []trig) []trig {
	for v := range s.toks {
		if !s.meetAt(v) || s.inDate[v] || s.quoted[v] {
			continue
		}
		clause := s.clauseOf(v)
		busy := false
		for i := range out {
			t := &out[i]
			// "met ... to prepare the summit": the summit is another
			// occasion, not this meeting.
			if t.typ != "merged" && !t.reject && s.clauseOf(t.head[0]) == clause && s.temporalBefore(t.np[0]) == "" {
				// "met Kallas on the sidelines of the summit", "On the
				// margins of the dialogue, X was received by Y": the
				// summit is the occasion, told already; the meeting is new.
				if s.occasionBefore(t.np[0]) && !s.partnerIn(t.np[0], t.np[1]) {
					t.reject = true
					continue
				}
				// "met Kallas and asked for the agreement to be signed":
				// what is asked for is no occasion of the meeting.
				if t.head[0] > v && s.hypotheticalIn(v, t.head[0]) {
					continue
				}
				busy = true
			}
		}
		if busy {
			continue
		}
		eu, other := x.offices(s, clause)
		// "Šefčovič travels on to Australia, where he will meet Trade
		// Minister Farrell in Canberra": the pronoun stands for the EU
		// office holder the sentence, or the one before, is about.
		if eu[0] < 0 && x.euSubjSent > 0 && x.sentNo-x.euSubjSent <= 1 {
			if k := s.pronounBefore(clause, v); k >= 0 {
				eu = [2]int{k, k + 1}
			}
		}
		// "Commissioner Síkela met Prime Minister Mambé in Abidjan": an
		// official of no named side met outside the Union is the host
		// country's, whatever the article spoke of before.
		var venue []int
		if eu[0] >= 0 && (other[0] < 0 || !s.partnerIn(other[0], other[1])) {
			if id := x.venueOf(s, clause, v); id >= 0 {
				if other[0] < 0 {
					if other = x.unnamedOffice(s, clause, v); other[0] < 0 {
						other = x.unnamedTitle(s, clause)
					}
				}
				if other[0] >= 0 {
					venue = []int{id}
				}
			}
		}
		// "Commissioner Várhelyi will travel to Chişinău to meet Deputy
		// Prime Minister Popescu": a title of no named side after the
		// verb is the partner's, the one the article is about.
		if eu[0] >= 0 && other[0] < 0 && len(x.ctxPartners) > 0 && (x.ctxFrom != "" && x.sentNo-x.lastSent <= 2 || s.occasion && x.last != nil) {
			other = x.unnamedOffice(s, clause, v)
		}
		// "External Affairs Minister also called on the President of the
		// Commission": on the partner's own page, or right after an
		// event with the partner, a title of no named side is the
		// partner's, whichever side of the verb it stands.
		if eu[0] >= 0 && other[0] < 0 && len(x.ctxPartners) > 0 && x.ctxFrom != "" && (x.sentNo-x.lastSent <= 3 || s.alsoOccasion(v) && x.sentNo-x.lastSent <= 6) {
			other = x.unnamedTitle(s, clause)
		}
		if eu[0] < 0 || other[0] < 0 {
			continue
		}
		lo := minInt(v, minInt(eu[0], other[0]))
		hi := maxInt(v+1, maxInt(eu[1], other[1]))
		out = append(out, trig{typ: "ministerial meeting", seriesID: -1, head: [2]int{v, v + 1},
			np: [2]int{lo, hi}, ed: [2]int{lo, lo}, linked: -1, date: -1, meet: true, venue: venue})
	}
	return out
}

// venueOf finds the country of the city a meeting at v takes place in
// ("met X in Hanoi", "On Friday in Astana, ... will meet"): its partner
// id, or -1 when the sentence names no such city, names a city of a
// member state or of no known country, or names more than one country.
func (x *docState) venueOf(s *sent, clause, v int) int {
	venue := -1
	for _, c := range s.cities {
		if c.i == 0 || s.toks[c.i-1].low != "in" || s.inDate[c.i] {
			continue
		}
		// The verb's clause, or the sentence's opening before it.
		if s.clauseOf(c.i) != clause && c.i > v {
			continue
		}
		id := x.r.cityCountry[c.id]
		if id < 0 || x.r.member[id] || id == x.r.euID || venue >= 0 && venue != id {
			return -1
		}
		venue = id
	}
	return venue
}

// meetAt reports a verb of people meeting at v: "met", and the calls of
// protocol, "called on Ms. X", "pay a courtesy call on". "Called on X to
// act" is an appeal, not a call.
func (s *sent) meetAt(v int) bool {
	w := s.toks[v].low
	if meetVerbs[w] {
		return true
	}
	if !(w == "call" || w == "calls" || w == "called" || w == "calling") || v+1 >= len(s.toks) || s.toks[v+1].low != "on" {
		return false
	}
	if v > 0 && s.toks[v-1].low == "courtesy" {
		return true
	}
	clause := s.clauseOf(v)
	for k := v + 2; k < len(s.toks) && s.clauseOf(k) == clause; k++ {
		if s.toks[k].low == "to" || s.toks[k].low == "for" {
			return false
		}
	}
	return true
}

// alsoOccasion reports a meeting told as part of the occasion just
// reported: "also met", "on the same day", "Before the dialogue, X met".
func (s *sent) alsoOccasion(v int) bool {
	if v > 0 && s.toks[v-1].low == "also" || v > 1 && s.toks[v-2].low == "also" {
		return true
	}
	for k := 0; k+2 < len(s.toks); k++ {
		if s.toks[k].low == "same" && (s.toks[k+1].low == "day" || s.toks[k+1].low == "occasion") && k > 0 && s.toks[k-1].low == "the" {
			return true
		}
	}
	return s.occasionOpening()
}

// occasionOpening reports a sentence opening on the occasion it is part
// of: "Before the dialogue,", "During the visit,", "On the margins of
// the dialogue,".
func (s *sent) occasionOpening() bool {
	k := 0
	for k < len(s.toks) && s.toks[k].kind != tWord {
		k++
	}
	// "On the margins of the dialogue,": the occasion told already.
	if k+4 < len(s.toks) && (s.toks[k].low == "on" || s.toks[k].low == "in") && s.toks[k+1].low == "the" {
		if w := s.toks[k+2].low; (w == "margins" || w == "sidelines" || w == "fringes" || w == "margin") && s.toks[k+3].low == "of" {
			return true
		}
	}
	return k+2 < len(s.toks) && (s.toks[k].low == "before" || s.toks[k].low == "after" || s.toks[k].low == "during") &&
		(s.toks[k+1].low == "the" || s.toks[k+1].low == "this") && s.toks[k+2].kind == tWord && !s.toks[k+2].cap
}

// unnamedTitle finds the first title in a clause whose side the sentence
// does not name, with no name of a side before it: where its phrase
// starts and ends, or -1.
func (x *docState) unnamedTitle(s *sent, clause int) [2]int {
	for _, sp := range s.spans {
		if sp.kind != kOffice || s.clauseOf(sp.i) != clause || s.inDate[sp.i] {
			continue
		}
		if sp.i > 0 {
			if p := &s.toks[sp.i-1]; p.kind == tWord && p.cap && adjectival(p.low) {
				continue
			}
		}
		if lo, side := x.officeSide(s, sp); side == sideNone && lo == sp.i {
			return [2]int{lo, sp.j}
		}
	}
	return [2]int{-1, -1}
}

// titleStops end the words that may qualify a title, walking back:
// "received by President X", "talks with Prime Minister Y".
var titleStops = map[string]bool{"by": true, "with": true, "to": true}

// occasionBefore reports "on the sidelines of" or "in the margins of"
// right before the phrase at k.
func (s *sent) occasionBefore(k int) bool {
	if k >= 1 && determiners[s.toks[k-1].low] {
		k--
	}
	return k >= 2 && s.toks[k-1].low == "of" && (s.toks[k-2].low == "sidelines" || s.toks[k-2].low == "margins" || s.toks[k-2].low == "fringes")
}

// hypotheticalIn reports a modal or request word in [i, j): "asked for".
func (s *sent) hypotheticalIn(i, j int) bool {
	for _, sp := range s.spans {
		if sp.kind == kHypothetical && sp.i >= i && sp.i < j && !s.inDate[sp.i] {
			return true
		}
	}
	return false
}

// partnerIn reports a partner named in [i, j).
func (s *sent) partnerIn(i, j int) bool {
	for _, p := range s.partners {
		if p.i >= i && p.j <= j {
			return true
		}
	}
	return false
}

// nameParticles join the parts of a person's name: "Ursula von der Leyen".
var nameParticles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "da": true, "la": true, "al": true, "bin": true}

// learnPeople remembers the surnames of the office holders a sentence names
// with their title ("Energy Commissioner Kadri Simson", "Commission
// President Ursula von der Leyen"): later sentences call them by surname
// alone ("Simson met ...", "Ms. von der Leyen held talks with Mr. Modi").
// A title of no named side is remembered as such; a member state's
// minister is not remembered at all.
func (x *docState) learnPeople(s *sent) {
	for _, sp := range s.spans {
		if sp.kind != kOffice || s.inDate[sp.i] {
			continue
		}
		lo, side := x.officeSide(s, sp)
		if side == sideBoth || side == sideNone && lo != sp.i {
			continue
		}
		if side == sideNone && sp.i > 0 && s.toks[sp.i-1].kind == tWord && s.toks[sp.i-1].cap && adjectival(s.toks[sp.i-1].low) {
			continue // "Mauritanian Foreign Minister": a side the gazetteer does not know
		}
		last := -1
		for k := sp.j; k < len(s.toks) && k < sp.j+5; k++ {
			t := &s.toks[k]
			if t.kind != tWord || s.inDate[k] || !(t.cap || nameParticles[t.low] && k+1 < len(s.toks) && s.toks[k+1].kind == tWord) {
				break
			}
			if s.partnerAt(k) || s.cityAt(k) {
				break
			}
			if t.cap {
				last = k
			}
		}
		if last < 0 || last == sp.j && nameParticles[s.toks[last].low] {
			continue
		}
		// The name must end before anything else the lexicon knows: not
		// "Commissioner Trade Policy Forum".
		known := false
		for _, o := range s.spans {
			if o.i > sp.j && o.i <= last {
				known = true
			}
		}
		if known {
			continue
		}
		if x.people == nil {
			x.people = map[string]int{}
		}
		w := s.toks[last].low
		if old, ok := x.people[w]; ok && old != side {
			x.people[w] = -1 // two people of one surname: neither
			continue
		}
		x.people[w] = side
	}
}

// person reports the side of a known office holder called by surname at
// k, with the start of the name ("Ms. von der Leyen"), or ok false.
func (x *docState) person(s *sent, k int) (lo, side int, ok bool) {
	t := &s.toks[k]
	if t.kind != tWord || !t.cap {
		return 0, 0, false
	}
	side, ok = x.people[t.low]
	if x.r.euPeople[t.low] {
		side, ok = sideEU, true
	}
	if !ok || side < 0 {
		return 0, 0, false
	}
	if k+1 < len(s.toks) && s.toks[k+1].kind == tWord && s.toks[k+1].cap {
		return 0, 0, false // another name that starts with it
	}
	lo = k
	for lo > 0 && (nameParticles[s.toks[lo-1].low] || s.toks[lo-1].kind == tWord && s.toks[lo-1].cap && !s.partnerAt(lo-1)) && lo > k-4 {
		lo--
	}
	// Named with a title here: the title tells the side, or none; an
	// EU office holder the lexicon names is the EU's whatever the title.
	for _, sp := range s.spans {
		if x.r.euPeople[t.low] {
			break
		}
		if sp.kind == kOffice && sp.j <= lo && lo-sp.j <= 1 {
			return 0, 0, false
		}
	}
	return lo, side, true
}

// offices finds the first EU office holder and the first partner's in a
// clause: where their phrases start and end, or -1. An office holder met
// before may be called by surname alone.
func (x *docState) offices(s *sent, clause int) (eu, other [2]int) {
	eu, other = [2]int{-1, -1}, [2]int{-1, -1}
	defer func() {
		if x.people == nil && len(x.r.euPeople) == 0 || eu[0] >= 0 && other[0] >= 0 {
			return
		}
		unnamed := [2]int{-1, -1}
		for k := range s.toks {
			if s.clauseOf(k) != clause {
				continue
			}
			lo, side, ok := x.person(s, k)
			if !ok {
				continue
			}
			switch {
			case side == sideEU && eu[0] < 0:
				eu = [2]int{lo, k + 1}
			case side == sidePartner && other[0] < 0:
				other = [2]int{lo, k + 1}
			case side == sideNone && unnamed[0] < 0:
				unnamed = [2]int{lo, k + 1}
			}
		}
		// "Ms. von der Leyen held talks with Mr. Modi": a title of no
		// named side is the partner's when an EU office holder meets him.
		if other[0] < 0 && eu[0] >= 0 && len(x.ctxPartners) > 0 && x.ctxFrom != "" {
			other = unnamed
		}
	}()
	for _, sp := range s.spans {
		if sp.kind != kOffice || s.clauseOf(sp.i) != clause || s.inDate[sp.i] {
			continue
		}
		lo, side := x.officeSide(s, sp)
		switch {
		case side == sideBoth:
			// "EU and GCC foreign ministers": one title for both sides.
			if eu[0] < 0 {
				eu = [2]int{lo, sp.j}
			}
			if other[0] < 0 {
				other = [2]int{lo, sp.j}
			}
		case side == sideEU && eu[0] < 0:
			eu = [2]int{lo, sp.j}
		case side == sidePartner && other[0] < 0:
			other = [2]int{lo, sp.j}
		}
	}
	return eu, other
}

// unnamedOffice finds the first title after the verb at v whose side the
// sentence does not name: where its phrase starts and ends, or -1.
func (x *docState) unnamedOffice(s *sent, clause, v int) [2]int {
	for _, sp := range s.spans {
		if sp.kind != kOffice || sp.i <= v || sp.i > v+3 || s.clauseOf(sp.i) != clause || s.inDate[sp.i] {
			continue
		}
		// Not "Mauritanian Foreign Minister": a nationality the
		// gazetteer does not know names a side too.
		if p := &s.toks[sp.i-1]; p.kind == tWord && p.cap && adjectival(p.low) {
			continue
		}
		if lo, side := x.officeSide(s, sp); side == sideNone && lo == sp.i {
			return [2]int{lo, sp.j}
		}
	}
	return [2]int{-1, -1}
}

// officePair reports office holders of both sides in a clause: "held
// talks with Serbian President Vučić", "a bilateral meeting with Japan's
// Minister for Digital Transformation".
func (x *docState) officePair(s *sent, clause int) bool {
	eu, other := x.offices(s, clause)
	return eu[0] >= 0 && other[0] >= 0
}

const (
	sideNone = iota
	sideEU
	sidePartner
	sideBoth
)

// officeSide tells whose office holder a title is: the EU's when the title
// is an EU name ("Commissioner", "High Representative") or follows one
// ("Commission Vice-President", "EU trade chief"); a partner's when it
// follows a partner's name, adjective or possessive ("Japanese Economy
// Minister", "Mexico's Secretary of Economy", "Swiss Federal Councillor").
// It returns where the title's phrase starts.
func (x *docState) officeSide(s *sent, sp span) (int, int) {
	for _, p := range s.partners {
		if p.i < sp.j && sp.i < p.j && p.id == x.r.euID {
			return sp.i, sideEU
		}
	}
	// "European Council President", "the President of the European
	// Council": an EU body's office.
	if _, ok := s.spanEndingAt(kInternal, sp.i); ok {
		return sp.i, sideEU
	}
	if k := sp.j; k+1 < len(s.toks) && s.toks[k].low == "of" {
		k++
		if s.toks[k].low == "the" {
			k++
		}
		if _, ok := s.spanAt(kInternal, k); ok {
			return sp.i, sideEU
		}
		if p, ok := s.partnerSpanAt(k); ok && p.id == x.r.euID {
			return sp.i, sideEU
		}
		// "the Foreign Minister of Brazil": a partner's.
		if p, ok := s.partnerSpanAt(k); ok && p.kind == kPartner && !x.r.member[p.id] && !x.r.org[p.id] {
			return sp.i, sidePartner
		}
	}
	// "the Minister of Foreign Affairs of Azerbaijan", "Minister for
	// Trade and Industry of Kenya": the portfolio, then the country.
	if k := sp.j; k+1 < len(s.toks) && (s.toks[k].low == "of" || s.toks[k].low == "for") {
		for k++; k < len(s.toks) && k < sp.j+8; k++ {
			t := &s.toks[k]
			if t.low == "of" && k+1 < len(s.toks) {
				if p, ok := s.partnerSpanAt(k + 1); ok && p.kind == kPartner && p.id != x.r.euID && !x.r.member[p.id] && !x.r.org[p.id] {
					return sp.i, sidePartner
				}
				break
			}
			if !(t.kind == tWord && (t.cap || t.low == "and")) && !t.isPunct(",") && t.text != "&" {
				break
			}
		}
	}
	for k := sp.i - 1; k >= 0 && k >= sp.i-4; k-- {
		t := &s.toks[k]
		// "the High Representative met President X": the verb ends the
		// title's modifiers; the title before it is another person's.
		if t.kind == tPunct && !t.isDash() || t.low == "and" || determiners[t.low] || s.inDate[k] || meetVerbs[t.low] || titleStops[t.low] {
			break
		}
		if p, ok := s.partnerSpanAt(k); ok && p.kind == kPartner {
			side := sidePartner
			switch {
			case p.id == x.r.euID:
				side = sideEU
			case x.r.member[p.id]:
				return p.i, sideNone
			}
			// "EU and ASEAN foreign ministers", "Japanese and EU ministers".
			if p.i >= 2 && s.toks[p.i-1].low == "and" {
				if q, ok := s.partnerSpanAt(p.i - 2); ok && q.kind == kPartner && !x.r.member[q.id] && (q.id == x.r.euID) != (p.id == x.r.euID) {
					return q.i, sideBoth
				}
			}
			return p.i, side
		}
	}
	return sp.i, sideNone
}

// noteEUSubject records a sentence whose first office holder, by title or
// by a name met before, is the EU's.
func (x *docState) noteEUSubject(s *sent) {
	for k := range s.toks {
		if s.inDate[k] || s.quoted[k] {
			continue
		}
		if _, side, ok := x.person(s, k); ok {
			if side == sideEU {
				x.euSubjSent = x.sentNo
			}
			return
		}
		if sp, ok := s.spanAt(kOffice, k); ok {
			if _, side := x.officeSide(s, sp); side == sideEU {
				x.euSubjSent = x.sentNo
			}
			return
		}
	}
}

// pronounBefore finds "he" or "she" as the subject of the verb at v,
// right before the verb or its auxiliary, opening the sentence, its
// clause or a "where"/"when" clause after a date or a comma ("On
// Thursday, he will meet", "where she will meet"). It returns its index,
// or -1.
func (s *sent) pronounBefore(clause, v int) int {
	k := v - 1
	for k >= 0 && s.clauseOf(k) == clause && (auxiliaries[s.toks[k].low] || s.toks[k].low == "also" || s.toks[k].low == "then" || s.toks[k].low == "later") {
		k--
	}
	if k < 0 || s.toks[k].low != "he" && s.toks[k].low != "she" {
		return -1
	}
	if j := k - 1; j < 0 || s.toks[j].isPunct(",") || s.inDate[j] || s.toks[j].low == "where" || s.toks[j].low == "when" || s.toks[j].low == "and" {
		return k
	}
	return -1
}
