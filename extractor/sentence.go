package extractor

import (
	"slices"
	"sort"
	"strings"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// sent is one sentence under analysis.
type sent struct {
	toks   []token
	spans  []span
	dates  []dateMention
	inDate []bool
	clause []int // clause id per token
	// occasion: the sentence opens at the event just reported ("On the
	// sidelines, ...", "Earlier in the day, ...").
	occasion bool
	visit    bool // the occasion is "during her visit"
	item     int  // the colon closing a dated item's label with a place ("3 May 2021 – Vienna: ..."), -1
	// resolved entity mentions
	partners []span // kPartner and kPrefix, after overlap resolution
	cities   []span
	strong   []span // kSeries, kMultilateral, kInternal, kNonEvent
	quoted   []bool // token inside quotation marks
	verb     []bool // an event verb of the lexicon starts at the token
	appos    []bool // token inside an apposition (", their main channel for trade talks,")
	named    []span // launch objects only as the head of a name ("the Digital Economy Package")
	// venueOf pairs a city id with the country that qualifies it ("in
	// Santiago, Chile"): the host when no participant is named.
	venueOf [][2]int
}

// trig is one candidate event mention in a sentence.
type trig struct {
	typ      string
	seriesID int
	head     [2]int // the noun (or verb) that names the event
	ed       [2]int // where the ordinal stands ("seventh meeting of ...")
	rel      int    // +1 "the next ...", -1 "the previous ..."
	linked   int    // index of a mention this one happened at ("at the summit"), -1
	since    bool   // "since the first ...": needs a date or place of its own
	bare     bool   // "the forum": no modifier at all
	np       [2]int // head with its modifiers and complement
	obj      [2]int // verbs: the object noun phrase
	verb     bool
	anaphor  bool
	label    string // series text from the sentence
	objType  string // launch: the type the launched body will have
	object   string // launch: the launched noun ("alliance", "dialogue")
	plural   bool   // signing or launch: of several ("partnerships with Moldova and Norway")
	only     int    // 1 + the one partner of a signing distributed over several, 0 for none
	pred     bool   // a description ("as a forum for dialogue"): takes no place either
	reject   bool
	meet     bool // "X met Y": office holders meeting, the verb is the occurrence
	// venue is the partner a meeting's place names ("met Prime Minister
	// X in Hanoi"), when the sentence ties the partner's official to no
	// country: nil for none.
	venue []int
	// nominal: "the signature of the agreement", a noun that dates
	// itself or not at all ("shortly after the signature of the EPA").
	nominal bool
	// cont is 1 + the index of the mention an elliptical one continues
	// ("its first meeting in Brussels and its second in New Delhi"), 0
	// for none.
	cont int
	// count: "It met eight times, the last time in ...": the round of
	// the last time.
	count int
	// tense, when not 0, is the tense of the predicate the mention was
	// split for ("last met in X on D1 and will next convene in Y in
	// D2"): -1 held, +1 planned.
	tense int

	date    int // index into sent.dates of the date it takes, -1 for none
	dateSc  int
	cities  []int // city ids
	local   bool  // partners named in the phrase itself
	partner []int
}

// Small closed classes of English grammar; the domain vocabulary is in the
// lexicon.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "their": true, "its": true, "his": true, "her": true, "our": true,
	"this": true, "that": true, "these": true, "those": true, "both": true, "my": true, "your": true,
	"no": true, "every": true, "each": true, "any": true, "another": true,
}

var prepositions = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "with": true, "by": true, "for": true, "from": true,
	"to": true, "between": true, "after": true, "before": true, "during": true, "into": true, "through": true,
	"about": true, "ahead": true, "under": true, "within": true, "via": true, "since": true, "among": true,
	"following": true, "as": true, "than": true, "like": true, "towards": true, "toward": true, "over": true,
}

var auxiliaries = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "officially": true, "formally": true, "jointly": true,
}

var ministerWords = map[string]bool{
	"minister": true, "ministers": true, "commissioner": true, "commissioners": true, "secretary": true,
	"representative": true, "vice-president": true, "ministry": true,
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "inaugural": 1,
}

var tens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}

// ordinalAt reads an ordinal at i: "seventh", "7th", "twenty-first".
func ordinalAt(toks []token, i int) int {
	t := &toks[i]
	if n, ok := ordinals[t.low]; ok {
		if i >= 2 && toks[i-1].isDash() {
			if tn, ok := tens[toks[i-2].low]; ok && n < 10 {
				return tn + n
			}
		}
		return n
	}
	s := t.low
	// "the III EU-CELAC Summit": a bare Roman numeral in capitals before
	// a name, not after one ("Phase II", "Leo XIV") and not "I".
	if t.kind == tWord && len(s) >= 2 && len(s) <= 6 && strings.Trim(t.text, "IVX") == "" && i+1 < len(toks) && toks[i+1].cap &&
		toks[i+1].kind == tWord && !(i > 0 && toks[i-1].kind == tWord && toks[i-1].cap && !determiners[toks[i-1].low]) {
		if n := roman(s); n > 0 && n < 40 {
			return n
		}
	}
	if t.kind == tWord && len(s) >= 3 && len(s) <= 9 {
		suf := s[len(s)-2:]
		if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
			if n := atoi(s[:len(s)-2]); n > 0 && n < 200 {
				return n
			}
			// "XIth", "IInd": a Roman numeral written in capitals.
			if t.text[0] >= 'A' && t.text[0] <= 'Z' && strings.ToUpper(t.text[:len(t.text)-2]) == t.text[:len(t.text)-2] {
				if n := roman(s[:len(s)-2]); n > 0 && n < 200 {
					return n
				}
			}
		}
	}
	return 0
}

