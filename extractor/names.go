package extractor

import "strings"

// Names: what a capitalised name is. An organisation's or a forum's name
// may hold an event noun or a partner's name without naming an event of
// the EU with that partner: "the UN Human Rights Council", "the
// Gulf-Europe Research Forum convened a roundtable", "the G20 at the New
// Delhi summit", "a civilian Partnership Mission".

// compoundHead reports a capitalised noun at j that continues a name
// ending before it, so that the name's head is not the noun before j:
// "Partnership Mission", "Forum Secretariat".
func (s *sent) compoundHead(j int) bool {
	if j >= len(s.toks) || j == 0 {
		return false
	}
	t := &s.toks[j]
	if t.kind != tWord || !t.cap || !t.space || s.inDate[j] || s.partnerAt(j) || s.cityAt(j) || !s.toks[j-1].cap ||
		prepositions[t.low] || determiners[t.low] || t.low == "and" || finiteWords[t.low] {
		return false // "Launch Green Partnership With Morocco": a headline's capitals
	}
	for _, sp := range s.spans {
		if sp.i <= j && j < sp.j {
			switch sp.kind {
			case kOffice, kPartner, kGroup, kCity, kSigning, kLaunch, kHeld, kPlanned, kConnective:
				return false
			}
		}
	}
	return true
}

// insidePartner reports a phrase inside a longer partner name: the
// "Cooperation Council" of "Gulf Cooperation Council".
func (s *sent) insidePartner(sp span) bool {
	for _, p := range s.partners {
		if p.i <= sp.i && sp.j <= p.j && p.j-p.i > sp.j-sp.i {
			return true
		}
	}
	return false
}

// nonSeriesAt finds a multilateral or EU-internal name starting at i.
func (s *sent) nonSeriesAt(list []span, i int) (span, bool) {
	for _, o := range list {
		if o.i == i && (o.kind == kMultilateral || o.kind == kInternal) {
			return o, true
		}
	}
	return span{}, false
}

// ownerWords name the EU or its partners in a possessive: "the bloc's
// summit with China", "the two sides' next meeting".
var ownerWords = map[string]bool{
	"bloc": true, "union": true, "commission": true, "country": true, "countries": true, "sides": true,
	"side": true, "partners": true, "leaders": true, "region": true, "nation": true, "nations": true,
	"government": true, "governments": true, "ministers": true, "eu": true, "organisation": true, "organization": true,
	"association": true, "grouping": true, "group": true, "alliance": true, "community": true, "continent": true,
	"minister": true, "commissioner": true, "president": true, "presidency": true, "chair": true, "secretary": true,
	"representative": true, "ambassador": true, "delegation": true, "leader": true, "capital": true, "two": true,
}

// othersOwn reports a mention at lo that a possessive of a common noun
// owns: "the institute's annual forum", "the university's summit" are
// that body's, not the EU's with a partner.
func (s *sent) othersOwn(lo int) bool {
	if lo < 1 {
		return false
	}
	t := &s.toks[lo-1]
	if t.kind != tWord || t.cap || !strings.HasSuffix(t.low, "'s") && !strings.HasSuffix(t.low, "s'") {
		return false
	}
	stem := strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "'")
	if ownerWords[stem] || s.partnerAt(lo-1) {
		return false
	}
	for _, sp := range s.spans {
		if sp.i <= lo-1 && lo-1 < sp.j {
			switch sp.kind {
			case kCue, kSeries, kAnaphor, kLaunchObject, kPartner, kGroup:
				return false // "the dialogue's tenth round"
			}
		}
	}
	return true
}

// ofStrong reports a multilateral or EU body after the head at k: "the
// second summit of the European Political Community".
func (s *sent) ofStrong(k int) bool {
	if k >= len(s.toks) || s.toks[k].low != "of" {
		return false
	}
	k++
	for k < len(s.toks) && determiners[s.toks[k].low] {
		k++
	}
	for _, o := range s.strong {
		if o.i == k && (o.kind == kMultilateral || o.kind == kInternal) {
			return true
		}
	}
	return false
}

// forumsOwn reports a meeting named after a multilateral body: "a member
// of the G20 at the New Delhi summit".
func (s *sent) forumsOwn(t *trig) bool {
	k := t.np[0] - 1
	for k >= 0 && determiners[s.toks[k].low] {
		k--
	}
	// "India's G20 presidency, which culminated in the New Delhi summit":
	// the body's meeting, named a few words before.
	if k >= 2 && s.toks[k].low == "in" && strings.HasPrefix(s.toks[k-1].low, "culminat") {
		for _, o := range s.strong {
			if o.kind == kMultilateral && o.j <= k && k-o.j <= 8 {
				return true
			}
		}
		return false
	}
	if k < 1 || s.toks[k].low != "at" {
		return false
	}
	for _, o := range s.strong {
		if o.kind == kMultilateral && o.j == k {
			return true
		}
	}
	return false
}

