package extractor

import (
	"slices"
	"strings"
	"testing"

	"github.com/dialoguewatch/dialoguewatch/config"
)

func shippedRules(tb testing.TB) *Rules {
	tb.Helper()
	lex, err := config.LoadLexicon()
	if err != nil {
		tb.Fatal(err)
	}
	r, err := NewRules(lex)
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// partnersIn runs the partner matcher over one sentence: the codes it
// names, sorted, member states left out.
func partnersIn(r *Rules, text string) []string {
	toks := dropFootnoteMarks(tokenize(text, nil))
	s := &sent{toks: toks}
	s.spans = r.trie.matchAll(toks, nil)
	s.dates = parseDates(toks, nil)
	s.inDate = make([]bool, len(toks))
	for _, d := range s.dates {
		for k := d.i; k < d.j; k++ {
			s.inDate[k] = true
		}
	}
	s.resolveEntities(r)
	var out []string
	for _, sp := range s.partners {
		if r.member[sp.id] {
			continue
		}
		c := r.partners[sp.id]
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

func TestPartners(t *testing.T) {
	r := shippedRules(t)
	tests := []struct {
		text string
		want string // codes joined by space, sorted
	}{
		{"the EU-China summit", "CN EU"},
		{"the EU - China High Level Dialogue", "CN EU"},
		{"Japan-EU relations are close", "EU JP"},
		{"the U.S.-EU Trade and Technology Council", "EU US"},
		{"the US administration and the Commission", "EU US"},
		{"the Sino-European Cyber Dialogue", "CN EU"},
		{"a Sino-Japanese agreement", "CN JP"},
		{"in the Indo-Pacific region", ""},
		{"an Indo-Japanese project", "IN JP"},
		{"the Republic of Korea and the ROK navy", "KR"},
		{"South Korean Minister Lee", "KR"},
		{"North Korea fired a missile", "KP"},
		{"the Democratic People's Republic of Korea", "KP"},
		{"the People’s Republic of China", "CN"},
		{"the PRC and Chinese authorities", "CN"},
		{"Chinese Taipei and Taiwanese firms", "TW"},
		{"after nearly two years of transatlantic dialogue", "US"},
		{"the High Representative and the EEAS", "EU"},
		{"DG CONNECT of the European Commission", "EU"},
		{"India's Ministry of External Affairs", "IN"},
		{"the Kyrgyz Republic and Tajikistan", "KG TJ"},
		{"the first EU-Central Asia Summit", "EU KG KZ TJ TM UZ"},
		{"the EU and ASEAN signed", "ASEAN EU"},
		{"the EU and Türkiye held", "EU TR"},
		{"in Luleå, Sweden, the country that holds the presidency", ""},
		{"in Geneva, Switzerland", ""},
		{"Germany and France", ""},
		{"join us for the event", ""},
		{"the EU and Mercosur", "EU Mercosur"},
		{"in Viet Nam and Vietnam", "VN"},
		{"with the Gulf Cooperation Council", "GCC"},
		{"the ASEAN Regional Forum", ""},
		{"the EU and Latin America and the Caribbean", "CELAC EU"},
		{"the EU-LAC Digital Alliance", "CELAC EU"},
		{"held in Panama City and Kuwait City", ""},
		{"the North American market", "CA US"},
		{"in Luanda, Angola, where", ""},
		{"in Paris, Commissioner Breton met", "EU"},
	}
	for _, tt := range tests {
		got := strings.Join(partnersIn(r, tt.text), " ")
		if got != tt.want {
			t.Errorf("%q: partners %q, want %q", tt.text, got, tt.want)
		}
	}
}

func BenchmarkPartners(b *testing.B) {
	r := shippedRules(b)
	text := "On 21 November 2022, the Ministry of Electronics and IT of the Government of India and the " +
		"Directorate-General for Communications Networks, Content and Technology (DG CONNECT) of the European " +
		"Commission signed an Intent of Cooperation, while the EU-Japan and Sino-European dialogues and the " +
		"U.S.-EU Trade and Technology Council met in Luleå, Sweden."
	toks := tokenize(text, nil)
	var spans []span
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		spans = r.trie.matchAll(toks, spans[:0])
	}
	if len(spans) == 0 {
		b.Fatal("no matches")
	}
}

func FuzzPartners(f *testing.F) {
	r := shippedRules(f)
	for _, s := range []string{
		"the EU-China summit", "U.S.-EU", "Sino-European", "People’s Republic of China", "Luleå, Sweden",
		"India's", "Indo-", "Sino-", "-Sino", "EU-", "St. John's", "[11]", "the EU - China 2015",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, c := range partnersIn(r, text) {
			if c == "" {
				t.Fatalf("%q: empty code", text)
			}
		}
	})
}
