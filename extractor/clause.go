package extractor

import "strings"

// Clauses, quotations, appositions and fronted phrases: the structure of a
// sentence that decides which date, place and partner goes with which event.

// clauseWords start a new clause after a comma: a date or place after them
// belongs to another predicate ("..., with elections scheduled for next year").
var clauseWords = map[string]bool{
	"with": true, "while": true, "whereas": true, "but": true, "although": true, "though": true,
	"however": true, "during": true, "where": true, "because": true, "despite": true, "including": true,
	"whilst": true, "and": false,
}

// clauses numbers the clauses of the sentence. A new clause starts at a
// semicolon or colon (not the colon after a leading date: "12 May 2023:
// 4th EU-Korea Cyber Dialogue"), at a connective after a comma, at "but",
// at ", and" before a new subject and its verb ("..., and Peru is
// negotiating"), and after a fronted subordinate clause ("When the EU and
// India launched ..., China's economy ..."). An embedded subordinate
// clause ("the second since the partnership was launched in May 2022, is
// planned for ...") has a number of its own and the clause around it
// resumes its number after the comma that closes it.
func (s *sent) clauses() {
	n := len(s.toks)
	s.clause = make([]int, n)
	first := 0
	for first < n && s.toks[first].kind == tPunct {
		first++
	}
	last, cur := 0, 0
	embedded, outer := false, 0
	hasVerb := false // the current clause has its verb already
	fronted := first < n && frontedSubordinators[s.toks[first].low] && s.verbBeforeComma(first+1)
	for i := range s.toks {
		t := &s.toks[i]
		prevComma := i > 0 && s.toks[i-1].isPunct(",")
		switch {
		case t.isPunct(";") || (t.isPunct(":") && !(i > 0 && s.inDate[i-1] && first < n && s.inDate[first]) && i != s.item && !s.clockTime(i)):
			last++
			cur, embedded, fronted = last, false, false
		case t.isPunct(","):
			switch {
			case embedded:
				cur, embedded = outer, false
			case fronted:
				last++
				cur, fronted = last, false
			}
		case prevComma && clauseWords[t.low]:
			last++
			cur, embedded = last, false
		case t.low == "but" || t.low == "whereas" || t.low == "while":
			last++
			cur, embedded = last, false
		case prevComma && t.low == "and" && s.newSubject(i+1):
			last++
			cur, embedded = last, false
		case t.low == "that" && !embedded && s.reportedBefore(i, cur) && s.newSubject(i+1):
			// "agreed at a meeting on Tuesday that the summit will take
			// place in June": what is agreed or said is another predicate.
			last++
			cur = last
		case i > first && !embedded && embeddedSubordinators[t.low] && s.verbBeforeComma(i+1) &&
			(hasVerb || s.predicateAfter(i) >= 0):
			// A subordinate clause, not "the first summit since Brexit
			// is scheduled": the clause around it has its verb before it,
			// or resumes with one after the comma that closes it.
			outer = cur
			last++
			cur, embedded = last, true
		}
		if i > 0 && cur != s.clause[i-1] {
			hasVerb = false
		}
		hasVerb = hasVerb || s.finiteAt(i)
		s.clause[i] = cur
	}
}

// clockTime reports the colon of a time of day at i: "10:30 a.m.".
func (s *sent) clockTime(i int) bool {
	return i > 0 && i+1 < len(s.toks) && s.toks[i-1].kind == tNum && s.toks[i+1].kind == tNum &&
		!s.toks[i].space && !s.toks[i+1].space
}

// reportVerbs take a "that" clause: "agreed that", "announced that".
var reportVerbs = map[string]bool{
	"agreed": true, "agree": true, "agrees": true, "said": true, "says": true, "announced": true,
	"announces": true, "confirmed": true, "confirms": true, "decided": true, "decides": true,
	"stated": true, "noted": true, "stressed": true, "declared": true, "reported": true,
}

// reportedBefore reports a reporting verb in clause cur before i.
func (s *sent) reportedBefore(i, cur int) bool {
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		if s.clause[k] != cur {
			return false
		}
		if reportVerbs[s.toks[k].low] {
			return true
		}
	}
	return false
}

