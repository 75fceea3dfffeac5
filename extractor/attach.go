package extractor

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// Attachment of dates and places to the event mentions of a sentence, and
// what one mention lends another (the occasion it happened at, the event it
// continues).

// dateLast gives the event of the previous sentence, reported without a
// date, the date of a sentence that continues it with no event noun of its
// own: "The EU and Viet Nam held the 13th round of their Human Rights
// Dialogue in Hanoi. Officials met on 14 November and 15 November ...".
func (x *docState) dateLast(s *sent) {
	ev := x.last
	if ev == nil || !ev.start.zero() || x.sentNo-x.lastSent != 1 || len(s.dates) == 0 {
		return
	}
	verb := false
	for _, sp := range s.spans {
		if (sp.kind == kHeld || sp.kind == kPlanned) && !s.inDate[sp.i] && s.toks[sp.i].low != "next" {
			verb = true
		}
		if (sp.kind == kHypothetical || sp.kind == kNegation) && !s.inDate[sp.i] {
			return
		}
	}
	for _, sp := range s.partners {
		code := x.r.partners[sp.id]
		if sp.id != x.r.euID && !x.r.member[sp.id] && !slices.Contains(ev.Partners, code) {
			return // another partner: another matter
		}
	}
	if !verb {
		return
	}
	tense := -1
	if ev.Status == wire.StatusPlanned {
		tense = 1
	}
	for _, d := range s.dates {
		if x.sinceDate(s, d) || d.conj || d.label || s.reportDate(d) || s.superseded(d) {
			continue
		}
		st, en, ok := d.resolve(x.pub, x.prevDate(), x.ref, tense)
		if !ok {
			return
		}
		ev.start, ev.end = st, en
		if x.pub.y > 0 {
			switch st.cmp(x.pub) {
			case 1:
				ev.Status = wire.StatusPlanned
			case -1:
				ev.Status = wire.StatusHeld
			}
		}
		return
	}
}

// assignDates gives each date of the sentence to the nearest event mention
// of its clause; a date after the head reached through "held on", "takes
// place in" is preferred.
func (x *docState) assignDates(s *sent, trigs []trig) {
	type cand struct{ d, t, score int }
	var cands []cand
	for i := range trigs {
		trigs[i].date = -1
	}
	front := s.frontedPhrase()
	for di, d := range s.dates {
		if x.sinceDate(s, d) || d.conj || d.label || s.reportDate(d) || s.superseded(d) {
			continue
		}
		for ti := range trigs {
			t := &trigs[ti]
			if t.typ == "merged" || t.reject {
				continue
			}
			lo, hi := t.np[0], t.np[1]
			// "In the margins of the Dialogue, the delegation met ... on
			// 12 July": the main clause's date is not the fronted event's.
			if hi <= front && d.i > front || s.appos[t.head[0]] && !s.appos[d.i] {
				continue
			}
			// "last week's G7 summit": the date of that noun only.
			if d.poss && !(d.j <= lo && lo-d.j <= 1 || d.j > lo && d.j <= t.head[0]) {
				continue
			}
			score := 0
			switch {
			case d.j <= lo && (t.cont > 0 || t.nominal || s.decidedObject(t) || s.copulaBefore(lo)):
				continue // what precedes "and its second", "after the signature of", "agreed to resume the dialogue", is another's
			case t.meet && d.i > lo && d.j <= t.head[0] && s.closedRelative(d.i, t.head[0]):
				continue // "The minister, who arrived on Sunday, met X on Monday": the arrival's
			case d.j <= lo && s.closedRelative(d.i, lo):
				continue // "the Meeting, which will take place on 21 May, and the Summit": the Meeting's
			case d.j <= lo && s.appositionAfter(d.j, lo) && earlierMention(s, trigs, ti, d.i):
				continue // "at the Summit in Lima on 15 June 2021, the first summit since 2014": the Summit's
			case d.j <= lo:
				score = lo - d.j
				if s.clauseOf(d.i) != s.clauseOf(lo) && !x.relativeWhen(s, d.j, lo) {
					continue
				}
				// "On 3 June, a think tank hosted a roundtable ahead of the
				// summit": what comes before or after an event is not it.
				if p := s.temporalBefore(lo); p == "ahead" || p != "" && d.start.d > 0 {
					continue
				}
			case d.i >= hi:
				score = d.i - hi
				if s.clauseOf(d.i) != s.clauseOf(hi-1) {
					continue
				}
				// "the Joint Communication ... adopted in May 2022": the
				// date of another noun's participle.
				if p := s.participleBefore(d.i); p > hi {
					continue
				}
				// "established under the Agreement, which entered into
				// force on 1 March 2021": a relative clause on another noun.
				if s.relativeOfOther(hi, d.i) || t.verb && s.relativeNoEvent(hi, d.i) {
					continue
				}
				// "met the Prime Minister ... ahead of next winter": what
				// a meeting comes ahead of is not its date.
				if s.aheadOf(d.i) {
					continue
				}
				if x.reachedByVerb(s, hi, d.i) {
					score -= 4
				}
			}
			score *= 2
			if t.verb {
				score++ // on a tie the event noun takes the date
			}
			cands = append(cands, cand{di, ti, score})
		}
	}
	// One date per mention and one mention per date, nearest pairs first:
	// "the Summit of 22 March 2019 and the Summit with China on 9 April".
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score < cands[b].score })
	taken := make([]bool, len(s.dates))
	for _, c := range cands {
		if taken[c.d] || trigs[c.t].date >= 0 {
			continue
		}
		taken[c.d] = true
		trigs[c.t].date, trigs[c.t].dateSc = c.d, c.score
	}
}

