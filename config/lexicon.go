package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/biter777/countries"
	"go.yaml.in/yaml/v3"
)

// Lexicon is the extractor's vocabulary for the diplomatic domain: the
// event taxonomy and the words that signal each type, named series, the
// partner gazetteer, cities, and the cue words for tense, modality and
// genericity. The grammar (dates, ordinals, sentence structure) lives in
// the extractor; everything an analyst may want to extend lives here.
//
// A lexicon may be spread over several files; each file holds any subset of
// the sections and lists are concatenated in file order.
type Lexicon struct {
	// Types is the closed taxonomy of event types (dialogue, summit, ...).
	Types []string `yaml:"types"`
	// Cues are the nouns that name an occurrence of a type
	// ("dialogue", "summit", "working group").
	Cues []Cue `yaml:"cues"`
	// Series are named mechanisms, with their abbreviations
	// ("Trade and Technology Council", "TTC").
	Series []Series `yaml:"series"`
	// Anaphors are nouns that refer to an occurrence of the series in
	// context ("meeting", "round", "iteration").
	Anaphors []string `yaml:"anaphors"`
	// Verbs and modality words, by role.
	Verbs Verbs `yaml:"verbs"`
	// LaunchObjects are the nouns a launch verb must govern for a launch
	// ("partnership", "platform", plus every cue noun).
	LaunchObjects []string `yaml:"launch_objects"`
	// NamedLaunchObjects count as launch objects only as the head of a
	// capitalised name ("the EU-Nigeria Digital Economy Package", not "a
	// package of sanctions").
	NamedLaunchObjects []string `yaml:"named_launch_objects"`
	// Documents are the nouns of signed texts ("memorandum", "declaration").
	Documents []string `yaml:"documents"`
	// Generic words mark a standing mechanism described in general
	// ("annual", "regular"), not one occurrence.
	Generic []string `yaml:"generic"`
	// Connectives open a sentence that continues the previous one's event
	// and so inherits its date ("Furthermore", "They").
	Connectives []string `yaml:"connectives"`
	// OfficeHolders are the titles of people who meet for a government
	// ("Minister", "Secretary of State", "Federal Councillor"): a meeting
	// between an EU office holder and a partner's is a ministerial meeting
	// even when it names no series.
	OfficeHolders []string `yaml:"office_holders"`
	// EUOfficeHolders are the names of the EU's office holders, current
	// and recent (Presidents of the Commission and the European Council,
	// High Representatives, Commissioners): a page may call them by name
	// alone ("Kallas met the Foreign Minister of Brazil").
	EUOfficeHolders []string `yaml:"eu_office_holders"`
	// NonEvents are processes and bodies outside the taxonomy whose rounds
	// and sessions are not events ("free trade agreement talks",
	// "negotiating round").
	NonEvents []string `yaml:"non_events"`
	// Partners is the gazetteer of counterparts: countries (ISO 3166-1
	// alpha-2), organisations, and EU (the Union and its institutions).
	Partners []Partner `yaml:"partners"`
	// Groups name several partners at once ("Central Asia" → KZ, KG, TJ,
	// TM, UZ); every code must be a partner code of the gazetteer or ISO.
	Groups []Group `yaml:"groups"`
	// ISONames adds every ISO country's English short name from the
	// countries library to the gazetteer, after the explicit partners.
	ISONames bool `yaml:"iso_names"`
	// EUMembers are the member states: mentioning them does not make an
	// event bilateral (they are on the EU side).
	EUMembers []string `yaml:"eu_members"`
	// Multilateral names fora where the EU is one member among many; an
	// event of such a forum is not extracted.
	Multilateral []string `yaml:"multilateral"`
	// EUInternal names EU bodies whose meetings are internal.
	EUInternal []string `yaml:"eu_internal"`
	// Organisations are think tanks, agencies and other bodies whose
	// names hold an event noun ("Atlantic Council", "European Council on
	// Foreign Relations"): their names are never events, and the partner
	// names in them name no participant.
	Organisations []string `yaml:"organisations"`
	// Cities is the place gazetteer.
	Cities []City `yaml:"cities"`
	// Boilerplate words mark navigation, cookie and related-content text.
	Boilerplate Boilerplate `yaml:"boilerplate"`
}

