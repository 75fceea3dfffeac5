package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/crawler"
	"github.com/dialoguewatch/dialoguewatch/extractor"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

// sourcesTest is `dialoguewatch sources test NAME`: a dry run of one source
// that writes nothing (crawl state in memory, pages kept in memory). It
// prints the robots.txt decisions, the article links found on each
// listing, feed and sitemap, and for the first --limit articles what the
// extractor makes of them. It is how a person tunes selectors.
func sourcesTest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "sources test", "NAME [--config FILE|DIR]... [--limit N]")
	var configs listFlag
	fs.Var(&configs, "config", "sources file or directory (repeatable; default: the shipped real and demo sources)")
	limit := fs.Int("limit", 3, "number of articles to fetch and extract")
	lexicon := fs.String("lexicon", "", "lexicon file or directory (default: the shipped lexicon)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("sources test: want exactly one source NAME, got %d arguments", fs.NArg())
	}
	if *limit < 1 {
		return usagef("sources test: --limit must be at least 1")
	}
	src, err := findSource(fs.Arg(0), configs)
	if err != nil {
		return err
	}
	var lexPaths []string
	if *lexicon != "" {
		lexPaths = append(lexPaths, *lexicon)
	}
	lex, err := config.LoadLexicon(lexPaths...)
	if err != nil {
		return err
	}
	rules, err := extractor.NewRules(lex)
	if err != nil {
		return err
	}
	// Only as many articles as will be shown are fetched.
	src.MaxArticles = *limit

	out := e.stdout
	fmt.Fprintf(out, "source %s: %d listing(s), %d feed(s), %d sitemap(s); first %d article(s); dry run, nothing is written\n",
		src.Name, len(src.StartURLs), len(src.Feeds), len(src.Sitemaps), *limit)
	pub := &dryPublisher{}
	var mu sync.Mutex
	c, err := crawler.New(src, crawler.Options{
		Publisher: pub,
		State:     crawler.NewMemoryState(),
		Logger:    e.log,
		Transport: e.transport,
		Trace: func(s crawler.Step) {
			mu.Lock()
			defer mu.Unlock()
			printStep(out, s)
		},
	})
	if err != nil {
		return err
	}
	run, err := c.Crawl(ctx)
	if err != nil {
		return err
	}
	pages := pub.pages
	fmt.Fprintf(out, "\narticles (%d):\n", len(pages))
	for _, p := range pages {
		printArticle(out, rules, p)
	}
	fmt.Fprintf(out, "\nsummary: discovered %d, fetched %d, new %d, failed %d, skipped %d, %d bytes\n",
		run.Discovered, run.Fetched, run.New, run.Failed, run.Skipped, run.Bytes)
	if run.Error != "" {
		fmt.Fprintf(out, "problems: %s\n", run.Error)
	}
	return nil
}

// findSource loads the sources (from paths, or the shipped real and demo
// ones) and returns the one named name.
func findSource(name string, paths []string) (config.Source, error) {
	var all []config.Source
	if len(paths) > 0 {
		srcs, err := config.LoadSources(paths...)
		if err != nil {
			return config.Source{}, err
		}
		all = srcs
	} else {
		for _, dir := range []string{"sources", "demo"} {
			srcs, err := config.LoadShippedSources(dir)
			if err != nil {
				return config.Source{}, err
			}
			all = append(all, srcs...)
		}
	}
	var names []string
	for _, s := range all {
		if s.Name == name {
			return s, nil
		}
		names = append(names, s.Name)
	}
	sort.Strings(names)
	return config.Source{}, usagef("sources test: no source named %q (known: %s)", name, strings.Join(names, ", "))
}

func printStep(w io.Writer, s crawler.Step) {
	status := "-"
	if s.Status != 0 {
		status = fmt.Sprint(s.Status)
	}
	fmt.Fprintf(w, "%-8s %s  %s  %s\n", s.Kind, s.URL, status, s.Note)
	for _, l := range s.Links {
		fmt.Fprintf(w, "         → %s\n", l)
	}
}

func printArticle(w io.Writer, rules *extractor.Rules, p *wire.Page) {
	fmt.Fprintf(w, "\n%s\n", p.URL)
	if p.FinalURL != "" && p.FinalURL != p.URL {
		fmt.Fprintf(w, "  fetched from: %s\n", p.FinalURL)
	}
	if p.Truncated {
		fmt.Fprintf(w, "  TRUNCATED at max_body_bytes (%d bytes kept)\n", len(p.Body))
	}
	doc, err := extractor.ParseHTML(p.Body, p.URL)
	if err != nil && !errors.Is(err, extractor.ErrNoText) {
		fmt.Fprintf(w, "  extract: %v\n", err)
		return
	}
	title, published := doc.Title, doc.Published
	if title == "" && p.FeedTitle != "" {
		title = p.FeedTitle + " (from the feed)"
	}
	if published == "" && p.FeedPublished != "" {
		published = p.FeedPublished + " (from the feed)"
	}
	if published == "" {
		published = "unknown"
	}
	fmt.Fprintf(w, "  title:     %s\n", title)
	fmt.Fprintf(w, "  published: %s\n", published)
	fmt.Fprintf(w, "  text:      %d characters\n", utf8.RuneCountInString(doc.Text))
	if err != nil {
		fmt.Fprintf(w, "  (%v: check the page's structure)\n", err)
		return
	}
	if doc.Published == "" && p.FeedPublished != "" {
		doc.Published = p.FeedPublished
	}
	events := rules.Events(doc)
	fmt.Fprintf(w, "  events:    %d\n", len(events))
	for _, ev := range events {
		var b strings.Builder
		fmt.Fprintf(&b, "    - %s", ev.Type)
		if ev.Series != "" {
			fmt.Fprintf(&b, " %q", ev.Series)
		}
		fmt.Fprintf(&b, " [%s]", strings.Join(ev.Partners, " "))
		if ev.Start != "" {
			b.WriteString(" " + ev.Start)
			if ev.End != "" && ev.End != ev.Start {
				b.WriteString("…" + ev.End)
			}
		}
		if ev.Edition > 0 {
			fmt.Fprintf(&b, " #%d", ev.Edition)
		}
		if ev.Location != "" {
			b.WriteString(" in " + ev.Location)
		}
		b.WriteString(" (" + ev.Status + ")")
		fmt.Fprintln(w, b.String())
		fmt.Fprintf(w, "      %q\n", ev.Evidence)
	}
}

// dryPublisher keeps a dry run's pages in memory: the crawler's other
// Publisher besides the NATS bus.
type dryPublisher struct {
	mu    sync.Mutex
	pages []*wire.Page
}

func (d *dryPublisher) PublishPage(_ context.Context, p *wire.Page) error {
	d.mu.Lock()
	d.pages = append(d.pages, p)
	d.mu.Unlock()
	return nil
}

func (d *dryPublisher) PublishRun(context.Context, *wire.CrawlRun) error { return nil }