// appositionAfter reports a noun phrase at lo that follows the date
// ending at j with only a comma and determiners or ordinals between: an
// apposition renaming what the date belongs to.
func (s *sent) appositionAfter(j, lo int) bool {
	if j >= len(s.toks) || !s.toks[j].isPunct(",") || j+1 >= lo {
		return false
	}
	for k := j + 1; k < lo; k++ {
		if !determiners[s.toks[k].low] && ordinalAt(s.toks, k) == 0 {
			return false
		}
	}
	return true
}

// earlierMention reports another mention than trigs[ti] ending before
// the token at i, in the same clause.
func earlierMention(s *sent, trigs []trig, ti, i int) bool {
	for k := range trigs {
		t := &trigs[k]
		if k == ti || t.typ == "merged" || t.reject || t.np[1] > i {
			continue
		}
		if s.clauseOf(t.np[1]-1) == s.clauseOf(i) {
			return true
		}
	}
	return false
}

// closedRelative reports a date at i inside a relative clause (", which
// is expected to take place on 21 May,") that closes before lo: the
// date is the antecedent's, not that of what follows the clause.
func (s *sent) closedRelative(i, lo int) bool {
	k := i - 1
	for k > 0 && !s.toks[k].isPunct(",") && i-k < 14 {
		k--
	}
	if k <= 0 || !s.toks[k].isPunct(",") || k+1 >= len(s.toks) {
		return false
	}
	switch s.toks[k+1].low {
	case "which", "where", "when", "who":
	default:
		return false
	}
	for m := i; m < lo; m++ {
		if s.toks[m].isPunct(",") {
			return true
		}
	}
	return false
}

// relativeOfOther reports a relative clause between hi and i whose
// antecedent is not the phrase ending at hi but another noun after it.
func (s *sent) relativeOfOther(hi, i int) bool {
	for k := hi + 1; k < i; k++ {
		if w := s.toks[k].low; (w != "which" && w != "that") || !s.toks[k-1].isPunct(",") {
			continue
		}
		// Another noun: a document, or the object of another preposition
		// than those of place, time and participants ("under the
		// Agreement"), not "with the bloc's foreign policy chief".
		for m := hi; m < k-1; m++ {
			if s.inDate[m] {
				continue
			}
			if s.has(kDocument, m, m+1) {
				return true
			}
			switch w := s.toks[m].low; {
			case w == "with" || w == "between" || w == "among" || w == "by":
				return false // the participants, whatever their titles
			case w == "in" || w == "at" || w == "on" || w == "of":
			case prepositions[w]:
				// "the Commissioner for Digital": part of a title; "the
				// Investors Forum for EU-Central Asia Transport
				// Connectivity": part of a name.
				if _, ok := s.spanEndingAt(kOffice, m); ok {
					continue
				}
				if m+1 < k-1 && s.toks[m+1].cap && s.toks[m-1].cap && s.capitalisedUpTo(m+1, k-1) {
					continue
				}
				return true
			}
		}
		return false
	}
	return false
}