// roman reads a lower-case Roman numeral, or 0 when s is none.
func roman(s string) int {
	val := func(c byte) int {
		switch c {
		case 'i':
			return 1
		case 'v':
			return 5
		case 'x':
			return 10
		case 'l':
			return 50
		case 'c':
			return 100
		}
		return 0
	}
	n := 0
	for k := 0; k < len(s); k++ {
		v := val(s[k])
		if v == 0 {
			return 0
		}
		if k+1 < len(s) && val(s[k+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

func (x *docState) sentence(ln *line, toks []token) {
	if len(toks) < 2 {
		return
	}
	toks = x.expandAcronyms(toks)
	s := &sent{toks: toks}
	x.spanBuf = x.r.trie.matchAll(toks, x.spanBuf[:0])
	s.spans = x.spanBuf
	x.defineAcronyms(s)
	for k := range s.spans {
		if sp := &s.spans[k]; sp.kind == kNamedObject && toks[sp.i].cap && sp.i > 0 && toks[sp.i-1].cap {
			sp.kind = kLaunchObject // "the Digital Economy Package"
			s.named = append(s.named, *sp)
		}
	}
	x.dateBuf = parseDates(toks, x.dateBuf[:0])
	s.dates = x.dateBuf
	labelDates(ln, s)
	s.inDate = make([]bool, len(toks))
	for _, d := range s.dates {
		for k := d.i; k < d.j; k++ {
			s.inDate[k] = true
		}
	}
	s.markVerbs()
	s.item = s.itemLabel()
	s.clauses()
	s.quotes()
	s.appositions()
	s.resolveEntities(x.r)
	x.spellings(ln, s)
	x.unknownVenues(s)
	x.learnPeople(s)
	x.noteEUSubject(s)
	// Known before the triggers: "During her visit, ... met ..." is a
	// meeting at the occasion just reported, however far back.
	connective := false
	for _, sp := range s.spans {
		if sp.kind == kConnective && sp.i == 0 {
			connective = true
			s.occasion = occasionWords[s.toks[sp.j-1].low]
			s.visit = s.toks[sp.j-1].low == "visit"
		}
	}

	trigs := x.triggers(s)
	if len(trigs) == 0 {
		x.dateLast(s)
		x.afterSentence(s, nil)
		return
	}
	x.assignDates(s, trigs)
	x.assignCities(s, trigs)
	x.link(s, trigs)
	x.share(s, trigs)
	var found []*event
	// In the order of the text, so that events come in order of first
	// mention.
	order := make([]int, len(trigs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return trigs[order[a]].np[0] < trigs[order[b]].np[0] })
	for _, ti := range order {
		t := &trigs[ti]
		if t.reject {
			continue
		}
		// "signed its first partnerships with Moldova and Norway": one
		// signing with each.
		if t.plural && t.verb {
			pw := x.partnersOf(s, t, trigs)
			each := pw.local
			// "Ghana and Kenya signed their partnerships", "... signed
			// partnerships with the EU": the subject's partners, each
			// its own.
			if len(each) < 2 && len(pw.ids) >= 2 && !pw.fromContext && (pw.euNamed || s.possessed(t.obj[0])) {
				each = pw.ids
			}
			if len(each) >= 2 {
				for _, id := range each {
					u := *t
					u.only = id + 1
					if ev := x.build(s, &u, trigs, connective, ln); ev != nil {
						found = append(found, ev)
					}
				}
				continue
			}
		}
		// "The Council last met in Brussels on 9 February and will next
		// convene in Luxembourg in June": one occurrence per predicate.
		if pair := s.twoPredicates(t, trigs); pair[0].date >= 0 {
			for k := range pair {
				u := *t
				u.date, u.cities, u.tense = pair[k].date, pair[k].cities, 2*k-1
				if ev := x.build(s, &u, trigs, connective, ln); ev != nil {
					found = append(found, ev)
				}
			}
			continue
		}
		if ev := x.build(s, t, trigs, connective, ln); ev != nil {
			found = append(found, ev)
		}
	}
	x.afterSentence(s, found)
}

// predicate is the date and places of one predicate of a subject.
type predicate struct {
	date   int
	cities []int
}

// twoPredicates finds a held predicate and then a planned one after the
// event noun t, each with its own date: "The Council, which last met in
// Brussels on 9 February, will next convene in Luxembourg in June", "The
// dialogue met in 2023 and will meet again in Tokyo next spring". The
// first element's date is -1 when there are not two such predicates, or
// when another mention stands after the noun (the dates may be its).
func (s *sent) twoPredicates(t *trig, all []trig) [2]predicate {
	none := [2]predicate{{date: -1}, {date: -1}}
	if t.verb || t.meet || t.cont > 0 || t.count > 0 || t.np[1] <= 0 {
		return none
	}
	hi := t.np[1]
	for k := range all {
		if o := &all[k]; o != t && o.typ != "merged" && o.head[0] >= hi {
			return none
		}
	}
	h, p := -1, -1
	for k := hi; k < len(s.toks) && k < hi+6; k++ {
		if s.inDate[k] || s.toks[k].kind == tPunct && !s.toks[k].isPunct(",") {
			break
		}
		if pastMeetingVerbs[s.toks[k].low] || s.has(kHeld, k, k+1) && (s.toks[k].low == "took" || k > 0 && (s.toks[k-1].low == "was" || s.toks[k-1].low == "were")) {
			h = k
			break
		}
	}
	if h < 0 {
		return none
	}
	// The planned predicate after "and" or the comma that closes the
	// relative clause: "will", "is to", "is expected to".
	for k := h + 1; k+1 < len(s.toks); k++ {
		if s.toks[k].kind == tPunct && !s.toks[k].isPunct(",") {
			break
		}
		if (s.toks[k].low == "and" || s.toks[k].isPunct(",")) && !s.inDate[k] {
			q := k + 1
			if s.toks[q].low == "and" {
				q++
			}
			if q < len(s.toks) && (s.toks[q].low == "will" || s.toks[q].low == "is" && q+1 < len(s.toks) && (s.toks[q+1].low == "to" || s.toks[q+1].low == "expected")) {
				p = q
				break
			}
		}
	}
	if p < 0 {
		return none
	}
	end := len(s.toks)
	for k := p; k < len(s.toks); k++ {
		if s.toks[k].kind == tPunct && !s.toks[k].isPunct(",") || s.toks[k].isPunct(",") && k+1 < len(s.toks) && s.toks[k+1].low != "in" && s.toks[k+1].low != "on" {
			end = k
			break
		}
	}
	pick := func(lo, hi int) predicate {
		pr := predicate{date: -1}
		for i, d := range s.dates {
			if d.i >= lo && d.j <= hi {
				pr.date = i
				break
			}
		}
		for _, c := range s.cities {
			if c.i >= lo && c.j <= hi {
				pr.cities = append(pr.cities, c.id)
			}
		}
		return pr
	}
	pair := [2]predicate{pick(h, p), pick(p, end)}
	if pair[0].date < 0 || pair[1].date < 0 || len(pair[0].cities) > 1 || len(pair[1].cities) > 1 {
		return none
	}
	return pair
}

// defineAcronyms learns "Name Dialogue (ND)": an acronym in brackets
// right after a name ending in an event noun, that the lexicon does not
// know.
func (x *docState) defineAcronyms(s *sent) {
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		a := &toks[i+1]
		if !toks[i].isPunct("(") || !toks[i+2].isPunct(")") || a.kind != tWord || !a.caps || len(a.text) < 2 || len(a.text) > 8 {
			continue
		}
		lo := -1
		for _, sp := range s.spans {
			switch {
			case sp.i == i+1:
				lo = -2 // known already
			case sp.j == i && (sp.kind == kCue || sp.kind == kSeries) && lo != -2:
				lo = sp.i
			}
		}
		if lo < 0 {
			continue
		}
		for lo > 0 {
			p := &toks[lo-1]
			if ordinalAt(toks, lo-1) > 0 || !(p.cap || p.isDash() && !p.space || p.low == "and" || p.low == "of" || p.low == "on" || p.low == "for" || p.low == "&") {
				break
			}
			lo--
		}
		for lo < i && !toks[lo].cap {
			lo++
		}
		if i-lo < 2 {
			continue
		}
		if x.acronyms == nil {
			x.acronyms = map[string][]token{}
		}
		if _, ok := x.acronyms[a.text]; !ok {
			x.acronyms[a.text] = append([]token(nil), toks[lo:i]...)
		}
	}
}

// expandAcronyms writes out the acronyms the page has defined, each word
// at the acronym's place in the line.
func (x *docState) expandAcronyms(toks []token) []token {
	if len(x.acronyms) == 0 {
		return toks
	}
	var out []token
	for k := range toks {
		exp, ok := x.acronyms[toks[k].text]
		if !ok || toks[k].kind != tWord || k > 0 && toks[k-1].isPunct("(") {
			if out != nil {
				out = append(out, toks[k])
			}
			continue
		}
		if out == nil {
			out = append(make([]token, 0, len(toks)+len(exp)), toks[:k]...)
		}
		for n, e := range exp {
			e.start, e.end = toks[k].start, toks[k].end
			if n == 0 {
				e.space = toks[k].space
			}
			out = append(out, e)
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// resolveEntities drops partner mentions inside longer names (the "Council"
// of "Digital Partnership Council", "ASEAN" of "ASEAN Regional Forum"),
// prefixes not followed by a partner, and countries that only qualify a
// city ("Luleå, Sweden").
// sidesSubject reports a clause verb at v whose subject opens the
// sentence and names the participants of a meeting: "Leaders launched",
// "Both sides also launched", "They launched", "Leaders are set to
// launch".
func (s *sent) sidesSubject(v int) bool {
	k := 0
	for k < v && s.toks[k].kind != tWord {
		k++ // an item number: "3. Leaders launched ..."
	}
	var words []string
	for ; k < v; k++ {
		if w := s.toks[k].low; !sidesAux[w] {
			words = append(words, w)
		}
	}
	switch strings.Join(words, " ") {
	case "leaders", "the leaders", "the two leaders", "both leaders", "both sides", "the two sides", "they":
		return true
	}
	return false
}

// sidesAux may stand between the participants and their launch verb.
var sidesAux = map[string]bool{"also": true, "jointly": true, "are": true, "will": true, "set": true, "to": true,
	"expected": true}

// pastMeetingVerbs are the past forms of the held verbs.
var pastMeetingVerbs = map[string]bool{"held": true, "met": true, "convened": true, "hosted": true, "chaired": true,
	"co-chaired": true}

// nameJoiners join the words of a capitalised name: "Partnership on
// Trade and Investment".
var nameJoiners = map[string]bool{"and": true, "of": true, "on": true, "for": true}

// occasionWords end the connectives that place a sentence at the event
// just reported: "on the sidelines", "on the margins", "later that day".
var occasionWords = map[string]bool{"sidelines": true, "margins": true, "fringes": true, "day": true, "visit": true}

// buildingWords end the name of a building or site named after a city.
var buildingWords = map[string]bool{
	"house": true, "palace": true, "palais": true, "hall": true, "castle": true, "centre": true, "center": true,
	"building": true, "hotel": true, "gardens": true, "square": true, "airport": true, "university": true,
	"street": true, "road": true, "stadium": true, "tower": true,
}

func (s *sent) resolveEntities(r *Rules) {
	for _, sp := range s.spans {
		switch sp.kind {
		case kMultilateral, kInternal:
			// "AU-EU Summit", "China-EU summit": a partner compound, not
			// the EU's own summit.
			if sp.i >= 2 && s.toks[sp.i-1].isDash() && !s.toks[sp.i-1].space {
				if _, ok := s.spanEndingAt(kPartner, sp.i-1); ok {
					continue
				}
			}
			s.strong = append(s.strong, sp)
		case kSeries, kNonEvent:
			s.strong = append(s.strong, sp)
		case kCity:
			// "Paris-Saclay", "Brussels-based": part of another word.
			compound := sp.j < len(s.toks) && s.toks[sp.j].isDash() && !s.toks[sp.j].space
			// "at Hyderabad House", "the Geneva Palais": a building's name.
			building := sp.j < len(s.toks) && s.toks[sp.j].cap && buildingWords[s.toks[sp.j].low]
			if !s.inDate[sp.i] && !compound && !building {
				s.cities = append(s.cities, sp)
			}
		}
	}
	inside := func(sp span, list []span, self kind) bool {
		for _, o := range list {
			if o.i <= sp.i && sp.j <= o.j && (o.j-o.i > sp.j-sp.i) && !(o.kind == self && o.id == sp.id) {
				return true
			}
		}
		return false
	}
	var nonSeries []span // multilateral and EU-internal names hide the partners in them
	for _, o := range s.strong {
		if o.kind != kSeries {
			nonSeries = append(nonSeries, o)
		}
	}
	var ps []span
	for _, sp := range s.spans {
		if sp.kind == kPartner || sp.kind == kPrefix {
			ps = append(ps, sp)
		}
		if sp.kind == kGroup {
			for _, id := range r.groups[sp.id] {
				ps = append(ps, span{i: sp.i, j: sp.j, kind: kPartner, id: id})
			}
		}
	}
	for _, sp := range ps {
		// "Panama" of "Panama City", "Kuwait" of "Kuwait City": the city.
		if s.inDate[sp.i] || inside(sp, nonSeries, kPartner) || inside(sp, ps, kPartner) || inside(sp, s.cities, kPartner) {
			continue
		}
		// "the UN Human Rights Council", "the OSCE Ministerial Council":
		// a name right before a multilateral or EU body's name is part of
		// it, not a participant.
		if sp.kind == kPartner && sp.j < len(s.toks) && s.toks[sp.j].space && !strings.HasSuffix(s.toks[sp.j-1].low, "'s") {
			if _, ok := s.nonSeriesAt(nonSeries, sp.j); ok {
				continue
			}
		}
		if sp.kind == kPrefix {
			ok := false
			for _, o := range ps {
				ok = ok || (o.kind == kPartner && o.i == sp.j)
			}
			if !ok {
				continue
			}
		}
		// "Luleå, Sweden": the country qualifies the city; not in "in
		// Brussels, Norway and the EU launched": a list of participants.
		if sp.i >= 2 && s.toks[sp.i-1].isPunct(",") && sp.id != r.euID && (sp.j == len(s.toks) || !s.toks[sp.j].cap || s.inDate[sp.j]) &&
			!(sp.j < len(s.toks) && (s.toks[sp.j].low == "and" || s.toks[sp.j].low == "or")) {
			qual := -1
			for ci, c := range s.cities {
				if c.j == sp.i-1 {
					qual = ci
				}
			}
			if qual >= 0 {
				if sp.kind == kPartner && !r.member[sp.id] && !r.org[sp.id] {
					s.venueOf = append(s.venueOf, [2]int{s.cities[qual].id, sp.id})
				}
				continue
			}
		}
		s.partners = append(s.partners, sp)
	}
}

func (s *sent) has(k kind, i, j int) bool {
	for _, sp := range s.spans {
		if sp.kind == k && sp.i >= i && sp.i < j && !s.inDate[sp.i] {
			return true
		}
	}
	return false
}

func (s *sent) spanAt(k kind, i int) (span, bool) {
	for _, sp := range s.spans {
		if sp.kind == k && sp.i == i {
			return sp, true
		}
	}
	return span{}, false
}

func (s *sent) spanEndingAt(k kind, j int) (span, bool) {
	for _, sp := range s.spans {
		if sp.kind == k && sp.j == j {
			return sp, true
		}
	}
	return span{}, false
}

// partnerSpanAt returns the partner name covering token i.
func (s *sent) partnerSpanAt(i int) (span, bool) {
	for _, sp := range s.partners {
		if sp.i <= i && i < sp.j {
			return sp, true
		}
	}
	return span{}, false
}

// hereIn reports "here" for a place in the phrase [lo, hi) or the
// clause, not "here is" nor a quotation.
func (s *sent) hereIn(lo, hi, clause int) bool {
	for k := range s.toks {
		if s.toks[k].low != "here" || s.quoted[k] || s.clauseOf(k) != clause && (k < lo || k >= hi) || k == 0 {
			continue
		}
		if k+1 < len(s.toks) && (s.toks[k+1].low == "is" || s.toks[k+1].low == "are") {
			continue
		}
		return true
	}
	return false
}

// partnerAt reports a partner name at token i ("EU-Singapore": the city
// state is the partner there, not the venue).
func (s *sent) partnerAt(i int) bool {
	for _, sp := range s.partners {
		if sp.i <= i && i < sp.j {
			return true
		}
	}
	return false
}

// insideStrong reports a multilateral or EU-internal name covering [i, j).
func (s *sent) insideStrong(i, j int) (kind, bool) {
	for _, o := range s.strong {
		if o.kind != kSeries && o.i <= i && j <= o.j {
			return o.kind, true
		}
	}
	return 0, false
}

// triggers finds the candidate event mentions: signing and launch verbs
// with their objects, then event nouns (cues, named series, anaphors).
func (x *docState) triggers(s *sent) []trig {
	r := x.r
	n := len(s.toks)
	used := make([]bool, n)
	var out []trig

	isStop := func(t *token) bool {
		return t.kind == tPunct && (t.text == "." || t.text == ";" || t.text == ":" || t.text == "," || t.text == "?" || t.text == "!")
	}
	// eventNoun reports a cue, series or launch object starting at i.
	eventNoun := func(i int) (span, bool) {
		var best span
		ok := false
		for _, sp := range s.spans {
			if sp.i != i || s.inDate[i] {
				continue
			}
			if sp.kind == kSeries || sp.kind == kCue || sp.kind == kLaunchObject {
				if !ok || sp.j > best.j {
					best, ok = sp, true
				}
			}
		}
		return best, ok
	}

	for _, v := range s.spans {
		if (v.kind != kSigning && v.kind != kLaunch && v.kind != kUpgrade) || s.inDate[v.i] {
			continue
		}
		// "the timetable for signing the agreements", "work towards
		// launching a dialogue": a purpose, not an occurrence.
		if v.i > 0 && strings.HasSuffix(s.toks[v.i].low, "ing") {
			switch s.toks[v.i-1].low {
			case "for", "towards", "toward", "about":
				continue
			}
		}
		if v.kind == kSigning {
			t, ok := x.signing(s, v, isStop)
			if ok {
				out = append(out, t)
			}
			continue
		}
		// Launch: the object follows ("launched a Digital Partnership"),
		// or precedes a participle or passive ("task force founded in",
		// "partnership ... was kicked off").
		obj, found := span{}, false
		// "The DPC, launched in November 2023 on the model of the TTC":
		// a participle followed by a preposition or date has its object
		// before it, not in the phrase that follows; but a place or date
		// may stand between a verb and its object ("launched in Abuja
		// the EU-Nigeria ... Package").
		from := v.j
		if k := s.skipAdjuncts(v.j); k > v.j && s.objectStart(k) {
			from = k
		}
		forward := from > v.j || !(v.j < n && (prepositions[s.toks[v.j].low] || s.inDate[v.j]) && s.toks[v.j-1].low != "of")
		// "upgraded the relationship to a Strategic Partnership": what
		// the relationship becomes is launched.
		upgrade := v.kind == kUpgrade
		if upgrade {
			to := -1
			for k := v.j; k < n && k < v.j+8 && !isStop(&s.toks[k]); k++ {
				if s.toks[k].low == "to" {
					to = k
					break
				}
			}
			if to < 0 {
				continue
			}
			from, forward = to+1, true
		}
		negotiated := false
		for k := from; forward && k < n && k < from+10 && !isStop(&s.toks[k]); k++ {
			if _, ok := s.spanAt(kLaunch, k); ok {
				break
			}
			if _, ok := s.spanAt(kSigning, k); ok {
				break
			}
			// "launch negotiations on a partnership": what is launched
			// is the negotiation.
			if _, ok := s.spanAt(kNonEvent, k); ok {
				negotiated = true
				break
			}
			if sp, ok := eventNoun(k); ok {
				if sp.kind == kLaunchObject || sp.kind == kSeries || (sp.kind == kCue && launchable(r.cueType[sp.id])) {
					obj, found = sp, true
					// extend to the longest event noun ending here or later
					for _, o := range s.spans {
						if (o.kind == kSeries || o.kind == kCue || o.kind == kLaunchObject) && o.i >= sp.i && o.i < sp.j+1 && o.j > obj.j {
							obj = o
						}
					}
					// "a civilian Partnership Mission": the head is another noun.
					found = !s.compoundHead(obj.j)
				}
				break
			}
		}
		if !found && !negotiated && !upgrade {
			k := v.i - 1
			passive := false
			for k >= 0 && auxiliaries[s.toks[k].low] {
				k--
				passive = true
			}
			// The object of a relative clause is its antecedent: "the
			// export control dialogue, which the two sides launched in
			// April 2024", "the task force ... that Biden and von der
			// Leyen set up".
			if rel := s.relativeObject(v.i); !passive && rel >= 0 {
				k, passive = rel-1, true
				if k >= 1 && s.toks[k].isPunct(",") {
					k--
				}
			}
			// Without an auxiliary only a participle looks back: "task
			// force founded in 2012", "the taskforce, launched in 2012,",
			// not "the TTC set up their ...".
			if !passive && v.j < n {
				nt := &s.toks[v.j]
				if !(prepositions[nt.low] || s.inDate[v.j] || isStop(nt)) {
					continue
				}
				if k >= 1 && s.toks[k].isPunct(",") {
					k--
				}
			}
			// "The EU-Morocco Green Partnership, the first of its kind,
			// was launched": over the apposition.
			if passive && k >= 1 && s.toks[k].isPunct(",") {
				if o := s.parentheticalBefore(k); o > 0 {
					k = o - 1
				}
			}
			// "Trade and Technology Council (TTC), launched in ..."
			if k >= 3 && s.toks[k].isPunct(")") && s.toks[k-2].isPunct("(") {
				k -= 3
			}
			// "The EU-US Task Force on Energy Security, set up in ...":
			// the noun before its name's complement.
			if k >= 0 {
				if c := s.nameComplementStart(k); c > 0 {
					k = c - 1
				}
			}
			lim := minInt(v.i, k+1) - 10
			for ; k >= 0 && k > lim && !isStop(&s.toks[k]); k-- {
				if sp, ok := x.nounEndingAt(s, k+1); ok && (sp.kind == kLaunchObject || sp.kind == kSeries || sp.kind == kCue) {
					if s.compoundHead(sp.j) {
						break
					}
					obj, found = sp, true
					break
				}
				if !passive {
					break
				}
			}
			// "Negotiations on a partnership with Australia were
			// launched": the negotiations were.
			if found && s.complementOfNonEvent(obj.i) {
				found = false
			}
		}
		if !found {
			continue
		}
		// "on the occasion of the launch of the EU-Nigeria Digital
		// Economy Package": a package, outside the taxonomy, counts only
		// as what the sentence reports launched, not in a noun phrase.
		if v.i > 0 && determiners[s.toks[v.i-1].low] && slices.Contains(s.named, obj) {
			continue
		}
		t := trig{typ: "launch", seriesID: -1, head: [2]int{v.i, v.j}, verb: true, linked: -1}
		t.obj = x.nounPhrase(s, obj.i, obj.j)
		// An ordinal on the object makes it an occurrence, not a launch:
		// "kicked off the first round of ...".
		if x.edition(s, t.obj[0], obj.i) > 0 {
			continue
		}
		// An appositive participle ("the task force, launched in 2021,
		// met ...") leaves the noun free to be an event of its own.
		if appositive := obj.i < v.i && v.i > 0 && s.toks[v.i-1].isPunct(","); !appositive {
			for k := t.obj[0]; k < t.obj[1]; k++ {
				used[k] = true
			}
		}
		if obj.kind == kSeries {
			t.seriesID = obj.id
		}
		t.label = x.phraseText(s, t.obj[0], t.obj[1], obj)
		t.object = s.toks[obj.j-1].low
		t.plural = r.plural[t.object] || r.docPlural[t.object]
		t.np = [2]int{minInt(v.i, t.obj[0]), maxInt(v.j, t.obj[1])}
		// "the work carried out since the launch of the Partnership": a
		// starting point, reported before.
		if k := v.i - 1; k >= 1 && determiners[s.toks[k].low] {
			if _, ok := s.spanEndingAt(kSince, k); ok {
				t.since = true
			}
		}
		if typ, ok := x.objectType(s, obj); ok {
			t.objType = typ
			// what is set up here is what "its first meeting" refers to
			x.ctxType, x.ctxSeries, x.ctxSeriesID = typ, t.label, t.seriesID
		}
		out = append(out, t)
	}

	// Event nouns. Longest first so a series wins over the cue inside it.
	var cands []span
	for _, sp := range s.spans {
		if sp.kind != kSeries && sp.kind != kCue && sp.kind != kAnaphor {
			continue
		}
		if s.inDate[sp.i] || s.insidePartner(sp) {
			continue
		}
		cands = append(cands, sp)
	}
	covered := func(sp span) bool {
		for _, o := range cands {
			if o == sp || o.i > sp.i || sp.j > o.j {
				continue
			}
			if o.j-o.i > sp.j-sp.i || (o.kind == kSeries && sp.kind != kSeries) || (o.kind == kCue && sp.kind == kAnaphor) {
				return true
			}
		}
		return false
	}
	// "the Trade and Technology Council (TTC)": the abbreviation is the
	// name's, not a mention of its own.
	abbrev := func(sp span) bool {
		if sp.i < 2 || sp.j >= len(s.toks) || !s.toks[sp.i-1].isPunct("(") || !s.toks[sp.j].isPunct(")") {
			return false
		}
		for _, o := range cands {
			if o.j == sp.i-1 {
				return true
			}
		}
		return false
	}
	for _, sp := range cands {
		if covered(sp) || used[sp.i] || abbrev(sp) {
			continue
		}
		// A plural names several occurrences or a kind of mechanism
		// ("holds cyber dialogues with Brazil, China, ..."), never one. (A
		// plural anaphor may: "a series of meetings" of the dialogue.)
		if sp.kind == kCue && r.plural[s.toks[sp.j-1].low] {
			continue
		}
		// "38 human rights dialogues and consultations": a noun that may
		// be either number is plural coordinated with a plural.
		if sp.kind == kCue && sp.i >= 2 && s.toks[sp.i-1].low == "and" && r.plural[s.toks[sp.i-2].low] && !s.toks[sp.i].cap {
			continue
		}
		// "at ministerial level": an adjective, not "the Leuven ministerial".
		if sp.kind == kCue && sp.j-sp.i == 1 && s.toks[sp.i].low == "ministerial" && sp.j < len(s.toks) {
			if nt := &s.toks[sp.j]; nt.kind == tWord && !nt.cap && !prepositions[nt.low] && !s.finiteAt(sp.j) || nt.isDash() && !nt.space {
				continue
			}
		}
		t := trig{seriesID: -1, head: [2]int{sp.i, sp.j}, linked: -1}
		switch sp.kind {
		case kSeries:
			t.typ = r.series[sp.id].Type
			t.seriesID = sp.id
		case kCue:
			t.typ = r.cueType[sp.id]
			if r.cueNeedNm[sp.id] && !x.named(s, sp.i) {
				// "The Council will next meet in Brussels": after a
				// council event, the bare noun is that council again.
				// "The previous council was held in Brussels" likewise.
				det := sp.i
				if det > 1 && (s.toks[det-1].low == "previous" || s.toks[det-1].low == "next") {
					det--
				}
				recent := x.ctxType == t.typ && x.last != nil && x.last.Type == t.typ || det < sp.i && x.lastOfType(t.typ) != nil
				if !recent || det == 0 || s.toks[det-1].low != "the" {
					continue
				}
				t.anaphor = true
			}
		case kAnaphor:
			t.anaphor = true
		}
		if k, ok := s.insideStrong(sp.i, sp.j); ok && (k == kMultilateral || k == kInternal) {
			t.reject = true
		}
		// "Originally planned as a two-day meeting in Brussels, the
		// summit ...", "serves as a forum for": a description of
		// something else, not an occurrence.
		if s.predicateAs(sp.i) {
			t.reject, t.pred = true, true
		}
		out = append(out, t)
	}
	// "The previous one took place in Tokyo": "one" after "the previous"
	// or "the next" stands for the event just reported.
	if x.last != nil {
		for k := 2; k < len(s.toks); k++ {
			if s.toks[k].low == "one" && (s.toks[k-1].low == "previous" || s.toks[k-1].low == "next") && s.toks[k-2].low == "the" {
				out = append(out, trig{seriesID: -1, head: [2]int{k, k + 1}, linked: -1, anaphor: true})
			}
		}
	}
	// Phrases and labels of the nouns, before any combining.
	for i := range out {
		t := &out[i]
		if t.verb {
			continue
		}
		t.np = x.nounPhrase(s, t.head[0], t.head[1])
		t.ed = [2]int{t.np[0], t.head[0]}
		t.bare = t.np[0] == t.head[0] && t.np[1] == t.head[1] && t.head[0] > 0 && determiners[s.toks[t.head[0]-1].low]
		t.rel = x.relOf(s, t.np[0], t.head[0])
		if !t.anaphor {
			var head span
			for _, sp := range s.spans {
				if sp.i == t.head[0] && (sp.kind == kSeries || sp.kind == kCue) {
					head = sp
				}
			}
			end := t.head[1]
			if end < len(s.toks) && s.toks[end].low == "on" {
				end = t.np[1]
			}
			t.label = x.phraseText(s, t.np[0], end, head)
		}
	}
	// Combine "the seventh meeting of the X", "X meeting" (the series
	// names the occurrence) and "the working group of the X" (the first
	// noun is the body, the series its parent).
	for a := range out {
		ta := &out[a]
		if ta.verb || ta.typ == "merged" {
			continue
		}
		for b := range out {
			tb := &out[b]
			// "Track 1.5 Dialogue on Security – 3rd edition, Brussels":
			// a title and its round.
			dashed := ta.anaphor && !tb.anaphor && a != b && !tb.verb && s.titleRound(tb.np[1], ta.head[0])
			if a == b || tb.verb || tb.typ == "merged" || s.clauseOf(ta.head[0]) != s.clauseOf(tb.head[0]) && !dashed {
				continue
			}
			of := tb.np[0] > ta.head[1] && tb.np[0]-ta.head[1] <= 2 && s.toks[ta.head[1]].low == "of"
			adjacent := ta.anaphor && ta.head[0] == tb.head[1]
			if tb.anaphor {
				// "another round of talks": one mention, the first noun's.
				if ta.anaphor && of {
					ta.np[1] = maxInt(ta.np[1], tb.np[1])
					tb.reject, tb.typ = true, "merged"
					break
				}
				continue
			}
			if !of && !adjacent && !dashed {
				continue
			}
			if ta.anaphor || (ta.typ == "ministerial meeting" && tb.typ == "council") {
				x.absorb(s, tb, ta)
			} else {
				x.absorb(s, ta, tb)
				ta.label = strings.TrimSpace(tb.label + " " + ta.label)
			}
			break
		}
	}
	// "The last formal summit, the seventh EU-Mexico summit, took place
	// in ...": the apposition names the subject's occurrence.
	for a := range out {
		ta := &out[a]
		if ta.verb || ta.typ == "merged" || ta.reject || ta.head[0] >= len(s.appos) || !s.appos[ta.head[0]] || ta.np[0] < 2 {
			continue
		}
		for b := range out {
			tb := &out[b]
			c := ta.np[0] - 1
			for c > 0 && determiners[s.toks[c].low] {
				c--
			}
			if a == b || tb.verb || tb.typ != ta.typ || tb.reject || tb.np[1] != c || !s.toks[c].isPunct(",") ||
				s.appos[tb.head[0]] || tb.seriesID >= 0 || x.edition(s, tb.ed[0], tb.ed[1]) > 0 {
				continue
			}
			x.absorb(s, ta, tb)
			break
		}
	}
	// "the TTC set up their first ministerial meeting": an anaphor (or a
	// ministerial meeting) in the clause of a named series is its meeting.
	for a := range out {
		ta := &out[a]
		if ta.reject || ta.typ == "merged" || !(ta.anaphor || ta.typ == "ministerial meeting") || ta.anaphor && x.foreignAnaphor(s, ta) {
			continue
		}
		// "A joint task force ..., set up in 2023, will hold its next
		// meeting": the meeting of the subject named before.
		possessed := ta.anaphor && ta.np[0] > 0 && (s.toks[ta.np[0]-1].low == "its" || s.toks[ta.np[0]-1].low == "their" ||
			s.toks[ta.np[0]].low == "its" || s.toks[ta.np[0]].low == "their")
		for b := range out {
			tb := &out[b]
			if a == b || tb.reject || tb.verb || tb.anaphor || tb.typ == "merged" || s.clauseOf(tb.head[0]) != s.clauseOf(ta.head[0]) {
				continue
			}
			if tb.seriesID < 0 && !(possessed && tb.np[1] <= ta.np[0] && tb.typ != "ministerial meeting") {
				continue
			}
			if tb.seriesID >= 0 && r.series[tb.seriesID].Type != "council" && ta.typ == "ministerial meeting" {
				continue
			}
			x.absorb(s, tb, ta)
			break
		}
	}
	for i := range out {
		t := &out[i]
		if t.verb || t.typ == "merged" {
			continue
		}
		if t.anaphor && !t.reject && x.foreignAnaphor(s, t) {
			t.reject = true
		} else if t.anaphor && !t.reject {
			x.resolveAnaphor(s, t)
		} else if t.typ == "ministerial meeting" && x.ctxType == "council" && !x.ministers(s, t) {
			t.typ = "council"
			t.label = x.ctxSeries
			t.seriesID = x.ctxSeriesID
		}
		if t.typ == "" {
			t.reject = true
			continue
		}
		// A meeting of a multilateral or EU-internal body.
		// Not "its fourth plenary meeting": the plenary of the body named.
		its := t.anaphor && t.np[0] > 0 && (s.toks[t.np[0]-1].low == "its" || s.toks[t.np[0]-1].low == "their")
		for _, o := range s.strong {
			if o.kind != kSeries && o.i < t.np[1] && o.j > t.np[0] && !(its && s.toks[o.i].low == "plenary") {
				t.reject = true
			}
		}
		if x.orgsOwn(s, t) || t.typ == "forum" && !t.anaphor && s.agent(t.np[1]) || s.forumsOwn(t) || t.seriesID < 0 && s.ofStrong(t.head[1]) ||
			t.seriesID < 0 && s.othersOwn(t.np[0]) || t.seriesID < 0 && !t.anaphor && x.euOwnName(s, t) ||
			t.anaphor && s.forumsPossessive(t) {
			t.reject = true
		}
		// "since the first EU-India consultations": a starting point, no occurrence.
		k := t.np[0] - 1
		for k >= 0 && determiners[s.toks[k].low] {
			k--
		}
		if _, ok := s.spanEndingAt(kSince, k+1); ok && k >= 0 {
			t.since = true
		}
		// A named series the lexicon does not know ("The India-EU Foreign
		// Policy and Security Consultations are held at ...") is what "the
		// 12th round" next refers to, as a known one is.
		if !t.reject && !t.anaphor && (t.seriesID >= 0 || t.label != "" && s.toks[t.head[0]].cap && x.named(s, t.head[0])) {
			x.ctxType, x.ctxSeries, x.ctxSeriesID = t.typ, t.label, t.seriesID
		}
	}
	out = x.ellipses(s, out)
	if t, ok := x.pronounMeeting(s); ok {
		out = append(out, t)
	}
	return x.officeMeetings(s, out)
}

// pronounMeeting reads "It met in Beijing in June 2019" and "It met
// eight times, the last time in Beijing in June 2019" after a body was
// named: a meeting of that body, the count being the last one's round.
func (x *docState) pronounMeeting(s *sent) (trig, bool) {
	switch x.ctxType {
	case "task force", "working group", "council", "dialogue", "forum":
	default:
		return trig{}, false
	}
	if x.ctxSeries == "" || len(s.toks) < 4 || s.toks[0].low != "it" {
		return trig{}, false
	}
	switch s.toks[1].low {
	case "met", "convened", "gathered":
	default:
		return trig{}, false
	}
	t := trig{typ: x.ctxType, seriesID: x.ctxSeriesID, label: x.ctxSeries, head: [2]int{1, 2}, np: [2]int{0, 2},
		ed: [2]int{0, 0}, linked: -1, date: -1, anaphor: true}
	k := 2
	if n := numberWords[s.toks[k].low]; n > 1 && k+5 < len(s.toks) && s.toks[k+1].low == "times" && s.toks[k+2].isPunct(",") &&
		s.toks[k+3].low == "the" && s.toks[k+4].low == "last" && s.toks[k+5].low == "time" {
		t.count = n
		k += 6
	}
	if !(s.inDate[k] || s.toks[k].low == "in" || s.toks[k].low == "on") {
		return trig{}, false
	}
	return t, true
}

// negatedAfter reports a following clause "; it will not take place" or
// ", but it was cancelled" after a phrase ending at hi.
func (s *sent) negatedAfter(hi int) bool {
	for k := hi; k+2 < len(s.toks); k++ {
		t := &s.toks[k]
		if !t.isPunct(";") && !(t.isPunct(",") && s.toks[k+1].low == "but") {
			continue
		}
		p := k + 1
		if s.toks[p].low == "but" {
			p++
		}
		if p >= len(s.toks) || s.toks[p].low != "it" && s.toks[p].low != "this" {
			return false
		}
		for _, sp := range s.spans {
			if sp.kind == kNegation && sp.i > p && sp.i <= p+3 {
				return true
			}
		}
		return false
	}
	return false
}

// ellipses finds an ordinal that stands for the noun of a coordinated
// mention: "held its first ministerial meeting in Brussels in May 2023 and
// its second in New Delhi on 28 February" names two meetings.
func (x *docState) ellipses(s *sent, out []trig) []trig {
	n := len(s.toks)
	for k := 2; k < n; k++ {
		if ordinalAt(s.toks, k) == 0 || s.inDate[k] {
			continue
		}
		if p := s.toks[k-1].low; !(p == "its" || p == "their" || p == "the") {
			continue
		}
		// "and its second meeting" is a mention of its own; "the second
		// time" stands for "met for the second time"; "the first one"
		// stands for the noun wherever it is.
		next := ""
		one := false
		if k+1 < n {
			next = s.toks[k+1].low
			one = next == "one" && s.toks[k-1].low == "the"
			// "and the fourth will be held in Brussels": the subject of
			// a verb.
			verb := finiteWords[next] || s.verb[k+1]
			if s.toks[k+1].kind == tWord && !prepositions[next] && !s.inDate[k+1] && next != "time" && !one && !verb {
				continue
			}
		}
		// Coordinated by "and", or listed after a comma: "held in Brasília
		// in 2019, the second in Brussels in 2021 and the third in ...".
		// Right after the phrase, a comma opens an apposition instead:
		// "The meeting, the second of its kind" is the same meeting.
		comma := s.toks[k-2].isPunct(",")
		if s.toks[k-2].low != "and" && !comma && !one {
			continue
		}
		if comma && (next == "of" || next == "since" || next == "between" || next == "such") {
			continue
		}
		best := -1
		for i := range out {
			t := &out[i]
			if t.typ == "merged" || t.reject || t.verb || t.head[1] > k-2 || comma && t.np[1] == k-2 ||
				x.edition(s, t.ed[0], t.ed[1]) == 0 && x.nthTime(s, t.np[1], k-2, func(int) bool { return true }) == 0 && t.cont == 0 {
				continue
			}
			if best < 0 || t.head[0] > out[best].head[0] {
				best = i
			}
		}
		if best < 0 {
			continue
		}
		a := &out[best]
		e := k + 1
		if one {
			e++
		}
		out = append(out, trig{typ: a.typ, seriesID: a.seriesID, label: a.label, anaphor: a.anaphor,
			head: [2]int{k, e}, np: [2]int{k - 1, e}, ed: [2]int{k, e}, linked: -1, date: -1, cont: best + 1})
	}
	return out
}

// absorb makes b part of a: "meeting of the X" is one mention.
func (x *docState) absorb(s *sent, a, b *trig) {
	// The ordinal is the meeting's ("the seventh meeting of the X"),
	// unless the series has its own and the meeting has none ("the 27th
	// Joint Council and Ministerial Meeting") or only describes it
	// after it ("the 13th Strategic Dialogue, their first meeting since
	// the summit").
	own := x.edition(s, a.ed[0], a.ed[1]) > 0
	if (b.anaphor || b.typ == "ministerial meeting") && !(own && (x.edition(s, b.ed[0], b.ed[1]) == 0 || b.np[0] > a.head[1])) {
		a.ed = b.ed
		if b.rel != 0 {
			a.rel = b.rel
		}
	}
	a.np = [2]int{minInt(a.np[0], b.np[0]), maxInt(a.np[1], b.np[1])}
	a.head = [2]int{minInt(a.head[0], b.head[0]), maxInt(a.head[1], b.head[1])}
	b.reject = true
	b.typ = "merged"
}

// relOf reads "next" / "previous" among the modifiers.
func (x *docState) relOf(s *sent, i, j int) int {
	for k := i; k < j; k++ {
		switch s.toks[k].low {
		case "next", "upcoming", "forthcoming", "following":
			return 1
		case "previous", "last", "preceding", "past":
			return -1
		}
	}
	return 0
}

func launchable(typ string) bool {
	switch typ {
	case "dialogue", "council", "task force", "working group", "forum":
		return true
	}
	return false
}

// objectType is the event type a launched object will have when it meets.
func (x *docState) objectType(s *sent, obj span) (string, bool) {
	switch obj.kind {
	case kSeries:
		return x.r.series[obj.id].Type, true
	case kCue:
		return x.r.cueType[obj.id], true
	}
	for _, sp := range s.spans {
		if sp.kind == kCue && sp.i >= obj.i && sp.j <= obj.j {
			return x.r.cueType[sp.id], true
		}
	}
	return "", false
}

// signing finds the signed document of a signing verb. A signing whose
// object is itself an event ("signed the Joint Communiqué of the 14th
// Summit") is part of that event, not one of its own.
func (x *docState) signing(s *sent, v span, isStop func(*token) bool) (trig, bool) {
	n := len(s.toks)
	var doc span
	found, nominal := false, false
	from := v.j
	// "a signature initiative": the noun signs something only with "of".
	if s.toks[v.i].low == "signature" && !(v.j < n && (s.toks[v.j].low == "of" || s.toks[v.j].isPunct(","))) {
		return trig{}, false
	}
	// The noun: "welcomed the signing, on 21 May 2024, of the EU-Moldova
	// Security and Defence Partnership", "following the signature of the
	// association agreement".
	if v.i > 0 && determiners[s.toks[v.i-1].low] && (s.toks[v.i].low == "signing" || s.toks[v.i].low == "signature") {
		k := v.j
		if k < n && s.toks[k].isPunct(",") {
			for k++; k < n && k < v.j+10 && (s.inDate[k] || s.toks[k].low == "on" || s.toks[k].low == "in"); k++ {
			}
			if k < n && s.toks[k].isPunct(",") {
				k++
			}
		}
		if k < n && s.toks[k].low == "of" {
			from = k + 1
			nominal = true
		}
	}
	// "signed in Hanoi a Letter of Intent": a place or date before the
	// object.
	if k := s.skipAdjuncts(from); k > from && s.objectStart(k) {
		from = k
	}
	for k := from; k < n && k < from+12 && !isStop(&s.toks[k]); k++ {
		if sp, ok := s.spanAt(kDocument, k); ok {
			doc, found = sp, true
			for _, o := range s.spans {
				if o.kind == kDocument && o.i >= sp.i && o.i < sp.j && o.j > doc.j {
					doc = o
				}
			}
			break
		}
		if sp, ok := s.spanAt(kCue, k); ok && !s.inDate[k] {
			_ = sp
			return trig{}, false
		}
		if _, ok := s.spanAt(kSeries, k); ok {
			return trig{}, false
		}
		if s.inDate[k] || s.toks[k].low == "in" || s.toks[k].low == "on" || s.toks[k].low == "at" && k == from {
			break
		}
	}
	if !found {
		// "a MoU, signed on 25 March 2015", "the agreement was signed";
		// "the partnership that the leaders signed at the summit": the
		// antecedent of an object relative clause.
		k := v.i - 1
		if rel := s.relativeObject(v.i); rel >= 1 {
			k = rel - 1
		}
		for k >= 0 && (auxiliaries[s.toks[k].low] || s.toks[k].isPunct(",") || s.toks[k].low == "which" || s.toks[k].low == "that") {
			// "The Agreement (TCA), negotiated in a hurry, was signed":
			// over the participle phrase.
			if s.toks[k].isPunct(",") && k < v.i-1 {
				if o := s.parentheticalBefore(k); o > 0 {
					k = o
				}
			}
			k--
		}
		// "three joint declarations, the latest of which was signed":
		// the antecedent before the comma.
		if k >= 3 && s.toks[k].low == "of" && s.toks[k+1].low == "which" {
			c := k - 1
			for c > 0 && c > k-5 && !s.toks[c].isPunct(",") {
				c--
			}
			if s.toks[c].isPunct(",") {
				k = c - 1
			}
		}
		// "The Partnership on Sustainable Transport and Clean Energy was
		// signed": back over the whole capitalised name.
		lim := k
		for lim >= 0 && k-lim < 12 && s.toks[lim].kind == tWord && !s.inDate[lim] &&
			(s.toks[lim].cap || nameJoiners[s.toks[lim].low]) {
			lim--
		}
		for lim = minInt(lim, k-6); k >= 0 && k > lim; k-- {
			if sp, ok := s.spanEndingAt(kDocument, k+1); ok {
				doc, found = sp, true
				break
			}
			if isStop(&s.toks[k]) {
				break
			}
		}
	}
	if !found {
		return trig{}, false
	}
	// The head of a capitalised name is its last document noun:
	// "Partnership and Cooperation Agreements".
	for k := doc.j; k < n && k < doc.j+6 && doc.j > doc.i && s.toks[doc.j-1].cap; k++ {
		tk := &s.toks[k]
		if sp, ok := s.spanAt(kDocument, k); ok && tk.cap {
			for _, o := range s.spans {
				if o.kind == kDocument && o.i == k && o.j > sp.j {
					sp = o
				}
			}
			doc.j = sp.j
			k = sp.j - 1
			continue
		}
		if tk.kind == tWord && !s.inDate[k] && (tk.cap && !s.partnerAt(k) || tk.low == "and") {
			continue
		}
		break
	}
	t := trig{typ: "signing", seriesID: -1, head: [2]int{v.i, v.j}, verb: true, linked: -1, nominal: nominal}
	t.plural = x.r.docPlural[s.toks[doc.j-1].low]
	obj := x.nounPhrase(s, doc.i, doc.j)
	// The document's name continues: "Memorandum of Cooperation on
	// semiconductors", "Intent of Cooperation on HPC".
	end := obj[1]
	for k := end; k < n && k < end+10; k++ {
		tk := &s.toks[k]
		if isStop(tk) || s.inDate[k] || tk.low == "in" || tk.low == "at" || tk.low == "to" || tk.low == "with" ||
			tk.low == "between" || tk.low == "which" || tk.low == "that" || tk.low == "by" {
			break
		}
		if _, ok := s.spanAt(kHeld, k); ok || auxiliaries[tk.low] || k == v.i {
			break
		}
		if _, ok := s.spanAt(kCue, k); ok {
			return trig{}, false // "... of the 14th EU-China Summit"
		}
		if _, ok := s.spanAt(kSeries, k); ok {
			return trig{}, false
		}
		end = k + 1
	}
	obj[1] = end
	t.obj = obj
	t.label = strings.Trim(x.phraseText(s, obj[0], obj[1], doc), " “”\"'‘’()")
	t.np = [2]int{minInt(v.i, obj[0]), maxInt(v.j, obj[1])}
	return t, true
}

// skipAdjuncts skips the places and dates that may stand between a verb
// and its object from k: "in Abuja", "on 3 June", "today".
func (s *sent) skipAdjuncts(k int) int {
	n := len(s.toks)
	for k < n {
		if s.inDate[k] {
			k++
			continue
		}
		w := s.toks[k].low
		if (w == "in" || w == "on") && k+1 < n && s.inDate[k+1] {
			k++
			continue
		}
		if w != "in" && w != "at" || k+1 >= n {
			break
		}
		end, ok := s.cityFrom(k + 1)
		if !ok {
			break
		}
		k = end
	}
	return k
}

// objectStart reports a token that can open a noun phrase: a determiner
// or a capitalised word.
func (s *sent) objectStart(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	return determiners[t.low] || t.kind == tWord && t.cap && !prepositions[t.low]
}

// relativeObject finds the relative pronoun of an object relative clause
// ending at the verb v ("which the two sides launched", "that Biden and
// von der Leyen set up"): its index, or -1.
func (s *sent) relativeObject(v int) int {
	for k := v - 1; k >= 0 && k >= v-9; k-- {
		t := &s.toks[k]
		if t.low == "which" || t.low == "that" {
			if k == v-1 {
				return -1 // "which launched": the subject, not the object
			}
			return k
		}
		if t.kind == tPunct && !t.isDash() || s.finiteAt(k) || s.inDate[k] {
			return -1
		}
	}
	return -1
}

// complementOfNonEvent reports a noun at i that completes a process
// outside the taxonomy: "negotiations on a security and defence
// partnership", "talks on a free trade agreement".
func (s *sent) complementOfNonEvent(i int) bool {
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		t := &s.toks[k]
		if t.kind == tPunct && !t.isDash() || s.finiteAt(k) {
			return false
		}
		switch t.low {
		case "on", "of", "for", "about", "towards", "toward":
			if _, ok := s.spanEndingAt(kNonEvent, k); ok {
				return true
			}
		}
	}
	return false
}

// nounEndingAt finds an event noun (cue, series, launch object) ending at j.
func (x *docState) nounEndingAt(s *sent, j int) (span, bool) {
	var best span
	ok := false
	for _, sp := range s.spans {
		if sp.j == j && (sp.kind == kLaunchObject || sp.kind == kSeries || sp.kind == kCue) && (!ok || sp.j-sp.i > best.j-best.i) {
			best, ok = sp, true
		}
	}
	return best, ok
}

// named reports a council named by what precedes it ("Association
// Council", "EU-Japan Council"), as opposed to the EU institution.
func (x *docState) named(s *sent, i int) bool {
	if i == 0 {
		return false
	}
	p := &s.toks[i-1]
	if p.kind != tWord || !p.cap || determiners[p.low] {
		return false
	}
	for _, sp := range s.partners {
		if sp.j == i {
			return sp.kind == kPartner && sp.id != x.r.euID
		}
	}
	return true
}

// nounPhrase extends a head [i, j) to its modifiers (back to a determiner,
// preposition or verb) and its complement ("with China", "between the EU
// and India", "on peace and security", "(SECD)").
func (x *docState) nounPhrase(s *sent, i, j int) [2]int {
	toks := s.toks
	start := i
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := &toks[k]
		// A partner name is one modifier, "of" and all ("EU-Republic of Korea").
		if sp, ok := s.partnerSpanAt(k); ok && sp.j-sp.i > 1 {
			start = sp.i
			k = sp.i
			continue
		}
		if t.kind == tPunct && !(t.isDash() || t.text == "&" || t.text == "'" || t.text == "’") {
			break
		}
		if determiners[t.low] || prepositions[t.low] || auxiliaries[t.low] {
			break
		}
		if x.verbAt(s, k) && !s.has(kPlanned, k, k+1) {
			break
		}
		if t.kind == tWord && !t.cap && !s.inDate[k] && t.low != "and" && ordinalAt(toks, k) == 0 && !strings.ContainsAny(t.low, "-") &&
			!s.has(kGeneric, k, k+1) && !s.has(kPlanned, k, k+1) && !x.modifierWord(s, k) {
			// a lower-case word that is no known modifier: stop at verbs
			// ("hosts 7th ...") but keep adjectives ("cyber", "digital").
			if strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && k < i-1 {
				break
			}
		}
		start = k
	}
	for start < i && (toks[start].isDash() || toks[start].low == "and") {
		start++
	}
	end := j
	// (SECD), (TTC)
	if end+2 < len(toks) && toks[end].isPunct("(") && toks[end+2].isPunct(")") {
		end += 3
	}
	if end < len(toks) {
		switch toks[end].low {
		case "with", "between", "among":
			k := end + 1
			last := end
			for ; k < len(toks) && k < end+14; k++ {
				t := &toks[k]
				isP := false
				for _, sp := range s.partners {
					isP = isP || (sp.i <= k && k < sp.j)
				}
				switch {
				case isP:
					last = k
				case t.low == "and" || t.low == "the" || t.isPunct(",") || t.isPunct("&") || t.low == "its" || t.low == "their" || t.isDash():
				case t.kind == tWord && t.cap && !s.inDate[k]:
					last = k
				case t.kind == tWord && (t.low == "authorities" || t.low == "government" || t.low == "officials"):
					last = k
				default:
					k = len(toks)
				}
			}
			if last > end {
				end = last + 1
			}
		case "on":
			// topical complement: "forum on peace and security"
			k := end + 1
			for ; k < len(toks) && k < end+6; k++ {
				t := &toks[k]
				if t.kind != tWord || t.cap || s.inDate[k] || x.verbAt(s, k) || prepositions[t.low] || determiners[t.low] {
					break
				}
			}
			if k > end+1 && !s.inDate[end+1] {
				end = k
			}
		}
	}
	return [2]int{start, end}
}

// modifierWord: lower-case words that are parts of event names.
func (x *docState) modifierWord(s *sent, k int) bool {
	switch s.toks[k].low {
	case "cyber", "digital", "economic", "trade", "strategic", "political", "security", "human", "rights",
		"maritime", "high", "level", "ministerial", "joint", "technology", "energy", "ict", "policy", "space",
		"non", "governmental", "bilateral", "new", "similar", "formal", "informal", "industrial", "regulatory",
		"leaders", "summit", "defence", "defense", "migration", "research", "innovation", "data", "health",
		"climate", "environment", "environmental", "transport", "connectivity", "partnership", "investment",
		"business", "expert", "experts", "senior", "officials", "track", "virtual", "ai", "financial", "tax":
		return true
	}
	return false
}

func (x *docState) verbAt(s *sent, k int) bool {
	for _, sp := range s.spans {
		if sp.i <= k && k < sp.j && !s.inDate[k] {
			switch sp.kind {
			case kHeld, kSigning, kLaunch, kHypothetical:
				return true
			case kPlanned:
				return s.toks[k].low != "next" && s.toks[k].low != "upcoming" && s.toks[k].low != "forthcoming" && s.toks[k].low != "tentative"
			}
		}
	}
	return false
}

// ministers reports a meeting between office holders
// ("between Commissioner Breton and Minister Lee").
func (x *docState) ministers(s *sent, t *trig) bool {
	// Not past a comma: "The meeting, co-chaired by the ministers of
	// ..., was held" is the meeting in context, chaired by ministers.
	for k := t.head[1]; k < len(s.toks) && k < t.head[1]+12; k++ {
		if ministerWords[s.toks[k].low] {
			return true
		}
		if s.toks[k].isPunct(".") || s.toks[k].isPunct(";") || s.toks[k].isPunct(",") {
			break
		}
	}
	for k := t.np[0]; k < t.head[0]; k++ {
		if ministerWords[s.toks[k].low] || s.toks[k].low == "ministerial" {
			return true
		}
	}
	return false
}

// orgsOwn reports a meeting of an organisation that the EU is not named
// in: "the NATO summit in Washington", "the ASEAN summit in Jakarta", as
// against "the EU-ASEAN summit" or "their summit".
func (x *docState) orgsOwn(s *sent, t *trig) bool {
	org := false
	for _, sp := range s.partners {
		if sp.i < t.np[0] || sp.j > t.head[0] {
			continue
		}
		switch {
		case sp.id == x.r.euID:
			return false
		case x.r.org[sp.id]:
			org = true
		default:
			return false
		}
	}
	return org
}

// foreignAnaphor reports a "meeting", "round" or "session" that is not one
// of the series in context: a session of another body ("the 79th session
// of the UN General Assembly", "a meeting of the Telecom Working Party"),
// a round of a process outside the taxonomy ("the tenth round of free
// trade agreement talks", "Negotiators met for the sixth round"), or
// words in quotation marks ("what one diplomat described as 'the most
// serious round yet'").
func (x *docState) foreignAnaphor(s *sent, t *trig) bool {
	if s.quoted[t.head[0]] {
		return true
	}
	clause := s.clauseOf(t.head[0])
	for _, sp := range s.spans {
		if sp.kind == kNonEvent && s.clauseOf(sp.i) == clause {
			return true
		}
	}
	// "the first round of talks on a free trade agreement": talks on a
	// text are its negotiation.
	if e := t.np[1]; e < len(s.toks) {
		switch s.toks[e].low {
		case "on", "for", "about", "over", "towards", "toward":
			// Not "a meeting on the implementation of the agreements":
			// another noun's complement.
			for k := e + 1; k < len(s.toks) && k <= e+6 && !(s.toks[k].kind == tPunct && !s.toks[k].isDash()) && s.toks[k].low != "of"; k++ {
				if s.has(kDocument, k, k+1) {
					return true
				}
				if s.inDate[k] || s.cityAt(k) {
					break
				}
			}
		}
	}
	k := t.head[1]
	if k >= len(s.toks) || s.toks[k].low != "of" {
		return false
	}
	k++
	for k < len(s.toks) && determiners[s.toks[k].low] {
		k++
	}
	for j := k; j < len(s.toks) && j < k+8 && s.toks[j].kind != tPunct; j++ {
		for _, sp := range s.spans {
			if sp.i == j && (sp.kind == kMultilateral || sp.kind == kInternal || sp.kind == kNonEvent) {
				return true
			}
		}
	}
	// "of the Bundestag": a capitalised name that is no partner, office
	// or event.
	if k < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].cap && !s.inDate[k] {
		for _, sp := range s.spans {
			if sp.i <= k && k < sp.j {
				switch sp.kind {
				case kPartner, kPrefix, kGroup, kSeries, kCue, kOffice, kAnaphor, kLaunchObject:
					return false
				}
			}
		}
		return true
	}
	return false
}

// resolveAnaphor gives "the meeting", "the next round" the series in
// context, or makes a meeting of office holders a ministerial meeting.
func (x *docState) resolveAnaphor(s *sent, t *trig) {
	// "The Digital Dialogue ... Its second meeting, held between the
	// Vice-President and the Vice-Premier": a round of the series the
	// paragraph is about, whoever chairs it.
	lo := t.np[0]
	if lo < 0 {
		lo = t.head[0]
	}
	its := lo >= 0 && lo < len(s.toks) && (s.toks[lo].low == "its" || lo > 0 && s.toks[lo-1].low == "its")
	if its && x.ctxType != "" && x.ctxType != "ministerial meeting" && x.ctxSeries != "" && t.rel == 0 && !x.ministers(s, t) {
		t.typ, t.label, t.seriesID = x.ctxType, x.ctxSeries, x.ctxSeriesID
		return
	}
	if x.ministers(s, t) || x.officePair(s, s.clauseOf(t.head[0])) {
		t.typ = "ministerial meeting"
		return
	}
	// "the next meeting", "the previous round" presuppose a meeting
	// already reported: the latest event's series, not the latest name.
	// "The previous council" after a working group was set up: the
	// latest council.
	if t.rel != 0 && t.typ != "" {
		if o := x.lastOfType(t.typ); o != nil {
			t.label, t.seriesID = o.Series, o.seriesID
			return
		}
	}
	if t.rel != 0 && x.last != nil && x.last.Type != "launch" && x.last.Type != "signing" {
		t.typ, t.label, t.seriesID = x.last.Type, x.last.Series, x.last.seriesID
		return
	}
	// "On 30 September, the institute convened a roundtable ... The
	// meeting took place two weeks before the summit": the gathering
	// just named, outside the taxonomy.
	if x.foreignSent > 0 && x.sentNo-x.foreignSent <= 2 && x.lastSent < x.foreignSent && t.head[0] > 0 && determiners[s.toks[t.head[0]-1].low] {
		t.typ = ""
		return
	}
	// Leaders meet at summits; rounds are of dialogues and negotiations:
	// "officials met for another round of talks" after a summit is not
	// the summit.
	if x.ctxType == "summit" && strings.HasPrefix(s.toks[t.head[0]].low, "round") {
		// "The 40th round is due ..." after a paragraph on summits: the
		// round of the dialogue the page reported.
		if o := x.lastOfType("dialogue"); o != nil && x.edition(s, t.ed[0], t.ed[1]) > 0 {
			t.typ, t.label, t.seriesID = o.Type, o.Series, o.seriesID
			return
		}
	}
	if x.ctxType == "" || x.ctxType == "summit" && strings.HasPrefix(s.toks[t.head[0]].low, "round") {
		t.typ = ""
		return
	}
	t.typ = x.ctxType
	t.label = x.ctxSeries
	t.seriesID = x.ctxSeriesID
}

// lastOfType is the latest event of the type, or nil.
func (x *docState) lastOfType(typ string) *event {
	for e := len(x.events) - 1; e >= 0; e-- {
		if x.events[e].Type == typ {
			return x.events[e]
		}
	}
	return nil
}

// phraseText is the series label of a noun phrase: its words without
// determiners, ordinals, years and genericity words.
func (x *docState) phraseText(s *sent, i, j int, head span) string {
	if head.kind == kSeries {
		return x.r.series[head.id].Name
	}
	var b strings.Builder
	prevEnd := -1
	for k := i; k < j; k++ {
		t := &s.toks[k]
		if ordinalAt(s.toks, k) > 0 || s.inDate[k] || s.has(kGeneric, k, k+1) || (s.has(kPlanned, k, k+1) && t.low == "next") ||
			determiners[t.low] || t.isPunct("(") || t.isPunct(")") || t.low == "previous" || t.low == "last" && !t.cap {
			prevEnd = -1
			continue
		}
		if t.isDash() && b.Len() == 0 {
			continue
		}
		if b.Len() > 0 && (t.space || prevEnd < 0) && !(t.isDash() && !t.space) {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
		prevEnd = t.end
	}
	return strings.TrimSpace(b.String())
}

// nthTime reads "met for the first time", "will meet for the fifth time".
func (x *docState) nthTime(s *sent, from, to int, in func(int) bool) int {
	for k := from; k+3 < len(s.toks) && k < to; k++ {
		if in(k) && s.toks[k].low == "for" && s.toks[k+1].low == "the" && s.toks[k+3].low == "time" && !s.restrictedOrdinal(k+2) {
			return ordinalAt(s.toks, k+2)
		}
	}
	return 0
}

// definite reports a mention with a definite article or demonstrative
// ("The 25th summit", "that was the tenth edition of the dialogue").
func (x *docState) definite(s *sent, t *trig) bool {
	for k := t.np[0] - 1; k >= 0 && k >= t.np[0]-2; k-- {
		switch s.toks[k].low {
		case "the", "this", "that":
			return true
		}
	}
	return t.np[0] < len(s.toks) && (s.toks[t.np[0]].low == "the" || s.toks[t.np[0]].low == "that")
}

// appositiveOrdinal reads the round in an apposition after the phrase:
// "The meeting, the second of its kind since ...", "the summit, the 25th
// between the two sides".
func (s *sent) appositiveOrdinal(hi int) int {
	if hi+2 >= len(s.toks) || !s.toks[hi].isPunct(",") || s.toks[hi+1].low != "the" || s.inDate[hi+2] {
		return 0
	}
	if hi+3 < len(s.toks) && (s.toks[hi+3].low == "half" || s.toks[hi+3].low == "quarter") {
		return 0
	}
	if s.restrictedOrdinal(hi + 2) {
		return 0
	}
	return ordinalAt(s.toks, hi+2)
}

// restrictedOrdinal reports an ordinal at k that counts within a
// restriction, not the rounds of a series: "the first summit of the two
// organisations ever held in Europe", "the first since July 2020", "for
// the first time since 2019". ("The first-ever summit" is the first.)
func (s *sent) restrictedOrdinal(k int) bool {
	for j := k + 1; j < len(s.toks) && j < k+14; j++ {
		t := &s.toks[j]
		if t.isPunct(",") || t.isPunct(";") || t.isPunct(".") || t.isPunct(":") {
			return false
		}
		switch t.low {
		case "ever":
			// "the first ever summit", "the first-ever summit": the first.
			if !(j == k+1 || j == k+2 && s.toks[k+1].isDash()) {
				return true
			}
		case "since":
			if j+1 < len(s.toks) && (s.inDate[j+1] || j+2 < len(s.toks) && s.toks[j+1].low == "the" && s.inDate[j+2]) {
				return true
			}
		}
	}
	return false
}

// edition reads the ordinal among the modifiers before the head.
func (x *docState) edition(s *sent, from, head int) int {
	for k := head - 1; k >= from && k >= 0; k-- {
		if s.inDate[k] {
			continue
		}
		if n := ordinalAt(s.toks, k); n > 0 {
			if k+1 < len(s.toks) && (s.toks[k+1].low == "half" || s.toks[k+1].low == "quarter") {
				continue
			}
			if s.restrictedOrdinal(k) {
				return 0
			}
			return n
		}
	}
	return 0
}

// decisionVerbs take the launch or signing a meeting decides: "agreed to
// launch", "decided to set up".
var decisionVerbs = map[string]bool{
	"agreed": true, "agree": true, "agrees": true, "decided": true, "decide": true, "decides": true,
	"resolved": true,
}

// decidedToHold reports a meeting a decision sets for later: "agreed to
// hold the second round in Brussels", "decided to convene the forum".
func (s *sent) decidedToHold(lo int) bool {
	for k := lo - 1; k >= 2 && k >= lo-3; k-- {
		if holdVerbs[s.toks[k].low] && s.decidedBefore(k) {
			return true
		}
	}
	return false
}

var holdVerbs = map[string]bool{"hold": true, "convene": true, "organise": true, "organize": true, "host": true}

// decision reports a launch or signing verb at v governed by a decision
// verb: "agreed to launch", "are expected to agree to start".
func (s *sent) decision(v int) bool {
	return s.decidedBefore(v)
}

// meetingOf is the meeting the article reports with these partners: the
// first event of theirs that is no signing or launch and has a day.
func (x *docState) meetingOf(codes []string) *event {
	for _, o := range x.events {
		if o.Type != "signing" && o.Type != "launch" && prec(o.start) == 3 && samePartners(o.Partners, codes) {
			return o
		}
	}
	return nil
}

// otherMeeting reports a meeting of the article with these partners on
// another day than e: the partnership "signed in Amman on 29 January
// 2025" that an Association Council reviews.
func (x *docState) otherMeeting(e *event, codes []string) bool {
	m := x.meetingOf(codes)
	return m != nil && m.start != e.start
}

// subjectMeeting is the event a meeting body that is the subject of a
// decision refers to ("The Partnership Council agreed to ..."): the
// event of that series with these partners, or nil.
func (x *docState) subjectMeeting(s *sent, t *trig, all []trig, codes []string) *event {
	var u *trig
	for k := range all {
		o := &all[k]
		if o.verb || o.typ == "merged" || o.seriesID < 0 || o.np[1] > t.head[0] || s.clauseOf(o.head[0]) != s.clauseOf(t.head[0]) {
			continue
		}
		if u == nil || o.np[1] > u.np[1] {
			u = o
		}
	}
	if u == nil {
		return nil
	}
	for _, o := range x.events {
		if o.Type == u.typ && o.seriesID == u.seriesID && !o.start.zero() && samePartners(o.Partners, codes) {
			return o
		}
	}
	return nil
}

// idsOf turns partner codes into non-EU partner ids.
func (x *docState) idsOf(codes []string) []int {
	var ids []int
	for _, c := range codes {
		for id, code := range x.r.partners {
			if code == c && c != "EU" {
				ids = appendUnique(ids, id)
				break
			}
		}
	}
	return ids
}

// seriesOf finds the event of the article a mention without partners of
// its own continues: one of the same type with an earlier edition ("A
// second summit" after "the first EU-GCC summit"), or, undated, at the
// same place ("the Samarkand summit's declaration").
func (x *docState) seriesOf(typ string, edition int, location string, dated bool) *event {
	for _, o := range x.events {
		if o.Type != typ {
			continue
		}
		if edition > 1 && o.Edition > 0 && o.Edition < edition || edition == 0 && !dated && location != "" && o.Location == location {
			return o
		}
	}
	return nil
}

// subjectOf is the partner a sentence is about: the one partner named
// before its first verb ("Kazakhstan is the region's heavyweight").
func (x *docState) subjectOf(s *sent) []int {
	var ids []int
	for k := range s.toks {
		if s.finiteAt(k) {
			return ids
		}
		if p, ok := s.partnerSpanAt(k); ok && p.i == k && p.kind == kPartner && p.id != x.r.euID && !x.r.member[p.id] {
			if adjectival(s.toks[p.j-1].low) {
				return nil // "China's economy"
			}
			ids = appendUnique(ids, p.id)
			if len(ids) > 1 {
				return nil
			}
		}
	}
	return nil
}

// pronounSubject reports a clause whose subject is "it": "It signed a
// memorandum ...".
func (s *sent) pronounSubject(v int) bool {
	c := s.clauseOf(v)
	for k := 0; k < len(s.toks) && k < v; k++ {
		if s.clause[k] != c || s.toks[k].kind == tPunct {
			continue
		}
		return s.toks[k].low == "it"
	}
	return false
}

// predicateAs reports an indefinite noun phrase after "as" that holds
// the noun at i: "as a two-day meeting", "as a forum for dialogue".
func (s *sent) predicateAs(i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		t := &s.toks[k]
		if (t.low == "a" || t.low == "an") && s.toks[k-1].low == "as" {
			return true
		}
		// "as a forum for dialogue": the complement too.
		if t.low == "for" || t.low == "of" || t.low == "on" {
			continue
		}
		if t.kind == tPunct && !t.isDash() || determiners[t.low] || prepositions[t.low] || s.finiteAt(k) {
			return false
		}
	}
	return false
}

// movedTo reports "to 3 June", "until next year" at k: the new date of
// an event postponed there.
func (s *sent) movedTo(k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	switch s.toks[k].low {
	case "to", "until", "till":
		return s.inDate[k+1]
	case "against", "on":
		// "Kenya pushed back against the proposal": resisted, nothing
		// called off.
		return s.toks[k-1].low == "back"
	}
	return false
}

// undatedSince: "Since we signed our partnership, we ...", "the fourth
// since the council was launched": a verb in a clause opened by "since"
// names the starting point of what the sentence reports, background unless
// the clause dates it.
func (s *sent) undatedSince(i, j int) bool {
	found := false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		tk := &s.toks[k]
		if tk.isPunct(",") || tk.isPunct(";") || tk.isPunct(":") || tk.isPunct("–") || tk.isPunct("—") {
			break
		}
		if tk.low == "since" && !s.inDate[k+1] {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	for k := j; k < len(s.toks); k++ {
		tk := &s.toks[k]
		if tk.isPunct(",") || tk.isPunct(";") || tk.isPunct(".") || tk.isPunct("–") || tk.isPunct("—") {
			break
		}
		if s.inDate[k] {
			return false
		}
	}
	return true
}

// build turns a mention into an event, or nil when it is not a concrete
// bilateral occurrence.
func (x *docState) build(s *sent, t *trig, all []trig, connective bool, ln *line) *event {
	r := x.r
	clause := s.clauseOf(t.head[0])
	// The clause may be interrupted by an embedded one: it ends before ce,
	// in() tells its own tokens.
	ce := t.head[1]
	for k := range s.toks {
		if s.clause[k] == clause {
			ce = maxInt(ce, k+1)
		}
	}
	in := func(k int) bool { return k >= 0 && k < len(s.clause) && s.clause[k] == clause }
	lo, hi := t.np[0], t.np[1]
	if lo < 0 {
		lo = t.head[0]
	}
	// Modality: "proposed to launch", "could hold", "calls for a summit";
	// negation: "no summit was held", "the dialogue did not take place",
	// "the summit was cancelled".
	// "should also prepare the 16th summit, to be held in Delhi next
	// year": the noun's own predicate says the summit is planned.
	ownPlan := !t.verb && hi+1 < len(s.toks) && s.toks[hi].isPunct(",") && s.has(kPlanned, hi+1, hi+2)
	for _, sp := range s.spans {
		if sp.kind == kHypothetical && !s.inDate[sp.i] && in(sp.i) && sp.i < t.head[0] && t.head[0]-sp.j <= 8 && !ownPlan {
			return nil
		}
		// "No date has been set for a seventh meeting": unscheduled,
		// whatever the distance within the clause.
		if sp.kind == kNegation && in(sp.i) && sp.j-sp.i == 2 && s.toks[sp.i].low == "no" && strings.HasPrefix(s.toks[sp.i+1].low, "date") && sp.i < lo {
			return nil
		}
		if sp.kind == kNegation && !s.inDate[sp.i] && in(sp.i) && sp.i >= lo-4 && sp.i < maxInt(maxInt(s.afterPlaceAndDate(hi), s.afterInterjected(hi)), s.afterScheduled(hi))+6 {
			if s.toks[sp.i].low == "no" && sp.j-sp.i == 1 && (sp.i >= lo || sp.i < lo-2) {
				continue // only "no summit", not "ended with no statement"
			}
			if s.movedTo(sp.j) {
				continue // "postponed to 3 June": moved, not called off
			}
			return nil
		}
	}
	if t.verb && s.undatedSince(t.head[0], t.head[1]) {
		return nil
	}
	// "A summit had been pencilled in for May; it will not take place":
	// a clause after it that negates the pronoun standing for it.
	if !t.verb && s.negatedAfter(hi) {
		return nil
	}
	// "a High-level Dialogue could meet in the autumn": the modal of the
	// noun's own predicate; "a second summit could be held in Riyadh in
	// 2026" is the round in view, planned.
	if !t.verb && x.edition(s, t.ed[0], t.ed[1]) == 0 {
		p := hi
		if v := s.predicateAfter(hi); v >= 0 {
			p = v
		}
		// a summit "could take place in the autumn": the quoted predicate
		for p < len(s.toks) && p < hi+2 && (s.toks[p].isPunct("\"") || s.toks[p].isPunct("“")) {
			p++
		}
		// "a dialogue at ministerial level could be convened": over a
		// short prepositional complement of the noun.
		if p == hi && p < len(s.toks) && (s.toks[p].low == "at" || s.toks[p].low == "of" || s.toks[p].low == "on") {
			for q := p + 1; q < len(s.toks) && q <= p+4; q++ {
				tk := &s.toks[q]
				if tk.kind != tWord || s.inDate[q] {
					break
				}
				if tk.low == "could" || tk.low == "might" {
					p = q
					break
				}
			}
		}
		if p < len(s.toks) && !s.inDate[p] {
			switch s.toks[p].low {
			case "could", "might", "can", "may":
				return nil
			}
		}
	} else if !t.verb {
		// "a first ministerial meeting could usefully coordinate these
		// efforts": a numbered meeting as the subject of a modal that does
		// not hold it is an idea, not a round in view.
		p := hi
		if v := s.predicateAfter(hi); v >= 0 {
			p = v
		}
		if p < len(s.toks) && !s.inDate[p] {
			switch s.toks[p].low {
			case "could", "might", "can", "may", "would":
				q := p + 1
				for q < len(s.toks) && s.toks[q].kind == tWord && (s.toks[q].low == "also" || strings.HasSuffix(s.toks[q].low, "ly")) {
					q++
				}
				if q < len(s.toks) && s.toks[q].kind == tWord && s.toks[q].low != "be" && !s.has(kHeld, q, q+1) && !s.has(kPlanned, q, q+1) {
					return nil
				}
			}
		}
	}
	// Tense.
	tense := 0
	tenseEnd := ce
	if t.verb {
		// "set up a working group, which will meet": the group's future;
		// "a partnership ... is expected to be signed": the verb's own.
		tenseEnd = minInt(ce, maxInt(t.obj[1], t.head[1]))
	}
	verbAt := s.predicateAfter(hi)
	heldBefore := false
	for _, sp := range s.spans {
		if s.inDate[sp.i] || !in(sp.i) || sp.i >= tenseEnd {
			continue
		}
		near := sp.i >= lo-10 && sp.i < hi+12 || verbAt >= 0 && sp.i >= verbAt && sp.i < verbAt+4
		switch {
		case sp.kind == kPlanned && near:
			if s.toks[sp.i].low == "next" && !(sp.i >= lo && sp.i < hi) {
				continue // "next" outside the phrase: "next year", "next steps"
			}
			// "held its tenth meeting in January to prepare the
			// deliverables", "met ... ahead of the summit": what comes
			// after is prepared, not the event.
			if w := s.toks[sp.i].low; sp.i >= hi && (strings.HasPrefix(w, "prepar") || w == "ahead") {
				continue
			}
			// "held the third Dialogue on Tuesday, and then flew on to
			// meet ministers": an infinitive after the past verb's
			// object is what followed, not the event's future.
			if heldBefore && sp.i >= hi && s.toks[sp.i].low == "to" {
				continue
			}
			tense = 1
		case sp.kind == kHeld && near && tense == 0:
			tense = -1
			heldBefore = sp.i < lo && pastMeetingVerbs[s.toks[sp.i].low]
		}
	}
	if t.verb && tense == 0 {
		tense = -1 // signed, launched, set up
	}
	// "welcomed the outcomes of its fourth meeting on 31 May": a meeting
	// with results has taken place.
	if tense == 0 && !t.verb && (s.resultsOf(lo) || t.ed[1] > 0 && s.resultsOf(t.ed[0])) {
		tense = -1
	}
	// "is expected on Friday, two years after the first one in
	// Brussels": the one it follows took place before.
	if t.cont > 0 && s.temporalBefore(lo) == "after" {
		tense = -1
	}
	// "agreed to hold the second round in Brussels": the meeting a
	// decision sets is to come.
	if tense <= 0 && !t.verb && s.decidedToHold(lo) {
		tense = 1
	}
	if t.tense != 0 {
		tense = t.tense
	}
	// Partners: the phrase's own, else the clause's, else the sentence's,
	// else the context's (title, heading, previous sentences). An
	// elliptical mention ("and its second in New Delhi") has those of the
	// one it continues.
	pt := t
	for pt.cont > 0 {
		pt = &all[pt.cont-1]
	}
	pw := x.partnersOf(s, pt, all)
	partners, local, fromContext := pw.ids, pw.local, pw.fromContext
	if t.only > 0 {
		partners, local = []int{t.only - 1}, []int{t.only - 1}
	}
	// "Kazakhstan is the region's heavyweight. It signed ...": the
	// pronoun stands for the previous sentence's subject.
	if fromContext && len(x.subject) == 1 && s.pronounSubject(t.head[0]) {
		partners = x.subject
	} else if (fromContext || len(partners) == 0) && len(t.cities) == 1 && !connective {
		// "signed a memorandum in Santiago, Chile": no participant named,
		// the country of the venue is the host.
		for _, v := range s.venueOf {
			if v[0] == t.cities[0] {
				partners, fromContext = []int{v[1]}, false
			}
		}
	}
	if len(partners) == 0 {
		return nil
	}
	// "the EU has launched a series of security dialogues": several, and
	// with no one in particular.
	if t.typ == "launch" && t.plural && len(local) == 0 {
		return nil
	}
	if len(partners) >= 2 && !pw.euNamed && !fromContext {
		return nil // a meeting of two third countries
	}
	// "The package updates five agreements and sets up a dispute
	// settlement mechanism": what a document provides, not an occurrence.
	if t.verb && t.typ == "launch" && s.documentSubject(t.head[0]) {
		return nil
	}
	// "the Global Mechanism set up at the United Nations": a multilateral
	// body launched is no bilateral launch.
	if t.verb && t.typ == "launch" {
		for _, o := range s.strong {
			if o.kind == kMultilateral && t.obj[1] > t.obj[0] && o.i < t.obj[1] && o.j > t.obj[0] {
				return nil
			}
		}
	}
	// "EFTA ministers will meet in Geneva, without the EU".
	if x.euExcluded(s, s.clauseOf(t.head[0])) {
		return nil
	}
	// A dated entry of a calendar names its own partners ("20 November:
	// College meeting" in a digest is the EU's, not the previous item's
	// partner's). An entry of a chronology is a sentence ("2009 – The
	// second summit is held in ...") about the page's partner.
	if fromContext && ln.dated && ln.headline {
		return nil
	}
	// Date.
	var start, end date
	inherited := false
	hasDate := false
	if t.date >= 0 {
		d := s.dates[t.date]
		if d.rel == relNone && d.start.y == 0 {
			// year from the sentence itself when it states one
			for _, o := range s.dates {
				if o.start.y > 0 && o.rel == relNone && x.pub.y == 0 {
					d.start.y = o.start.y
					if !d.end.zero() && d.end.y == 0 {
						d.end.y = o.start.y
					}
				}
			}
			x.paragraphYear(&d)
		}
		prev := x.prevDate()
		if d.rel == relPrevDay && prev.d == 0 {
			prev = x.prevDay()
		}
		if st, en, ok := d.resolve(x.pub, prev, x.ref, tense); ok {
			start, end, hasDate = st, en, true
		}
	}
	location := ""
	if len(t.cities) == 1 {
		location = x.cityName(t.cities[0])
	}
	// "On the same day in Tokyo": the day of the event in Tokyo, not of the
	// latest date.
	if t.date >= 0 && s.dates[t.date].same && location != "" {
		for k := len(x.events) - 1; k >= 0; k-- {
			if o := x.events[k]; o.Location == location && prec(o.start) == 3 {
				start, end, hasDate = o.start, date{}, true
				break
			}
		}
	}
	// "They signed a memorandum", "Leaders signed ...": a signing or launch
	// right after an event happened there and then; not one of other
	// partners in another section ("EU and Peru sign memorandum" after a
	// dialogue with Chile), unless the sentence places itself at that
	// event ("In the margins of the Summit, the EU signed ... with
	// Thailand").
	// "The Partnership Council agreed to launch ...": a decision is taken
	// at the meeting of the body that takes it, whatever else the
	// article mentions in between.
	decided := t.verb && s.decision(t.head[0])
	if !hasDate && decided && !freeDate(s, all) {
		if m := x.subjectMeeting(s, t, all, x.partnerCodes(partners)); m != nil {
			start, end, hasDate, inherited = m.start, m.end, true, true
			if location == "" {
				location = m.Location
			}
		}
	}
	// "On the day of the commemorative summit, the EU signed ...": the
	// day of an event the article reports.
	if !hasDate && !t.nominal {
		if d, ok := x.dayOfEvent(s, t); ok {
			start, hasDate, inherited = d, true, true
		}
	}
	// "The EU and Egypt sealed a package on Sunday (17 March 2024). ...
	// signed a joint declaration in Cairo": the day of the sentence
	// before, which reports no event of its own.
	if !hasDate && t.verb && !t.nominal && !freeDate(s, all) && x.leadSent > 0 && x.sentNo-x.leadSent == 1 &&
		(fromContext || sameIDs(partners, x.leadPartners)) {
		start, hasDate, inherited = x.leadDate, true, true
	}
	if !hasDate && t.verb && !t.nominal && !freeDate(s, all) {
		o := x.sameOccasion(s, x.partnerCodes(partners))
		if o == nil && x.refersBack(s) {
			o = x.referredEvent(s, x.partnerCodes(partners))
		}
		if o != nil {
			start, end, hasDate, inherited = o.start, o.end, true, true
			if location == "" {
				location = o.Location
			}
		}
	}
	// "The EU and Jordan agreed to launch ..." after a sentence on a
	// partnership signed years ago: a decision is taken at a meeting, not
	// at a signing.
	if !hasDate && t.verb && !t.nominal && !freeDate(s, all) && x.last != nil && !x.last.start.zero() &&
		!(decided && (x.last.Type == "signing" || x.last.Type == "launch") && x.otherMeeting(x.last, x.partnerCodes(partners))) &&
		(x.sentNo-x.lastSent <= 3 && (fromContext || samePartners(x.last.Partners, x.partnerCodes(partners))) || x.refersBack(s)) {
		start, end, hasDate, inherited = x.last.start, x.last.end, true, true
		if location == "" {
			location = x.last.Location
		}
	}
	// "Commissioner Kos also met Prime Minister X": on the occasion just
	// reported with the same partner.
	// The article's meeting with them, before the latest event: "on the
	// same day" after a paragraph on the working groups of the day before.
	if !hasDate && t.meet && s.alsoOccasion(t.head[0]) && x.last != nil && !x.last.start.zero() &&
		(x.sentNo-x.lastSent <= 6 || s.occasionOpening() && x.meetingOf(x.partnerCodes(partners)) != nil) && samePartners(x.last.Partners, x.partnerCodes(partners)) {
		o := x.last
		if m := x.meetingOf(x.partnerCodes(partners)); m != nil {
			o = m
		}
		start, end, hasDate, inherited = o.start, o.end, true, true
		if location == "" {
			location = o.Location
		}
	}
	// "We agreed to launch ...": at the meeting the article reports.
	// "Leaders launched the X Partnership", "Both sides launched ...": the
	// participants of the meeting the article reports, at that meeting.
	if !hasDate && (decided && !connective || t.typ == "launch" && s.sidesSubject(t.head[0])) && !freeDate(s, all) {
		if m := x.meetingOf(x.partnerCodes(partners)); m != nil {
			start, end, hasDate, inherited = m.start, m.end, true, true
			if location == "" {
				location = m.Location
			}
		}
	}
	// "Today we signed ..." on the day of the summit in Brussels: the
	// signing took place at the meeting of that day.
	if t.verb && hasDate && location == "" && prec(start) == 3 {
		if m := x.meetingOf(x.partnerCodes(partners)); m != nil && m.start == start {
			location = m.Location
		}
	}
	// "On the sidelines, the Commissioner met ...": the day and place of
	// the event just reported.
	// "During her visit, ...": the visit is the article's, a paragraph on.
	if !hasDate && t.rel <= 0 && s.occasion && x.last != nil && !x.last.start.zero() && (x.sentNo-x.lastSent <= 4 || s.visit && x.sentNo-x.lastSent <= 8) {
		start, hasDate, inherited = x.last.start, true, true
		if location == "" {
			location = x.last.Location
		}
	}
	// "Both sides also agreed to discuss it at the next Council": the
	// next one is not on the day reported.
	if !hasDate && t.rel <= 0 && connective && !x.paraDate.zero() {
		start, hasDate, inherited = x.paraDate, true, true
	}
	if s.occasion && location == "" && x.paraCity >= 0 {
		location = x.cityName(x.paraCity)
	}
	// "held their first strategic dialogue here" under a dateline.
	if location == "" && x.hereCity >= 0 && s.hereIn(t.np[0], t.np[1], s.clauseOf(t.head[0])) {
		location = x.cityName(x.hereCity)
	}
	edition := 0
	if t.verb {
		edition = 0
	} else {
		edition = x.edition(s, t.ed[0], t.ed[1])
		if edition == 0 {
			edition = x.nthTime(s, t.np[1], ce, in)
		}
		if edition == 0 {
			edition = s.appositiveOrdinal(t.np[1])
		}
		if edition == 0 {
			edition = t.count
		}
	}
	// "A second summit could be held ...", "the Samarkand summit's
	// declaration": a mention that names no partner continues the series
	// of an event the article reports rather than takes the partner of
	// the latest event of another kind.
	if fromContext && !t.verb && x.ctxFrom != "" && x.ctxFrom != t.typ {
		if o := x.seriesOf(t.typ, edition, location, hasDate); o != nil {
			partners = x.idsOf(o.Partners)
		}
	}
	// A mention with no anchor is no occurrence.
	if !hasDate && edition == 0 && location == "" {
		return nil
	}
	if t.since && !hasDate && location == "" || t.since && t.verb && t.date < 0 && len(s.cities) == 0 {
		return nil
	}
	// Occurrence: an edition, an event verb, or a date in the phrase.
	if !t.verb && edition == 0 && !t.meet {
		occurs := false
		for _, sp := range s.spans {
			if (sp.kind == kHeld || sp.kind == kPlanned || sp.kind == kLaunch) && in(sp.i) && !s.inDate[sp.i] {
				occurs = true
			}
		}
		if t.date >= 0 {
			d := s.dates[t.date]
			if (d.i >= lo && d.j <= hi) || (d.i >= hi && (d.i-hi <= 2 || s.placeBetween(hi, d.i))) || (d.j <= lo && lo-d.j <= 1) {
				occurs = true
			}
		}
		if location != "" && len(t.cities) == 1 {
			for _, c := range s.cities {
				if c.i >= lo && c.j <= hi {
					occurs = true
				}
			}
		}
		if !occurs {
			return nil
		}
	}
	// Generic descriptions of a standing mechanism.
	for _, sp := range s.spans {
		if sp.kind == kGeneric && !s.inDate[sp.i] && in(sp.i) && sp.i < hi+6 && !(prec(start) >= 2 && tense != 0 && !inherited) {
			return nil
		}
	}
	if t.anaphor && !hasDate && location == "" && edition == 0 {
		return nil
	}
	// Status.
	status := wire.StatusHeld
	switch {
	case hasDate && x.pub.y > 0 && start.cmp(x.pub) > 0:
		status = wire.StatusPlanned
	case hasDate && x.pub.y > 0 && start.cmp(x.pub) < 0:
	case tense > 0:
		status = wire.StatusPlanned
	}
	ev := &event{start: start, end: end, seriesID: t.seriesID, explicit: !t.anaphor, rel: t.rel, definite: x.definite(s, t)}
	ev.Type = t.typ
	ev.Partners = x.partnerCodes(partners)
	ev.Edition = edition
	ev.Location = location
	ev.Status = status
	ev.Series = x.seriesLabel(s, t, lo, hi, partners)
	ev.Evidence = sentenceText(ln.text, s.toks)
	if ln.source != "" {
		ev.Evidence = ln.source
	}
	conf := 0.55
	if edition > 0 {
		conf += 0.1
	}
	if hasDate && !inherited {
		conf += 0.1 + 0.05*float64(prec(start)-1)
	}
	if location != "" {
		conf += 0.05
	}
	if len(local) > 0 || len(r.series) > 0 && t.seriesID >= 0 {
		conf += 0.05
	}
	if fromContext {
		conf -= 0.15
	}
	if t.anaphor {
		conf -= 0.1
	}
	if inherited {
		conf -= 0.1
	}
	if ln.title || ln.heading {
		conf -= 0.05
	}
	ev.Confidence = clamp(conf)
	ev.object = t.object
	added := x.add(ev)
	// "The previous one took place in Tokyo ... At the summit, ...": a
	// look back leaves the event the article is about in context.
	if !(t.anaphor && t.rel < 0 && added == ev && x.last != nil) {
		x.last, x.lastSent = added, x.sentNo
	}
	switch {
	case t.verb && t.objType != "":
		x.ctxType, x.ctxSeries, x.ctxSeriesID = t.objType, ev.Series, t.seriesID
	case !t.verb && !t.anaphor:
		x.ctxType, x.ctxSeries, x.ctxSeriesID = t.typ, ev.Series, t.seriesID
	}
	return ev
}

// seriesLabel names the series: the lexicon's name or the phrase, with the
// partners in front when the phrase does not name them.
func (x *docState) seriesLabel(s *sent, t *trig, lo, hi int, partners []int) string {
	label := t.label
	if t.typ == "ministerial meeting" && (label == "" || strings.EqualFold(label, "ministerial meeting") || strings.EqualFold(label, "meeting")) {
		return ""
	}
	if label == "" {
		return ""
	}
	if t.seriesID >= 0 && len(x.r.series[t.seriesID].Partners) > 0 {
		return label
	}
	for _, sp := range s.partners {
		if sp.i >= lo && sp.j <= hi && t.seriesID < 0 {
			return label // "EU-China forum on peace and security"
		}
	}
	if t.verb && t.typ == "signing" {
		return label
	}
	if strings.HasPrefix(label, "EU-") || strings.HasPrefix(label, "EU ") {
		return label // from context, labelled already
	}
	names := []string{"EU"}
	for _, id := range partners {
		names = append(names, x.r.display[id])
	}
	if len(names) > 3 {
		return label
	}
	return strings.Join(names, "-") + " " + label
}

// sentenceText is the verbatim sentence from the line.
func sentenceText(lineText string, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	return strings.TrimSpace(lineText[toks[0].start:toks[len(toks)-1].end])
}

// afterSentence carries context to the next sentence: the partners of the
// latest event, or the latest partners named; the paragraph's latest date.
func (x *docState) afterSentence(s *sent, found []*event) {
	x.subject = x.subjectOf(s)
	if len(found) == 0 {
		for _, sp := range s.spans {
			if sp.kind == kNonEvent && !s.inDate[sp.i] {
				x.foreignSent = x.sentNo
			}
		}
	}
	if len(found) > 0 {
		x.ctxPartners, x.ctxFrom = x.idsOf(found[len(found)-1].Partners), found[len(found)-1].Type
	} else if x.last == nil {
		last := -1
		for _, sp := range s.partners {
			if sp.id != x.r.euID && !x.r.member[sp.id] {
				last = s.clauseOf(sp.i)
			}
		}
		if last >= 0 {
			var ids []int
			for _, sp := range s.partners {
				if sp.id != x.r.euID && !x.r.member[sp.id] && s.clauseOf(sp.i) == last {
					ids = appendUnique(ids, sp.id)
				}
			}
			x.ctxPartners, x.ctxFrom = ids, ""
		}
	}
	for _, c := range s.cities {
		if c.i > 0 && (s.toks[c.i-1].low == "in" || s.toks[c.i-1].low == "at" || c.i > 1 && s.toks[c.i-1].low == "to" && motionWords[s.toks[c.i-2].low]) {
			x.paraCity = c.id
		}
	}
	for _, d := range s.dates {
		if x.sinceDate(s, d) || d.conj {
			continue
		}
		if st, _, ok := d.resolve(x.pub, x.prevDate(), x.ref, 0); ok {
			// A year that opens the sentence frames the paragraph, and so
			// does a later day or month with its year ("In 2022 ... The
			// agreement was signed on 13 December 2023. ... on 5th
			// March"), not a year in passing ("ties established in
			// 1975").
			if d.rel == relNone && d.start.y > 0 && (d.i == 0 || d.i == 1 && prepositions[s.toks[0].low] || d.start.m > 0) {
				x.paraYear = d.start.y
			}
			x.paraDate, x.lastDate = st, st
			if len(found) == 0 && prec(st) == 3 && !s.reportDate(d) {
				x.leadDate, x.leadSent, x.leadPartners = st, x.sentNo, nil
				for _, sp := range s.partners {
					if sp.id != x.r.euID && !x.r.member[sp.id] {
						x.leadPartners = appendUnique(x.leadPartners, sp.id)
					}
				}
			}
		}
	}
}

// documentSubject reports a launch verb in the present tense ("sets up",
// "establishes") whose sentence opens with a document as its subject:
// "The agreement establishes a Joint Committee".
func (s *sent) documentSubject(v int) bool {
	if !strings.HasSuffix(s.toks[v].low, "s") {
		return false
	}
	k := 0
	for k < v && determiners[s.toks[k].low] {
		k++
	}
	for _, sp := range s.spans {
		if (sp.kind == kDocument || sp.kind == kNamedObject) && sp.i >= k && sp.i <= k+3 && sp.j <= v {
			for m := k; m < sp.i; m++ {
				if s.toks[m].kind != tWord || s.finiteAt(m) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// euExcluded reports "without the EU" in the clause.
func (x *docState) euExcluded(s *sent, clause int) bool {
	for _, p := range s.partners {
		if p.id != x.r.euID || p.i < 1 || s.clauseOf(p.i) != clause {
			continue
		}
		k := p.i - 1
		if s.toks[k].low == "the" && k > 0 {
			k--
		}
		if s.toks[k].low == "without" {
			return true
		}
	}
	return false
}

// sameIDs reports the same partner ids in any order.
func sameIDs(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for _, v := range a {
		if !slices.Contains(b, v) {
			return false
		}
	}
	return true
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// possessed reports "their" before or at the start of the phrase at k:
// "signed their partnerships".
func (s *sent) possessed(k int) bool {
	return k < len(s.toks) && s.toks[k].low == "their" || k > 0 && k <= len(s.toks) && s.toks[k-1].low == "their"
}

// resultsOf reports a phrase starting at lo that is the complement of a
// noun naming what came out of it ("the outcomes of the summit", "the
// results of its second round").
func (s *sent) resultsOf(lo int) bool {
	k := lo - 1
	for k >= 0 && k >= lo-3 && (s.toks[k].low == "the" || s.toks[k].low == "its" || s.toks[k].low == "their") {
		k--
	}
	if k < 1 || s.toks[k].low != "of" {
		return false
	}
	switch s.toks[k-1].low {
	case "outcome", "outcomes", "results", "conclusions", "aftermath", "achievements":
		return true
	}
	return false
}

// titleRound reports a title ending at end followed, over its complement,
// by a spaced dash and an ordinal before the round noun at head: "Track
// 1.5 Dialogue on Technology and Security – 3rd edition".
func (s *sent) titleRound(end, head int) bool {
	d := head - 2
	if d < 1 || end > d || d-end > 6 || ordinalAt(s.toks, head-1) == 0 || !s.toks[d].isDash() || !s.toks[d].space {
		return false
	}
	for k := end; k < d; k++ {
		if s.toks[k].kind == tPunct {
			return false
		}
	}
	return true
}