// Cue maps nouns to an event type.
type Cue struct {
	Type  string   `yaml:"type"`
	Words []string `yaml:"words"`
	// NeedsName: the noun alone is not an event, only with a name before
	// it ("Digital Partnership Council" yes, "the Council" no).
	NeedsName bool `yaml:"needs_name"`
}

// Series is a named mechanism.
type Series struct {
	Name    string   `yaml:"name"`
	Type    string   `yaml:"type"`
	Aliases []string `yaml:"aliases"`
	// Partners, when set, are implied by the name ("Sino-European").
	Partners []string `yaml:"partners"`
}

// Verbs groups the cue words by what they signal.
type Verbs struct {
	Held         []string `yaml:"held"`         // took place: held, convened, met
	Planned      []string `yaml:"planned"`      // will take place: will, expected, due, scheduled
	Signing      []string `yaml:"signing"`      // sign, signed
	Launch       []string `yaml:"launch"`       // launch, set up, establish, found, kick off
	Hypothetical []string `yaml:"hypothetical"` // proposed, could, calls for: no occurrence
	Since        []string `yaml:"since"`        // since, from: a date that starts a state, not an occurrence
	Negation     []string `yaml:"negation"`     // not, never, cancelled: it did not (or will not) happen
	// Upgrade raises a relationship to what follows "to": a launch when
	// that is a launch object ("upgraded relations to a Strategic
	// Partnership").
	Upgrade []string `yaml:"upgrade"`
}

// Partner is one counterpart and the words that name it.
type Partner struct {
	// Code is an ISO 3166-1 alpha-2 code, "EU", or an organisation name.
	Code string `yaml:"code"`
	// Org marks an organisation (ASEAN, NATO): Code is then its name.
	Org bool `yaml:"org"`
	// Names are names, official names, abbreviations, demonyms and
	// adjectives. Entries without lower-case letters ("US", "PRC") match
	// case-sensitively, others case-insensitively.
	Names []string `yaml:"names"`
	// Prefixes combine with a hyphen ("Sino-European", "Indo-Japanese")
	// and count only before another partner word.
	Prefixes []string `yaml:"prefixes"`
}

// Group is a region or grouping whose name stands for its members.
type Group struct {
	Names []string `yaml:"names"`
	Codes []string `yaml:"codes"`
}

// City is one place of the gazetteer.
type City struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	// Country is the ISO 3166-1 alpha-2 code of the country the city is
	// in, when known: a meeting there with an unnamed host's official
	// has that country as partner.
	Country string `yaml:"country"`
}

// Boilerplate lists what marks text that is not the article.
type Boilerplate struct {
	// Related are headings after which lists of other articles follow.
	Related []string `yaml:"related"`
	// Lines are words whose presence makes a line page furniture
	// (cookies, consent, share buttons).
	Lines []string `yaml:"lines"`
}

// ParseLexicon decodes one lexicon file strictly. name is used in errors.
// It does not validate: a section may refer to types another file defines.
func ParseLexicon(name string, data []byte) (*Lexicon, error) {
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return &Lexicon{}, nil
		}
		return nil, &Error{File: name, Err: fmt.Errorf("not valid YAML: %w", err)}
	}
	var lex Lexicon
	if err := decodeStrict(&doc, &lex, ""); err != nil {
		return nil, fillLexicon(err, name)
	}
	return &lex, nil
}

// fillLexicon sets File, and Source to the top-level section of Field.
func fillLexicon(err error, file string) error {
	var ce *Error
	if !errors.As(err, &ce) {
		return &Error{File: file, Err: err}
	}
	if ce.File == "" {
		ce.File = file
	}
	if ce.Source == "" && ce.Field != "" {
		sec, rest, _ := strings.Cut(ce.Field, ".")
		if i := strings.IndexByte(sec, '['); i > 0 {
			rest = strings.TrimPrefix(sec[i:]+"."+rest, ".")
			rest = strings.TrimSuffix(rest, ".")
			sec = sec[:i]
		}
		ce.Source, ce.Field = sec, rest
	}
	return ce
}