// itemLabel finds the label of a dated list item that names the place as
// well: "• 3 March 2021 – Vienna: 2nd EU-Japan Partnership Council",
// "2026 (tbc) – Tokyo: ...". It returns the index of the colon closing the
// label, or -1. The date and place of the label are the item's event's.
func (s *sent) itemLabel() int {
	k := 0
	for k < len(s.toks) && s.toks[k].kind == tPunct {
		k++
	}
	if k >= len(s.toks) || !s.inDate[k] {
		return -1
	}
	for k < len(s.toks) && s.inDate[k] {
		k++
	}
	// "(tbc)", "(to be confirmed)"
	if k < len(s.toks) && s.toks[k].isPunct("(") {
		e := k + 1
		for e < len(s.toks) && e < k+6 && !s.toks[e].isPunct(")") {
			e++
		}
		if e >= len(s.toks) || !s.toks[e].isPunct(")") {
			return -1
		}
		k = e + 1
	}
	if k >= len(s.toks) || !(s.toks[k].isDash() || s.toks[k].isPunct(",")) {
		return -1
	}
	k++
	words := 0
	for ; k < len(s.toks) && words <= 5; k++ {
		t := &s.toks[k]
		switch {
		case t.isPunct(":"):
			if words == 0 {
				return -1
			}
			return k
		case t.kind == tWord && t.cap:
			words++
		case t.isPunct(",") || t.isDash() || t.text == "’" || t.text == "'" || t.text == "." || t.kind == tWord && (t.low == "of" || t.low == "de"):
		default:
			return -1
		}
	}
	return -1
}

// appositions marks noun phrases set off by commas after a noun: ", their
// main channel for trade talks,". What they name takes no date or place
// from outside them.
func (s *sent) appositions() {
	s.appos = make([]bool, len(s.toks))
	for i := 1; i+1 < len(s.toks); i++ {
		// After a noun, not after a sentence adverb ("Furthermore, the
		// forum on peace and security, held in ...": the subject).
		if !s.toks[i].isPunct(",") || !(determiners[s.toks[i+1].low] && s.toks[i+1].low != "no") ||
			s.toks[i-1].kind != tWord || i-1 == 0 || strings.HasSuffix(s.toks[i-1].low, "ly") {
			continue
		}
		end := -1
		for k := i + 2; k < len(s.toks) && k < i+14; k++ {
			t := &s.toks[k]
			if t.isPunct(",") {
				end = k
				break
			}
			if t.kind == tPunct && !(t.isDash() || t.text == "'" || t.text == "’") || s.finiteAt(k) || s.inDate[k] {
				break
			}
		}
		if end < 0 {
			continue
		}
		for k := i + 1; k < end; k++ {
			s.appos[k] = true
		}
		i = end - 1
	}
}

// quotes marks the tokens between quotation marks.
func (s *sent) quotes() {
	s.quoted = make([]bool, len(s.toks))
	open := false
	for i := range s.toks {
		t := &s.toks[i]
		switch {
		case t.isPunct("“"):
			open = true
		case t.isPunct("”"):
			open = false
		case t.isPunct("\""):
			open = !open
		default:
			s.quoted[i] = open
		}
	}
	if open { // an unclosed quote marks nothing
		clear(s.quoted)
	}
}

// frontedSubordinators open a clause at the start of a sentence that ends
// at its first comma; embeddedSubordinators open one inside a clause.
var frontedSubordinators = map[string]bool{
	"when": true, "after": true, "before": true, "although": true, "though": true, "while": true,
	"whilst": true, "since": true, "as": true, "if": true, "once": true, "because": true, "whereas": true,
	"until": true, "unless": true,
}

var embeddedSubordinators = map[string]bool{
	"since": true, "when": true, "after": true, "before": true, "because": true, "although": true,
	"though": true, "until": true, "once": true, "unless": true,
}

// finiteWords are auxiliaries and modals: a clause's verb, whatever follows.
var finiteWords = map[string]bool{
	"can": true, "could": true, "should": true, "may": true, "might": true, "must": true, "shall": true,
	"did": true, "does": true, "do": true, "is": true, "are": true, "was": true, "were": true, "has": true,
	"have": true, "had": true, "will": true, "would": true,
}

// finiteAt reports a word at k that can be the verb of a clause: an
// auxiliary or modal, an event verb of the lexicon, or a past form.
func (s *sent) finiteAt(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord || s.inDate[k] {
		return false
	}
	if finiteWords[t.low] || k < len(s.verb) && s.verb[k] {
		return true
	}
	return !t.cap && len(t.low) > 4 && strings.HasSuffix(t.low, "ed")
}

// markVerbs notes where an event verb of the lexicon starts, for finiteAt.
func (s *sent) markVerbs() {
	s.verb = make([]bool, len(s.toks))
	for _, sp := range s.spans {
		if sp.kind == kHeld || sp.kind == kSigning || sp.kind == kLaunch {
			s.verb[sp.i] = true
		}
	}
}

// verbBeforeComma reports a verb from i up to the next comma or stop: what
// follows a subordinator is a clause, not a noun phrase ("since 2019").
func (s *sent) verbBeforeComma(i int) bool {
	for k := i; k < len(s.toks) && k < i+14; k++ {
		t := &s.toks[k]
		if t.kind == tPunct && !(t.isDash() || t.text == "'" || t.text == "’" || t.text == "(" || t.text == ")") {
			return false
		}
		if s.finiteAt(k) {
			return true
		}
	}
	return false
}