// copulaBefore reports a predicate noun phrase at lo: "(the summit in
// Lima on 3 March) was the first summit since 2019": what precedes the
// copula dates its subject.
func (s *sent) copulaBefore(lo int) bool {
	k := lo - 1
	for k >= 0 && (determiners[s.toks[k].low] || ordinalAt(s.toks, k) > 0) {
		k--
	}
	if k < 0 {
		return false
	}
	switch s.toks[k].low {
	case "was", "is", "were", "are", "be", "been", "becomes", "became":
		return true
	}
	return false
}

// decidedObject reports a mention that is the object of a decision:
// "agreed to resume the bilateral ICT dialogue", "decided to hold a
// summit". It takes no date or place from the occasion of the decision.
func (s *sent) decidedObject(t *trig) bool {
	if t.verb {
		return false
	}
	k := t.np[0] - 1
	for k >= 0 && determiners[s.toks[k].low] {
		k--
	}
	return k >= 2 && s.toks[k].kind == tWord && s.decidedBefore(k)
}

// decidedBefore reports "to" before the verb at v, governed by a
// decision verb, over a date of the decision: "agreed to hold", "agreed
// in November 2025 to hold".
func (s *sent) decidedBefore(v int) bool {
	if v < 2 || s.toks[v-1].low != "to" {
		return false
	}
	k := v - 2
	if s.inDate[k] {
		for k > 0 && s.inDate[k] {
			k--
		}
		if w := s.toks[k].low; k > 0 && (w == "in" || w == "on") {
			k--
		}
	}
	return decisionVerbs[s.toks[k].low]
}

