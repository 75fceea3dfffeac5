package main

import (
	"context"
	"fmt"
	"os"
	"strconv"

	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/eval"
	"github.com/dialoguewatch/dialoguewatch/extractor"
)

func cmdEval(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval", "--gold FILE --pages DIR [--min-f1 X] [-v] [--lexicon PATH]...")
	goldPath := fs.String("gold", "", "gold annotations, one JSON object per page (corpus format)")
	pages := fs.String("pages", "", "directory of the pages: NAME.txt (corpus format) or NAME.html")
	minF1 := fs.String("min-f1", "", "exit with status 1 when event F1 is below this (0..1)")
	verbose := fs.Bool("v", false, "list every missed and spurious event, and wrong fields")
	var lexicons listFlag
	fs.Var(&lexicons, "lexicon", "lexicon file or directory (repeatable); default: the shipped lexicon")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *goldPath == "" || *pages == "" {
		return usagef("eval: --gold and --pages are required")
	}
	if fs.NArg() > 0 {
		return usagef("eval: unexpected arguments %q", fs.Args())
	}
	threshold := -1.0
	if *minF1 != "" {
		v, err := strconv.ParseFloat(*minF1, 64)
		if err != nil || v < 0 || v > 1 {
			return usagef("eval: --min-f1: want a number in [0,1], got %q", *minF1)
		}
		threshold = v
	}
	if st, err := os.Stat(*pages); err != nil || !st.IsDir() {
		return usagef("eval: --pages %s: not a directory", *pages)
	}
	f, err := os.Open(*goldPath)
	if err != nil {
		return usagef("eval: --gold: %v", err)
	}
	gold, err := eval.ReadGold(f, *goldPath)
	f.Close()
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	lex, err := config.LoadLexicon(lexicons...)
	if err != nil {
		return err
	}
	rules, err := extractor.NewRules(lex)
	if err != nil {
		return err
	}
	pred := map[string][]eval.Event{}
	for _, p := range gold {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		doc, err := eval.LoadPage(*pages, p)
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		pred[p.Name] = eval.FromWire(rules.Events(doc))
	}
	rep := eval.Score(gold, pred)
	if *verbose {
		rep.WriteDetails(e.stdout)
	}
	fmt.Fprintf(e.stdout, "eval %s (%s, extractor %s)\n", *goldPath, *pages, extractor.Version)
	rep.WriteTable(e.stdout)
	if threshold >= 0 && rep.F1() < threshold {
		return fmt.Errorf("eval: event F1 %.3f is below --min-f1 %.3f", rep.F1(), threshold)
	}
	return nil
}
