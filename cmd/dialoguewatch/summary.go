package main

import (
	"context"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/dialoguewatch/dialoguewatch/sink"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

// summary prints what a --once run did, per source: pages fetched, new,
// changed, unchanged and failed by the crawler; articles and events the
// sink created or updated. Without a sink in this process it prints the
// crawler's counters only.
func (p *pipeline) summary(ctx context.Context, runs []wire.CrawlRun, dead int64, took time.Duration) error {
	w := tabwriter.NewWriter(p.e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "source\tdiscovered\tfetched\tnew\tchanged\tunchanged\tfailed\tskipped\tdownloaded\tevents new\tupdated\t")
	var tot sink.Run
	line := func(r sink.Run) {
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%d\t%d\t\n", r.Source, r.Discovered, r.Fetched, r.New, r.Changed,
			r.NotModified, r.Failed, r.Skipped, byteSize(r.Bytes), r.EventsNew, r.EventsUpdated)
	}
	add := func(r sink.Run) {
		line(r)
		tot.Discovered += r.Discovered
		tot.Bytes += r.Bytes
		tot.Fetched += r.Fetched
		tot.New += r.New
		tot.Changed += r.Changed
		tot.NotModified += r.NotModified
		tot.Failed += r.Failed
		tot.Skipped += r.Skipped
		tot.EventsNew += r.EventsNew
		tot.EventsUpdated += r.EventsUpdated
		tot.ArticlesNew += r.ArticlesNew
		tot.ArticlesChanged += r.ArticlesChanged
	}
	stored := map[string]sink.Run{}
	if p.db != nil && len(runs) > 0 {
		ids := make([]string, 0, len(runs))
		for _, r := range runs {
			if r.ID != "" {
				ids = append(ids, r.ID)
			}
		}
		rows, err := p.db.Runs(ctx, ids...)
		if err != nil {
			return err
		}
		for _, r := range rows {
			stored[r.ID] = r
		}
	}
	for _, r := range runs {
		row, ok := stored[r.ID]
		if !ok {
			row = sink.Run{CrawlRun: r}
		}
		if row.Source == "" {
			continue // the crawler failed before starting a run
		}
		add(row)
		if r.Error != "" {
			defer fmt.Fprintf(p.e.stdout, "  %s: %s\n", r.Source, r.Error)
		}
	}
	tot.Source = "total"
	if len(runs) > 1 {
		line(tot)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(p.e.stdout, "\ntook %s; dead letters %d; redelivered: %d to the extractor, %d to the sink\n",
		took.Round(10*time.Millisecond), dead, p.extractStats.Redelivered.Load(), p.sinkStats.Redelivered.Load())
	if p.db == nil {
		return nil
	}
	counts, err := p.db.Counts(ctx)
	if err != nil {
		return err
	}
	if tot.ArticlesNew+tot.ArticlesChanged+tot.EventsNew+tot.EventsUpdated == 0 {
		fmt.Fprintf(p.e.stdout, "Nothing new: the database is unchanged (%d articles, %d events, %d mentions).\n",
			counts.Articles, counts.Events, counts.Mentions)
		return nil
	}
	fmt.Fprintf(p.e.stdout, "Stored: %d new and %d changed articles, %d new and %d updated events; the database holds %d articles, %d events, %d mentions.\n",
		tot.ArticlesNew, tot.ArticlesChanged, tot.EventsNew, tot.EventsUpdated, counts.Articles, counts.Events, counts.Mentions)
	if p.mode.showEvents {
		return p.printEvents(ctx)
	}
	return nil
}

// printEvents prints every stored event as the `events` command's table.
func (p *pipeline) printEvents(ctx context.Context) error {
	evs, err := p.db.Events(ctx, sink.Filter{})
	if err != nil {
		return err
	}
	fmt.Fprintf(p.e.stdout, "\nEvents in %s (query them with `dialoguewatch events --data %s`):\n\n", p.flags.dbPath(), p.flags.data)
	return writeEventsTable(p.e.stdout, evs)
}

// byteSize writes n bytes in B, kB or MB (powers of 1000, one decimal).
func byteSize(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}