// merge appends o's sections to l's.
func (l *Lexicon) merge(o *Lexicon) {
	l.Types = append(l.Types, o.Types...)
	l.Cues = append(l.Cues, o.Cues...)
	l.Series = append(l.Series, o.Series...)
	l.Anaphors = append(l.Anaphors, o.Anaphors...)
	l.Verbs.Held = append(l.Verbs.Held, o.Verbs.Held...)
	l.Verbs.Planned = append(l.Verbs.Planned, o.Verbs.Planned...)
	l.Verbs.Signing = append(l.Verbs.Signing, o.Verbs.Signing...)
	l.Verbs.Launch = append(l.Verbs.Launch, o.Verbs.Launch...)
	l.Verbs.Hypothetical = append(l.Verbs.Hypothetical, o.Verbs.Hypothetical...)
	l.Verbs.Since = append(l.Verbs.Since, o.Verbs.Since...)
	l.Verbs.Negation = append(l.Verbs.Negation, o.Verbs.Negation...)
	l.Verbs.Upgrade = append(l.Verbs.Upgrade, o.Verbs.Upgrade...)
	l.LaunchObjects = append(l.LaunchObjects, o.LaunchObjects...)
	l.NamedLaunchObjects = append(l.NamedLaunchObjects, o.NamedLaunchObjects...)
	l.Documents = append(l.Documents, o.Documents...)
	l.Generic = append(l.Generic, o.Generic...)
	l.Connectives = append(l.Connectives, o.Connectives...)
	l.OfficeHolders = append(l.OfficeHolders, o.OfficeHolders...)
	l.EUOfficeHolders = append(l.EUOfficeHolders, o.EUOfficeHolders...)
	l.NonEvents = append(l.NonEvents, o.NonEvents...)
	l.Partners = append(l.Partners, o.Partners...)
	l.Groups = append(l.Groups, o.Groups...)
	l.ISONames = l.ISONames || o.ISONames
	l.EUMembers = append(l.EUMembers, o.EUMembers...)
	l.Multilateral = append(l.Multilateral, o.Multilateral...)
	l.EUInternal = append(l.EUInternal, o.EUInternal...)
	l.Organisations = append(l.Organisations, o.Organisations...)
	l.Cities = append(l.Cities, o.Cities...)
	l.Boilerplate.Related = append(l.Boilerplate.Related, o.Boilerplate.Related...)
	l.Boilerplate.Lines = append(l.Boilerplate.Lines, o.Boilerplate.Lines...)
}

// LoadLexicon reads lexicon files and directories (every *.yaml and *.yml
// in a directory), merges them and validates the result. With no paths it
// loads the shipped lexicon (config/lexicon/*.yaml of Shipped).
func LoadLexicon(paths ...string) (*Lexicon, error) {
	read := os.ReadFile
	prefix := ""
	var files []string
	if len(paths) == 0 {
		files, _ = fs.Glob(Shipped, "lexicon/*.yaml")
		read = func(n string) ([]byte, error) { return fs.ReadFile(Shipped, n) }
		prefix = "config/"
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, &Error{File: p, Err: err}
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		var inDir []string
		for _, pat := range []string{"*.yaml", "*.yml"} {
			m, _ := filepath.Glob(filepath.Join(p, pat))
			inDir = append(inDir, m...)
		}
		sort.Strings(inDir)
		files = append(files, inDir...)
	}
	if len(files) == 0 {
		return nil, &Error{File: strings.Join(paths, ", "), Err: errors.New("no lexicon files found")}
	}
	lex := &Lexicon{}
	for _, f := range files {
		data, err := read(f)
		if err != nil {
			return nil, &Error{File: prefix + f, Err: err}
		}
		part, err := ParseLexicon(prefix+f, data)
		if err != nil {
			return nil, err
		}
		// Validate each file's own entries where they do not depend on
		// other files, so errors name the right file.
		if err := part.validateEntries(prefix + f); err != nil {
			return nil, err
		}
		lex.merge(part)
	}
	label := prefix + strings.Join(files, ", ")
	if len(files) == 1 {
		label = prefix + files[0]
	}
	if err := lex.Validate(label); err != nil {
		return nil, err
	}
	return lex, nil
}

