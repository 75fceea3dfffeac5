package extractor_test

import (
	"testing"

	"github.com/dialoguewatch/dialoguewatch/bench/synthsite"
	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/extractor"
)

// BenchmarkExtractArticle extracts one article the way the extractor stage
// does: main text, title and date (ParseHTML, go-trafilatura inside), then
// the event rules. The page is a synthetic EEAS-like press release of
// realistic weight (bench/synthsite: about 100 KB, most of it menus,
// facets and inline scripts) that announces a dialogue.
func BenchmarkExtractArticle(b *testing.B) {
	const base = "https://www.eeas.europa.eu"
	site := synthsite.New(synthsite.Options{Articles: 100, Seed: 1})
	id := 0
	for !site.HasEvent(id) {
		id++
	}
	body, url := site.Article(base, id), base+site.ArticlePath(id)
	lex, err := config.LoadLexicon()
	if err != nil {
		b.Fatal(err)
	}
	rules, err := extractor.NewRules(lex)
	if err != nil {
		b.Fatal(err)
	}
	doc, err := extractor.ParseHTML(body, url)
	if err != nil {
		b.Fatal(err)
	}
	if len(rules.Events(doc)) == 0 {
		b.Fatalf("no event found in %s:\n%s", url, doc.Text)
	}
	b.Run("main-text", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			if _, err := extractor.ParseHTML(body, url); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("rules", func(b *testing.B) {
		b.SetBytes(int64(len(doc.Text)))
		for b.Loop() {
			rules.Events(doc)
		}
	})
	b.Run("both", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			d, err := extractor.ParseHTML(body, url)
			if err != nil {
				b.Fatal(err)
			}
			rules.Events(d)
		}
	})
}