// relativeNoEvent reports a relative clause between hi and i whose verb
// is no event verb: "launched the Green Alliance, which commits both
// sides to climate neutrality by 2050": its dates are its own.
func (s *sent) relativeNoEvent(hi, i int) bool {
	for k := hi; k+1 < i; k++ {
		if !s.toks[k].isPunct(",") || (s.toks[k+1].low != "which" && s.toks[k+1].low != "who") {
			continue
		}
		for m := k + 2; m < i && m < k+6; m++ {
			for _, sp := range s.spans {
				if sp.i == m && (sp.kind == kHeld || sp.kind == kPlanned || sp.kind == kSigning || sp.kind == kLaunch) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// capitalisedUpTo reports a run of capitalised words (and hyphens, "and")
// from i to j.
func (s *sent) capitalisedUpTo(i, j int) bool {
	for k := i; k < j; k++ {
		t := &s.toks[k]
		if !(t.kind == tWord && (t.cap || t.low == "and") || t.isDash() && !t.space) {
			return false
		}
	}
	return true
}

// cityAt reports a place name at k.
func (s *sent) cityAt(k int) bool {
	for _, c := range s.cities {
		if c.i <= k && k < c.j {
			return true
		}
	}
	return false
}

// participleBefore finds a past participle that is no event verb right
// before a date ("adopted in May 2022", "published on 3 May"): its index,
// or -1.
func (s *sent) participleBefore(i int) int {
	k := i - 1
	if k >= 0 && (s.toks[k].low == "in" || s.toks[k].low == "on" || s.toks[k].low == "at") {
		k--
	}
	if k < 0 {
		return -1
	}
	t := &s.toks[k]
	if t.kind != tWord || t.cap || len(t.low) < 5 || !strings.HasSuffix(t.low, "ed") {
		return -1
	}
	// "The dialogue was relaunched in 2023", "the dialogue, relaunched in
	// 2023,": the subject's own participle.
	if k == 0 || s.toks[k-1].kind != tWord || auxiliaries[s.toks[k-1].low] {
		return -1
	}
	for _, sp := range s.spans {
		if sp.i <= k && k < sp.j {
			switch sp.kind {
			case kHeld, kPlanned, kSigning, kLaunch:
				return -1
			}
		}
	}
	return k
}

// reportingVerbs say who told the news: a date right after them is the
// report's ("officials said on Tuesday").
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "stated": true, "wrote": true, "added": true, "noted": true,
	"tweeted": true, "explained": true, "according": true,
}

// reportDate reports a date that dates the reporting verb before it.
func (s *sent) reportDate(d dateMention) bool {
	k := d.i - 1
	if k >= 0 && (s.toks[k].low == "on" || s.toks[k].low == "late" || s.toks[k].low == "earlier") {
		k--
	}
	return k >= 0 && reportingVerbs[s.toks[k].low]
}

// superseded: "originally pencilled in for December, will now take place
// in spring": a date the event had before it moved, when the sentence gives
// a later one.
func (s *sent) superseded(d dateMention) bool {
	hedge := false
	for k := d.i - 1; k >= 0 && k >= d.i-5; k-- {
		w := s.toks[k].low
		if s.toks[k].isPunct(",") {
			break
		}
		if w == "originally" || w == "initially" || w == "previously" {
			hedge = true
			break
		}
	}
	if !hedge {
		return false
	}
	for _, o := range s.dates {
		if o.i >= d.j {
			return true
		}
	}
	return false
}

// temporalPreps relate an event to another in time without dating it:
// "ahead" for the ones that point forward, "after" for the others.
var temporalPreps = map[string]string{
	"ahead": "ahead", "before": "ahead", "prior": "ahead", "run-up": "ahead", "preparation": "ahead",
	"until": "ahead", "towards": "ahead", "toward": "ahead", "after": "after", "following": "after",
	"prepare": "ahead", "prepares": "ahead", "preparing": "ahead",
}

// temporalBefore reports a phrase starting at lo introduced by "ahead of",
// "before", "after", "following", "in preparation for": which kind, or "".
// A date before "ahead of X" is never X's; a day before "after X" is not
// X's either, though a year may be ("the Joint Statement of 2018 after the
// 20th Summit").
func (s *sent) temporalBefore(lo int) string {
	for k := lo - 1; k >= 0 && k >= lo-4; k-- {
		t := &s.toks[k]
		if p := temporalPreps[t.low]; p != "" {
			return p
		}
		if !(determiners[t.low] || t.low == "of" || t.low == "to" || t.low == "for" || t.low == "the") {
			return ""
		}
	}
	return ""
}

// aheadOf reports "ahead of" right before the date at k.
func (s *sent) aheadOf(k int) bool {
	return k >= 2 && s.toks[k-1].low == "of" && s.toks[k-2].low == "ahead"
}

// share gives a signing or launch without a date of its own the date and
// place of the event it follows in the sentence: "The Association Council
// met in Brussels on 27 June 2019 and adopted a declaration launching a
// partnership", "... met in Paris on 3 June, where they agreed to set up a
// dialogue mechanism".
func (x *docState) share(s *sent, trigs []trig) {
	// "... last week on the sidelines of the G7 meeting in Verona, where
	// the Commissioner held a bilateral meeting with ...": a where-clause
	// happens when its antecedent does.
	taken := make([]bool, len(s.dates))
	for i := range trigs {
		if d := trigs[i].date; d >= 0 && !trigs[i].reject && trigs[i].typ != "merged" {
			taken[d] = true
		}
	}
	for i := range trigs {
		t := &trigs[i]
		if t.reject || t.typ == "merged" {
			continue
		}
		w := t.head[0]
		for w > 0 && s.clause[w-1] == s.clause[t.head[0]] {
			w--
		}
		if w == 0 || s.toks[w].low != "where" || !s.toks[w-1].isPunct(",") {
			continue
		}
		// "in Brasília, where ...", "to Rabat later this month, where
		// ...": the place is the antecedent.
		if len(t.cities) == 0 {
			e := w - 1
			for e > 0 && s.inDate[e-1] {
				e--
			}
			for _, c := range s.cities {
				if c.j == e {
					t.cities = []int{c.id}
				}
			}
		}
		for di := len(s.dates) - 1; di >= 0 && t.date < 0; di-- {
			d := s.dates[di]
			if d.j <= w && !taken[di] && !d.conj && !d.label && !x.sinceDate(s, d) && !s.reportDate(d) && !s.superseded(d) {
				t.date, taken[di] = di, true
				break
			}
		}
	}
	for i := range trigs {
		t := &trigs[i]
		if !t.verb || t.nominal || t.reject || t.typ == "merged" || t.date >= 0 {
			continue
		}
		best := -1
		for j := range trigs {
			u := &trigs[j]
			if j == i || u.verb || u.reject || u.typ == "merged" || u.date < 0 || u.head[0] >= t.head[0] {
				continue
			}
			if best < 0 || u.head[0] > trigs[best].head[0] {
				best = j
			}
		}
		if best >= 0 {
			t.date = trigs[best].date
			if len(t.cities) == 0 {
				t.cities = trigs[best].cities
			}
		}
	}
}

// linkWords put one event at another: "launched ... on the occasion of the
// 19th Summit", "set up at the EU-Japan Summit", "in the margins of".
var linkWords = map[string]bool{
	"at": true, "during": true, "occasion": true, "margins": true, "margin": true, "sidelines": true,
	"sideline": true, "alongside": true,
}

// link shares date, place and partners between an event and the one it
// happened at.
func (x *docState) link(s *sent, trigs []trig) {
	front := s.frontedPhrase()
	for b := range trigs {
		tb := &trigs[b]
		// A multilateral meeting is no event of its own but still the
		// occasion of one: "in the margins of the G20 summit in Rio".
		if tb.typ == "merged" || tb.verb {
			continue
		}
		linked, margins := false, false
		for k := tb.np[0] - 1; k >= 0 && k >= tb.np[0]-5; k-- {
			if linkWords[s.toks[k].low] {
				linked = true
				margins = s.toks[k].low != "at" && s.toks[k].low != "during"
				break
			}
			if s.toks[k].isPunct(".") || s.toks[k].isPunct(";") {
				break
			}
		}
		if !linked {
			continue
		}
		// "on the margins of the Europa Connectivity Forum": a gathering
		// with a name of its own that names no partner, on whose margins
		// others meet, is someone else's (the EU's, a multilateral one);
		// it only lends its date and place.
		if margins && !tb.reject && !tb.anaphor && tb.seriesID < 0 && x.unpartneredName(s, tb) {
			tb.reject = true
		}
		for a := range trigs {
			ta := &trigs[a]
			// The event precedes the occasion, or follows it when the
			// occasion opens the sentence ("In the margins of X, Y met Z").
			after := front >= 0 && tb.np[1] <= front && ta.np[0] > front
			if a == b || ta.typ == "merged" || ta.reject || (ta.np[1] > tb.np[0] && !after) {
				continue
			}
			// "The task force, set up in March 2022, met on the margins
			// of the TTC": the occasion is the main verb's, not the
			// participle's.
			if ta.verb && !after && s.finiteBetween(ta.np[1], tb.np[0]) {
				continue
			}
			if tb.reject {
				if s.decidedObject(ta) {
					continue
				}
				if ta.date < 0 && !ta.bare {
					ta.date = tb.date
				}
				if len(ta.cities) == 0 && !ta.bare {
					ta.cities = tb.cities
				}
				continue
			}
			ta.linked, tb.linked = b, a
			// "At the summit, ..., the leaders agreed to resume the
			// dialogue": what is decided happens later, if at all.
			if s.decidedObject(ta) {
				continue
			}
			// "The forum took place alongside the fourth round ...": a
			// bare "the forum" is the article's forum, not dated here.
			if ta.date < 0 && !ta.bare {
				ta.date = tb.date
			} else if tb.date < 0 && !tb.bare {
				tb.date = ta.date
			}
			if len(ta.cities) == 0 && !ta.bare {
				ta.cities = tb.cities
			} else if len(tb.cities) == 0 && !tb.bare {
				tb.cities = ta.cities
			}
		}
	}
}

// finiteBetween reports a verb that can head a clause in [i, j).
func (s *sent) finiteBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if s.finiteAt(k) {
			return true
		}
	}
	return false
}

// freeDate reports a date of the sentence that no mention took: then the
// sentence dates itself, and nothing is inherited.
func freeDate(s *sent, all []trig) bool {
	for di := range s.dates {
		taken := false
		for k := range all {
			taken = taken || all[k].date == di
		}
		if !taken {
			return true
		}
	}
	return false
}

// refersBack: "in the margins of the meeting", "at the summit": the
// sentence places itself at the event the article is about.
func (x *docState) refersBack(s *sent) bool {
	for k := range s.toks {
		if !linkWords[s.toks[k].low] {
			continue
		}
		for _, sp := range s.spans {
			if sp.i > k && sp.i <= k+4 && (sp.kind == kAnaphor || sp.kind == kCue) && sp.i > 0 && s.toks[sp.i-1].low == "the" {
				return true
			}
		}
	}
	return false
}

// referredEvent is the event a sentence places itself at by naming its
// kind ("On the sidelines of the summit, the EU and Egypt signed ..."):
// the latest dated event of that kind with these partners, or nil. The
// latest event of the article may be another one ("the partnership,
// signed in Cairo in 2024").
func (x *docState) referredEvent(s *sent, codes []string) *event {
	for k := range s.toks {
		if !linkWords[s.toks[k].low] {
			continue
		}
		for _, sp := range s.spans {
			if sp.kind != kCue || sp.i <= k || sp.i > k+4 || s.toks[sp.i-1].low != "the" {
				continue
			}
			typ := x.r.cueType[sp.id]
			for e := len(x.events) - 1; e >= 0; e-- {
				// "The previous one took place in Tokyo": a look back is
				// not the occasion the article reports.
				if o := x.events[e]; o.Type == typ && !o.start.zero() && samePartners(o.Partners, codes) && o.rel >= 0 {
					return o
				}
			}
		}
	}
	return nil
}

// sameOccasion is the event "on the same occasion" refers to: the event
// of the article with these partners dated to the day, which may lie
// several sentences and other mentions back.
func (x *docState) sameOccasion(s *sent, codes []string) *event {
	for k := 1; k+1 < len(s.toks); k++ {
		if s.toks[k].low != "same" || s.toks[k+1].low != "occasion" || s.toks[k-1].low != "the" {
			continue
		}
		for _, o := range x.events {
			if prec(o.start) == 3 && samePartners(o.Partners, codes) {
				return o
			}
		}
	}
	return nil
}

// relativeWhen: "in 2012, when both signed ...": the date governs the
// following clause.
func (x *docState) relativeWhen(s *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if s.toks[k].low == "when" {
			return true
		}
	}
	return false
}

