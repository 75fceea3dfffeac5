package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestSourcesTest: `sources test` against a fixture site prints the robots
// decision, the links found, and title, date, text length and events of
// the first --limit articles, and writes nothing.
func TestSourcesTest(t *testing.T) {
	var articleHits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("/news", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<html><body><nav><a href="/">Home</a></nav><main>
<div class="card"><a href="/news/eu-japan-digital-partnership-council?utm_source=home">EU–Japan</a></div>
<div class="card"><a href="/news/eu-india-ttc#top">EU–India</a></div>
<div class="card"><a href="/private/draft">Draft</a></div>
</main></body></html>`)
	})
	mux.HandleFunc("/news/", func(w http.ResponseWriter, r *http.Request) {
		articleHits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<!doctype html><html><head><title>EU and Japan hold second Digital Partnership Council</title>
<meta property="article:published_time" content="2024-05-02T10:00:00+02:00"></head>
<body><nav><a href="/">Home</a></nav><article><h1>EU and Japan hold second Digital Partnership Council</h1>
<p>The European Union and Japan held their second Digital Partnership Council in Brussels on 30 April 2024.
The Council reviewed cooperation on semiconductors, data flows and artificial intelligence, and both sides agreed
to deepen their work on secure connectivity and on digital skills in the coming year.</p>
<p>The third meeting of the Digital Partnership Council will take place in Tokyo in 2025.</p></article></body></html>`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	dir := t.TempDir()
	cfg := filepath.Join(dir, "fixture.yaml")
	os.WriteFile(cfg, []byte(`sources:
  - name: fixture
    start_urls: [`+srv.URL+`/news]
    article_selector: "div.card a"
    article_pattern: '/(news|private)/'
    allow_private_addresses: true
    delay: 0s
`), 0o644)
	var stdout, stderr bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := run(ctx, []string{"sources", "test", "fixture", "--config", cfg, "--limit", "1"}, strings.NewReader(""), &stdout, &stderr)
	out := stdout.String()
	t.Log(out)
	if err != nil {
		t.Fatalf("sources test: %v\n%s", err, stderr.String())
	}
	for _, want := range []string{
		"robots   " + srv.URL + "/robots.txt  200",
		"listing  " + srv.URL + "/news  200",
		"→ " + srv.URL + "/news/eu-japan-digital-partnership-council",
		"→ " + srv.URL + "/news/eu-india-ttc",
		"skip     " + srv.URL + "/private/draft",
		"title:     EU and Japan hold second Digital Partnership Council",
		"published: 2024-05-02",
		"events:",
		"summary: discovered 3, fetched 1",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if n := articleHits.Load(); n != 1 {
		t.Errorf("%d article requests, want 1 (--limit 1)", n)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the dry run wrote files: %v", entries)
	}

	// An unknown source is a usage error naming the known ones.
	err = run(ctx, []string{"sources", "test", "nope", "--config", cfg}, strings.NewReader(""), &stdout, &stderr)
	if err == nil || !strings.Contains(err.Error(), "fixture") || exitCode(err, io.Discard) != exitConfig {
		t.Errorf("unknown source: err %v", err)
	}
}
