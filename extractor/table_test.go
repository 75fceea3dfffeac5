package extractor

import (
	"strings"
	"testing"
)

func TestHeaderRoles(t *testing.T) {
	tests := []struct {
		row  string
		want []int
	}{
		{"Partner | Round | Date | Venue", []int{colPartner, colRound, colDate, colPlace}},
		{"Date | Place | Event", []int{colDate, colPlace, colEvent}},
		{"Country | Edition | Dates | Location", []int{colPartner, colRound, colDate, colPlace}},
		{"Home | About | Press | Contact", nil},
		{"Date | Place | Date", nil},                  // a role twice
		{"Place | Venue | City", nil},                 // no date, round, partner or event
		{"Colombia | 9th | 3 Apr 2024 | Bogotá", nil}, // a data row
		{"Year | Month | Visitor | Overview", []int{colYear, colMonth, colOther, colEvent}},
		{"Year | Month | Visitor | Remarks", nil}, // no event column
	}
	for _, tt := range tests {
		got := headerRoles(splitCells(tt.row))
		if intsString(got) != intsString(tt.want) {
			t.Errorf("headerRoles(%q) = %v, want %v", tt.row, got, tt.want)
		}
	}
}

func intsString(v []int) string {
	var b strings.Builder
	for i, n := range v {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(byte('0' + n))
	}
	return b.String()
}

func TestOrdinalText(t *testing.T) {
	for in, want := range map[string]string{
		"9th": "9th", "XII": "12th", "12": "12th", "1": "1st", "22": "22nd", "3": "3rd", "11": "11th",
		"second": "second", "–": "", "": "", "tbc": "", "Mixed": "",
	} {
		if got := ordinalText(in); got != want {
			t.Errorf("ordinalText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAgendaLines(t *testing.T) {
	dates := map[string]string{
		"Tuesday 3 March":                "3 March",
		"Wednesday 4 – Thursday 5 March": "4 – 5 March",
		"Monday, 12 May 2025":            "12 May 2025",
		"Later in March":                 "",
		"Brussels, 3 March 2025":         "",
		"March 2025":                     "", // no day: a month heading, not an agenda day
	}
	for in, want := range dates {
		got, ok := agendaDate(in)
		if got != want || ok != (want != "") {
			t.Errorf("agendaDate(%q) = %q, %v, want %q", in, got, ok, want)
		}
	}
	items := []struct{ in, place, rest string }{
		{"09:30 Brussels – 22nd meeting of the EU-Chile Association Council", "Brussels", "22nd meeting of the EU-Chile Association Council"},
		{"Ottawa – EU-Canada Dialogue, 2nd round.", "Ottawa", "EU-Canada Dialogue, 2nd round"},
		{"18h30 New Delhi - Summit", "New Delhi", "Summit"},
		{"Press point after the meeting (tbc)", "", ""},
		{"The EU – a global actor", "", ""},
	}
	for _, tt := range items {
		place, rest, ok := agendaItem(tt.in)
		if place != tt.place || rest != tt.rest || ok != (tt.place != "") {
			t.Errorf("agendaItem(%q) = %q, %q, %v", tt.in, place, rest, ok)
		}
	}
}

func TestCaptionRoles(t *testing.T) {
	kind := func(w string) bool { return w == "summit" || w == "meeting" }
	tests := []struct {
		row  string
		want []int
	}{
		{"Summit | Date | Venue | Main outcome", []int{colRound, colDate, colPlace, colOther}},
		{"No. | Date | Venue | Key deliverables", []int{colRound, colDate, colPlace, colOther}},
		{"Year | Host city | Notes", nil},                  // no round or place column
		{"Year | EU exports | EU imports | Balance", nil},  // figures by year
		{"Meeting | Venue | Remarks", nil},                 // no date
		{"Partner | Date | Venue | Key deliverables", nil}, // the partner column names them
		{"Summit | Date | Meeting | Venue", nil},           // two round columns
		{"Round | Dates | City | Chairs | Deliverables", []int{colRound, colDate, colPlace, colOther, colOther}},
	}
	for _, tt := range tests {
		got := captionRoles(splitCells(tt.row), kind)
		if intsString(got) != intsString(tt.want) {
			t.Errorf("captionRoles(%q) = %v, want %v", tt.row, got, tt.want)
		}
	}
}
