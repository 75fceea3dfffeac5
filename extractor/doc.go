package extractor

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// maxSentence bounds the tokens analysed together; real sentences of
// announcements stay well below it.
const maxSentence = 160

// docState is one run of the rules over one document: the lines, the
// discourse context carried from sentence to sentence, and the events
// found so far.
type docState struct {
	r     *Rules
	doc   Document
	pub   date
	ref   int // year for dates without one when the publication date is unknown
	lines []line

	// Discourse context.
	ctxPartners []int  // non-EU partner ids of the latest event or mention
	subject     []int  // the partner the previous sentence is about, what "It" stands for
	ctxFrom     string // the type of the event ctxPartners come from; "" for a heading or mention
	ctxType     string // type of the latest named series or event noun
	ctxSeries   string // its series label
	ctxSeriesID int
	paraDate    date // latest date of the current paragraph
	paraYear    int  // the year that frames the paragraph (see paragraphYear)
	paraCity    int  // latest city id the paragraph places something in ("in Baku", "travelled to Baku"), -1
	// lastDate is the latest date of the document: what "the day before"
	// or "the following year" refers to when its paragraph has none.
	lastDate date

	// people maps the surnames of office holders named with their title
	// to their side (sideEU, sidePartner, sideNone; -1 ambiguous).
	people map[string]int

	// hereCity is the city of the dateline opening the first paragraph
	// ("NEW DELHI, June 9 (PTI) –"): where "here" is; -1 if none.
	hereCity int

	venues  []string       // places the gazetteer does not know, found in the document (ids after its cities)
	spelled map[int]string // gazetteer cities as the page spells them

	// foreignSent is the latest sentence that named a process or
	// gathering outside the taxonomy and no event: "the meeting" after it
	// is that gathering.
	foreignSent int

	// The day a sentence without any event states ("The EU and Egypt
	// sealed a package on Sunday (17 March 2024)"): the date of the
	// signing or launch the next sentence reports without one.
	leadDate     date
	leadSent     int
	leadPartners []int

	events   []*event
	last     *event // the latest event found or mentioned again
	lastSent int
	sentNo   int // sentences seen so far
	// euSubjSent is the latest sentence whose first office holder is
	// the EU's: whom "he" or "she" stands for in the next one; 0 none.
	euSubjSent int

	spanBuf []span
	dateBuf []dateMention
	// acronyms the page defines for a series it names: "the
	// High-level Environment and Climate Dialogue (HECD)" makes "the
	// fifth HECD" that dialogue's.
	acronyms map[string][]token
}

type line struct {
	text     string
	toks     []token
	title    bool
	heading  bool // a short line without a full stop: sets the context
	headline bool // no closing full stop
	body     bool // a paragraph: twelve words or more and a full stop
	dated    bool // a dated list item: "20 November: College meeting"
	// labelYear is the year of a dated item's label ("2009 – The second
	// summit is held in Kleinmond on 11 September."): the year of the
	// dates of the item that give none.
	labelYear int
	// source is the row or agenda line a restated line stands for: the
	// evidence of its events.
	source string
	skip   bool
	words  int
}

// event is a wire.Event with what merging needs.
type event struct {
	wire.Event
	start, end date
	seriesID   int
	explicit   bool // named in the sentence, not resolved from context
	rel        int  // +1 "the next ...", -1 "the previous ..."
	definite   bool // "the 25th summit", "that was the tenth edition": known already
	// object is the noun a launch verb governs ("alliance", "dialogue"):
	// two launches of different things on one day are two events.
	object string
}

func newDocState(r *Rules, doc Document) *docState {
	x := &docState{r: r, doc: doc, ctxSeriesID: -1}
	if d, ok := parseISODate(strings.TrimSpace(doc.Published)); ok && d.d > 0 {
		x.pub = d
	}
	if t := strings.TrimSpace(doc.Title); t != "" {
		x.lines = append(x.lines, line{text: t, title: true})
	}
	for _, l := range strings.Split(doc.Text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if len(x.lines) == 1 && x.lines[0].title {
			// The title repeated as the first line, or glued to the first
			// paragraph when the HTML had no break after the heading.
			if l == x.lines[0].text {
				continue
			}
			if rest, ok := strings.CutPrefix(l, x.lines[0].text+" "); ok {
				l = rest
			}
		}
		x.lines = append(x.lines, line{text: l})
	}
	x.restate()
	return x
}