// Validate checks the whole lexicon without I/O: a non-empty taxonomy,
// cues and series of known types, valid partner codes, no word naming two
// different partners, non-empty words. file is used in errors.
func (l *Lexicon) Validate(file string) error {
	if err := l.validateEntries(file); err != nil {
		return err
	}
	if len(l.Types) == 0 {
		return &Error{File: file, Source: "types", Err: errors.New("the taxonomy is empty")}
	}
	known := map[string]bool{}
	for i, t := range l.Types {
		if known[t] {
			return &Error{File: file, Source: "types", Field: fmt.Sprintf("[%d]", i), Err: fmt.Errorf("type %q listed twice", t)}
		}
		known[t] = true
	}
	for i, c := range l.Cues {
		if !known[c.Type] {
			return &Error{File: file, Source: "cues", Field: fmt.Sprintf("[%d].type", i), Err: fmt.Errorf("%q is not in types %v", c.Type, l.Types)}
		}
	}
	for i, s := range l.Series {
		if !known[s.Type] {
			return &Error{File: file, Source: "series", Field: fmt.Sprintf("[%d].type", i), Err: fmt.Errorf("%q is not in types %v", s.Type, l.Types)}
		}
	}
	for _, need := range []string{"signing", "launch"} {
		if !known[need] {
			return &Error{File: file, Source: "types", Err: fmt.Errorf("the taxonomy must contain %q (the extractor's verb rules produce it)", need)}
		}
	}
	if len(l.Partners) == 0 {
		return &Error{File: file, Source: "partners", Err: errors.New("the gazetteer is empty")}
	}
	codes := map[string]bool{}
	hasEU := false
	owner := map[string]string{}
	for i, p := range l.Partners {
		codes[p.Code] = true
		hasEU = hasEU || p.Code == "EU"
		for j, n := range p.Names {
			k := foldWord(n)
			if prev, ok := owner[k]; ok && prev != p.Code {
				return &Error{File: file, Source: "partners", Field: fmt.Sprintf("[%d].names[%d]", i, j), Err: fmt.Errorf("%q already names %s", n, prev)}
			}
			owner[k] = p.Code
		}
	}
	if !hasEU {
		return &Error{File: file, Source: "partners", Err: errors.New(`no entry with code "EU" (the Union's own names)`)}
	}
	for i, s := range l.Series {
		for j, c := range s.Partners {
			if !codes[c] {
				return &Error{File: file, Source: "series", Field: fmt.Sprintf("[%d].partners[%d]", i, j), Err: fmt.Errorf("%q is not a partner code of the gazetteer", c)}
			}
		}
	}
	return nil
}

