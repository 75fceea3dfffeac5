package extractor_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/extractor"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

var (
	rulesOnce sync.Once
	rules     *extractor.Rules
	rulesErr  error
)

func shipped(tb testing.TB) *extractor.Rules {
	tb.Helper()
	rulesOnce.Do(func() {
		lex, err := config.LoadLexicon()
		if err != nil {
			rulesErr = err
			return
		}
		rules, rulesErr = extractor.NewRules(lex)
	})
	if rulesErr != nil {
		tb.Fatal(rulesErr)
	}
	return rules
}

// short renders an event as "type partners start..end #edition @location status".
func short(e wire.Event) string {
	ps := slices.Sorted(slices.Values(e.Partners))
	s := fmt.Sprintf("%s %s", e.Type, strings.Join(ps, "+"))
	if e.Start != "" {
		s += " " + e.Start
	}
	if e.End != "" {
		s += ".." + e.End
	}
	if e.Edition != 0 {
		s += fmt.Sprintf(" #%d", e.Edition)
	}
	if e.Location != "" {
		s += " @" + e.Location
	}
	return s + " " + e.Status
}

type ruleCase struct {
	name, text, published string
	want                  []string
}

func runCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	r := shipped(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			evs := r.Events(extractor.Document{Text: tc.text, Published: tc.published})
			var got []string
			for _, e := range evs {
				got = append(got, short(e))
				if e.Confidence <= 0 || e.Confidence > 1 {
					t.Errorf("confidence %v out of (0,1]", e.Confidence)
				}
				if !strings.Contains(tc.text, e.Evidence) || e.Evidence == "" {
					t.Errorf("evidence %q is not a substring of the text", e.Evidence)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("events:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func TestEventTypes(t *testing.T) {
	runCases(t, []ruleCase{
		{"dialogue round", "The EU and Mexico held the fifth round of their Human Rights Dialogue in Mexico City on 7 March 2022.", "",
			[]string{"dialogue EU+MX 2022-03-07 #5 @Mexico City held"}},
		{"consultations are a dialogue", "The third EU-Brazil cyber consultations took place in Brasília on 2 June 2023.", "",
			[]string{"dialogue BR+EU 2023-06-02 #3 @Brasília held"}},
		{"summit", "Leaders gathered in Ottawa for the 18th EU-Canada Summit on 15 June 2019.", "",
			[]string{"summit CA+EU 2019-06-15 #18 @Ottawa held"}},
		{"named council", "The EU-Morocco Association Council met in Brussels on 27 June 2019.", "",
			[]string{"council EU+MA 2019-06-27 @Brussels held"}},
		{"meeting of a council by its abbreviation", "The second meeting of the EU-India TTC is scheduled for 28 February 2025.", "2025-01-10",
			[]string{"council EU+IN 2025-02-28 #2 planned"}},
		{"ministerial meeting between office holders", "A meeting between Commissioner Breton and Japanese Minister Nishimura is set for 3 July.", "2023-06-20",
			[]string{"ministerial meeting EU+JP 2023-07-03 planned"}},
		{"working group", "The EU-Indonesia working group on energy met for the sixth time in Bali on 14 September 2022.", "",
			[]string{"working group EU+ID 2022-09-14 #6 @Bali held"}},
		{"task force", "The first meeting of the EU-US Task Force on Energy Security took place on 4 April 2022.", "",
			[]string{"task force EU+US 2022-04-04 #1 held"}},
		{"forum", "The second EU-Africa Business Forum on digital trade was held in Abidjan in November 2022.", "",
			nil}, // no partner: "Africa" is a continent, not in the gazetteer
		{"forum with a partner", "The second EU-Nigeria Business Forum was held in Abuja in November 2022.", "",
			[]string{"forum EU+NG 2022-11 #2 @Abuja held"}},
		{"signing", "On 14 May 2024 the Commission and the Government of Kenya signed a memorandum of understanding on critical raw materials.", "",
			[]string{"signing EU+KE 2024-05-14 held"}},
		{"signing after the document", "The Letter of Intent, signed in Canberra on 3 March 2021, sets out a roadmap.", "",
			nil}, // no partner anywhere
		{"launch", "The EU and Chile launched a Digital Partnership in Santiago on 12 April 2023.", "",
			[]string{"launch CL+EU 2023-04-12 @Santiago held"}},
		{"launch, passive", "A new EU-Australia cyber task force was set up in March 2024.", "",
			[]string{"launch AU+EU 2024-03 held"}},
		{"launch, participle", "They co-chair an EU-Kenya working group established in 2019.", "",
			[]string{"launch EU+KE 2019 held"}},
	})
}

func TestEditions(t *testing.T) {
	runCases(t, []ruleCase{
		{"ordinal word", "The EU and Japan held their thirtieth summit in Tokyo on 13 July 2023.", "",
			[]string{"summit EU+JP 2023-07-13 #30 @Tokyo held"}},
		{"numeric ordinal", "The 38th EU-China Human Rights Dialogue took place on 16 June 2023.", "",
			[]string{"dialogue CN+EU 2023-06-16 #38 held"}},
		{"compound ordinal", "The twenty-first EU-Japan Summit was held in Brussels on 17 July 2018.", "",
			[]string{"summit EU+JP 2018-07-17 #21 @Brussels held"}},
		{"ordinal before a partner with of", "The third EU-Republic of Korea Digital Partnership Council took place in Seoul on 27 June.", "2025-06-30",
			[]string{"council EU+KR 2025-06-27 #3 @Seoul held"}},
		{"inaugural", "The inaugural EU-Vietnam Digital Dialogue was held in Hanoi on 5 May 2023.", "",
			[]string{"dialogue EU+VN 2023-05-05 #1 @Hanoi held"}},
		{"first-ever", "The first-ever EU-Singapore Digital Dialogue convened on 9 May 2022.", "",
			[]string{"dialogue EU+SG 2022-05-09 #1 held"}},
		{"round of", "The EU and Korea concluded the seventh round of their Cyber Dialogue on 3 March 2020.", "",
			[]string{"dialogue EU+KR 2020-03-03 #7 held"}},
		{"for the nth time", "The EU-Chile Association Council met for the third time on 2 May 2021.", "",
			[]string{"council CL+EU 2021-05-02 #3 held"}},
		{"next round has no number", "The EU and Japan held their 4th Cyber Dialogue in Tokyo on 24 March 2025. The next round will take place in Brussels.", "2025-03-27",
			[]string{"dialogue EU+JP 2025-03-24 #4 @Tokyo held", "dialogue EU+JP @Brussels planned"}},
		{"first half is a date, not an edition", "The summit between the EU and India is planned for the first half of 2026.", "2025-10-01",
			[]string{"summit EU+IN 2026 planned"}},
	})
}

func TestLocations(t *testing.T) {
	runCases(t, []ruleCase{
		{"city with country", "The EU-Japan Summit took place in Kyoto, Japan, on 2 June 2019.", "",
			[]string{"summit EU+JP 2019-06-02 @Kyoto held"}},
		{"videoconference is no city", "The EU and India held their Cyber Dialogue by videoconference on 3 May 2021.", "",
			[]string{"dialogue EU+IN 2021-05-03 held"}},
		{"city as modifier", "The seventh EU-China Cyber Dialogue was held in June 2019. At the Beijing meeting the sides discussed norms.", "",
			[]string{"dialogue CN+EU 2019-06 #7 @Beijing held"}},
		{"country is no city", "The next EU-India Summit is planned in India in early 2026.", "2025-06-01",
			[]string{"summit EU+IN 2026 planned"}},
		{"two cities are ambiguous", "The EU-China dialogue will meet in Brussels and Beijing in 2026.", "2025-06-01",
			[]string{"dialogue CN+EU 2026 planned"}},
		{"delegation is no venue", "The EU Delegation in Tokyo hosted the second EU-Japan cyber dialogue on 4 May 2018.", "",
			[]string{"dialogue EU+JP 2018-05-04 #2 held"}},
		{"Unicode city", "The EU-US Trade and Technology Council met in Luleå on 31 May 2023.", "",
			[]string{"council EU+US 2023-05-31 @Luleå held"}},
		{"city inside a compound is no city", "The second EU-US TTC meeting took place at Paris-Saclay on 16 May 2022.", "",
			[]string{"council EU+US 2022-05-16 #2 held"}},
		{"host city", "Seoul hosted the sixth EU-Korea Cyber Dialogue on 2 October 2024.", "",
			[]string{"dialogue EU+KR 2024-10-02 #6 @Seoul held"}},
		{"city-state partner is no venue by itself", "The first EU-Singapore Digital Dialogue took place on 9 May 2022.", "",
			[]string{"dialogue EU+SG 2022-05-09 #1 held"}},
	})
}

func TestStatus(t *testing.T) {
	runCases(t, []ruleCase{
		{"will be held", "The EU-Canada Summit will be held in Montreal on 12 July.", "2025-05-02",
			[]string{"summit CA+EU 2025-07-12 @Montreal planned"}},
		{"expected", "The EU-Japan summit is expected on 3 and 4 July.", "2023-04-20",
			[]string{"summit EU+JP 2023-07-03..2023-07-04 planned"}},
		{"due to", "Negotiators are due to convene the fifth EU-Korea Trade Committee meeting on 10 October.", "2025-09-20",
			nil}, // a committee is not in the taxonomy
		{"to be held", "The sixth EU-India Summit, to be held in New Delhi in 2026, will focus on trade.", "2025-11-01",
			[]string{"summit EU+IN 2026 #6 @New Delhi planned"}},
		{"past tense", "The EU-Ukraine Association Council took place in Kyiv on 5 September 2022.", "2022-09-06",
			[]string{"council EU+UA 2022-09-05 @Kyiv held"}},
		{"date after publication", "The EU-Kazakhstan Cooperation Council meets in Astana on 20 November.", "2024-11-01",
			[]string{"council EU+KZ 2024-11-20 @Astana planned"}},
		{"headline present tense", "EU and Mongolia hold sixth Human Rights Dialogue in Ulaanbaatar", "2024-06-15",
			[]string{"dialogue EU+MN #6 @Ulaanbaatar held"}},
	})
}

func TestNegatives(t *testing.T) {
	runCases(t, []ruleCase{
		{"standing mechanism", "The Commission maintains an annual ICT Dialogue with Brazil and regular exchanges with Mexico.", "", nil},
		{"mechanism since a year", "The EU-Korea Cyber Dialogue has been running since 2017.", "", nil},
		{"every year", "Every year, a high-level meeting is held in Tokyo on digital matters.", "", nil},
		{"no anchor", "The EU and Japan discussed the Digital Partnership Council's priorities.", "", nil},
		{"multilateral forum", "EU and Chinese officials met at the G20 summit in Bali on 15 November 2022.", "", nil},
		{"UN body", "The EU and India cooperate in the Open-Ended Working Group, which met in New York in March 2023.", "", nil},
		{"EU internal", "On 22 March the European Council summit took place in Brussels.", "", nil},
		{"EU internal working party", "The Commission briefed the Telecom Working Party on Tuesday (18 April).", "2023-04-20", nil},
		{"hypothetical", "The EU proposed to launch a digital forum with Indonesia in 2024.", "", nil},
		{"negation", "No EU-China summit was held in 2020.", "", nil},
		{"did not take place", "The EU-Russia summit planned for June 2014 did not take place.", "", nil},
		{"no is not always negation", "The EU-Japan Summit took place in Tokyo on 13 July 2023 with no joint communiqué.", "",
			[]string{"summit EU+JP 2023-07-13 @Tokyo held"}},
		{"cancelled", "The EU-India Summit in Porto on 8 May 2021 was cancelled.", "", nil},
		{"call for", "MEPs called for an EU-Taiwan trade dialogue to be held in 2025.", "", nil},
		{"third countries only", "China and Russia held their strategic dialogue in Moscow on 1 May 2023.", "", nil},
		{"related content list", "The EU and Laos met on 2 May 2024 in Vientiane for their eighth Joint Committee.\nRelated content\n8th EU-China Summit held in Beijing\n9th EU-Japan Cyber Dialogue takes place in Tokyo", "", nil},
		{"cookie banner", "We use cookies to improve the summit website, held in Brussels on 3 May 2024. Accept all cookies.", "", nil},
		{"footnote", "The dialogue matters[4].\n[4] EEAS, 12th EU-China Strategic Dialogue, Beijing, 10 July 2022.", "", nil},
		{"signing of a summit text", "In 2018 both signed the joint statement of the 20th EU-China Summit.", "",
			[]string{"summit CN+EU 2018 #20 held"}},
	})
}

func TestContextAndMerging(t *testing.T) {
	runCases(t, []ruleCase{
		{"partner from the title", "EU-Singapore Digital Partnership Council\n\nThe second Digital Partnership Council took place on 9 December 2024.", "",
			[]string{"council EU+SG 2024-12-09 #2 held"}},
		{"partner from a heading", "India\n\nThe next summit is planned for early 2026.", "2025-03-01",
			[]string{"summit EU+IN 2026 planned"}},
		{"same event twice is one event", "EU and Chile hold fourth Cyber Dialogue\n\nThe fourth EU-Chile Cyber Dialogue took place in Santiago on 6 May 2024. The meeting in Santiago covered ransomware.", "",
			[]string{"dialogue CL+EU 2024-05-06 #4 @Santiago held"}},
		{"different rounds stay apart", "The fourth EU-Chile Cyber Dialogue took place in 2024, after the third in 2023.", "",
			[]string{"dialogue CL+EU 2024 #4 held"}},
		{"they signed", "On 12 May 2025, the EU and Japan held their third Digital Partnership Council in Tokyo. They signed a memorandum on quantum technology.", "",
			[]string{"council EU+JP 2025-05-12 #3 @Tokyo held", "signing EU+JP 2025-05-12 @Tokyo held"}},
		{"the following year", "The EU and Peru launched a dialogue on digital policy in 2019. The following year, they signed a memorandum on data.", "",
			[]string{"launch EU+PE 2019 held", "signing EU+PE 2020 held"}},
		{"at the summit", "The task force was set up at the EU-Japan Summit in July 2025.", "",
			[]string{"launch EU+JP 2025-07 held", "summit EU+JP 2025-07 held"}},
		{"appositive participle", "The EU-India task force, launched in 2021, met for the first time in May 2023.", "",
			[]string{"launch EU+IN 2021 held", "task force EU+IN 2023-05 #1 held"}},
		{"the next meeting is the reported body's", "The EU-Japan working group on AI met in Tokyo on 3 June. The Digital Partnership Council oversees it. Its next meeting is planned for the autumn in Osaka.", "2024-06-05",
			[]string{"working group EU+JP 2024-06-03 @Tokyo held", "working group EU+JP 2024 @Osaka planned"}},
		{"its first meeting is the new body's", "The EU and Canada launched a Digital Partnership on 24 November 2023. A Digital Partnership Council will oversee it. Its first meeting is due in 2024.", "2023-11-24",
			[]string{"launch CA+EU 2023-11-24 held", "council CA+EU 2024 #1 planned"}},
		{"the Council again", "The 10th EU-Canada Energy Council met in Ottawa on 4 April 2023. The Council will next meet in Brussels in 2024.", "2023-04-05",
			[]string{"council CA+EU 2023-04-04 #10 @Ottawa held", "council CA+EU 2024 @Brussels planned"}},
		{"the Council is the EU institution", "The Council adopted conclusions on China in Luxembourg on 20 June 2024.", "", nil},
		{"ministers' meeting", "The EU-ASEAN Foreign Ministers' Meeting took place in Brussels on 2 February 2024.", "",
			[]string{"ministerial meeting ASEAN+EU 2024-02-02 @Brussels held"}},
		{"year from the page", "The EU-China Summit of 2 April 2019 was followed by a dialogue. The EU-China Cyber Dialogue took place on 9 June in Beijing.", "",
			[]string{"summit CN+EU 2019-04-02 held", "dialogue CN+EU 2019-06-09 @Beijing held"}},
	})
}

// TestConcurrent: one Rules serves many goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	r := shipped(t)
	doc := extractor.Document{Text: "The 38th EU-China Human Rights Dialogue took place in Chongqing on 16 June 2023.", Published: "2023-06-20"}
	want := short(r.Events(doc)[0])
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				evs := r.Events(doc)
				if len(evs) != 1 || short(evs[0]) != want {
					t.Errorf("got %v", evs)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestEmptyAndHostile(t *testing.T) {
	r := shipped(t)
	for _, text := range []string{"", "\n\n\n", strings.Repeat("summit ", 5000), strings.Repeat("-", 10000),
		strings.Repeat("the 1st 2nd 3rd EU-China-Japan-India ", 2000), "\xff\xfe summit on 12 and"} {
		_ = r.Events(extractor.Document{Text: text, Published: "2024-01-01"})
	}
}

// articles loads the held-out and shared-corpus pages as benchmark input.
func articles(tb testing.TB) []extractor.Document {
	tb.Helper()
	var docs []extractor.Document
	for _, pat := range []string{"testdata/heldout/pages/*.txt", "../../shared/corpus/pages/*.txt"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			docs = append(docs, extractor.ParseText(b, ""))
		}
	}
	if len(docs) == 0 {
		tb.Fatal("no articles")
	}
	return docs
}

// BenchmarkRules is the rules stage on article-sized texts: the figure to
// hold against the target of 1,000 texts per second on one core.
func BenchmarkRules(b *testing.B) {
	r := shipped(b)
	docs := articles(b)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size / len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Events(docs[i%len(docs)])
	}
}

// BenchmarkFieldsBaseline is the floor to compare BenchmarkRules with: one
// strings.Fields pass over the same texts.
func BenchmarkFieldsBaseline(b *testing.B) {
	docs := articles(b)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size / len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n += len(strings.Fields(docs[i%len(docs)].Text))
	}
	if n == 0 {
		b.Fatal("no words")
	}
}

// FuzzEvents runs the whole rules over arbitrary text: no panics, no
// hangs, and every event well-formed.
func FuzzEvents(f *testing.F) {
	r := shipped(f)
	for _, s := range []string{
		"The seventh meeting of the Sino-European Cyber Dialogue was convened on 12 and 13 April in Geneva, Switzerland.",
		"They signed a Memorandum. The following year, the EU and Japan launched a Digital Partnership.",
		"Related content\n8th EU-China Summit\n[1] footnote",
		"Its first meeting is due to take place in the autumn.",
	} {
		f.Add(s, "2023-04-20")
	}
	f.Fuzz(func(t *testing.T, text, pub string) {
		// A hang shows as a fuzzer stuck at 0 execs/s and no input saved;
		// failing after a generous bound saves the input that caused it.
		done := make(chan []wire.Event, 1)
		go func() { done <- r.Events(extractor.Document{Text: text, Published: pub}) }()
		var events []wire.Event
		select {
		case events = <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("rules still running after 5s on %d bytes: %q (published %q)", len(text), text, pub)
		}
		for _, e := range events {
			if e.Type == "" || len(e.Partners) < 2 || e.Confidence <= 0 || e.Confidence > 1 || !strings.Contains(text, e.Evidence) {
				t.Fatalf("malformed event %+v", e)
			}
		}
	})
}

// A relative date refers to the latest date of the text, also when that
// date is in an earlier paragraph; a sentence without any date does not
// inherit one from another paragraph.
func TestRelativeDatesAcrossParagraphs(t *testing.T) {
	runCases(t, []ruleCase{
		{"the day before, next paragraph",
			"The first EU-Chile Digital Forum was held in Santiago on 14-15 October 2025.\nIt followed the third round of the EU-Chile Digital Dialogue, which took place in Santiago the day before.", "2025-10-16",
			[]string{"forum CL+EU 2025-10-14..2025-10-15 #1 @Santiago held", "dialogue CL+EU 2025-10-13 #3 @Santiago held"}},
		{"the following year, next paragraph",
			"The EU and Chile held their first Digital Dialogue in Santiago in 2023.\nThe second Digital Dialogue was held in Brussels the following year.", "2024-12-01",
			[]string{"dialogue CL+EU 2023 #1 @Santiago held", "dialogue CL+EU 2024 #2 @Brussels held"}},
	})
}