// reachedByVerb: between the head's end and a later date stands an event
// verb ("summit ... held in July 2020").
func (x *docState) reachedByVerb(s *sent, from, to int) bool {
	for k := from; k < to && k < from+6; k++ {
		if s.has(kHeld, k, k+1) || s.has(kPlanned, k, k+1) {
			return true
		}
	}
	return false
}

// sinceDate: "since 2009" starts a state, it is no occurrence.
func (x *docState) sinceDate(s *sent, d dateMention) bool {
	k := d.i - 1
	if k >= 0 && s.toks[k].low == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	for _, sp := range s.spans {
		if sp.kind == kSince && sp.j == k+1 {
			return true
		}
	}
	return false
}

// cityOf reports a place named as "in the (Caribbean) city of" before k.
func (s *sent) cityOf(k int) bool {
	if k < 4 || s.toks[k-1].low != "of" || !placeNouns[s.toks[k-2].low] {
		return false
	}
	for m := k - 3; m >= 1 && m >= k-4; m-- {
		if s.toks[m].low == "the" {
			return s.toks[m-1].low == "in" || s.toks[m-1].low == "at"
		}
	}
	return false
}

// assignCities gives each city introduced by "in"/"at" (or modifying the
// event noun: "the Geneva meeting") to the nearest mention of its clause.
func (x *docState) assignCities(s *sent, trigs []trig) {
	front := s.frontedPhrase()
	for _, c := range s.cities {
		prep := c.i > 0 && (s.toks[c.i-1].low == "in" || s.toks[c.i-1].low == "at") || c.j <= s.item || s.cityOf(c.i)
		// "due to travel to Brussels for the 13th round", "a visit to Tokyo"
		if c.i > 1 && s.toks[c.i-1].low == "to" && motionWords[s.toks[c.i-2].low] {
			prep = true
		}
		// "the Prime Minister, who is visiting Brussels, held the summit".
		if c.i > 0 && (s.toks[c.i-1].low == "visiting" || s.toks[c.i-1].low == "visited") {
			prep = true
		}
		// "is planned for Sydney in 2020", "set for Lima".
		if c.i > 1 && s.toks[c.i-1].low == "for" {
			for _, sp := range s.spans {
				if sp.kind == kPlanned && (sp.j == c.i-1 || sp.j == c.i) && s.toks[sp.i].low != "next" {
					prep = true
				}
			}
		}
		// "- 12 May 2023: 4th EU-Korea Cyber Dialogue, Seoul": the place
		// after the event's name, closing the line or the phrase.
		if c.i > 1 && s.toks[c.i-1].isPunct(",") && (c.j == len(s.toks) || s.toks[c.j].kind == tPunct && s.toks[c.j].text != "-") {
			for ti := range trigs {
				if trigs[ti].typ != "merged" && trigs[ti].np[1] == c.i-1 {
					prep = true
				}
			}
		}
		if c.j < len(s.toks) {
			switch s.toks[c.j].low { // "Beijing hosted the fifth round"
			case "hosted", "hosts", "host", "will":
				if s.toks[c.j].low != "will" || (c.j+1 < len(s.toks) && s.toks[c.j+1].low == "host") {
					prep = true
				}
			}
		}
		if !prep && c.i > 1 && (s.toks[c.i-1].low == "and" || s.toks[c.i-1].isPunct(",")) {
			// "in Brussels and Beijing"
			for _, o := range s.cities {
				if o.j == c.i-1 && o.i > 0 && (s.toks[o.i-1].low == "in" || s.toks[o.i-1].low == "at") {
					prep = true
				}
			}
		}
		if prep && c.i > 1 {
			switch s.toks[c.i-2].low {
			case "delegation", "delegations", "based", "embassy", "embassies", "office", "offices", "located",
				"headquartered", "representation", "counsellor", "expert", "mission", "missions", "consulate":
				continue
			}
		}
		// "the peace agreement initialled in Washington": the place of
		// a participle that is no event verb.
		if prep && s.participleBefore(c.i) >= 0 {
			continue
		}
		best, bestDist := -1, 1<<30
		for ti := range trigs {
			t := &trigs[ti]
			if t.typ == "merged" {
				continue
			}
			lo, hi := t.np[0], t.np[1]
			// A description takes only the place right after it ("planned
			// as a meeting in Brussels, the summit ..."), and keeps it.
			if t.pred && !(prep && c.i >= hi && c.i-hi <= 1) {
				continue
			}
			if c.i >= lo && c.j <= hi && !t.verb && !prep && !s.partnerAt(c.i) {
				best, bestDist = ti, -1 // modifier of the noun: "the Geneva meeting"
				break
			}
			if !prep || hi <= front && c.i > front || c.j <= lo && s.temporalBefore(lo) != "" || s.appos[t.head[0]] && !s.appos[c.i] {
				continue
			}
			var dist int
			switch {
			case c.j <= lo && t.cont > 0:
				continue
			case c.j <= lo:
				// "held the first dialogue in Tokyo and launched ...": on
				// a tie the place goes with the phrase before it.
				dist = lo - c.j + 1
				// "... in Beijing, ahead of the Summit": the place belongs
				// to what precedes the comma.
				for k := c.j; k < lo; k++ {
					if s.toks[k].isPunct(",") {
						dist += 4
					}
				}
			case c.i >= hi:
				dist = c.i - hi
			default:
				dist = 0
			}
			if s.clauseOf(c.i) != s.clauseOf(t.head[0]) {
				continue
			}
			if dist < bestDist {
				best, bestDist = ti, dist
			}
		}
		if best >= 0 {
			trigs[best].cities = appendUnique(trigs[best].cities, c.id)
		}
	}
	x.sameCity(s, trigs)
}