// prevDate is the date a relative date ("the day before") refers to.
func (x *docState) prevDate() date {
	if !x.paraDate.zero() {
		return x.paraDate
	}
	return x.lastDate
}

// prevDay is what "the following day" counts from when the latest date
// has no day ("signed in November 2025. The following day, ..."): the
// day of the latest event that has one.
func (x *docState) prevDay() date {
	for i := len(x.events) - 1; i >= 0; i-- {
		if prec(x.events[i].start) == 3 {
			return x.events[i].start
		}
	}
	return date{}
}

func (x *docState) run() {
	for i := range x.lines {
		ln := &x.lines[i]
		if isFootnote(ln.text) {
			ln.skip = true
		}
		ln.toks = dropFootnoteMarks(tokenize(ln.text, nil))
	}
	x.classify()
	if x.pub.y == 0 {
		x.pub = x.dateline()
	}
	x.ref = x.referenceYear()
	x.hereCity = x.datelineCity()
	var sents [][2]int
	prevLabel := false
	for i := range x.lines {
		ln := &x.lines[i]
		if ln.skip {
			continue
		}
		x.paraDate, x.paraYear, x.paraCity = date{}, 0, -1
		if ln.heading {
			x.headingContext(ln)
		}
		// Items labelled with a partner in a newsletter ("Japan: ...",
		// "India: ...", then "AI Act: ..."): the next labelled item is
		// about its own label, not the partner of the one before it. A
		// story told over several labels ("LONDON CALLING: ...", "Why it
		// matters: ...") keeps its context.
		lab := itemLabel(ln)
		if lab > 0 && prevLabel {
			x.ctxPartners, x.ctxFrom, x.subject = nil, "", nil
			x.ctxType, x.ctxSeries, x.ctxSeriesID = "", "", -1
		}
		prevLabel = lab > 0 && x.headingContext(&line{toks: ln.toks[:lab]})
		sents = sentences(ln.toks, sents[:0])
		for _, s := range sents {
			// A run-on "sentence" (a list, a table flattened to text) is
			// cut into pieces so the work per sentence stays bounded.
			for a := s[0]; a < s[1]; a += maxSentence {
				x.sentNo++
				x.sentence(ln, ln.toks[a:minInt(s[1], a+maxSentence)])
			}
		}
	}
}

// isFootnote: "[14] China hosts ...", "^ Council conclusions ...", and the
// numbered entries of a reference list: "6. ^ \"Second EU-South Africa
// Summit\"", "12 ↑ ...".
func isFootnote(l string) bool {
	if strings.HasPrefix(l, "^") || strings.HasPrefix(l, "↑") {
		return true
	}
	if n := len(l) - len(strings.TrimLeft(l, "0123456789")); n > 0 && n <= 4 {
		rest := strings.TrimLeft(strings.TrimPrefix(l[n:], "."), " \t\u00a0")
		if strings.HasPrefix(rest, "^") || strings.HasPrefix(rest, "↑") {
			return true
		}
	}
	if citation(l) {
		return true
	}
	if !strings.HasPrefix(l, "[") {
		return false
	}
	i := 1
	for i < len(l) && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	return i > 1 && i < len(l) && l[i] == ']'
}

// citation: an endnote that cites a page by its quoted title, "(3) EEAS,
// 'EU and Chile hold ...', 12 March 2026" or "(4) \"Title\"": the title
// reports the cited page's event, not this one's. A numbered paragraph
// ("(1) The Council will ...") quotes no title first.
func citation(l string) bool {
	if !strings.HasPrefix(l, "(") {
		return false
	}
	i := 1
	for i < len(l) && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if i == 1 || i > 4 || i >= len(l) || l[i] != ')' {
		return false
	}
	rest := strings.TrimLeft(l[i+1:], " \t\u00a0")
	// The source before the title: a few words and a comma.
	if c := strings.Index(rest, ", "); c >= 0 && c < 60 && !strings.ContainsAny(rest[:c], ".:;\"'‘“") {
		rest = rest[c+2:]
	}
	for _, q := range []string{"'", "\"", "‘", "“"} {
		if strings.HasPrefix(rest, q) {
			return true
		}
	}
	return false
}

