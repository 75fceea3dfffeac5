package crawler_test

import (
	"net/url"
	"testing"

	"github.com/dialoguewatch/dialoguewatch/crawler"
)

func TestCanonical(t *testing.T) {
	base, _ := url.Parse("https://www.eeas.europa.eu/eeas/press-material_en?page=2")
	c := crawler.NewCanonicalizer([]string{"ref", "cmp_*"})
	for _, tc := range []struct {
		in, want string
	}{
		{"https://www.eeas.europa.eu/eeas/a_en", "https://www.eeas.europa.eu/eeas/a_en"},
		{"HTTPS://WWW.EEAS.Europa.EU/eeas/A_en", "https://www.eeas.europa.eu/eeas/A_en"}, // path case kept
		{"https://www.eeas.europa.eu:443/eeas/a_en", "https://www.eeas.europa.eu/eeas/a_en"},
		{"http://www.eeas.europa.eu:80/x", "http://www.eeas.europa.eu/x"},
		{"http://example.org:8080/x", "http://example.org:8080/x"},
		{"https://www.eeas.europa.eu/eeas/a_en#main-content", "https://www.eeas.europa.eu/eeas/a_en"},
		{"https://www.eeas.europa.eu/eeas/a_en?utm_source=tw&utm_medium=social", "https://www.eeas.europa.eu/eeas/a_en"},
		{"https://www.eeas.europa.eu/a?b=2&a=1&fbclid=x&gclid=y", "https://www.eeas.europa.eu/a?a=1&b=2"},
		{"https://x.org/a?PHPSESSID=abc&id=3&JSESSIONID=z&sid=1", "https://x.org/a?id=3"},
		{"https://x.org/a;jsessionid=ABC?id=3", "https://x.org/a?id=3"},
		{"https://x.org/a?ref=home&cmp_id=7&id=3", "https://x.org/a?id=3"}, // drop_params
		{"https://x.org/a?tag=b&tag=a", "https://x.org/a?tag=b&tag=a"},     // repeated keys keep their order
		{"https://x.org/a/./b/../c", "https://x.org/a/c"},
		{"https://x.org", "https://x.org/"},
		{"https://x.org/?", "https://x.org/"},
		{"https://user:pw@x.org/a", "https://x.org/a"},
		{"https://X.org./a", "https://x.org/a"},
		{"https://x.org/a%20b?q=a+b", "https://x.org/a%20b?q=a+b"},
		{"/eeas/b_en", "https://www.eeas.europa.eu/eeas/b_en"},
		{"b_en?utm_campaign=x", "https://www.eeas.europa.eu/eeas/b_en"},
		{"?page=3", "https://www.eeas.europa.eu/eeas/press-material_en?page=3"},
		{"//ec.europa.eu/commission/presscorner/detail/en/ip_24_1", "https://ec.europa.eu/commission/presscorner/detail/en/ip_24_1"},
		{"  /eeas/c_en  ", "https://www.eeas.europa.eu/eeas/c_en"},
	} {
		got, err := c.Canonical(base, tc.in)
		if err != nil || got != tc.want {
			t.Errorf("Canonical(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"mailto:press@eeas.europa.eu", "javascript:void(0)", "ftp://x.org/a", "http://[::1"} {
		if got, err := c.Canonical(base, bad); err == nil {
			t.Errorf("Canonical(%q) = %q, want an error", bad, got)
		}
	}
}
