package extractor

import "strings"

// Participants: which partners named in a sentence take part in an event.

// partnerSet is who takes part in a mention.
type partnerSet struct {
	ids         []int // non-EU partner ids
	local       []int // those named in the phrase itself
	euNamed     bool  // the mention's clause names the EU side
	fromContext bool  // taken from the context, not the sentence
}

// partnersOf finds the partners of mention t: the phrase's own, else the
// clause's, else the sentence's, else the context's (title, heading,
// previous sentences).
func (x *docState) partnersOf(s *sent, t *trig, all []trig) partnerSet {
	r := x.r
	clause := s.clauseOf(t.head[0])
	lo, hi := t.np[0], t.np[1]
	if lo < 0 {
		lo = t.head[0]
	}
	local, clauseP, sentP := []int{}, []int{}, []int{}
	euNamed := false
	// ownedByOther: the name belongs to another mention of the sentence;
	// sameType: one of the same type ("the Summit of 22 March and the
	// Summit with China": the first is not China's).
	// An anaphor may take the partners of the mention it refers back to:
	// "The EU-Georgia Cyber Dialogue is held annually; the fourth round
	// will take place in Tbilisi".
	ownedByOther := func(sp span) (owned, sameType bool) {
		for k := range all {
			o := &all[k]
			if o == t || o.typ == "merged" || k == t.linked || o.reject && !(t.anaphor && o.seriesID >= 0 && o.seriesID == t.seriesID) {
				continue
			}
			olo, ohi := o.np[0], o.np[1]
			if o.verb {
				olo, ohi = o.obj[0], o.obj[1]
			}
			if sp.i >= olo && sp.j <= ohi && !(sp.i >= lo && sp.j <= hi) {
				antecedent := t.anaphor && !o.anaphor && !o.verb && o.np[1] <= lo && o.typ == t.typ
				owned, sameType = true, sameType || o.typ == t.typ && !antecedent
			}
		}
		return owned, sameType
	}
	objLo, objHi := lo, hi
	if t.verb {
		objLo, objHi = t.obj[0], t.obj[1]
		// the object's "with X" complement
		if objHi < len(s.toks) {
			np := x.nounPhrase(s, objHi-1, objHi)
			if np[1] > objHi {
				objHi = np[1]
			}
		}
	}
	anyNonEU := false
	var ownedP []int
	for _, sp := range s.partners {
		id := sp.id
		if id == r.euID {
			// "Korea, which will host the EU-Korea Council, ..., while
			// Japan and Australia signed an agreement": another clause's.
			euNamed = euNamed || s.clauseOf(sp.i) == clause || sp.i >= objLo && sp.j <= objHi
			continue
		}
		if r.member[id] {
			continue
		}
		own := sp.i >= objLo && sp.j <= objHi
		if !own && x.nonParticipant(s, sp) || own && s.otherNounsPartner(sp, objLo) {
			continue
		}
		if !own && x.hostOfOrg(s, sp) {
			continue
		}
		anyNonEU = true
		owned, sameType := ownedByOther(sp)
		switch {
		case own:
			local = appendUnique(local, id)
		case owned:
			if !sameType {
				ownedP = appendUnique(ownedP, id)
			}
		case s.clauseOf(sp.i) == clause:
			clauseP = appendUnique(clauseP, id)
		default:
			sentP = appendUnique(sentP, id)
		}
	}
	var partners []int
	fromContext := false
	if t.seriesID >= 0 && len(r.series[t.seriesID].Partners) > 0 {
		for _, c := range r.series[t.seriesID].Partners {
			for id, code := range r.partners {
				if code == c && code != "EU" {
					partners = appendUnique(partners, id)
				}
			}
		}
	}
	switch {
	case len(partners) > 0:
	case len(local) > 0:
		partners = local
	case len(clauseP) > 0:
		partners = clauseP
	case len(t.venue) > 0:
		partners = t.venue
	case len(x.ctxPartners) > 0 && s.sidesIn(clause, lo):
		// "when the two sides signed their partnership": the sides the
		// text is about, not a partner another clause names.
		partners = x.ctxPartners
		fromContext = true
	case len(sentP) > 0:
		partners = sentP
	case len(ownedP) > 0:
		// "the second since the partnership was launched": the partners
		// of the sentence's other event, not of the previous sentence.
		partners = ownedP
	case !anyNonEU && len(x.ctxPartners) > 0:
		partners = x.ctxPartners
		fromContext = true
	}
	return partnerSet{ids: partners, local: local, euNamed: euNamed, fromContext: fromContext}
}