// newSubject reports a subject and its verb at i: "China and Russia have
// criticised", "Peru is negotiating", not "the United States" ending a
// list, nor "signed a memorandum" sharing the subject before the comma.
func (s *sent) newSubject(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	if !(determiners[t.low] || t.cap || t.low == "they" || t.low == "it" || t.low == "he" || t.low == "she" || t.low == "we") {
		return false
	}
	if s.finiteAt(i) {
		return false
	}
	for k := i + 1; k < len(s.toks) && k < i+9; k++ {
		tk := &s.toks[k]
		if tk.kind == tPunct && !(tk.isDash() || tk.text == "'" || tk.text == "’") {
			return false
		}
		if s.finiteAt(k) {
			return true
		}
	}
	return false
}

func (s *sent) clauseOf(i int) int {
	if i < 0 {
		return -1
	}
	if i >= len(s.clause) {
		i = len(s.clause) - 1
	}
	return s.clause[i]
}

// frontedPhrase is the end of a fronted prepositional phrase ("In the
// margins of the Dialogue, ...", "At the summit in Tokyo, ..."): the index
// of its comma, or -1. A date or place after the comma belongs to the
// main clause, not to an event named in the phrase.
func (s *sent) frontedPhrase() int {
	k0 := 0
	// "On Monday (18 November), in the margins of ...": after a fronted date.
	if k := s.leadingDate(); k > 0 {
		k0 = k
	}
	if k0 >= len(s.toks) || !prepositions[s.toks[k0].low] || s.inDate[k0] {
		return -1
	}
	for k := k0 + 1; k < len(s.toks) && k < k0+16; k++ {
		if s.inDate[k] {
			return -1 // "On 3 May, ...": the date is the main clause's
		}
		if s.toks[k].isPunct(",") {
			// "At the 24th Summit, held in Kyiv on 3 February 2023,
			// leaders ...": a participle after the comma is the fronted
			// noun's, and so are its place and date.
			if e := s.participleClause(k + 1); e > 0 {
				return e
			}
			return k
		}
		if s.finiteAt(k) || s.toks[k].isPunct(".") || s.toks[k].isPunct(";") {
			return -1
		}
	}
	return -1
}

// participleClause reads an event participle at i that a comma closes
// ("held in Kyiv on 3 February 2023,"): the index of that comma, or -1.
func (s *sent) participleClause(i int) int {
	if i >= len(s.toks) || !s.verb[i] || s.inDate[i] {
		return -1
	}
	if w := s.toks[i].low; w != "held" && w != "met" && !strings.HasSuffix(w, "ed") {
		return -1
	}
	for k := i + 1; k < len(s.toks) && k < i+16; k++ {
		t := &s.toks[k]
		if t.isPunct(",") {
			return k
		}
		if s.finiteAt(k) && !s.inDate[k] || t.isPunct(".") || t.isPunct(";") || t.isPunct(":") {
			return -1
		}
	}
	return -1
}

// leadingDate: a sentence opening with a date and a comma ("On 3 May,",
// "On Monday (18 November),"): the index after the comma, or -1.
func (s *sent) leadingDate() int {
	k := 0
	if k < len(s.toks) && prepositions[s.toks[k].low] && !s.inDate[k] {
		k++
	}
	if k >= len(s.toks) || !s.inDate[k] {
		return -1
	}
	for k < len(s.toks) && (s.inDate[k] || s.toks[k].isPunct("(") || s.toks[k].isPunct(")")) {
		k++
	}
	if k < len(s.toks) && s.toks[k].isPunct(",") {
		return k + 1
	}
	return -1
}

// afterInterjected skips a phrase set off by commas after hi when a verb
// follows it: "The Dialogue with Uzbekistan, initially foreseen for
// December 2024, | was postponed". It returns hi otherwise.
func (s *sent) afterInterjected(hi int) int {
	if hi >= len(s.toks) || !s.toks[hi].isPunct(",") {
		return hi
	}
	for k := hi + 1; k < len(s.toks) && k <= hi+14; k++ {
		if s.toks[k].isPunct(",") {
			if k+1 < len(s.toks) && s.finiteAt(k+1) {
				return k + 1
			}
			return hi
		}
	}
	return hi
}

// afterPlaceAndDate skips the places and dates that follow a phrase
// ending at hi: "The EU-India Summit in Porto on 8 May 2021 | was
// cancelled".
func (s *sent) afterPlaceAndDate(hi int) int {
	k := hi
	for k < len(s.toks) {
		switch {
		case s.inDate[k], s.toks[k].low == "in", s.toks[k].low == "at", s.toks[k].low == "on":
			k++
			continue
		}
		end, ok := s.cityFrom(k)
		if !ok {
			break
		}
		k = end
	}
	return k
}

