package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadConfig: every broken sources file is refused before anything
// runs, with exit status 2 and a message naming file, source and field.
func TestBadConfig(t *testing.T) {
	const good = `
  - name: good-one
    start_urls: [https://example.org/news]
`
	tests := []struct {
		name   string
		yaml   string
		source string // the source the message must name
		field  string // the field it must name
	}{
		{"unknown key", `sources:
  - name: eeas
    start_urls: [https://example.org/news]
    start_url: https://example.org/other
` + good, `"eeas"`, "start_url"},
		{"missing start URL", `sources:` + good + `  - name: nothing-to-crawl
    article_selector: "h3 a"
`, `"nothing-to-crawl"`, "start_urls"},
		{"bad selector", `sources:
  - name: broken-selector
    start_urls: [https://example.org/news]
    article_selector: "div[class="
`, `"broken-selector"`, "article_selector"},
		{"bad interval", `sources:
  - name: bad-interval
    start_urls: [https://example.org/news]
    interval: every hour
`, `"bad-interval"`, "interval"},
		{"interval too short", `sources:
  - name: too-eager
    start_urls: [https://example.org/news]
    interval: 10ms
`, `"too-eager"`, "interval"},
		{"relative start URL", `sources:
  - name: relative
    start_urls: [/news]
`, `"relative"`, "start_urls[0]"},
		{"bad pattern", `sources:
  - name: bad-pattern
    start_urls: [https://example.org/news]
    article_pattern: "news/(["
`, `"bad-pattern"`, "article_pattern"},
		{"unknown key in defaults", `defaults:
  delai: 2s
sources:` + good, "", "defaults.delai"},
		{"source without name", `sources:
  - start_urls: [https://example.org/news]
`, `"#1"`, "name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "sources.yaml")
			if err := os.WriteFile(file, []byte(tt.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, args := range [][]string{
				{"sources", "check", file},
				{"run", "--once", "--data", t.TempDir(), "--config", file},
			} {
				var stdout, stderr bytes.Buffer
				err := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
				if code := exitCode(err, &stderr); code != exitConfig {
					t.Fatalf("%s: exit status %d, want %d; err %v", args[0], code, exitConfig, err)
				}
				msg := stderr.String()
				for _, want := range []string{file, tt.source, "field " + tt.field + ":"} {
					if !strings.Contains(msg, want) {
						t.Errorf("%s: message %q does not name %q", args[0], strings.TrimSpace(msg), want)
					}
				}
			}
		})
	}
}

func TestShippedSourcesCheck(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"sources", "check"}, strings.NewReader(""), &stdout, &stderr); err != nil {
		t.Fatalf("shipped sources: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "source(s) valid") {
		t.Errorf("unexpected output:\n%s", stdout.String())
	}
}