// motionWords bring someone to a place: "travel to Brussels", "a visit to
// Tokyo".
var motionWords = map[string]bool{
	"travel": true, "travels": true, "travelled": true, "traveled": true, "travelling": true, "traveling": true,
	"come": true, "comes": true, "came": true, "go": true, "goes": true, "went": true, "fly": true, "flies": true,
	"flew": true, "head": true, "heads": true, "headed": true, "return": true, "returns": true, "returned": true,
	"visit": true, "visits": true, "trip": true, "journey": true, "mission": true, "invitation": true,
}

// sameCity: "met ... in the same city": the place of the latest event
// that has one, for the mention of the clause with no place of its own.
func (x *docState) sameCity(s *sent, trigs []trig) {
	for k := 0; k+3 < len(s.toks); k++ {
		if !(s.toks[k].low == "in" || s.toks[k].low == "at") || s.toks[k+1].low != "the" || s.toks[k+2].low != "same" {
			continue
		}
		switch s.toks[k+3].low {
		case "city", "place", "venue", "town", "capital":
		default:
			continue
		}
		loc := ""
		for e := len(x.events) - 1; e >= 0 && loc == ""; e-- {
			loc = x.events[e].Location
		}
		id := x.cityID(loc)
		if loc == "" || id < 0 {
			return
		}
		best, bestDist := -1, 1<<30
		for ti := range trigs {
			t := &trigs[ti]
			if t.typ == "merged" || len(t.cities) > 0 || s.clauseOf(t.head[0]) != s.clauseOf(k) {
				continue
			}
			d := k - t.np[1]
			if d < 0 {
				d = t.np[0] - k
			}
			if d < bestDist {
				best, bestDist = ti, d
			}
		}
		if best >= 0 {
			trigs[best].cities = []int{id}
		}
	}
}