// dropFootnoteMarks removes footnote references ("[11]", "[a]") so they do
// not break adjacency ("Cyber Taskforce[11].").
func dropFootnoteMarks(toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		if toks[i].isPunct("[") && i+2 < len(toks) && toks[i+2].isPunct("]") &&
			(toks[i+1].kind == tNum || len(toks[i+1].text) == 1) {
			i += 2
			continue
		}
		out = append(out, toks[i])
	}
	return out
}

// classify marks page furniture: footnotes, cookie and share lines,
// navigation, and the lists of headlines under "Related content" and the
// like. It also marks headings, which set the discourse context.
func (x *docState) classify() {
	related := false
	// headYear is the year of the latest line that holds only a year: the
	// heading of a chronology's items ("2003" over "October 30: The sixth
	// summit was held in Beijing.").
	headYear := 0
	var sp []span
	for i := range x.lines {
		ln := &x.lines[i]
		if ln.skip {
			continue
		}
		toks := ln.toks
		words := 0
		for _, t := range toks {
			if t.kind != tPunct {
				words++
			}
		}
		if words == 0 {
			ln.skip = true
			continue
		}
		last := toks[len(toks)-1].text
		// A closing bracket ends a sentence, except one around a date:
		// "Press release: EU and Japan hold ... Council (30 April 2024)"
		// is a headline with its date.
		sentenceEnd := last == "." || last == "!" || last == "?" || last == "”" || last == "\"" || last == ")" && !x.bracketedDate(toks)
		sp = x.r.trie.matchAll(toks, sp[:0])
		startsRelated, boiler := false, false
		for _, s := range sp {
			switch {
			case s.kind == kRelated && s.i <= 1:
				startsRelated = true
				// "ALSO READ: headline" is one line of furniture; a
				// heading alone opens a list.
				if s.j >= len(toks) || toks[s.j].isPunct(":") && s.j+1 >= len(toks) || words <= 4 && !sentenceEnd {
					related = true
				}
			case s.kind == kBoilerplate:
				boiler = true
			}
		}
		switch {
		case ln.title:
		case startsRelated && (words <= 6 && !sentenceEnd || toks[minInt(len(toks)-1, 3)].isPunct(":") || hasColonEarly(toks)):
			ln.skip = true
			continue
		case toks[0].isPunct("[") || toks[0].text == "^" || toks[0].text == "↑":
			ln.skip = true // footnote
			continue
		case boiler && words <= 40:
			ln.skip = true
			continue
		case (toks[0].text == "•" || toks[0].text == "·" || toks[0].text == "|") && words <= 8 && !datedItem(toks):
			ln.skip = true
			continue
		}
		if related {
			if words > 25 && sentenceEnd {
				related = false
			} else {
				ln.skip = true
				continue
			}
		}
		ln.words = words
		ln.dated = datedItem(toks)
		if ln.dated {
			ln.labelYear = itemYear(toks)
			if ln.labelYear == 0 {
				ln.labelYear = headYear
			}
		}
		if y := yearLine(toks); y > 0 {
			headYear = y
		} else if !sentenceEnd && !ln.dated && words <= 6 {
			headYear = 0 // another section begins
		}
		ln.body = sentenceEnd && words >= 12
		ln.headline = !sentenceEnd
		if !sentenceEnd && words <= 6 {
			ln.heading = true
		}
	}
	x.teasers()
}

// teasers marks lists of headlines known by their shape rather than by a
// heading word: after the article has begun, two or more lines in a row
// that read like headlines (no closing full stop, not a dated list item)
// and that no paragraph follows are links to other articles. Headlines
// followed by a paragraph are section titles of the page itself.
func (x *docState) teasers() {
	begun := false
	for i := 0; i < len(x.lines); i++ {
		ln := &x.lines[i]
		if ln.skip || ln.title {
			continue
		}
		if ln.body {
			begun = true
			continue
		}
		if !begun || !x.teaserShaped(ln) {
			continue
		}
		j := i // the run is lines i..j-1, furniture between them ignored
		n := 0
		for j < len(x.lines) {
			l := &x.lines[j]
			if l.skip {
				j++
				continue
			}
			if !x.teaserShaped(l) {
				break
			}
			n++
			j++
		}
		next := j
		for next < len(x.lines) && x.lines[next].skip {
			next++
		}
		if n >= 2 && (next == len(x.lines) || !x.lines[next].body) {
			for k := i; k < j; k++ {
				x.lines[k].skip = true
			}
		}
		i = j - 1
	}
}

