package extractor

// meetVerbs are the verbs of people meeting: "X met Y", "X will be in
// Brussels to meet Y", "X hosted Y".
var meetVerbs = map[string]bool{
	"met": true, "meet": true, "meets": true, "hosted": true, "hosts": true, "received": true, "receives": true,
}

// officeMeetings finds the meetings of an EU office holder with a partner's
// that name no series ("Commissioner Dombrovskis met Mexico's Secretary of
// Economy", "Swiss Federal Councillor Cassis will be in Brussels on
// Wednesday to meet Commission Vice-President Šefčovič"): ministerial
// meetings, as the corpus counts them. A clause that names an event of
// its own (a dialogue, a summit) is that event's, not a meeting besides it.
func (x *docState) officeMeetings(s *sent, out []trig) []trig {
	for v := range s.toks {
		if !meetVerbs[s.toks[v].low] || s.inDate[v] || s.quoted[v] {
			continue
		}
		clause := s.clauseOf(v)
		busy := false
		for i := range out {
			t := &out[i]
			// "met ... to prepare the summit": the summit is another
			// occasion, not this meeting.
			if t.typ != "merged" && !t.reject && s.clauseOf(t.head[0]) == clause && s.temporalBefore(t.np[0]) == "" {
				busy = true
			}
		}
		if busy {
			continue
		}
		eu, other := x.offices(s, clause)
		// "Commissioner Várhelyi will travel to Chişinău to meet Deputy
		// Prime Minister Popescu": a title of no named side after the
		// verb is the partner's, the one the article is about.
		if eu[0] >= 0 && other[0] < 0 && len(x.ctxPartners) > 0 && x.ctxFrom != "" && x.sentNo-x.lastSent <= 2 {
			other = x.unnamedOffice(s, clause, v)
		}
		if eu[0] < 0 || other[0] < 0 {
			continue
		}
		lo := minInt(v, minInt(eu[0], other[0]))
		hi := maxInt(v+1, maxInt(eu[1], other[1]))
		out = append(out, trig{typ: "ministerial meeting", seriesID: -1, head: [2]int{v, v + 1},
			np: [2]int{lo, hi}, ed: [2]int{lo, lo}, linked: -1, date: -1, meet: true})
	}
	return out
}

// offices finds the first EU office holder and the first partner's in a
// clause: where their phrases start and end, or -1.
func (x *docState) offices(s *sent, clause int) (eu, other [2]int) {
	eu, other = [2]int{-1, -1}, [2]int{-1, -1}
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
	}
	for k := sp.i - 1; k >= 0 && k >= sp.i-4; k-- {
		t := &s.toks[k]
		if t.kind == tPunct && !t.isDash() || t.low == "and" || determiners[t.low] || s.inDate[k] {
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
