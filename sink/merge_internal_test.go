package sink

import (
	"slices"
	"testing"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

func TestPrecision(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", precNone}, {"2023", precYear}, {"2023-06", precMonth}, {"2023-06-30", precDay},
		{"2023-13", precNone}, {"2023-02-30", precNone}, {"23", precNone}, {"2023-6-1", precNone},
		{"June", precNone}, {"2023-06-30T00", precNone},
	} {
		if got := precision(tc.in); got != tc.want {
			t.Errorf("precision(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestSameAtCoarser(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"2023", "2023-06-30", true},
		{"2023-06", "2023-06-30", true},
		{"2023-06", "2023-07-01", false},
		{"2023", "2024", false},
		{"2023-06-30", "2023-06-30", true},
		{"2023-06-29", "2023-06-30", false},
		{"", "2023", false},
	} {
		if got := sameAtCoarser(tc.a, tc.b); got != tc.want {
			t.Errorf("sameAtCoarser(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := sameAtCoarser(tc.b, tc.a); got != tc.want {
			t.Errorf("sameAtCoarser(%q, %q) = %v, want %v (symmetry)", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestDateBounds(t *testing.T) {
	for _, tc := range []struct{ in, lo, hi string }{
		{"2023", "2023-01-01", "2023-12-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2023-02", "2023-02-01", "2023-02-28"},
		{"2023-06-30", "2023-06-30", "2023-06-30"},
		{"bad", "", ""},
	} {
		lo, hi := dateBounds(tc.in)
		if lo != tc.lo || hi != tc.hi {
			t.Errorf("dateBounds(%q) = %s, %s; want %s, %s", tc.in, lo, hi, tc.lo, tc.hi)
		}
	}
}

func TestSeriesWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Sino-European Cyber Dialogue", []string{"cyber", "dialogue"}},
		{"the EU-Japan Digital Partnership Council", []string{"council", "digital", "japan", "partnership"}},
		{"EU - China High Level Economic and Trade Dialogue", []string{"china", "dialogue", "economic", "high", "level", "trade"}},
		{"EU", nil},
		{"", nil},
		{"Dialogue on Human Rights", []string{"dialogue", "human", "rights"}},
	} {
		got := seriesWords(tc.in)
		if !slices.Equal(got, tc.want) {
			t.Errorf("seriesWords(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMatch(t *testing.T) {
	cyber := "Sino-European Cyber Dialogue"
	for _, tc := range []struct {
		name string
		e, m fields
		want bool
	}{
		{"same day", fields{Series: cyber, Start: "2023-06-12"}, fields{Series: cyber, Start: "2023-06-12"}, true},
		{"year vs day", fields{Series: cyber, Start: "2023"}, fields{Series: cyber, Start: "2023-06-12"}, true},
		{"month differs", fields{Series: cyber, Start: "2023-06"}, fields{Series: cyber, Start: "2023-07-01"}, false},
		{"one series empty", fields{Start: "2023-06"}, fields{Series: cyber, Start: "2023-06-12"}, true},
		{"series subset", fields{Series: "EU-China Cyber Dialogue", Start: "2023"}, fields{Series: cyber, Start: "2023"}, true},
		{"other series", fields{Series: "Human Rights Dialogue", Start: "2023"}, fields{Series: cyber, Start: "2023"}, false},
		{"same edition, no dates", fields{Series: cyber, Edition: 7}, fields{Edition: 7}, true},
		{"same edition, dates differ (postponed)", fields{Edition: 7, Start: "2023-06"}, fields{Edition: 7, Start: "2023-10-05"}, true},
		{"other edition, same date", fields{Edition: 7, Start: "2023-06"}, fields{Edition: 8, Start: "2023-06"}, false},
		{"one edition, dates agree", fields{Edition: 7, Start: "2023-06"}, fields{Start: "2023-06-12"}, true},
		{"date missing, series and place", fields{Series: cyber, Location: "Geneva"}, fields{Series: cyber, Start: "2023", Location: "geneva"}, true},
		{"date missing, series only", fields{Series: cyber}, fields{Series: cyber, Start: "2023"}, false},
		{"date missing, place only", fields{Location: "Geneva"}, fields{Start: "2023", Location: "Geneva"}, false},
		{"both dates missing, nothing else", fields{}, fields{}, false},
		{"same year, other place", fields{Start: "2024-06-03", Location: "Brussels"}, fields{Start: "2024", Location: "New Delhi"}, false},
		{"same year, one place", fields{Start: "2024-06-03", Location: "Brussels"}, fields{Start: "2024"}, true},
		{"same edition, other place (venue moved)", fields{Edition: 3, Start: "2024", Location: "Brussels"}, fields{Edition: 3, Start: "2024-06", Location: "Ghent"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := match(tc.e, tc.m); got != tc.want {
				t.Errorf("match(%+v, %+v) = %v, want %v", tc.e, tc.m, got, tc.want)
			}
			if got, _ := match(tc.m, tc.e); got != tc.want {
				t.Errorf("match is not symmetric: match(%+v, %+v) = %v", tc.m, tc.e, got)
			}
		})
	}
}

func TestCombine(t *testing.T) {
	for _, tc := range []struct {
		name string
		e, m fields
		want fields
	}{
		{
			"planned then held: status, finer date, place, edition",
			fields{Series: "Cyber Dialogue", Start: "2023", Status: "planned", Confidence: 0.5},
			fields{Series: "Sino-European Cyber Dialogue", Start: "2023-06-12", End: "2023-06-13", Edition: 7, Location: "Geneva", Status: "held", Confidence: 0.9},
			fields{Series: "Sino-European Cyber Dialogue", Start: "2023-06-12", End: "2023-06-13", Edition: 7, Location: "Geneva", Status: "held", Confidence: 0.9},
		},
		{
			"held then planned: nothing downgraded",
			fields{Series: "Cyber Dialogue", Start: "2023-06-12", Location: "Geneva", Status: "held", Confidence: 0.9},
			fields{Series: "Cyber Dialogue", Start: "2023", Location: "Brussels", Status: "planned", Confidence: 0.5},
			fields{Series: "Cyber Dialogue", Start: "2023-06-12", Location: "Geneva", Status: "held", Confidence: 0.9},
		},
		{
			"postponed round: the held report's dates",
			fields{Edition: 7, Start: "2023-06", Location: "Brussels", Status: "planned"},
			fields{Edition: 7, Start: "2023-10-05", Location: "Beijing", Status: "held"},
			fields{Edition: 7, Start: "2023-10-05", Location: "Beijing", Status: "held"},
		},
		{
			"held round reported again with another date: held report kept",
			fields{Edition: 7, Start: "2023-10-05", Status: "held"},
			fields{Edition: 7, Start: "2023-06", Status: "planned"},
			fields{Edition: 7, Start: "2023-10-05", Status: "held"},
		},
		{
			"end refined",
			fields{Start: "2023-06-12", End: "2023-06", Status: "held"},
			fields{Start: "2023-06-12", End: "2023-06-13", Status: "held"},
			fields{Start: "2023-06-12", End: "2023-06-13", Status: "held"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := combine(tc.e, tc.m); got != tc.want {
				t.Errorf("combine:\n got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestNormEvent(t *testing.T) {
	_, partners, key, f, reason := normEvent(wire.Event{
		Type: " Dialogue ", Partners: []string{"eu", "cn", "EU", " asean "}, Start: "2023-06-12",
		End: "2023-06-11", Status: "HELD", Series: "  Cyber   Dialogue ",
	})
	if reason != "" {
		t.Fatal(reason)
	}
	if want := []string{"ASEAN", "CN", "EU"}; !slices.Equal(partners, want) {
		t.Errorf("partners = %q, want %q", partners, want)
	}
	if key != "ASEAN,CN,EU" {
		t.Errorf("key = %q", key)
	}
	if f.End != "" || f.Status != "held" || f.Series != "Cyber Dialogue" {
		t.Errorf("fields = %+v", f)
	}
	for _, ev := range []wire.Event{{Partners: []string{"EU"}}, {Type: "summit"}, {Type: "summit", Partners: []string{" "}}} {
		if _, _, _, _, reason := normEvent(ev); reason == "" {
			t.Errorf("normEvent(%+v): want a reason to skip", ev)
		}
	}
	_, _, _, f, _ = normEvent(wire.Event{Type: "summit", Partners: []string{"EU"}, Start: "June 2023", Status: "maybe"})
	if f.Start != "" || f.Status != "unknown" {
		t.Errorf("bad date and status not cleaned: %+v", f)
	}
}
