package sink_test

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dialoguewatch/dialoguewatch/sink"
	"github.com/dialoguewatch/dialoguewatch/wire"
)

// benchRecords makes n records numbered from first, each with about 1.5 KB
// of text and three events: two new ones and one more mention of an event
// from an earlier record (the "many mentions" path).
// Event e has type e mod 9, partner (e/9) mod 100, year (e/900) mod 40.
func benchRecords(rng *rand.Rand, first, n int) []*wire.Record {
	words := strings.Fields(`the european union and china held dialogue on cyber security digital trade
		partnership council summit ministerial meeting working group task force forum signing launch
		brussels beijing tokyo geneva delegation high representative commission cooperation resilience
		semiconductors data flows standards critical infrastructure ransomware norms responsible behaviour`)
	types := []string{"dialogue", "summit", "council", "ministerial meeting", "working group", "task force", "forum", "signing", "launch"}
	// 100 partners and 40 years: a (type, partners, year) bucket holds a
	// few events, as in real data, rather than growing with b.N.
	var partners []string
	for i := range 100 {
		partners = append(partners, string(rune('A'+i/10))+string(rune('A'+i%10)))
	}
	out := make([]*wire.Record, n)
	for i := range n {
		k := first + i
		var text strings.Builder
		for text.Len() < 1500 {
			text.WriteString(words[rng.IntN(len(words))])
			text.WriteByte(' ')
		}
		body := fmt.Sprintf("%d %s", k, text.String())
		r := &wire.Record{
			Source: "bench", RunID: "bench-run", URL: fmt.Sprintf("https://bench.test/news/%d", k),
			FetchedAt: t0.Add(time.Duration(k) * time.Second), ContentHash: wire.Hash([]byte(body)),
			Title: fmt.Sprintf("News %d", k), Published: "2024-05-01", Lang: "en", Text: body, Extractor: "rules/1",
		}
		for j := range 2 {
			e := 2*k + j // event number: unique type/partners/edition combination
			r.Events = append(r.Events, wire.Event{
				Type: types[e%len(types)], Series: "Series " + types[e%len(types)],
				Partners: []string{"EU", partners[(e/len(types))%len(partners)]},
				Start:    fmt.Sprintf("%d-%02d-%02d", 1990+(e/900)%40, 1+e%12, 1+e%28), Edition: 1 + e,
				Status: wire.StatusHeld, Evidence: fmt.Sprintf("Event %d took place.", e), Confidence: 0.9,
			})
		}
		if k > 0 { // another report of an event of an earlier record
			e := 2 * rng.IntN(k)
			r.Events = append(r.Events, wire.Event{
				Type: types[e%len(types)], Series: "Series " + types[e%len(types)],
				Partners: []string{partners[(e/len(types))%len(partners)], "EU"},
				Start:    fmt.Sprintf("%d", 1990+(e/900)%40), Edition: 1 + e,
				Status: wire.StatusPlanned, Evidence: fmt.Sprintf("Event %d will take place.", e), Confidence: 0.7,
			})
		}
		out[i] = r
	}
	return out
}

// BenchmarkApply stores 100 records (about 300 events) per op: in one
// transaction (the sink's way), one transaction per record (the baseline),
// the same batch again (a redelivery: nothing to write), and batches of
// records without text, to see the event path without the full-text index
// (which costs about half of a batch). events/s
// counts extracted events stored (each a mention row plus a new or updated
// event row), rows/s every row written.
func BenchmarkApply(b *testing.B) {
	const perOp = 100
	for _, mode := range []string{"batch", "tx-per-record", "redelivery", "batch-no-text"} {
		b.Run(mode, func(b *testing.B) {
			db, err := sink.Open(b.Context(), filepath.Join(b.TempDir(), sink.FileName), nil)
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			rng := rand.New(rand.NewPCG(1, 2))
			var records, events, rows int
			count := func(r sink.Result) {
				// Every row written: article, run_articles, event and its
				// two partners, updated event, mention.
				rows += 2*(r.ArticlesNew+r.ArticlesChanged) + 3*r.EventsNew + r.EventsUpdated + r.Mentions
			}
			var fixed []*wire.Record
			if mode == "redelivery" {
				fixed = benchRecords(rng, 0, perOp)
				if _, err := db.Apply(b.Context(), fixed, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ResetTimer()
			for i := range b.N {
				batch := fixed
				if batch == nil {
					b.StopTimer()
					batch = benchRecords(rng, i*perOp, perOp)
					if mode == "batch-no-text" {
						for _, r := range batch {
							r.Text = ""
						}
					}
					b.StartTimer()
				}
				for _, r := range batch {
					events += len(r.Events)
				}
				records += len(batch)
				if mode == "tx-per-record" {
					for _, r := range batch {
						res, err := db.Apply(b.Context(), []*wire.Record{r}, nil)
						if err != nil {
							b.Fatal(err)
						}
						count(res)
					}
					continue
				}
				res, err := db.Apply(b.Context(), batch, nil)
				if err != nil {
					b.Fatal(err)
				}
				count(res)
			}
			s := b.Elapsed().Seconds()
			b.ReportMetric(float64(records)/s, "records/s")
			b.ReportMetric(float64(events)/s, "events/s")
			b.ReportMetric(float64(rows)/s, "rows/s")
		})
	}
}