// sidesIn reports "the two sides" or "both sides" as a subject in the
// clause before lo.
func (s *sent) sidesIn(clause, lo int) bool {
	for k := 1; k < lo && k < len(s.toks); k++ {
		// The subject: "the two sides signed", not "the security of
		// both parties".
		if s.clauseOf(k) != clause || s.toks[k].low != "sides" || !(s.toks[k-1].low == "two" || s.toks[k-1].low == "both") ||
			k+1 >= len(s.toks) || !s.finiteAt(k+1) {
			continue
		}
		m := k - 2
		if m >= 0 && s.toks[m].low == "the" {
			m--
		}
		if m < 0 || !prepositions[s.toks[m].low] {
			return true
		}
	}
	return false
}

// nonParticipant reports a partner named in the sentence that takes no
// part in its events: a modifier of another noun ("China's economy",
// "Chinese restrictions", "Indian civil society"), a topic ("focus on
// rare earths, electric vehicles and Ukraine", "discussed Russia and
// Iran"), the partner of another noun ("cooperation with Malaysia").
func (x *docState) nonParticipant(s *sent, sp span) bool {
	if sp.kind != kPartner {
		return false
	}
	// What the name modifies, when it is a possessive or an adjective
	// ("China's economy", "Chinese restrictions"; not "Brazil last held").
	if k := sp.j; k < len(s.toks) && adjectival(s.toks[sp.j-1].low) {
		nt := &s.toks[k]
		if nt.kind == tWord && !s.inDate[k] && nt.low != "and" && nt.low != "or" && !prepositions[nt.low] &&
			!s.finiteAt(k) && !finiteWords[nt.low] && !participantNouns[nt.low] {
			office := false
			for j := k; j < len(s.toks) && j < k+4 && (s.toks[j].cap || j == k); j++ {
				if _, ok := s.spanAt(kOffice, j); ok {
					office = true
				}
			}
			if !office && !x.eventNounAt(s, k) {
				if _, ok := s.partnerSpanAt(k); !ok {
					return true
				}
			}
		}
	}
	// What governs it, over a list: "on rare earths, vehicles and Ukraine";
	// within its clause ("cooperation on chips, while the Philippines and
	// Japan signed ...": the subject of another clause).
	// Not over the comma of a fronted phrase: "On its margins, the EU
	// and Chile signed": the subject.
	front := s.frontedPhrase()
	for k := sp.i - 1; k >= 0 && k >= sp.i-10 && s.clauseOf(k) == s.clauseOf(sp.i) && k != front; k-- {
		t := &s.toks[k]
		if topicalPreps[t.low] || topicVerbs[t.low] {
			return true
		}
		if s.withOtherNoun(k) {
			return true
		}
		// "the war in Ukraine", "the situation in Xinjiang": a topic.
		if topicNouns[t.low] && k+1 < len(s.toks) && s.toks[k+1].low == "in" {
			return true
		}
		// Over a list and the phrase it belongs to: "about the situation
		// in Xinjiang, Tibet and Hong Kong".
		if t.isPunct(",") || t.low == "and" || t.low == "or" || t.low == "in" || t.low == "of" || determiners[t.low] ||
			t.kind == tWord && !prepositions[t.low] && !s.finiteAt(k) && !finiteWords[t.low] && !s.inDate[k] {
			continue
		}
		break
	}
	return false
}