// teaserShaped: a headline of four words or more, without a closing full
// stop, not a dated list item ("- 12 May 2023: ...", "20 November: ...").
func (x *docState) teaserShaped(ln *line) bool {
	return ln.headline && ln.words >= 4 && ln.words <= 25 && !ln.dated
}

// datedItem reports a line that opens with a date and a colon, dash or
// comma, after any bullet: "- 12 May 2023: 4th EU-Korea Cyber Dialogue",
// "2009 – The second summit is held in ...". A sentence that opens with a
// relative date ("Yesterday, the Commissioner ...") is no list item.
func datedItem(toks []token) bool {
	k := 0
	for k < len(toks) && toks[k].kind == tPunct {
		k++
	}
	if k >= len(toks) {
		return false
	}
	p := dateParser{t: toks}
	m, ok := p.parseAt(k)
	if !ok || m.rel != relNone {
		return false
	}
	j := m.j
	// "2026 (tbc) – Tokyo: ..."
	if j < len(toks) && toks[j].isPunct("(") {
		e := j + 1
		for e < len(toks) && e < j+6 && !toks[e].isPunct(")") {
			e++
		}
		if e < len(toks) && toks[e].isPunct(")") {
			j = e + 1
		}
	}
	return j < len(toks) && (toks[j].isPunct(":") || toks[j].isDash() || toks[j].isPunct(","))
}

// bracketedDate reports a line that ends with a date in brackets.
func (x *docState) bracketedDate(toks []token) bool {
	n := len(toks)
	if n < 3 || !toks[n-1].isPunct(")") {
		return false
	}
	k := n - 2
	for k > 0 && !toks[k].isPunct("(") && n-k < 8 {
		k--
	}
	if !toks[k].isPunct("(") {
		return false
	}
	x.dateBuf = parseDates(toks[k+1:n-1], x.dateBuf[:0])
	return len(x.dateBuf) == 1 && x.dateBuf[0].i == 0 && x.dateBuf[0].j == n-1-(k+1)
}

// yearLine is the year of a line that holds nothing else ("2003"), or 0.
func yearLine(toks []token) int {
	if len(toks) != 1 || toks[0].kind != tNum || len(toks[0].text) != 4 {
		return 0
	}
	if y := atoi(toks[0].text); y >= 1900 && y <= 2100 {
		return y
	}
	return 0
}

// itemYear is the year of a dated item's label, or 0.
func itemYear(toks []token) int {
	k := 0
	for k < len(toks) && toks[k].kind == tPunct {
		k++
	}
	p := dateParser{t: toks}
	if m, ok := p.parseAt(k); ok && m.rel == relNone {
		return m.start.y
	}
	return 0
}

// labelDates applies a dated item's label to the dates of its sentence:
// it gives its year to those without one ("2013 – The sixth summit takes
// place in Pretoria on 18 July."), and it is no date of an event of its
// own when the item dates the event more precisely ("2010 – Third
// summit, Brussels, 28 September 2010.").
func labelDates(ln *line, s *sent) {
	if ln.labelYear == 0 {
		return
	}
	lab := -1
	if len(s.dates) > 0 && len(s.toks) > 0 && s.toks[0].start == ln.toks[0].start {
		k := 0
		for k < len(s.toks) && s.toks[k].kind == tPunct {
			k++
		}
		if s.dates[0].i == k {
			lab = 0
		}
	}
	for i := range s.dates {
		d := &s.dates[i]
		if d.rel != relNone {
			continue
		}
		// The label itself takes the year of a chronology's heading
		// ("2003" over "October 30: ...").
		if d.start.y == 0 && d.start.m > 0 {
			d.start.y = ln.labelYear
			if !d.end.zero() && d.end.y == 0 {
				d.end.y = ln.labelYear
				if d.end.m < d.start.m {
					d.end.y++
				}
			}
		}
		if lab >= 0 && i != lab && d.start.cmp(s.dates[lab].start) == 0 && prec(d.start) >= prec(s.dates[lab].start) {
			s.dates[lab].label = true
		}
	}
}

