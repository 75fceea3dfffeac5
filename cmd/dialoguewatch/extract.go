package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/extractor"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

// extractedEvent is one line of `dialoguewatch extract`: the event and
// where it was found.
type extractedEvent struct {
	wire.Event
	URL  string `json:"url,omitempty"`
	File string `json:"file"`
}

func cmdExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "[--published YYYY-MM-DD] [--url URL] [--lexicon PATH]... FILE...  (- for stdin)")
	published := fs.String("published", "", "publication date YYYY-MM-DD (overrides the page's)")
	pageURL := fs.String("url", "", "URL of the page (for HTML base and the output)")
	var lexicons listFlag
	fs.Var(&lexicons, "lexicon", "lexicon file or directory (repeatable); default: the shipped lexicon")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("extract: at least one FILE (or - for stdin) is required")
	}
	if *published != "" {
		if _, err := time.Parse(time.DateOnly, *published); err != nil {
			return usagef("extract: --published: want YYYY-MM-DD, got %q", *published)
		}
	}
	lex, err := config.LoadLexicon(lexicons...)
	if err != nil {
		return err
	}
	rules, err := extractor.NewRules(lex)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	failed := 0
	for _, name := range fs.Args() {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		body, err := readInput(e, name)
		if err != nil {
			fmt.Fprintf(e.stderr, "extract: %v\n", err)
			failed++
			continue
		}
		doc, err := documentOf(body, *pageURL)
		if err != nil {
			fmt.Fprintf(e.stderr, "extract: %s: %v\n", name, err)
			if errors.Is(err, extractor.ErrNoText) {
				continue // a page without text has no events; not a failure
			}
			failed++
			continue
		}
		if *published != "" {
			doc.Published = *published
		}
		evs := rules.Events(doc)
		e.log.Debug("extracted", "file", name, "published", doc.Published, "events", len(evs))
		for _, ev := range evs {
			if err := enc.Encode(extractedEvent{Event: ev, URL: doc.URL, File: name}); err != nil {
				return fmt.Errorf("extract: write: %w", err)
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("extract: %d of %d inputs failed", failed, fs.NArg())
	}
	return nil
}

func readInput(e *env, name string) ([]byte, error) {
	if name == "-" {
		b, err := io.ReadAll(e.stdin)
		if err != nil {
			return nil, fmt.Errorf("read stdin: %w", err)
		}
		return b, nil
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return b, nil
}

// documentOf detects HTML or text (the corpus header is understood).
func documentOf(body []byte, pageURL string) (extractor.Document, error) {
	if extractor.IsHTML(body) {
		return extractor.ParseHTML(body, pageURL)
	}
	return extractor.ParseText(body, pageURL), nil
}
