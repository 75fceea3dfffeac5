package extractor

import (
	"strings"
	"unicode"
)

// The phrase matcher: every lexicon entry is tokenized like the text and
// stored in a trie keyed by lower-cased tokens, so matching a sentence is
// one walk per token position, with whole-word (Unicode) boundaries by
// construction.

// kind is what a lexicon phrase is.
type kind uint8

const (
	kPartner kind = iota
	kPrefix       // "Sino" before a hyphen
	kGroup        // "Central Asia": several partners
	kCity
	kMultilateral
	kInternal
	kSeries
	kCue
	kAnaphor
	kDocument
	kLaunchObject
	kNamedObject // a launch object only in a name: "Digital Economy Package"
	kHeld
	kPlanned
	kSigning
	kLaunch
	kUpgrade // raises a relationship to what follows "to"
	kHypothetical
	kSince
	kNegation
	kGeneric
	kConnective
	kRelated
	kBoilerplate
	kOffice
	kNonEvent
	numKinds
)

// entry is one phrase of the lexicon.
type entry struct {
	kind  kind
	id    int      // index into the Rules' table for the kind (partner code, city, cue, series)
	exact []string // tokens as written, for case-sensitive entries; nil otherwise
	n     int      // length in tokens
}

type trieNode struct {
	next    map[string]*trieNode
	entries []entry
}

type trie struct{ root trieNode }

// add stores phrase (tokenized) as an entry of kind k.
func (t *trie) add(phrase string, k kind, id int) {
	toks := tokenize(phrase, nil)
	if len(toks) == 0 {
		return
	}
	n := &t.root
	var exact []string
	caseSensitive := true
	hasLetter := false
	for _, r := range phrase {
		if r >= 'a' && r <= 'z' || (r > 127 && isLowerRune(r)) {
			caseSensitive = false
		}
		if isLetterRune(r) {
			hasLetter = true
		}
	}
	if !hasLetter {
		caseSensitive = false
	}
	for _, tk := range toks {
		if caseSensitive {
			exact = append(exact, tk.text)
		}
		if n.next == nil {
			n.next = map[string]*trieNode{}
		}
		c := n.next[tk.low]
		if c == nil {
			c = &trieNode{}
			n.next[tk.low] = c
		}
		n = c
	}
	for _, e := range n.entries {
		if e.kind == k && e.id == id {
			return
		}
	}
	n.entries = append(n.entries, entry{kind: k, id: id, exact: exact, n: len(toks)})
}

// span is a matched phrase: tokens [i, j) of the sentence.
type span struct {
	i, j int
	kind kind
	id   int
}

// matchAll finds, at every token position, the longest phrase of each kind
// that starts there, appending to out.
func (t *trie) matchAll(toks []token, out []span) []span {
	var best [numKinds]span
	for i := range toks {
		for k := range best {
			best[k].j = -1
		}
		n := &t.root
		for j := i; j < len(toks) && n.next != nil; j++ {
			c := n.next[toks[j].low]
			possessive := false
			if c == nil {
				// "India's", "Parliament's": the name without the possessive.
				if w := toks[j].low; len(w) > 2 && strings.HasSuffix(w, "'s") {
					c = n.next[w[:len(w)-2]]
					possessive = true
				}
				if c == nil {
					break
				}
			}
			n = c
			for _, e := range n.entries {
				if e.exact != nil && !exactMatch(toks[i:j+1], e.exact) {
					continue
				}
				if possessive && e.exact != nil {
					continue
				}
				if j+1 > best[e.kind].j {
					best[e.kind] = span{i: i, j: j + 1, kind: e.kind, id: e.id}
				}
			}
			if possessive {
				break
			}
		}
		for k := range best {
			if best[k].j > 0 {
				out = append(out, best[k])
			}
		}
	}
	return out
}

func exactMatch(toks []token, want []string) bool {
	for i := range toks {
		if toks[i].text != want[i] {
			return false
		}
	}
	return true
}

func isLowerRune(r rune) bool  { return unicode.IsLower(r) }
func isLetterRune(r rune) bool { return unicode.IsLetter(r) }