// dayOfEvent reads "on the day of the summit", "on the eve of the
// summit" outside mention t: the day of the latest event of that type
// the article reports (of the series its modifiers name, when they name
// one), or of the day before it.
func (x *docState) dayOfEvent(s *sent, t *trig) (date, bool) {
	n := len(s.toks)
	for k := 1; k+2 < n; k++ {
		w := s.toks[k].low
		if (w != "day" && w != "eve") || s.toks[k-1].low != "the" || s.toks[k+1].low != "of" {
			continue
		}
		if k+1 >= t.np[0] && k-1 < t.np[1] {
			continue
		}
		for j := k + 2; j < n && j < k+8; j++ {
			var head span
			found := false
			for _, sp := range s.spans {
				if sp.i == j && (sp.kind == kCue || sp.kind == kSeries || sp.kind == kAnaphor) && (!found || sp.j > head.j) {
					head, found = sp, true
				}
			}
			if !found {
				// Within the noun phrase: "the day of the commemorative
				// summit", not "the day of the vote in ... the summit".
				if tk := &s.toks[j]; tk.kind == tPunct && !tk.isDash() || prepositions[tk.low] || s.finiteAt(j) {
					break
				}
				continue
			}
			if j+1 >= t.np[0] && k-1 < t.np[1] {
				break
			}
			typ := ""
			switch head.kind {
			case kCue:
				typ = x.r.cueType[head.id]
			case kSeries:
				typ = x.r.series[head.id].Type
			}
			var best, latest *event
			for _, o := range x.events {
				if prec(o.start) != 3 || typ != "" && o.Type != typ || typ == "" && (o.Type == "signing" || o.Type == "launch") {
					continue
				}
				named := true
				for m := k + 2; m < j; m++ {
					if tk := &s.toks[m]; tk.kind == tWord && !determiners[tk.low] && !strings.Contains(strings.ToLower(o.Series), tk.low) {
						named = false
					}
				}
				latest = o
				if named {
					best = o
				}
			}
			if best == nil {
				best = latest
			}
			if best == nil {
				return date{}, false
			}
			d := best.start
			if w == "eve" {
				tm := time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
				d = date{tm.Year(), int(tm.Month()), tm.Day()}
			}
			return d, true
		}
	}
	return date{}, false
}

// paragraphYear gives a day or month without a year the year of the
// paragraph's frame, when the page has no publication date: the year a
// sentence opened with ("In 2023 Japan held the G7 presidency. The 29th
// Summit took place in Brussels on 13th July") or of the latest day or
// month stated with its year; not a year in passing ("... ties in 1975.
// Nowadays ... on 9th April"). With a publication date, that date and the
// tense decide: a paragraph's year is as often that of a programme or of
// a history recalled in passing.
func (x *docState) paragraphYear(d *dateMention) {
	y := x.paraYear
	if d.rel != relNone || d.start.y != 0 || d.start.m == 0 || y == 0 || x.pub.y > 0 {
		return
	}
	// After a day or month of that year, a narrative goes forward: "signed
	// on 13 December 2023 ... took place on 5th March" is March 2024.
	if p := x.paraDate; p.y == y && p.m > 0 && (date{y: y, m: d.start.m, d: d.start.d}).cmp(p) < 0 {
		y++
	}
	d.start.y = y
	if !d.end.zero() && d.end.y == 0 {
		d.end.y = y
		if d.end.m < d.start.m {
			d.end.y++
		}
	}
}