// itemLabel is the index of the colon closing the label of an item, "Japan:
// The fifth ...", "Before we go: the ...": one to four words, the first
// capitalised, opening a paragraph; 0 if the line has none.
func itemLabel(ln *line) int {
	if !ln.body || ln.heading {
		return 0
	}
	toks := ln.toks
	if len(toks) == 0 || toks[0].kind != tWord || !toks[0].cap {
		return 0
	}
	for i := 1; i < len(toks) && i <= 4; i++ {
		switch {
		case toks[i].isPunct(":"):
			return i
		case toks[i].kind != tWord:
			return 0
		}
	}
	return 0
}

func hasColonEarly(toks []token) bool {
	for i := 0; i < len(toks) && i < 5; i++ {
		if toks[i].isPunct(":") {
			return true
		}
	}
	return false
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// referenceYear is the year the page is written in as far as the page
// tells: the latest year of a month- or day-precise date, else of any year.
// It resolves "9 April" when the publication date is unknown.
func (x *docState) referenceYear() int {
	if x.pub.y > 0 {
		return x.pub.y
	}
	best, bare := 0, 0
	for i := range x.lines {
		if x.lines[i].skip {
			continue
		}
		x.dateBuf = parseDates(x.lines[i].toks, x.dateBuf[:0])
		for _, d := range x.dateBuf {
			for _, v := range []date{d.start, d.end} {
				switch {
				case v.y > 0 && v.m > 0 && v.y > best:
					best = v.y
				case v.y > 0 && v.m == 0 && v.y > bare:
					bare = v.y
				}
			}
		}
	}
	if best == 0 {
		return bare
	}
	return best
}

// dateline finds the date a press release or article is issued on when
// the page states no publication date: a short line before the first
// paragraph that holds a full date and otherwise only a place, a byline
// or a name ("St. John's, 24 November 2023", "Lima, 14.05.2024", "By Ana
// Ruiz | 3 May 2024", "EU-Peru Summit, 6 June 2024"), or a dateline that
// opens the first paragraph. "Today" and the tense are relative to it.
func (x *docState) dateline() date {
	for i := range x.lines {
		ln := &x.lines[i]
		if ln.body {
			// "Brussels, 24 November 2023 – The EU and Canada ...": a
			// dateline opening the first paragraph.
			if d, ok := x.inlineDateline(ln.toks); ok {
				return d
			}
			break
		}
		if ln.skip || ln.title || ln.words > 12 || ln.dated {
			continue
		}
		x.dateBuf = parseDates(ln.toks, x.dateBuf[:0])
		if len(x.dateBuf) != 1 {
			continue
		}
		d := x.dateBuf[0]
		if d.rel != relNone || prec(d.start) != 3 || !d.end.zero() {
			continue
		}
		plain := true
		for k, t := range ln.toks {
			if k >= d.i && k < d.j {
				continue
			}
			// A place or a name, and the punctuation around them.
			if t.kind == tWord && !t.cap && t.low != "by" && t.low != "on" && t.low != "and" && t.low != "of" {
				plain = false
				break
			}
		}
		// A name of the event is fine ("EU-Peru Summit, 6 June 2024": the
		// day the page reports), a sentence is not.
		x.spanBuf = x.r.trie.matchAll(ln.toks, x.spanBuf[:0])
		for _, sp := range x.spanBuf {
			switch sp.kind {
			case kHeld, kPlanned, kSigning, kLaunch, kRelated:
				plain = false
			}
		}
		if plain {
			return d.start
		}
	}
	return date{}
}

// datelineCity finds the city of a dateline opening the first paragraph,
// "Brussels, Jun 10 (PTI) India and the EU ...": the city id, or -1.
func (x *docState) datelineCity() int {
	for i := range x.lines {
		ln := &x.lines[i]
		if !ln.body {
			continue
		}
		x.spanBuf = x.r.trie.matchAll(ln.toks, x.spanBuf[:0])
		if sp := x.spanBuf; len(sp) > 0 && sp[0].kind == kCity && sp[0].i == 0 && sp[0].j+1 < len(ln.toks) && ln.toks[sp[0].j].isPunct(",") {
			p := dateParser{t: ln.toks}
			if m, ok := p.parseAt(sp[0].j + 1); ok && m.start.d > 0 || ok && m.rel != relNone {
				return sp[0].id
			}
		}
		return -1
	}
	return -1
}

// inlineDateline reads "Place, DATE –" or "Place, DATE:" at the start of
// a paragraph: a place of one to three capitalised words, a comma, a full
// date and a dash or colon.
func (x *docState) inlineDateline(toks []token) (date, bool) {
	k := 0
	for k < len(toks) && k < 3 && toks[k].kind == tWord && toks[k].cap {
		k++
	}
	if k == 0 || k+1 >= len(toks) || !toks[k].isPunct(",") {
		return date{}, false
	}
	p := dateParser{t: toks}
	m, ok := p.parseAt(k + 1)
	if !ok || m.rel != relNone || prec(m.start) != 3 || !m.end.zero() || m.j >= len(toks) {
		return date{}, false
	}
	if !(toks[m.j].isDash() || toks[m.j].isPunct(":")) {
		return date{}, false
	}
	return m.start, true
}

// headingContext: a heading naming partners ("India", "South Korea")
// makes them the context of the section below it.
func (x *docState) headingContext(ln *line) bool {
	x.spanBuf = x.r.trie.matchAll(ln.toks, x.spanBuf[:0])
	var ids []int
	for _, s := range x.spanBuf {
		if s.kind == kPartner && s.id != x.r.euID && !x.r.member[s.id] {
			ids = appendUnique(ids, s.id)
		}
	}
	if len(ids) > 0 {
		x.ctxPartners, x.ctxFrom = ids, ""
		x.ctxType, x.ctxSeries, x.ctxSeriesID = "", "", -1
	}
	return len(ids) > 0
}

func appendUnique(ids []int, id int) []int {
	for _, v := range ids {
		if v == id {
			return ids
		}
	}
	return append(ids, id)
}

// add merges ev into an event already found when they are the same event
// (same type and partners, compatible date, edition, place and series),
// else appends it.
func (x *docState) add(ev *event) *event {
	for _, o := range x.events {
		if o.Type != ev.Type || !samePartners(o.Partners, ev.Partners) {
			continue
		}
		// "The meeting ... was held on the final day of the visit on
		// 27-28 February": an anaphor whose days include the event's.
		within := !ev.explicit && inRange(o.start, ev.start, ev.end) || !o.explicit && inRange(ev.start, o.start, o.end)
		if !compatibleDates(o.start, ev.start) && !within || (o.Edition != 0 && ev.Edition != 0 && o.Edition != ev.Edition) ||
			(o.Location != "" && ev.Location != "" && o.Location != ev.Location) {
			continue
		}
		if o.explicit && ev.explicit && o.seriesID >= 0 && ev.seriesID >= 0 && o.seriesID != ev.seriesID {
			continue
		}
		if o.object != "" && ev.object != "" && o.object != ev.object {
			continue
		}
		// "agreed to establish a Climate Dialogue" and "to set up a
		// Digital Dialogue" at one meeting: two launches.
		if ev.Type == "launch" && o.explicit && ev.explicit && distinctNames(o.Series, ev.Series) {
			continue
		}
		// One must confirm the other: same date, same round or same place.
		// Mere absence of conflict ("a second meeting" vs "met in
		// December") is not enough, except for an anaphor ("the Beijing
		// meeting"), which refers to the event in context.
		if !(o.Edition != 0 && o.Edition == ev.Edition) && !(o.Location != "" && o.Location == ev.Location) &&
			!(!o.start.zero() && !ev.start.zero()) && o.explicit && ev.explicit && !complementary(o, ev) {
			continue
		}
		if o.rel != ev.rel && !relCompatible(o, ev) {
			continue // "the next round" is not the round just reported
		}
		o.mergeFrom(ev)
		return o
	}
	x.events = append(x.events, ev)
	return ev
}

// distinctNames reports two series names each with a capitalised word
// the other lacks: "Climate Dialogue" and "Digital Dialogue", not
// "Digital Dialogue" and "High-level Digital Dialogue", nor "EU-China
// dialogue" and "dialogue with China".
func distinctNames(a, b string) bool {
	words := func(s string) []string {
		var ws []string
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '–' }) {
			w = strings.Trim(w, "'‘’\"“”(),.")
			if w != "" && unicode.IsUpper([]rune(w)[0]) {
				ws = append(ws, strings.ToLower(w))
			}
		}
		return ws
	}
	extra := func(x, y []string) bool {
		for _, w := range x {
			if !slices.Contains(y, w) {
				return true
			}
		}
		return false
	}
	wa, wb := words(a), words(b)
	return extra(wa, wb) && extra(wb, wa)
}