// validateEntries checks what one file can check alone.
func (l *Lexicon) validateEntries(file string) error {
	bad := func(sec, field, format string, args ...any) error {
		return &Error{File: file, Source: sec, Field: field, Err: fmt.Errorf(format, args...)}
	}
	words := func(sec string, list []string) error {
		for i, w := range list {
			if strings.TrimSpace(w) == "" {
				return bad(sec, fmt.Sprintf("[%d]", i), "empty word")
			}
		}
		return nil
	}
	for i, t := range l.Types {
		if strings.TrimSpace(t) == "" {
			return bad("types", fmt.Sprintf("[%d]", i), "empty type")
		}
	}
	for i, c := range l.Cues {
		if c.Type == "" {
			return bad("cues", fmt.Sprintf("[%d].type", i), "required")
		}
		if len(c.Words) == 0 {
			return bad("cues", fmt.Sprintf("[%d].words", i), "want at least one word")
		}
		if err := words("cues", c.Words); err != nil {
			return err
		}
	}
	for i, s := range l.Series {
		if s.Name == "" {
			return bad("series", fmt.Sprintf("[%d].name", i), "required")
		}
		if s.Type == "" {
			return bad("series", fmt.Sprintf("[%d].type", i), "required")
		}
	}
	for sec, list := range map[string][]string{
		"anaphors": l.Anaphors, "launch_objects": l.LaunchObjects, "documents": l.Documents,
		"generic": l.Generic, "connectives": l.Connectives, "multilateral": l.Multilateral,
		"office_holders": l.OfficeHolders, "eu_office_holders": l.EUOfficeHolders, "non_events": l.NonEvents, "named_launch_objects": l.NamedLaunchObjects,
		"eu_internal": l.EUInternal, "verbs.held": l.Verbs.Held, "verbs.planned": l.Verbs.Planned,
		"verbs.signing": l.Verbs.Signing, "verbs.launch": l.Verbs.Launch,
		"verbs.hypothetical": l.Verbs.Hypothetical, "verbs.since": l.Verbs.Since, "verbs.negation": l.Verbs.Negation,
		"verbs.upgrade": l.Verbs.Upgrade, "organisations": l.Organisations,
		"boilerplate.related": l.Boilerplate.Related, "boilerplate.lines": l.Boilerplate.Lines,
	} {
		if err := words(sec, list); err != nil {
			return err
		}
	}
	for i, p := range l.Partners {
		f := func(s string) string { return fmt.Sprintf("[%d].%s", i, s) }
		switch {
		case p.Code == "":
			return bad("partners", f("code"), "required")
		case p.Code == "EU" || p.Org:
		case !isAlpha2(p.Code):
			return bad("partners", f("code"), "%q is not an ISO 3166-1 alpha-2 code (set org: true for an organisation)", p.Code)
		}
		if len(p.Names) == 0 && len(p.Prefixes) == 0 {
			return bad("partners", f("names"), "want at least one name")
		}
		if err := words("partners", p.Names); err != nil {
			return err
		}
	}
	for i, g := range l.Groups {
		if len(g.Names) == 0 {
			return bad("groups", fmt.Sprintf("[%d].names", i), "want at least one name")
		}
		if len(g.Codes) < 2 {
			return bad("groups", fmt.Sprintf("[%d].codes", i), "want at least two codes")
		}
		for j, c := range g.Codes {
			if !isAlpha2(c) {
				return bad("groups", fmt.Sprintf("[%d].codes[%d]", i, j), "%q is not an ISO 3166-1 alpha-2 code", c)
			}
		}
	}
	for i, c := range l.EUMembers {
		if !isAlpha2(c) {
			return bad("eu_members", fmt.Sprintf("[%d]", i), "%q is not an ISO 3166-1 alpha-2 code", c)
		}
	}
	for i, c := range l.Cities {
		if strings.TrimSpace(c.Name) == "" {
			return bad("cities", fmt.Sprintf("[%d].name", i), "required")
		}
		if c.Country != "" && !isAlpha2(c.Country) {
			return bad("cities", fmt.Sprintf("[%d].country", i), "%q is not an ISO 3166-1 alpha-2 code", c.Country)
		}
	}
	return nil
}

// isAlpha2 reports whether code is an assigned ISO 3166-1 alpha-2 code.
func isAlpha2(code string) bool {
	return len(code) == 2 && countries.ByName(code).Alpha2() == code
}

// ISOCountry is one country of ISO 3166-1 as the countries library names it.
type ISOCountry struct {
	Code string // alpha-2
	Name string // English short name, parenthesised qualifiers removed
}

// ISOCountries lists every ISO 3166-1 country with its alpha-2 code.
func ISOCountries() []ISOCountry {
	var out []ISOCountry
	for _, c := range countries.All() {
		a2 := c.Alpha2()
		if len(a2) != 2 {
			continue
		}
		name := c.String()
		if i := strings.IndexByte(name, '('); i > 0 {
			name = strings.TrimSpace(name[:i])
		}
		if name == "" || name == "Unknown" {
			continue
		}
		out = append(out, ISOCountry{Code: a2, Name: name})
	}
	return out
}

// foldWord is the key for "same word": case folded, apostrophes unified.
func foldWord(s string) string {
	s = strings.ReplaceAll(s, "’", "'")
	if strings.ToUpper(s) == s {
		return s // abbreviations are case-sensitive
	}
	return strings.ToLower(s)
}
