package extractor

import (
	"fmt"
	"strings"

	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

// Version identifies the rules; it goes into wire.Record.Extractor so a
// re-extraction with newer rules replaces an article's mentions.
const Version = "rules-16"

// Rules is a compiled lexicon. It holds no mutable state: one Rules serves
// any number of goroutines.
type Rules struct {
	trie      trie
	cueType   []string // cue id → type
	cueNeedNm []bool
	series    []config.Series
	partners  []string // partner id → code
	display   []string // partner id → name used in series labels
	euID      int
	member    []bool // partner id → EU member state
	org       []bool // partner id → organisation (ASEAN, NATO)
	cities    []string
	// cityCountry maps a city id to the partner id of its country, -1
	// when the gazetteer gives none.
	cityCountry []int
	groups      [][]int // group id → partner ids
	// plural holds the plural forms of event nouns ("dialogues",
	// "summits", "meetings"): a plural names several occurrences or a
	// kind of mechanism, never one occurrence.
	plural map[string]bool
	// docPlural holds the plural forms of document nouns ("agreements",
	// "partnerships", "memoranda").
	docPlural map[string]bool
	// euPeople holds the surnames of the EU's office holders the lexicon
	// names: the EU side of a meeting wherever a page names them.
	euPeople map[string]bool
}

// NewRules compiles a lexicon. The lexicon should have passed Validate.
func NewRules(lex *config.Lexicon) (*Rules, error) {
	if lex == nil {
		return nil, fmt.Errorf("new rules: nil lexicon")
	}
	r := &Rules{euID: -1}
	ids := map[string]int{}
	partnerID := func(code string) int {
		if id, ok := ids[code]; ok {
			return id
		}
		id := len(r.partners)
		ids[code] = id
		r.partners = append(r.partners, code)
		r.display = append(r.display, code)
		r.member = append(r.member, false)
		r.org = append(r.org, false)
		return id
	}
	named := map[string]bool{}
	shown := map[int]bool{}
	for _, p := range lex.Partners {
		id := partnerID(p.Code)
		r.org[id] = r.org[id] || p.Org
		if !shown[id] && len(p.Names) > 0 && p.Code != "EU" && !p.Org {
			r.display[id] = p.Names[0]
		}
		shown[id] = true
		for _, n := range p.Names {
			r.trie.add(n, kPartner, id)
			named[strings.ToLower(n)] = true
		}
		for _, n := range p.Prefixes {
			r.trie.add(n+"-", kPrefix, id)
		}
	}
	if id, ok := ids["EU"]; ok {
		r.euID = id
	} else {
		return nil, fmt.Errorf("new rules: the lexicon has no EU partner entry")
	}
	if lex.ISONames {
		for _, c := range config.ISOCountries() {
			if named[strings.ToLower(c.Name)] {
				continue
			}
			id := partnerID(c.Code)
			if r.display[id] == c.Code {
				r.display[id] = c.Name
			}
			r.trie.add(c.Name, kPartner, id)
		}
	}
	for i, g := range lex.Groups {
		var members []int
		for _, c := range g.Codes {
			members = append(members, partnerID(c))
		}
		r.groups = append(r.groups, members)
		for _, n := range g.Names {
			r.trie.add(n, kGroup, i)
		}
	}
	for _, c := range lex.EUMembers {
		r.member[partnerID(c)] = true
	}
	for i, c := range lex.Cities {
		r.cities = append(r.cities, c.Name)
		country := -1
		if c.Country != "" {
			country = partnerID(c.Country)
		}
		r.cityCountry = append(r.cityCountry, country)
		r.trie.add(c.Name, kCity, i)
		for _, a := range c.Aliases {
			r.trie.add(a, kCity, i)
		}
	}
	for _, w := range lex.Multilateral {
		r.trie.add(w, kMultilateral, 0)
	}
	for _, w := range lex.EUInternal {
		r.trie.add(w, kInternal, 0)
	}
	// An organisation's name, like a multilateral forum's, is no event
	// and hides the partner names in it.
	for _, w := range lex.Organisations {
		r.trie.add(w, kMultilateral, 0)
	}
	r.series = lex.Series
	for i, s := range lex.Series {
		r.trie.add(s.Name, kSeries, i)
		for _, a := range s.Aliases {
			r.trie.add(a, kSeries, i)
		}
	}
	for i, c := range lex.Cues {
		r.cueType = append(r.cueType, c.Type)
		r.cueNeedNm = append(r.cueNeedNm, c.NeedsName)
		for _, w := range c.Words {
			r.trie.add(w, kCue, i)
		}
	}
	add := func(words []string, k kind) {
		for _, w := range words {
			r.trie.add(w, k, 0)
		}
	}
	add(lex.Anaphors, kAnaphor)
	add(lex.Documents, kDocument)
	add(lex.LaunchObjects, kLaunchObject)
	add(lex.NamedLaunchObjects, kNamedObject)
	add(lex.Verbs.Held, kHeld)
	add(lex.Verbs.Planned, kPlanned)
	add(lex.Verbs.Signing, kSigning)
	add(lex.Verbs.Launch, kLaunch)
	add(lex.Verbs.Upgrade, kUpgrade)
	add(lex.Verbs.Hypothetical, kHypothetical)
	add(lex.Verbs.Since, kSince)
	add(lex.Verbs.Negation, kNegation)
	add(lex.Generic, kGeneric)
	add(lex.Connectives, kConnective)
	add(lex.Boilerplate.Related, kRelated)
	add(lex.Boilerplate.Lines, kBoilerplate)
	add(lex.OfficeHolders, kOffice)
	add(lex.NonEvents, kNonEvent)
	r.euPeople = map[string]bool{}
	for _, n := range lex.EUOfficeHolders {
		if f := strings.Fields(n); len(f) > 0 {
			r.euPeople[strings.ToLower(f[len(f)-1])] = true
		}
	}
	r.plural = plurals(lex)
	r.docPlural = map[string]bool{}
	docs := map[string]bool{}
	for _, w := range lex.Documents {
		docs[strings.ToLower(w)] = true
	}
	for w := range docs {
		if last := w[strings.LastIndexByte(w, ' ')+1:]; strings.HasSuffix(last, "s") && docs[strings.TrimSuffix(w, "s")] || last == "memoranda" {
			r.docPlural[last] = true
		}
	}
	return r, nil
}

// plurals finds the event nouns of the lexicon that are the plural of
// another: "dialogues" of "dialogue", "task forces" of "task force", "fora".
func plurals(lex *config.Lexicon) map[string]bool {
	nouns := map[string]bool{}
	for _, c := range lex.Cues {
		for _, w := range c.Words {
			nouns[strings.ToLower(w)] = true
		}
	}
	for _, w := range lex.Anaphors {
		nouns[strings.ToLower(w)] = true
	}
	out := map[string]bool{}
	for w := range nouns {
		if (strings.HasSuffix(w, "s") && nouns[strings.TrimSuffix(w, "s")]) || (w == "fora" && nouns["forum"]) {
			out[w] = true
		}
	}
	return out
}

// Events extracts the dialogue events of a document, one per event even
// when the article mentions it several times, in order of first mention.
func (r *Rules) Events(doc Document) []wire.Event {
	x := newDocState(r, doc)
	x.run()
	return x.result()
}