// complementary: a definite mention that adds only the round ("The 25th
// EU-China summit, which ...", "That was the tenth edition of the
// dialogue") to an event with a date or place but no round, in the same
// status, is that event.
func complementary(a, b *event) bool {
	onlyEdition := func(e *event) bool { return e.Edition != 0 && e.start.zero() && e.Location == "" }
	if a.Status != b.Status {
		return false
	}
	return onlyEdition(b) && b.definite && a.Edition == 0 || onlyEdition(a) && a.definite && b.Edition == 0
}

// relCompatible: "the next X" can be a planned X, "the previous X" a held
// one, nothing else.
func relCompatible(a, b *event) bool {
	if a.rel == 0 {
		a, b = b, a
	}
	if b.rel != 0 {
		return false
	}
	if a.rel > 0 {
		return b.Status == wire.StatusPlanned
	}
	return b.Status == wire.StatusHeld && b.Edition == 0
}

func (o *event) mergeFrom(ev *event) {
	finer := func(a, b date) bool { // b more precise than a
		return prec(b) > prec(a)
	}
	if finer(o.start, ev.start) {
		o.start, o.end = ev.start, ev.end
		o.Status = ev.Status
	}
	if o.end.zero() && !ev.end.zero() && o.start == ev.start {
		o.end = ev.end
	}
	if o.Edition == 0 {
		o.Edition = ev.Edition
	}
	if o.Location == "" {
		o.Location = ev.Location
	}
	if (!o.explicit && ev.explicit) || (o.Series == "" && ev.Series != "") {
		o.Series = ev.Series
		o.seriesID = ev.seriesID
		o.explicit = o.explicit || ev.explicit
	}
	if ev.Confidence > o.Confidence {
		o.Confidence = ev.Confidence
	}
	o.Confidence = clamp(o.Confidence + 0.05)
}

