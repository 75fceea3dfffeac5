package extractor

import (
	"testing"
)

// parseOne parses text and resolves its first date mention.
func parseOne(text, pub string, ref, tense int) (string, string, bool) {
	toks := tokenize(text, nil)
	ms := parseDates(toks, nil)
	if len(ms) == 0 {
		return "", "", false
	}
	p, _ := parseISODate(pub)
	st, en, ok := ms[0].resolve(p, date{}, ref, tense)
	if !ok {
		return "", "", false
	}
	return st.String(), en.String(), true
}

func TestDates(t *testing.T) {
	tests := []struct {
		text, pub  string
		ref, tense int
		start, end string
	}{
		{"It took place on 18 September 2023.", "", 0, 0, "2023-09-18", ""},
		{"On the 18th of October 2018, the Council met.", "", 0, 0, "2018-10-18", ""},
		{"On 18th of October 2018", "", 0, 0, "2018-10-18", ""},
		{"signed on September 18, 2023 in Tokyo", "", 0, 0, "2023-09-18", ""},
		{"Sept. 18, 2023", "", 0, 0, "2023-09-18", ""},
		{"was convened on 12 and 13 April in Geneva", "2018-06-07", 0, -1, "2018-04-12", "2018-04-13"},
		{"on 24-25 March in Tokyo", "2025-03-27", 0, -1, "2025-03-24", "2025-03-25"},
		{"on 24–25 March 2025", "", 0, 0, "2025-03-24", "2025-03-25"},
		{"from 12 to 14 April 2022", "", 0, 0, "2022-04-12", "2022-04-14"},
		{"on 12 April and 13 April", "2023-05-01", 0, -1, "2023-04-12", "2023-04-13"},
		{"between 30 June and 1 July 2023", "", 0, 0, "2023-06-30", "2023-07-01"},
		{"on 30 December - 2 January 2024", "", 0, 0, "2023-12-30", "2024-01-02"},
		{"March 24-25, 2023", "", 0, 0, "2023-03-24", "2023-03-25"},
		{"was signed in Lima in October last year", "2025-03-04", 0, -1, "2024-10", ""},
		{"took place in Quito on May 12 last year", "2025-03-04", 0, -1, "2024-05-12", ""},
		{"will meet on February 3 next year", "2025-03-04", 0, 1, "2026-02-03", ""},
		{"in June this year", "2025-03-04", 0, 1, "2025-06", ""},
		{"held on Sunday and Monday in Santa Marta", "2025-11-10", 0, -1, "2025-11-09", "2025-11-10"},
		{"talks on Tuesday to Thursday", "2025-11-07", 0, -1, "2025-11-04", "2025-11-06"},
		{"met on Jan. 29 in Brussels", "2026-01-30", 0, -1, "2026-01-29", ""},
		{"April 12 and 13, 2024", "", 0, 0, "2024-04-12", "2024-04-13"},
		{"held in June 2019", "", 0, 0, "2019-06", ""},
		{"June 2023 saw the first meeting", "", 0, 0, "2023-06", ""},
		{"planned in early 2024", "", 0, 0, "2024", ""},
		{"in the first half of 2019", "", 0, 0, "2019", ""},
		{"in the second quarter of 2021", "", 0, 0, "2021", ""},
		{"by mid-2025", "", 0, 0, "2025", ""},
		{"at the end of 2022", "", 0, 0, "2022", ""},
		{"in late June 2023", "", 0, 0, "2023-06", ""},
		{"in the course of 2016 and early 2017", "", 0, 1, "2016", ""},
		{"on Tuesday (18 April) at a meeting", "2023-04-20", 0, -1, "2023-04-18", ""},
		{"on Wednesday, December 11", "2024-12-09", 0, 1, "2024-12-11", ""},
		{"They will meet tomorrow", "2025-01-15", 0, 1, "2025-01-16", ""},
		{"They met yesterday", "2025-01-01", 0, -1, "2024-12-31", ""},
		{"the dialogue today", "2025-05-07", 0, -1, "2025-05-07", ""},
		{"they signed this morning", "2025-05-07", 0, -1, "2025-05-07", ""},
		{"signed earlier today", "2025-05-07", 0, -1, "2025-05-07", ""},
		{"in Brussels next year", "2025-03-27", 0, 1, "2026", ""},
		{"later this year", "2025-03-14", 0, 1, "2025", ""},
		{"last year", "2025-03-14", 0, -1, "2024", ""},
		{"in the autumn", "2024-05-22", 0, 1, "2024", ""},
		{"in the autumn", "2024-12-10", 0, 1, "2025", ""},
		{"in the spring", "2024-02-01", 0, -1, "2023", ""},
		{"this autumn", "2024-05-22", 0, 1, "2024", ""},
		{"in spring 2020", "", 0, 0, "2020", ""},
		{"on 31 May in Luleå", "2023-04-20", 0, 1, "2023-05-31", ""},
		{"on 30 June", "2023-04-20", 0, 0, "2023-06-30", ""},
		{"was kicked off in February", "2023-04-20", 0, -1, "2023-02", ""},
		{"in February", "2025-02-12", 0, 1, "2026-02", ""},
		{"on 5 March", "2026-03-10", 0, -1, "2026-03-05", ""},
		{"in December", "2024-01-15", 0, -1, "2023-12", ""},
		{"on 10 January", "2023-12-20", 0, 1, "2024-01-10", ""},
		{"was held on 9th April in Brussels", "", 2019, 0, "2019-04-09", ""},
		{"on 22nd March", "", 2019, 0, "2019-03-22", ""},
		{"on 8 November, 2013, on research", "", 0, 0, "2013-11-08", ""},
		{"see the press release of 18/10/2018", "", 0, 0, "2018-10-18", ""},
		{"dated 2023-06-30", "", 0, 0, "2023-06-30", ""},
		{"In 2012, both signed", "", 0, 0, "2012", ""},
		{"Through the 2015 EU - China High Level Dialogue", "", 0, 0, "2015", ""},
		{"the 2021-2027 programme", "", 0, 0, "2021", "2027"},
		{"in May 2022", "", 0, 0, "2022-05", ""},
		{"expected in Q1 2024", "", 0, 0, "2024", ""},
		{"before the end of the year", "2023-06-07", 0, 1, "2023", ""},
		{"in early next year", "2023-06-07", 0, 1, "2024", ""},
		{"on 3rd March 2022", "", 0, 0, "2022-03-03", ""},
		{"March 3rd, 2022", "", 0, 0, "2022-03-03", ""},
		{"took place on 25/26 March", "2024-04-02", 0, -1, "2024-03-25", "2024-03-26"},
		// A week at the precision it denotes: its month, or its year
		// when it spans two months.
		{"met in Tokyo last week", "2024-04-02", 0, -1, "2024-03", ""},
		{"met in Tokyo last week", "2024-03-05", 0, -1, "2024", ""},
		{"will meet next week", "2024-06-12", 0, 1, "2024-06", ""},
		{"talks this week", "2024-06-12", 0, 0, "2024-06", ""},
		// Possessive deictics, quarters without a year, dotted dates.
		{"Last week's dialogue", "2025-07-14", 0, -1, "2025-07", ""},
		{"yesterday's signing", "2025-07-14", 0, -1, "2025-07-13", ""},
		{"next month's summit", "2025-07-14", 0, 1, "2025-08", ""},
		{"this year's forum", "2025-07-14", 0, 1, "2025", ""},
		{"Tuesday's meeting", "2025-07-17", 0, -1, "2025-07-15", ""},
		// The weekday of publication is that day: "they signed it Thursday".
		{"they signed it Thursday", "2025-07-17", 0, -1, "2025-07-17", ""},
		{"talks due on Thursday", "2025-07-17", 0, 1, "2025-07-17", ""},
		{"they signed it Wednesday", "2025-07-17", 0, -1, "2025-07-16", ""},
		{"expected in Q3", "2024-01-16", 0, 1, "2024", ""},
		{"expected in Q1", "2024-05-16", 0, 1, "2025", ""},
		{"in the third quarter", "2024-01-16", 0, 1, "2024", ""},
		{"Brasília, 03.06.2025", "", 0, 0, "2025-06-03", ""},
	}
	for _, tt := range tests {
		start, end, ok := parseOne(tt.text, tt.pub, tt.ref, tt.tense)
		if !ok || start != tt.start || end != tt.end {
			t.Errorf("%q (published %q, tense %d): got %q..%q ok=%v, want %q..%q", tt.text, tt.pub, tt.tense, start, end, ok, tt.start, tt.end)
		}
	}
}

