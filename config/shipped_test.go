package config_test

import (
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dialoguewatch/dialoguewatch/config"
)

// TestShippedConfigs loads every sources file the repository ships, from
// disk (as `dialoguewatch sources check` would) and from the binary.
func TestShippedConfigs(t *testing.T) {
	var files []string
	for _, pat := range []string{"sources/*.yaml", "sources/*.yml", "demo/*.yaml", "demo/*.yml", "example.yaml"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 3 {
		t.Fatalf("found only %v", files)
	}
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			srcs, err := config.LoadSources(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range srcs {
				if len(s.AllowedDomains) == 0 || !strings.Contains(s.UserAgent, "dialoguewatch") {
					t.Errorf("%s: defaults not filled in: %+v", s.Name, s)
				}
			}
		})
	}

	// Names are unique across all shipped files together.
	if _, err := config.LoadSources(files...); err != nil {
		t.Errorf("all files together: %v", err)
	}

	// Every file on disk is embedded (go:embed patterns cover *.yaml only).
	for _, dir := range []string{"sources", "demo"} {
		onDisk, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range onDisk {
			if _, err := fs.Stat(config.Shipped, filepath.ToSlash(f)); err != nil {
				t.Errorf("%s is not embedded in config.Shipped (only *.yaml are)", f)
			}
		}
	}
}

// TestRealSourcesArePolite holds the shipped real sources to the project's
// politeness defaults and checks they cover the sites the issue names.
func TestRealSourcesArePolite(t *testing.T) {
	srcs, err := config.LoadShippedSources("sources")
	if err != nil {
		t.Fatal(err)
	}
	var hosts []string
	for _, s := range srcs {
		if s.Delay < 2*time.Second || s.Parallelism != 1 || !s.ObeyRobots || s.AllowPrivateAddresses {
			t.Errorf("%s: delay %s, parallelism %d, obey_robots %t, allow_private_addresses %t; want >= 2s, 1, true, false",
				s.Name, s.Delay, s.Parallelism, s.ObeyRobots, s.AllowPrivateAddresses)
		}
		if s.Interval < 30*time.Minute {
			t.Errorf("%s: interval %s, want >= 30m", s.Name, s.Interval)
		}
		if s.ArticlePattern == "" || !strings.HasPrefix(strings.TrimPrefix(s.ArticlePattern, "(?i)"), "^https://") {
			t.Errorf("%s: article_pattern %q: want an anchored https pattern", s.Name, s.ArticlePattern)
		}
		for _, u := range slices.Concat(s.StartURLs, s.Feeds, s.Sitemaps) {
			if !strings.HasPrefix(u, "https://") {
				t.Errorf("%s: %s is not https", s.Name, u)
			}
		}
		hosts = append(hosts, s.AllowedDomains...)
	}
	for _, want := range []string{"www.eeas.europa.eu", "ec.europa.eu", "www.consilium.europa.eu", "hcss.nl", "www.euractiv.com"} {
		if !slices.Contains(hosts, want) {
			t.Errorf("no shipped source for %s", want)
		}
	}
}

func TestDemoSources(t *testing.T) {
	srcs, err := config.LoadShippedSources("demo")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range srcs {
		if !s.AllowPrivateAddresses {
			t.Errorf("%s: the replica is on loopback; allow_private_addresses must be true", s.Name)
		}
		for _, u := range slices.Concat(s.StartURLs, s.Feeds, s.Sitemaps) {
			if !strings.HasPrefix(u, "http://127.0.0.1:8089/") {
				t.Errorf("%s: %s is not on the replica's default address", s.Name, u)
			}
		}
	}
}

// TestShippedLexicon loads the lexicon files the repository ships, from
// disk and from the binary.
func TestShippedLexicon(t *testing.T) {
	files, _ := filepath.Glob("lexicon/*.yaml")
	if len(files) == 0 {
		t.Fatal("no lexicon files in config/lexicon")
	}
	for _, f := range files {
		if _, err := fs.Stat(config.Shipped, f); err != nil {
			t.Errorf("%s is not embedded in config.Shipped", f)
		}
	}
	if _, err := config.LoadLexicon("lexicon"); err != nil {
		t.Errorf("config/lexicon: %v", err)
	}
	if _, err := config.LoadLexicon(); err != nil {
		t.Errorf("shipped lexicon: %v", err)
	}
}
