package config_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dialoguewatch/dialoguewatch/config"
)

func TestParseSourcesDefaults(t *testing.T) {
	srcs, err := config.ParseSources("f.yaml", []byte(`
defaults:
  delay: 5s
  parallelism: 2
sources:
  - name: a
    start_urls: [https://Example.org/news]
  - name: b
    feeds: [https://other.example/feed]
    delay: 1s
`))
	if err != nil {
		t.Fatal(err)
	}
	a, b := srcs[0], srcs[1]
	if a.Delay != 5*time.Second || a.Parallelism != 2 || b.Delay != time.Second || b.Parallelism != 2 {
		t.Errorf("file defaults not applied under source keys: a %v/%d, b %v/%d", a.Delay, a.Parallelism, b.Delay, b.Parallelism)
	}
	if a.Interval != config.DefaultSource().Interval || !a.ObeyRobots {
		t.Errorf("built-in defaults lost: interval %v, robots %v", a.Interval, a.ObeyRobots)
	}
	if strings.Join(a.AllowedDomains, ",") != "example.org" || strings.Join(b.AllowedDomains, ",") != "other.example" {
		t.Errorf("allowed domains = %v, %v; want the hosts of each source's own URLs", a.AllowedDomains, b.AllowedDomains)
	}
	if !strings.Contains(a.UserAgent, "dialoguewatch") || !strings.Contains(a.UserAgent, config.DefaultContact) {
		t.Errorf("user agent %q must name the project and its contact", a.UserAgent)
	}
}

func TestParseSourcesErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"near miss", "sources:\n  - name: a\n    start_urls: [https://e.org/]\n    max_page: 3\n",
			`f.yaml:4: source "a": field max_page: unknown key; did you mean max_pages?`},
		{"far miss lists keys", "sources:\n  - name: a\n    start_urls: [https://e.org/]\n    colour: red\n",
			`field colour: unknown key (known keys: name, start_urls,`},
		{"wrong type", "sources:\n  - name: a\n    start_urls: [https://e.org/]\n    max_pages: many\n",
			`f.yaml:4: source "a": field max_pages: cannot unmarshal`},
		{"list expected", "sources:\n  name: a\n", `field sources: want a non-empty list`},
		{"top-level typo", "source:\n  - name: a\n", `field source: unknown key`},
		{"empty", "", `f.yaml: file is empty`},
		{"not yaml", "sources: [", `f.yaml: not valid YAML`},
		{"bad name", "sources:\n  - name: EEAS Press\n    start_urls: [https://e.org/]\n", `field name: "EEAS Press": use lower-case`},
		{"ua must name project", "sources:\n  - name: a\n    start_urls: [https://e.org/]\n    user_agent: Mozilla/5.0\n", `field user_agent: "Mozilla/5.0" must name dialoguewatch`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := config.ParseSources("f.yaml", []byte(tt.yaml))
			var ce *config.Error
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want a *config.Error", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %q\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLoadSourcesDuplicateNames(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.yaml", "b.yaml"} {
		body := "sources:\n  - name: same\n    start_urls: [https://e.org/]\n"
		if err := os.WriteFile(filepath.Join(dir, f), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err := config.LoadSources(dir)
	if err == nil || !strings.Contains(err.Error(), "already defined in "+filepath.Join(dir, "a.yaml")) {
		t.Fatalf("err = %v, want the second file to name the first", err)
	}
}