func TestNoDates(t *testing.T) {
	for _, text := range []string{
		"under Horizon 2020 and the Agenda 2030",
		"They signed the EU-China 2020 Strategic Agenda for Cooperation.",
		"cooperation on 5G and 6G",
		"SECD is a track 1.5 dialogue",
		"the EU may consider it",
		"more than 2000 participants attended",
		"it costs €2024 per seat",
		"the 7th round",
		"nearly two years of transatlantic dialogue",
		"a 32nd parallel",
		"on 31 Februaryish",
		"Next steps",
		"two days of talks",
		"a week of action",
		"three later days",
		"renewable H2 production",
		"a q3 estimate",
		"a day after he met Kallas",
		"the day after they signed",
		"version 1.5.2 of the text",
		"a week after the fifth Dialogue",
		"two weeks before the first-ever EU-GCC Summit",
	} {
		toks := tokenize(text, nil)
		if ms := parseDates(toks, nil); len(ms) > 0 {
			t.Errorf("%q: found a date %+v", text, ms[0])
		}
	}
}

// The day of a date must exist.
func TestInvalidDates(t *testing.T) {
	for _, text := range []string{"on 31 February 2023", "on 30 February", "on 29 February 2023"} {
		if s, _, ok := parseOne(text, "2023-03-01", 0, 0); ok {
			t.Errorf("%q: resolved to %s, want no date", text, s)
		}
	}
	if s, _, ok := parseOne("on 29 February 2024", "", 0, 0); !ok || s != "2024-02-29" {
		t.Errorf("leap day: got %q %v", s, ok)
	}
}

