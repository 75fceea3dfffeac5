package main

import (
	"context"
	"fmt"
)

func cmdSources(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return usagef("sources: want `sources check [FILE|DIR...]` or `sources test NAME [flags]`")
	}
	switch args[0] {
	case "check":
		return sourcesCheck(e, args[1:])
	case "test":
		return sourcesTest(ctx, e, args[1:])
	}
	return usagef("sources: unknown subcommand %q (want check or test)", args[0])
}

// sourcesCheck validates sources files (default: the shipped ones) and
// lists what they define. The first error names file, source and field.
func sourcesCheck(e *env, args []string) error {
	fs := newFlags(e, "sources check", "[FILE|DIR...]")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	srcs, err := loadSourcesArgs(fs.Args())
	if err != nil {
		return err
	}
	for _, s := range srcs {
		discovery := fmt.Sprintf("%d listing(s), %d feed(s), %d sitemap(s)", len(s.StartURLs), len(s.Feeds), len(s.Sitemaps))
		fmt.Fprintf(e.stdout, "ok  %-28s %s; every %s, delay %s\n", s.Name, discovery, s.Interval, s.Delay)
	}
	fmt.Fprintf(e.stdout, "%d source(s) valid\n", len(srcs))
	return nil
}