// afterScheduled skips the participle of a schedule with its date and
// place after a phrase ending at hi: "A round planned for July in Beijing
// | was called off".
func (s *sent) afterScheduled(hi int) int {
	if hi >= len(s.toks) {
		return hi
	}
	switch s.toks[hi].low {
	case "planned", "scheduled", "foreseen", "envisaged", "slated", "set", "due", "expected", "pencilled", "penciled":
	default:
		return hi
	}
	k := hi + 1
	if k < len(s.toks) && (s.toks[k].low == "for" || s.toks[k].low == "in") {
		k++
	}
	return s.afterPlaceAndDate(k)
}

// placeBetween reports that only a place stands between i and j: "the
// EU-China summit in Beijing on 7 December 2023".
func (s *sent) placeBetween(i, j int) bool {
	k := i
	for k < j {
		if w := s.toks[k].low; w == "in" || w == "at" || w == "on" || s.toks[k].isPunct(",") {
			k++
			continue
		}
		end, ok := s.cityFrom(k)
		if !ok {
			return false
		}
		k = end
	}
	return j > i
}

// cityFrom reports whether a city's name starts at token k, and where
// it ends (cityAt: whether k is inside one).
func (s *sent) cityFrom(k int) (int, bool) {
	for _, c := range s.cities {
		if c.i == k {
			return c.j, true
		}
	}
	return k, false
}

// predicateAfter finds where the predicate of a subject ending at hi
// resumes after a parenthetical ("The 25th summit, which coincides with
// the anniversary, is expected ..."; "the second since the partnership was
// launched in May 2022, is planned for ..."): the token after the closing
// comma, or -1 when no parenthetical follows hi.
func (s *sent) predicateAfter(hi int) int {
	if hi >= len(s.toks) || !(s.toks[hi].isPunct(",") || embeddedSubordinators[s.toks[hi].low]) {
		return -1
	}
	for k := hi + 1; k < len(s.toks) && k < hi+25; k++ {
		t := &s.toks[k]
		if t.isPunct(";") || t.isPunct(".") || t.isPunct(":") {
			return -1
		}
		if t.isPunct(",") && k+1 < len(s.toks) && (finiteWords[s.toks[k+1].low] || s.finiteAt(k+1)) {
			return k + 1
		}
	}
	return -1
}

// parentheticalBefore finds the comma that opens an apposition or a
// participle phrase closed by the comma at c ("The Agreement (TCA),
// negotiated in a hurry during the transition period, was signed", "The
// Green Partnership, the first of its kind, was launched"): its index, or
// -1.
func (s *sent) parentheticalBefore(c int) int {
	finite := false
	for o := c - 2; o >= 1 && o >= c-16; o-- {
		t := &s.toks[o]
		if t.isPunct(",") {
			nt := &s.toks[o+1]
			participle := nt.kind == tWord && !nt.cap && (strings.HasSuffix(nt.low, "ed") || nt.low == "held" || nt.low == "set")
			// ", co-chaired by ...,": a prefixed participle.
			if o+3 < c && (nt.low == "co" || nt.low == "jointly") && s.toks[o+2].isDash() && strings.HasSuffix(s.toks[o+3].low, "ed") {
				participle = true
			}
			// ", which took years to negotiate,": a relative clause has
			// a verb of its own.
			if nt.low == "which" || nt.low == "who" {
				return o
			}
			if !finite && (participle || determiners[nt.low] && nt.low != "no") {
				return o
			}
			return -1
		}
		if t.kind == tPunct && !(t.isDash() || t.isPunct("(") || t.isPunct(")") || t.text == "'" || t.text == "’") {
			return -1
		}
		coPrefixed := o >= 3 && s.toks[o-1].isDash() && s.toks[o-2].low == "co" && s.toks[o-3].isPunct(",")
		if finiteWords[t.low] || s.verb[o] && o > 0 && !s.toks[o-1].isPunct(",") && !coPrefixed {
			finite = true
		}
	}
	return -1
}

// nameComplementStart reads the complement of a name ending at k ("Task
// Force on Energy Security", "Council for Trade and Investment"): the
// index of its preposition when an event noun ends right before it, or
// -1.
func (s *sent) nameComplementStart(k int) int {
	for j := k; j >= 1 && j >= k-7; j-- {
		t := &s.toks[j]
		switch {
		case t.low == "on" || t.low == "for" || t.low == "of":
			for _, sp := range s.spans {
				if sp.j == j && (sp.kind == kLaunchObject || sp.kind == kSeries || sp.kind == kCue) && s.toks[j-1].cap {
					return j
				}
			}
			return -1
		case t.kind == tWord && (t.cap || t.low == "and") && !s.inDate[j]:
		default:
			return -1
		}
	}
	return -1
}
