package crawler_test

import (
	"net/url"
	"testing"

	"github.com/dialoguewatch/dialoguewatch/crawler"
)

// BenchmarkCanonical canonicalises the kinds of links a listing page holds:
// relative paths, tracking parameters, fragments, pager queries,
// protocol-relative links. A listing of 25 teasers has a few hundred links.
func BenchmarkCanonical(b *testing.B) {
	base, err := url.Parse("https://www.eeas.europa.eu/eeas/press-material_en?page=2")
	if err != nil {
		b.Fatal(err)
	}
	c := crawler.NewCanonicalizer([]string{"ref"})
	refs := []string{
		"/eeas/eu-and-japan-hold-4th-cyber-dialogue-tokyo_en",
		"https://www.eeas.europa.eu/eeas/statement-high-representative_en?utm_source=tw&utm_medium=social#main-content",
		"?page=3",
		"https://www.eeas.europa.eu/delegations/china/eu-china-summit_en?b=2&a=1&fbclid=x&ref=home",
		"//ec.europa.eu/commission/presscorner/detail/en/ip_24_1",
		"../news/./eu-india-trade-and-technology-council_en",
	}
	for _, r := range refs {
		if _, err := c.Canonical(base, r); err != nil {
			b.Fatalf("%s: %v", r, err)
		}
	}
	i := 0
	for b.Loop() {
		if _, err := c.Canonical(base, refs[i%len(refs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