func TestNarrativeDates(t *testing.T) {
	prev := date{2012, 0, 0}
	day := date{2026, 5, 19}
	tests := []struct {
		text string
		prev date
		want string
	}{
		{"The following year, China and the EU signed", prev, "2013"},
		{"A year later, the two sides met again", prev, "2013"},
		{"the same year", prev, "2012"},
		{"the previous year", prev, "2011"},
		{"which was held in São Paulo the day before", day, "2026-05-18"},
		{"the following day", day, "2026-05-20"},
		{"Three days later, in Seoul, he signed", day, "2026-05-22"},
		{"two weeks later", day, "2026-06-02"},
		{"a day earlier", day, "2026-05-18"},
		{"10 days before", day, "2026-05-09"},
		{"On the same day in Tokyo", day, "2026-05-19"},
		{"that day", day, "2026-05-19"},
	}
	for _, tt := range tests {
		ms := parseDates(tokenize(tt.text, nil), nil)
		if len(ms) == 0 {
			t.Errorf("%q: no date", tt.text)
			continue
		}
		st, _, ok := ms[0].resolve(date{}, tt.prev, 0, 0)
		if !ok || st.String() != tt.want {
			t.Errorf("%q: got %q (ok %v), want %q", tt.text, st, ok, tt.want)
		}
	}
}

func BenchmarkDates(b *testing.B) {
	text := "The seventh meeting of the Sino-European Cyber Dialogue was convened on 12 and 13 April in Geneva, " +
		"Switzerland, and the eighth iteration is to be held in China in the first half of 2019; the summit of " +
		"September 18, 2023 followed the one held on Tuesday (18 April) and in June 2019."
	toks := tokenize(text, nil)
	var ms []dateMention
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ms = parseDates(toks, ms[:0])
	}
	if len(ms) != 5 {
		b.Fatalf("found %d dates", len(ms))
	}
}

func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"on 12 and 13 April 2018", "September 18, 2023", "the first half of 2019", "Tuesday (18 April)",
		"on Wednesday, December 11", "tomorrow", "24-25 March", "the day before", "in the autumn",
		"18/10/2018", "2023-06-30", "30 December - 2 January 2024", "mid-2025", "the 18th of October",
		"three days later", "last week", "25/26 March", "on the same day",
	} {
		f.Add(s, "2023-04-20", 1)
	}
	f.Fuzz(func(t *testing.T, text, pub string, tense int) {
		toks := tokenize(text, nil)
		ms := parseDates(toks, nil)
		p, _ := parseISODate(pub)
		for _, m := range ms {
			if m.i < 0 || m.j > len(toks) || m.i >= m.j {
				t.Fatalf("bad span %d..%d of %d tokens", m.i, m.j, len(toks))
			}
			st, en, ok := m.resolve(p, date{2020, 5, 1}, 2019, tense%2)
			if ok && (!validDate(st) || (!en.zero() && !validDate(en))) {
				t.Fatalf("%q: invalid date %v..%v", text, st, en)
			}
		}
	})
}

// A year label followed by a spaced dash and a day is no season
// ("2019-20"): "2025 – 15 September: ...".
func TestYearLabelBeforeDay(t *testing.T) {
	toks := tokenize("2025 – 15 September: the partnership is launched.", nil)
	ms := parseDates(toks, nil)
	if len(ms) != 2 || ms[0].j != 1 || ms[1].start.m != 9 || ms[1].start.d != 15 {
		t.Fatalf("got %+v", ms)
	}
	toks = tokenize("the 2019-20 season", nil)
	ms = parseDates(toks, nil)
	if len(ms) != 1 || ms[0].j-ms[0].i != 3 {
		t.Fatalf("season: got %+v", ms)
	}
}