// forumsPossessive reports an anaphor after "its" whose nearest owner is a
// multilateral body: "a mechanism established at the United Nations,
// which will hold its organisational session" is the body's session.
func (s *sent) forumsPossessive(t *trig) bool {
	k := t.np[0]
	if k < 0 {
		k = t.head[0]
	}
	for k > 0 && t.head[0]-k < 4 && s.toks[k].low != "its" {
		k--
	}
	if k < 1 || s.toks[k].low != "its" {
		return false
	}
	multi, at := false, -1
	for _, o := range s.spans {
		if o.j > k || o.i <= at {
			continue
		}
		if _, in := s.insideStrong(o.i, o.j); in {
			continue // "the United Nations" in "at the United Nations"
		}
		switch o.kind {
		case kMultilateral, kSeries, kCue, kPartner, kAnaphor, kLaunchObject:
			multi, at = o.kind == kMultilateral, o.i
		}
	}
	for _, o := range s.strong {
		if o.j <= k && o.i > at {
			multi, at = o.kind == kMultilateral, o.i
		}
	}
	return multi
}

// agentVerbs are what an organisation does, not an event: "the
// Gulf-Europe Research Forum convened a roundtable", "... published a
// report".
var agentVerbs = map[string]bool{
	"convened": true, "convenes": true, "organised": true, "organized": true, "organises": true, "organizes": true,
	"hosted": true, "hosts": true, "published": true, "publishes": true, "released": true, "releases": true,
	"issued": true, "issues": true, "commissioned": true, "commissions": true, "invited": true, "invites": true,
	"co-organised": true, "co-organized": true, "co-hosted": true,
}

// agent reports a name ending at hi that is the subject of an agent's
// verb with an object of its own: "the X Forum convened a roundtable";
// not "the forum convened more than 300 companies".
func (s *sent) agent(hi int) bool {
	if hi+1 >= len(s.toks) || !agentVerbs[s.toks[hi].low] {
		return false
	}
	nt := &s.toks[hi+1]
	if !(nt.low == "a" || nt.low == "an" || nt.low == "its" || nt.low == "the") {
		return false
	}
	for k := hi + 2; k < len(s.toks) && k < hi+6; k++ {
		for _, sp := range s.spans {
			if sp.i == k && (sp.kind == kCue || sp.kind == kSeries || sp.kind == kAnaphor) {
				return false // "hosted the fourth round": a body's meeting
			}
		}
		if s.toks[k].kind == tPunct {
			break
		}
	}
	return true
}

// unpartneredName reports a mention named by capitalised words of its
// own ("the Europa Connectivity Forum") among which no partner is.
func (x *docState) unpartneredName(s *sent, t *trig) bool {
	if t.np[0] >= t.head[0] {
		return false
	}
	for k := t.np[0]; k < t.head[1]; k++ {
		tk := &s.toks[k]
		if s.partnerAt(k) || ordinalAt(s.toks, k) > 0 || s.inDate[k] || tk.kind == tWord && !tk.cap {
			return false
		}
	}
	// The name may go on after its noun: "the High-Level Forum
	// Africa-Europe".
	for k := t.head[1]; k < len(s.toks) && (s.toks[k].cap || s.toks[k].isDash() && !s.toks[k].space); k++ {
		if s.partnerAt(k) {
			return false
		}
	}
	return true
}

// euOwnName reports a name that opens with an EU name and names no
// partner: "the Europa Connectivity Forum", "the EU Cyber Forum" are the
// EU's own events; not "the EU-Japan Forum", "the EU Forum with Japan".
func (x *docState) euOwnName(s *sent, t *trig) bool {
	p, ok := s.partnerSpanAt(t.np[0])
	if !ok || p.id != x.r.euID || p.i != t.np[0] || p.j >= t.head[0] || s.toks[p.j].isDash() {
		return false
	}
	for k := t.np[0]; k < t.np[1]; k++ {
		tk := &s.toks[k]
		if k < t.head[1] && tk.kind == tWord && !tk.cap || tk.isDash() && !tk.space {
			return false
		}
		if q, ok := s.partnerSpanAt(k); ok && q.id != x.r.euID {
			return false
		}
	}
	for k := t.np[1]; k < len(s.toks) && (s.toks[k].cap || s.toks[k].isDash() && !s.toks[k].space); k++ {
		if q, ok := s.partnerSpanAt(k); ok && q.id != x.r.euID || s.toks[k].isDash() {
			return false
		}
	}
	return true
}