// withOtherNoun reports a "with" or "between" at k that completes a common
// noun other than an event: "discussed cooperation with Malaysia", "an
// agreement on cooperation with Uganda".
func (s *sent) withOtherNoun(k int) bool {
	t := &s.toks[k]
	if !(t.low == "with" || t.low == "between") || k == 0 {
		return false
	}
	p := &s.toks[k-1]
	if p.kind != tWord || p.cap || s.finiteAt(k-1) || finiteWords[p.low] || participantNouns[p.low] {
		return false
	}
	for _, sp := range s.spans {
		if sp.i <= k-1 && k-1 < sp.j {
			switch sp.kind {
			case kCue, kSeries, kAnaphor, kLaunchObject, kDocument, kHeld, kPlanned, kSigning, kLaunch:
				return false
			}
		}
	}
	return true
}

// otherNounsPartner reports a partner inside a mention's phrase that is
// the complement of another noun of it: "signed an agreement on
// cooperation with Uganda" (from lo, where the phrase starts).
func (s *sent) otherNounsPartner(sp span, lo int) bool {
	for k := sp.i - 1; k >= lo && k >= sp.i-8; k-- {
		t := &s.toks[k]
		if s.withOtherNoun(k) {
			return true
		}
		if t.low == "with" || t.low == "between" || t.kind == tPunct && !t.isPunct(",") && !t.isDash() {
			return false
		}
	}
	return false
}

// adjectival reports a possessive or a demonym by its form: "China's",
// "Chinese", "Indian", "Korean", "British", "Mexican".
func adjectival(w string) bool {
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return true
	}
	for _, suf := range []string{"ese", "ian", "ean", "ish", "can", "ic", "swiss", "thai", "saudi"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// topicalPreps introduce what is discussed or where, not who takes part.
var topicalPreps = map[string]bool{
	"on": true, "about": true, "regarding": true, "concerning": true, "including": true, "over": true,
	"against": true, "towards": true, "toward": true, "like": true,
	// "the first with an Asian power other than Japan": an exclusion.
	"than": true, "except": true, "besides": true, "unlike": true, "excluding": true,
}

// topicNouns name what happens in a country, which is then a topic:
// "the war in Ukraine", "the situation in Myanmar".
var topicNouns = map[string]bool{
	"war": true, "conflict": true, "crisis": true, "situation": true, "invasion": true, "fighting": true,
	"elections": true, "violence": true, "unrest": true, "developments": true, "coup": true,
}

// topicVerbs take what is talked about: "discussed Russia, Iran and North
// Korea".
var topicVerbs = map[string]bool{
	"discussed": true, "discuss": true, "discusses": true, "discussing": true, "addressed": true,
	"address": true, "condemned": true, "condemn": true, "raised": true, "reviewed": true, "covered": true,
	"cover": true, "covers": true, "mentioned": true, "tackled": true, "criticised": true, "criticized": true,
	"urged": true, "called": true,
}

// participantNouns after a partner's name keep it a participant:
// "Chinese officials", "the Japanese side", "Korean counterparts".
var participantNouns = map[string]bool{
	"officials": true, "official": true, "government": true, "authorities": true, "side": true, "sides": true,
	"delegation": true, "delegations": true, "leaders": true, "leader": true, "counterpart": true,
	"counterparts": true, "partners": true, "negotiators": true, "diplomats": true, "representatives": true,
	"ministry": true, "presidency": true, "chair": true, "hosts": true, "host": true,
}

// eventNounAt reports an event noun at k or just after it: what a
// partner's adjective modifies in "Japanese cyber dialogue".
func (x *docState) eventNounAt(s *sent, k int) bool {
	for _, sp := range s.spans {
		if sp.i >= k && sp.i < k+3 {
			switch sp.kind {
			case kCue, kSeries, kAnaphor, kLaunchObject, kDocument:
				return true
			}
		}
	}
	return false
}

// hostOfOrg reports a country that is only the venue of a meeting with
// the organisation the text is about: "The first EU-GCC summit was held
// in Brussels. The next summit will take place in Saudi Arabia".
func (x *docState) hostOfOrg(s *sent, sp span) bool {
	if sp.i < 2 || s.toks[sp.i-1].low != "in" {
		return false
	}
	if _, ok := s.spanEndingAt(kHeld, sp.i-1); !ok {
		return false
	}
	org := false
	for _, id := range x.ctxPartners {
		if id == sp.id {
			return false
		}
		org = org || x.r.org[id]
	}
	return org
}
