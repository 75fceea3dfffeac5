package extractor_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dialoguewatch/dialoguewatch/extractor"
)

func TestParseHTML(t *testing.T) {
	tests := []struct {
		file      string
		title     string
		published string
		want      []string // lines of the main text
		notWant   []string // boilerplate that must be gone
	}{{
		file:      "drupal-article.html",
		title:     "EU and Ruritania hold third Space Dialogue",
		published: "2025-03-14",
		want: []string{
			"The European Union and Ruritania held the third round of their Space Dialogue on 12 March in Brussels.",
			"Both sides discussed satellite navigation, space traffic management and the protection of space assets. They agreed to hold the next round in Ruritania in 2026.",
		},
		notWant: []string{"cookies", "Freedonia", "Legal notice", "About us"},
	}, {
		file:      "report-table.html",
		title:     "Human rights dialogues in 2025",
		published: "2026-02-02",
		want: []string{ // one line per row, cells apart
			"Partner | Round | Date | Place",
			"Ruritania | 4th | 3 April 2025 | Strelsau",
			"Freedonia | 11th | 9–10 July 2025 | videoconference",
		},
		notWant: []string{"cookies", "Legal notice", "About us"},
	}}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			body, err := os.ReadFile("testdata/html/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := extractor.ParseHTML(body, "https://example.org/news/"+tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title {
				t.Errorf("title = %q, want %q", doc.Title, tt.title)
			}
			if doc.Lang != "en" {
				t.Errorf("lang = %q, want en", doc.Lang)
			}
			if doc.Published != tt.published {
				t.Errorf("published = %q, want %q", doc.Published, tt.published)
			}
			// One paragraph per line: the rules scope context by paragraph.
			lines := strings.Split(doc.Text, "\n")
			for _, w := range tt.want {
				if !slices.Contains(lines, w) {
					t.Errorf("text lacks the line %q:\n%s", w, doc.Text)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(doc.Text, w) {
					t.Errorf("text has boilerplate %q:\n%s", w, doc.Text)
				}
			}
		})
	}
}
