package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dialoguewatch/dialoguewatch/replica"
	"github.com/dialoguewatch/dialoguewatch/sink"
)

// builtBinary is built once per test process, for the tests that run the
// real binary as a subprocess.
var builtBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "dialoguewatch-test-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "dialoguewatch")
	cmd := exec.Command("go", "build", "-tags", "sqlite_fts5", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("build: %v\n%s", err, out)
	}
	return bin, nil
})

// buildBinary builds dialoguewatch with the tags make uses.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin, err := builtBinary()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// slowReplica serves the replica with a delay on every article, so that a
// crawl lasts long enough to be killed in the middle.
func slowReplica(delay time.Duration) *httptest.Server {
	articles := map[string]bool{}
	for _, a := range replica.Articles() {
		articles[a] = true
	}
	h := replica.Handler()
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if articles[r.URL.Path] {
			time.Sleep(delay)
		}
		h.ServeHTTP(w, r)
	}))
}

// snapshot is what must be identical between a crashed-and-restarted run
// and an uninterrupted one.
type snapshot struct {
	articles []string // url, hash, title, published
	events   []string // every field but ids and times
	mentions int
	counts   sink.Counts
}

func takeSnapshot(t *testing.T, dir, base string) snapshot {
	t.Helper()
	ctx := context.Background()
	db := openDB(t, dir)
	var s snapshot
	var err error
	if s.counts, err = db.Counts(ctx); err != nil {
		t.Fatal(err)
	}
	for _, path := range replica.Articles() {
		a, err := db.Article(ctx, base+path)
		if err != nil {
			t.Errorf("%s: %v", dir, err)
			continue
		}
		s.articles = append(s.articles, strings.Join([]string{path, a.ContentHash, a.Title, a.Published, a.Extractor}, " | "))
	}
	evs, err := db.Events(ctx, sink.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		var urls []string
		for _, m := range e.Mentions {
			urls = append(urls, strings.TrimPrefix(m.URL, base)+" "+m.Evidence)
		}
		slices.Sort(urls)
		s.events = append(s.events, fmt.Sprintf("%s | %s | %v | %s | %s | %d | %s | %s | %v", e.Type, e.Series, e.Partners, e.Start, e.End, e.Edition, e.Location, e.Status, urls))
		s.mentions += len(e.Mentions)
	}
	slices.Sort(s.events)
	return s
}

func articleCount(dir string) int {
	db, err := openDBQuiet(dir)
	if err != nil {
		return 0
	}
	defer db.Close()
	c, err := db.Counts(context.Background())
	if err != nil {
		return 0
	}
	return c.Articles
}

// killMidway starts the binary and SIGKILLs it as soon as the database in
// dir holds at least n articles; it returns how many it held.
func killMidway(t *testing.T, bin string, args []string, dir string, n int) int {
	t.Helper()
	cmd := exec.Command(bin, args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute)
	stored := 0
	for time.Now().Before(deadline) {
		if stored = articleCount(dir); stored >= n {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	return stored
}

var redeliveredLine = regexp.MustCompile(`redelivered: (\d+) to the extractor, (\d+) to the sink`)

// totalLine captures discovered, fetched and new of the summary's total.
var totalLine = regexp.MustCompile(`(?m)^\s*total\s+(\d+)\s+(\d+)\s+(\d+)`)

// TestCrashAndRestart kills the real binary in the middle of `run --once`
// (SIGKILL: no cleanup of any kind), runs it again to completion, and
// compares the database with that of an uninterrupted run.
func TestCrashAndRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary several times")
	}
	bin := buildBinary(t)
	srv := slowReplica(60 * time.Millisecond)
	defer srv.Close()
	cfg := replicaConfig(t, srv.URL)
	total := len(replica.Articles())
	args := func(dir string) []string {
		return []string{"--log-level", "warn", "run", "--once", "--data", dir, "--config", cfg, "--ack-wait", "1s"}
	}
	runToEnd := func(dir string) string {
		t.Helper()
		var out, errb bytes.Buffer
		cmd := exec.Command(bin, args(dir)...)
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s: %v\n%s\n%s", dir, err, out.String(), errb.String())
		}
		return out.String()
	}

	clean := t.TempDir()
	runToEnd(clean)
	want := takeSnapshot(t, clean, srv.URL)
	if want.counts.Articles != total || want.counts.Events == 0 {
		t.Fatalf("uninterrupted run stored %+v, want %d articles and some events", want.counts, total)
	}

	// Each attempt kills a run in a fresh directory once some rows are
	// committed, and restarts it. Whether messages were in flight at that
	// instant is up to timing; an attempt that caught none is repeated, so
	// the comparison below is always with a recovery that had work to do.
	var got snapshot
	for attempt := 1; ; attempt++ {
		crashed := t.TempDir()
		atKill := killMidway(t, bin, args(crashed), crashed, 3)
		if atKill == 0 || atKill >= total {
			t.Fatalf("kill came at %d of %d articles stored; want it in the middle", atKill, total)
		}
		out := runToEnd(crashed)
		got = takeSnapshot(t, crashed, srv.URL)

		// The kill interrupted work: the restarted run stored what the
		// killed one had fetched but not stored (pages waiting in the
		// stream), and/or received messages again that the killed one
		// held unacknowledged.
		m := redeliveredLine.FindStringSubmatch(out)
		tm := totalLine.FindStringSubmatch(out)
		if m == nil || tm == nil {
			t.Fatalf("restarted run printed no summary:\n%s", out)
		}
		extractRe, _ := strconv.Atoi(m[1])
		sinkRe, _ := strconv.Atoi(m[2])
		newAfter, _ := strconv.Atoi(tm[3])
		fromStream := total - atKill - newAfter
		t.Logf("attempt %d: killed with %d/%d articles stored; restart fetched %d new pages, took %d over from the stream, redelivered %d to the extractor and %d to the sink",
			attempt, atKill, total, newAfter, fromStream, extractRe, sinkRe)
		if fromStream > 0 || extractRe+sinkRe > 0 {
			break
		}
		if attempt == 3 {
			t.Fatalf("in %d attempts the kill never caught messages in flight:\n%s", attempt, out)
		}
	}

	if !slices.Equal(got.articles, want.articles) {
		t.Errorf("articles differ from an uninterrupted run:\ngot  %q\nwant %q", got.articles, want.articles)
	}
	if !slices.Equal(got.events, want.events) {
		t.Errorf("events differ from an uninterrupted run:\ngot\n%s\nwant\n%s", strings.Join(got.events, "\n"), strings.Join(want.events, "\n"))
	}
	if got.counts.Articles != want.counts.Articles || got.counts.Events != want.counts.Events ||
		got.counts.Mentions != want.counts.Mentions || got.counts.Partners != want.counts.Partners || got.mentions != want.mentions {
		t.Errorf("row counts differ (duplicates?): got %+v, want %+v", got.counts, want.counts)
	}
}

func openDBQuiet(dir string) (*sink.DB, error) {
	return sink.OpenReadOnly(context.Background(), filepath.Join(dir, sink.FileName))
}
