package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word, number or punctuation mark of a line. Words are runs of
// Unicode letters and digits ("Luleå", "7th", "5G"), with inner apostrophes
// ("People's") and dotted abbreviations ("U.S.") kept whole; hyphens and
// dashes are tokens of their own so compounds ("EU-China") split into parts.
type token struct {
	text       string // as written
	low        string // lower-cased, ’ folded to '
	start, end int    // byte offsets in the line
	kind       tokKind
	cap        bool // first letter upper-case
	caps       bool // no lower-case letter and at least one letter
	space      bool // white space before the token
}

type tokKind uint8

const (
	tWord tokKind = iota
	tNum          // digits only
	tPunct
)

func (t *token) isPunct(s string) bool { return t.kind == tPunct && t.text == s }

// isDash reports hyphens and dashes.
func (t *token) isDash() bool {
	if t.kind != tPunct {
		return false
	}
	switch t.text {
	case "-", "–", "—", "‑", "−":
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits s into tokens, appending to buf.
func tokenize(s string, buf []token) []token {
	space := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			space = true
			i += n
			continue
		}
		if !isWordRune(r) {
			buf = append(buf, token{text: s[i : i+n], low: s[i : i+n], start: i, end: i + n, kind: tPunct, space: space})
			space = false
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			// Inner apostrophe: People's, People’s.
			if (r == '\'' || r == '’') && j+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j+n:])
				if unicode.IsLetter(r2) {
					j += n
					continue
				}
			}
			break
		}
		// Decimal number: "Track 1.5", not a sentence end; but not the
		// day and month of a dotted date ("03.06.2025").
		if j+1 < len(s) && s[j] == '.' && s[j+1] >= '0' && s[j+1] <= '9' && isDigits(s[i:j]) {
			k := j + 1
			for k < len(s) && s[k] >= '0' && s[k] <= '9' {
				k++
			}
			dotted := k+1 < len(s) && s[k] == '.' && s[k+1] >= '0' && s[k+1] <= '9' ||
				i >= 2 && s[i-1] == '.' && s[i-2] >= '0' && s[i-2] <= '9'
			if dotted {
				buf = append(buf, makeWord(s[i:j], i, j, space))
				space = false
				i = j
				continue
			}
			buf = append(buf, token{text: s[i:k], low: s[i:k], start: i, end: k, kind: tWord, space: space})
			space = false
			i = k
			continue
		}
		// Dotted abbreviation: single letters each followed by a period
		// (U.S., P.R.C., e.g.).
		if j-i == 1 && j+1 < len(s) && s[j] == '.' && unicode.IsLetter(r) {
			k := j
			for k+1 < len(s) && s[k] == '.' && isASCIILetter(s[k+1]) && (k+2 == len(s) || s[k+2] == '.') {
				k += 2
			}
			if k > j && k < len(s) && s[k] == '.' {
				j = k + 1
			}
		}
		buf = append(buf, makeWord(s[i:j], i, j, space))
		space = false
		i = j
	}
	return buf
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func makeWord(w string, start, end int, space bool) token {
	t := token{text: w, start: start, end: end, space: space, kind: tWord}
	digits, letters, lower := 0, 0, 0
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
			if unicode.IsLower(r) {
				lower++
			}
		}
	}
	if letters == 0 && digits > 0 && !strings.ContainsAny(w, ".'’") {
		t.kind = tNum
	}
	first, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(first)
	t.caps = letters > 0 && lower == 0
	t.low = lowerWord(w)
	return t
}

// lowerWord lower-cases w and folds the typographic apostrophe.
func lowerWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 || (w[i] >= 'A' && w[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	return strings.ReplaceAll(strings.ToLower(w), "’", "'")
}

// abbreviations that end with a period without ending a sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "no": true, "nos": true,
	"art": true, "para": true, "vol": true, "pp": true, "p": true, "fig": true, "vs": true, "etc": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "h.e": true, "amb": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "hon": true, "approx": true, "ca": true, "cf": true, "e.g": true, "i.e": true,
}

// sentences splits a line's tokens into sentences: [start, end) token
// index pairs. A sentence ends at . ! ? (with closing quotes and brackets)
// before a capital letter, digit or opening quote; not after abbreviations
// or single initials.
func sentences(toks []token, out [][2]int) [][2]int {
	start := 0
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tPunct || (t.text != "." && t.text != "!" && t.text != "?" && t.text != "…") {
			continue
		}
		if t.text == "." && i > 0 && !t.space {
			p := &toks[i-1]
			if p.kind == tWord && (abbrevs[p.low] || (len(p.text) == 1 && p.cap)) {
				continue
			}
			// "on Jan. 29", "Sept. 3": a month abbreviation before a day.
			if m, ok := monthNames[p.low]; ok && m > 0 && len(p.low) <= 4 && p.low != "june" && p.low != "july" &&
				i+1 < len(toks) && toks[i+1].kind == tNum {
				continue
			}
		}
		j := i + 1
		for j < len(toks) && toks[j].kind == tPunct && isCloser(toks[j].text) && !toks[j].space {
			j++
		}
		if j < len(toks) {
			n := &toks[j]
			if !n.space && n.kind != tWord {
				continue
			}
			if !(n.cap || n.kind == tNum || isOpener(n.text) || n.text == "•" || n.text == "-") {
				continue
			}
			if n.kind == tWord && !n.cap && !n.space {
				continue
			}
		}
		out = append(out, [2]int{start, j})
		start = j
		i = j - 1
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

func isCloser(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

func isOpener(s string) bool {
	switch s {
	case "\"", "“", "‘", "'", "(", "[", "«":
		return true
	}
	return false
}
