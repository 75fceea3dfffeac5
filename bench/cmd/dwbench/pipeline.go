package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"time"

	// The sqlite3 driver, to read the pipeline's database while it runs.
	_ "github.com/mattn/go-sqlite3"

	"github.com/dialoguewatch/dialoguewatch/bench/synthsite"
)

// dbFile is the pipeline's database inside its data directory (sink.FileName).
const dbFile = "dialoguewatch.db"

// storedFormat is how the sink writes times: fixed width, so they compare
// as text.
const storedFormat = "2006-01-02T15:04:05.000Z"

// writeSources writes the sources file for the site at base: listings
// with pagination, the feed and the sitemap, politeness off (it is our own
// loopback server), every article allowed in one run, and revisit 0 so that
// a second run re-fetches every article conditionally.
func writeSources(path, base string, site *synthsite.Site, parallelism int) error {
	pat := "^" + regexp.QuoteMeta(base) + `/news/[a-z0-9-]+$`
	y := fmt.Sprintf(`# Written by dwbench for the synthetic site at %[1]s.
sources:
  - name: synth
    start_urls: [%[1]s/news]
    feeds: [%[1]s/feed.xml]
    sitemaps: [%[1]s/sitemap.xml]
    article_selector: ".view-press-material .view-content .card-title a"
    article_pattern: '%[2]s'
    next_selector: "nav.pager a[rel=next]"
    max_pages: %[3]d
    max_depth: %[4]d
    max_articles: %[5]d
    allow_private_addresses: true
    obey_robots: true
    delay: 0s
    parallelism: %[6]d
    revisit: 0s
    retries: 1
    retry_backoff: 100ms
`, base, pat, site.ListingPages(), site.ListingPages()+5, site.Articles(), parallelism)
	return os.WriteFile(path, []byte(y), 0o644)
}

// pipelineRun is one `dialoguewatch run --once`.
type pipelineRun struct {
	elapsed time.Duration
	usage   usage
	lat     []time.Duration // fetch to row, per new article
	run     crawlRunRow
	log     string // stderr file
}

// crawlRunRow is the crawler's report of the run, as the sink stored it.
type crawlRunRow struct {
	Discovered, Fetched, NotModified, New, Changed, Failed, Skipped, Published int
	Error                                                                      string
	Started, Finished                                                          time.Time
}

// runPipeline runs the binary once on dataDir and returns what it cost.
// tag names the log files. profile, when set, is a path prefix for the
// pipeline's CPU and heap profiles.
func runPipeline(ctx context.Context, bin, dataDir, sources, tag, profile string) (*pipelineRun, error) {
	logPath := filepath.Join(filepath.Dir(dataDir), tag+".log")
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	defer logf.Close()
	var args []string
	if profile != "" {
		args = append(args, "--cpuprofile", profile+".cpu.pprof", "--memprofile", profile+".heap.pprof")
	}
	args = append(args, "--log-level", "warn", "run", "--once", "--data", dataDir, "--config", sources)
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdout = logf
	cmd.Stderr = logf
	start := time.Now()
	err = cmd.Run()
	elapsed := time.Since(start)
	if err != nil {
		tail, _ := os.ReadFile(logPath)
		return nil, fmt.Errorf("%s %s: %w\n%s", bin, strings.Join(args, " "), err, lastLines(string(tail), 20))
	}
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	lat, err := latencies(ctx, filepath.Join(dataDir, dbFile), start)
	if err != nil {
		return nil, err
	}
	pr := &pipelineRun{elapsed: elapsed, lat: lat, log: logPath}
	if ru != nil {
		pr.usage = rusageOf(ru)
	}
	if pr.run, err = lastCrawlRun(ctx, filepath.Join(dataDir, dbFile)); err != nil {
		return nil, err
	}
	return pr, nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// latencies are, for the articles this run stored, the time from the
// crawler's fetch to the sink's commit (articles.fetched and .stored, one
// clock).
func latencies(ctx context.Context, path string, since time.Time) ([]time.Duration, error) {
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&_query_only=1&_busy_timeout=5000")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, "SELECT fetched, stored FROM articles WHERE stored >= ?", since.UTC().Format(storedFormat))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer rows.Close()
	var lat []time.Duration
	for rows.Next() {
		var fetched, stored sql.NullString
		if err := rows.Scan(&fetched, &stored); err != nil {
			return nil, err
		}
		f, err1 := time.Parse(time.RFC3339Nano, fetched.String)
		st, err2 := time.Parse(time.RFC3339Nano, stored.String)
		if err1 == nil && err2 == nil {
			lat = append(lat, st.Sub(f))
		}
	}
	return lat, rows.Err()
}

func lastCrawlRun(ctx context.Context, path string) (crawlRunRow, error) {
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&_query_only=1&_busy_timeout=5000")
	if err != nil {
		return crawlRunRow{}, err
	}
	defer db.Close()
	var r crawlRunRow
	var started, finished sql.NullString
	err = db.QueryRowContext(ctx, `SELECT discovered, fetched, not_modified, new, changed, failed, skipped, published, error, started, finished
		FROM crawl_runs ORDER BY started DESC LIMIT 1`).Scan(
		&r.Discovered, &r.Fetched, &r.NotModified, &r.New, &r.Changed, &r.Failed, &r.Skipped, &r.Published, &r.Error, &started, &finished)
	if err != nil {
		return r, fmt.Errorf("read crawl run from %s: %w", path, err)
	}
	r.Started, _ = time.Parse(time.RFC3339Nano, started.String)
	r.Finished, _ = time.Parse(time.RFC3339Nano, finished.String)
	return r, nil
}

// dbCounts are the rows the pipeline stored.
type dbCounts struct {
	Articles int `json:"articles"`
	Events   int `json:"events"`
	Mentions int `json:"mentions"`
}

func countRows(ctx context.Context, path string) (dbCounts, error) {
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&_query_only=1&_busy_timeout=5000")
	if err != nil {
		return dbCounts{}, err
	}
	defer db.Close()
	var c dbCounts
	for _, q := range []struct {
		table string
		n     *int
	}{{"articles", &c.Articles}, {"events", &c.Events}, {"mentions", &c.Mentions}} {
		if err := db.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+q.table).Scan(q.n); err != nil {
			return c, fmt.Errorf("count %s in %s: %w", q.table, path, err)
		}
	}
	return c, nil
}

// dirSize is the total size of the regular files under dir.
func dirSize(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// dbSize is the database with its WAL.
func dbSize(dataDir string) int64 {
	var n int64
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if info, err := os.Stat(filepath.Join(dataDir, dbFile+suffix)); err == nil {
			n += info.Size()
		}
	}
	return n
}

// supportsProfiles reports whether the binary takes --cpuprofile and
// --memprofile.
func supportsProfiles(bin string) bool {
	out, _ := exec.Command(bin, "-h").CombinedOutput()
	return strings.Contains(string(out), "cpuprofile") && strings.Contains(string(out), "memprofile")
}

// percentile of sorted durations, p in [0, 1].
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p*float64(len(sorted)-1) + 0.5)
	return sorted[i]
}

func sortedCopy(d []time.Duration) []time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s
}

var errNoBinary = errors.New("no dialoguewatch binary (run make build)")