func prec(d date) int {
	switch {
	case d.y == 0:
		return 0
	case d.m == 0:
		return 1
	case d.d == 0:
		return 2
	}
	return 3
}

// inRange reports a day d within the range [start, end].
func inRange(d, start, end date) bool {
	return prec(d) == 3 && prec(start) == 3 && prec(end) == 3 && d.cmp(start) >= 0 && d.cmp(end) <= 0
}

func compatibleDates(a, b date) bool {
	if a.zero() || b.zero() {
		return true
	}
	return a.cmp(b) == 0
}

func samePartners(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func clamp(f float64) float64 {
	switch {
	case f < 0.05:
		return 0.05
	case f > 0.99:
		return 0.99
	}
	return float64(int(f*100+0.5)) / 100
}

func (x *docState) result() []wire.Event {
	x.placeFromPage()
	out := make([]wire.Event, 0, len(x.events))
	for _, ev := range x.events {
		e := ev.Event
		e.Start, e.End = ev.start.String(), ev.end.String()
		out = append(out, e)
	}
	return out
}

// partnerCodes turns ids into the sorted code list, EU first.
func (x *docState) partnerCodes(ids []int) []string {
	out := []string{"EU"}
	var rest []string
	for _, id := range ids {
		c := x.r.partners[id]
		if c == "EU" {
			continue
		}
		dup := false
		for _, v := range rest {
			dup = dup || v == c
		}
		if !dup {
			rest = append(rest, c)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}
