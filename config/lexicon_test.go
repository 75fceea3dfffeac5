package config_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dialoguewatch/dialoguewatch/config"
)

func TestLoadLexiconShipped(t *testing.T) {
	lex, err := config.LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(lex.Types) != 9 {
		t.Errorf("types = %v, want the 9 of the taxonomy", lex.Types)
	}
	if len(lex.Partners) < 20 || len(lex.Cities) < 20 {
		t.Errorf("gazetteers look empty: %d partners, %d cities", len(lex.Partners), len(lex.Cities))
	}
	if len(lex.OfficeHolders) == 0 || len(lex.NonEvents) == 0 {
		t.Errorf("office holders %v, non-events %v: want both", lex.OfficeHolders, lex.NonEvents)
	}
	if len(lex.NamedLaunchObjects) == 0 {
		t.Errorf("named launch objects %v: want some", lex.NamedLaunchObjects)
	}
	if len(lex.Verbs.Upgrade) == 0 || len(lex.Organisations) == 0 {
		t.Errorf("upgrade verbs %v, organisations %v: want both", lex.Verbs.Upgrade, lex.Organisations)
	}
	// A name with a comma must be quoted in a flow list, or it splits
	// into words that each become an entry ("Transport" alone was an
	// EU-internal body).
	for _, w := range lex.EUInternal {
		if w == "Transport" || w == "Education" || w == "Employment" || w == "Youth" {
			t.Errorf("eu_internal has %q: a council's name split at its commas", w)
		}
	}
}

func TestLoadLexiconDirAndMerge(t *testing.T) {
	dir := t.TempDir()
	writeLexFile(t, filepath.Join(dir, "a.yaml"), "types: [dialogue, signing, launch]\ncues:\n  - {type: dialogue, words: [dialogue]}\n")
	writeLexFile(t, filepath.Join(dir, "b.yaml"), "partners:\n  - {code: EU, names: [EU]}\n  - {code: CN, names: [China], prefixes: [Sino]}\ncities:\n  - {name: Geneva}\n")
	lex, err := config.LoadLexicon(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(lex.Cues) != 1 || len(lex.Partners) != 2 || len(lex.Cities) != 1 {
		t.Errorf("merged lexicon = %+v", lex)
	}
}

func TestLexiconErrors(t *testing.T) {
	base := "types: [dialogue, signing, launch]\npartners:\n  - {code: EU, names: [EU]}\n"
	tests := []struct {
		name, yaml              string
		section, field, message string
		line                    int
	}{
		{"unknown key", base + "cuez: []\n", "cuez", "", "unknown key", 4},
		{"unknown key in entry", base + "cues:\n  - {type: dialogue, word: [x]}\n", "cues", "[0].word", "unknown key", 5},
		{"cue of unknown type", base + "cues:\n  - {type: parade, words: [parade]}\n", "cues", "[0].type", `"parade" is not in types`, 0},
		{"bad ISO code", base + "  - {code: XX, names: [Xland]}\n", "partners", "[1].code", "not an ISO 3166-1 alpha-2", 0},
		{"lower-case code", base + "  - {code: cn, names: [China]}\n", "partners", "[1].code", "not an ISO", 0},
		{"partner without names", base + "  - {code: CN}\n", "partners", "[1].names", "at least one name", 0},
		{"name of two partners", base + "  - {code: CN, names: [China]}\n  - {code: TW, names: [china]}\n", "partners", "[2].names[0]", "already names CN", 0},
		{"no EU entry", "types: [dialogue, signing, launch]\npartners:\n  - {code: CN, names: [China]}\n", "partners", "", `code "EU"`, 0},
		{"empty taxonomy", "partners:\n  - {code: EU, names: [EU]}\n", "types", "", "taxonomy is empty", 0},
		{"taxonomy without signing", "types: [dialogue]\npartners:\n  - {code: EU, names: [EU]}\n", "types", "", `"signing"`, 0},
		{"wrong shape", base + "cities: Brussels\n", "cities", "", "want a list", 4},
		{"bad city country", base + "cities:\n  - {name: Geneva, country: CH}\n  - {name: Hanoi, country: VNM}\n", "cities", "[1].country", "not an ISO", 0},
		{"bad member", base + "eu_members: [FR, XY]\n", "eu_members", "[1]", "not an ISO", 0},
		{"series partner unknown", base + "series:\n  - {name: X Dialogue, type: dialogue, partners: [CN]}\n", "series", "[0].partners[0]", "not a partner code", 0},
		{"empty office holder", base + "office_holders: [minister, \"\"]\n", "office_holders", "[1]", "empty word", 0},
		{"empty non-event", base + "non_events: [\" \"]\n", "non_events", "[0]", "empty word", 0},
		{"empty named launch object", base + "named_launch_objects: [package, \"\"]\n", "named_launch_objects", "[1]", "empty word", 0},
		{"empty upgrade verb", base + "verbs:\n  upgrade: [upgraded, \"\"]\n", "verbs.upgrade", "[1]", "empty word", 0},
		{"empty organisation", base + "organisations: [\"\"]\n", "organisations", "[0]", "empty word", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "lex.yaml")
			writeLexFile(t, path, tt.yaml)
			_, err := config.LoadLexicon(path)
			var ce *config.Error
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want *config.Error", err)
			}
			if ce.File != path || ce.Source != tt.section || ce.Field != tt.field || !strings.Contains(ce.Err.Error(), tt.message) {
				t.Errorf("err = file %q section %q field %q: %v\nwant file %q section %q field %q containing %q",
					ce.File, ce.Source, ce.Field, ce.Err, path, tt.section, tt.field, tt.message)
			}
			if tt.line != 0 && ce.Line != tt.line {
				t.Errorf("line = %d, want %d", ce.Line, tt.line)
			}
		})
	}
}

func TestLoadLexiconMissing(t *testing.T) {
	_, err := config.LoadLexicon(filepath.Join(t.TempDir(), "nope.yaml"))
	var ce *config.Error
	if !errors.As(err, &ce) || !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("err = %v, want a *config.Error wrapping ErrNotExist", err)
	}
}

func TestISOCountries(t *testing.T) {
	byCode := map[string]string{}
	for _, c := range config.ISOCountries() {
		byCode[c.Code] = c.Name
	}
	for code, want := range map[string]string{"CN": "China", "SE": "Sweden", "TW": "Taiwan"} {
		if byCode[code] != want {
			t.Errorf("ISO name of %s = %q, want %q", code, byCode[code], want)
		}
	}
}

func writeLexFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
