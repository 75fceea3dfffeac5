package crawler

import (
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"sort"
	"sync"
	"time"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// job is one article to fetch in this run.
type job struct {
	cand      *candidate
	url       *url.URL
	st        URLState
	known     bool // in the state store from an earlier run
	attempt   int
	notBefore time.Time
}

// pageHeaders are the response headers that matter downstream.
var pageHeaders = []string{"Content-Type", "Content-Language", "ETag", "Last-Modified", "Date"}

// fetchArticles selects the candidates that are new or due, fetches them
// (retrying transient failures after backoff, in later passes so other
// articles go on meanwhile) and publishes the new and changed ones.
func (r *run) fetchArticles() {
	jobs := r.plan()
	for len(jobs) > 0 && r.ctx.Err() == nil {
		jobs = r.pass(jobs)
	}
}

// plan decides which candidates to fetch: new URLs first (in discovery
// order: the newest listing entries come first), then the ones due for a
// revisit, at most max_articles.
func (r *run) plan() []*job {
	src := r.c.src
	now := r.c.opts.Now()
	var fresh, due []*job
	for _, c := range r.order {
		if r.ctx.Err() != nil {
			return nil
		}
		st, known, err := r.c.opts.State.URL(r.ctx, src.Name, c.url)
		if err != nil {
			r.cancel(err)
			return nil
		}
		if !known {
			st = URLState{URL: c.url, FirstSeen: now}
		}
		if known && now.Sub(st.LastSeen) > time.Hour {
			st.LastSeen = now
			if err := r.c.opts.State.PutURL(r.ctx, src.Name, st); err != nil {
				r.cancel(err)
				return nil
			}
		}
		st.LastSeen = now
		if known {
			if ok, why := r.isDue(st, c, now); !ok {
				r.skip(c.url, why)
				continue
			}
		}
		u, _ := url.Parse(c.url)
		if ok, why := r.allowed(u); !ok {
			r.skip(c.url, why)
			continue
		}
		j := &job{cand: c, url: u, st: st, known: known}
		if !known || st.ContentHash == "" {
			fresh = append(fresh, j)
		} else {
			due = append(due, j)
		}
	}
	jobs := append(fresh, due...)
	if len(jobs) > src.MaxArticles {
		for _, j := range jobs[src.MaxArticles:] {
			r.skip(j.cand.url, fmt.Sprintf("over max_articles (%d) this run", src.MaxArticles))
		}
		r.mu.Lock()
		r.capped = len(jobs) - src.MaxArticles
		r.mu.Unlock()
		jobs = jobs[:src.MaxArticles]
	}
	return jobs
}

// isDue reports whether a known article should be fetched again now.
func (r *run) isDue(st URLState, c *candidate, now time.Time) (bool, string) {
	switch {
	case !st.NextTry.IsZero() && now.Before(st.NextTry):
		return false, fmt.Sprintf("failed with status %d; next try after %s", st.LastStatus, st.NextTry.UTC().Format(time.RFC3339))
	case st.LastFetched.IsZero():
		return true, "" // failed before: try again
	case c.modified.After(st.LastFetched):
		return true, "" // the feed or sitemap says it changed
	case now.Sub(st.LastFetched) >= r.c.src.Revisit:
		return true, ""
	}
	return false, fmt.Sprintf("not due (fetched %s, revisit %s)", st.LastFetched.UTC().Format(time.RFC3339), r.c.src.Revisit)
}

// pass fetches jobs with one worker per allowed request slot and returns
// the ones to retry.
func (r *run) pass(jobs []*job) []*job {
	hosts := map[string]bool{}
	for _, j := range jobs {
		hosts[j.url.Host] = true
	}
	workers := min(len(jobs), r.c.src.Parallelism*len(hosts), 32)
	ch := make(chan *job)
	var (
		mu    sync.Mutex
		retry []*job
		wg    sync.WaitGroup
	)
	for range workers {
		wg.Go(func() {
			for j := range ch {
				if !sleep(r.ctx, time.Until(j.notBefore)) {
					continue
				}
				if r.article(j) {
					mu.Lock()
					retry = append(retry, j)
					mu.Unlock()
				}
			}
		})
	}
	for _, j := range jobs {
		select {
		case ch <- j:
		case <-r.ctx.Done():
		}
	}
	close(ch)
	wg.Wait()
	sort.SliceStable(retry, func(a, b int) bool { return retry[a].notBefore.Before(retry[b].notBefore) })
	return retry
}

// article fetches one article and records the outcome; it returns true
// when the job should be retried in a later pass.
func (r *run) article(j *job) bool {
	src := r.c.src
	hdr := accept(acceptHTML)
	// Conditional only when we hold what the server would say is unchanged.
	conditional := j.known && j.st.ContentHash != ""
	if conditional {
		if j.st.ETag != "" {
			hdr.Set("If-None-Match", j.st.ETag)
		}
		if j.st.LastModified != "" {
			hdr.Set("If-Modified-Since", j.st.LastModified)
		}
	}
	res, err := r.get(r.articleCol, j.cand.url, hdr, true)
	if again, wait := r.retryable(res, err, j.attempt); again && j.attempt < src.Retries {
		j.attempt++
		j.notBefore = time.Now().Add(wait)
		r.c.log.Debug("will retry", "url", j.cand.url, "status", res.status, "err", err, "attempt", j.attempt, "wait", wait)
		return true
	}
	if r.ctx.Err() != nil {
		return false
	}
	now := r.c.opts.Now()
	st := j.st
	st.LastStatus = res.status
	st.LastError = ""
	switch {
	case err != nil:
		r.failed(j, &st, now, err.Error())
	case res.nonHTML:
		ct, _, _ := mime.ParseMediaType(res.header.Get("Content-Type"))
		st.ContentType, st.LastFetched, st.Failures, st.NextTry = ct, now, 0, time.Time{}
		r.c.log.Info("not HTML, skipped", "url", j.cand.url, "content_type", ct)
		r.skip(j.cand.url, "not HTML: "+ct)
	case res.status == http.StatusNotModified && conditional:
		st.LastFetched, st.Failures, st.NextTry = now, 0, time.Time{}
		r.count(func(c *wire.CrawlRun) { c.NotModified++ })
		r.c.trace(Step{Kind: StepArticle, URL: j.cand.url, Status: res.status, Note: "not modified"})
	case res.status == http.StatusOK:
		if !r.page(j, res, &st, now) {
			return false
		}
	default:
		r.failed(j, &st, now, fmt.Sprintf("status %d", res.status))
	}
	if err := r.c.opts.State.PutURL(r.ctx, src.Name, st); err != nil {
		r.cancel(err)
	}
	return false
}

// failed records an article that could not be fetched this run. 404 and
// 410 wait for the revisit interval; other failures are tried again next
// run.
func (r *run) failed(j *job, st *URLState, now time.Time, msg string) {
	st.LastError = msg
	st.Failures++
	st.NextTry = time.Time{}
	if st.LastStatus == http.StatusNotFound || st.LastStatus == http.StatusGone {
		st.NextTry = now.Add(r.c.src.Revisit)
	}
	r.count(func(c *wire.CrawlRun) { c.Failed++ })
	r.c.log.Warn("article failed", "url", j.cand.url, "status", st.LastStatus, "err", msg, "attempts", j.attempt+1)
	r.c.trace(Step{Kind: StepArticle, URL: j.cand.url, Status: st.LastStatus, Note: "failed: " + msg})
}

// page handles a 200 article: unchanged (same hash) or published as new
// or changed. It returns false when the state must not be written (the
// publish failed and the run is over).
func (r *run) page(j *job, res *result, st *URLState, now time.Time) bool {
	src := r.c.src
	r.count(func(c *wire.CrawlRun) { c.Fetched++ })
	hash := wire.Hash(res.body)
	id := r.identity(j, res)
	if id != j.cand.url {
		st.Canonical = id
	} else {
		st.Canonical = ""
	}
	st.ETag = res.header.Get("ETag")
	st.LastModified = res.header.Get("Last-Modified")
	st.ContentType, _, _ = mime.ParseMediaType(res.header.Get("Content-Type"))
	st.LastFetched, st.Failures, st.NextTry = now, 0, time.Time{}
	st.Truncated = res.truncated
	if res.truncated {
		r.c.log.Warn("page truncated at max_body_bytes", "url", j.cand.url, "max_body_bytes", src.MaxBodyBytes)
	}
	changed := st.ContentHash != hash
	if !changed {
		r.count(func(c *wire.CrawlRun) { c.NotModified++ })
		r.c.trace(Step{Kind: StepArticle, URL: j.cand.url, Status: res.status, Note: "unchanged (same content hash)"})
		return true
	}
	r.mu.Lock()
	dup := r.published[id]
	r.published[id] = true
	r.mu.Unlock()
	if dup {
		st.ContentHash = hash
		r.skip(j.cand.url, "same page as "+id+" (canonical) already published this run")
		return true
	}
	p := &wire.Page{
		Source:        src.Name,
		RunID:         r.report.ID,
		URL:           id,
		FinalURL:      res.final,
		Status:        res.status,
		FetchedAt:     now.UTC(),
		Header:        map[string]string{},
		Body:          res.body,
		ContentHash:   hash,
		Truncated:     res.truncated,
		Backfill:      r.report.Backfill,
		FeedTitle:     j.cand.title,
		FeedPublished: j.cand.published,
	}
	for _, h := range pageHeaders {
		if v := res.header.Get(h); v != "" {
			p.Header[h] = v
		}
	}
	if err := r.c.opts.Publisher.PublishPage(r.ctx, p); err != nil {
		r.cancel(fmt.Errorf("publish page %s: %w", id, err))
		return false
	}
	isNew := st.ContentHash == ""
	st.ContentHash = hash
	r.count(func(c *wire.CrawlRun) {
		c.Published++
		if isNew {
			c.New++
		} else {
			c.Changed++
		}
	})
	note := "changed, published"
	if isNew {
		note = "new, published"
	}
	if res.truncated {
		note += " (truncated)"
	}
	r.c.trace(Step{Kind: StepArticle, URL: j.cand.url, Status: res.status, Note: note})
	return true
}

// identity is the page's URL downstream: its <link rel=canonical> when
// that is in the allowed domains and looks like an article (matches
// article_pattern, is not the site root: CMSs that point every page's
// canonical at the home page are common), else the canonical form of the
// URL it was finally fetched from.
func (r *run) identity(j *job, res *result) string {
	for i, raw := range []string{res.canonical, res.final} {
		if raw == "" {
			continue
		}
		u, err := r.c.canon.Canonical(nil, raw)
		if err != nil || len(u) > r.c.src.MaxURLLength {
			continue
		}
		pu, err := url.Parse(u)
		if err != nil || !r.c.inDomains(pu.Hostname()) {
			continue
		}
		if i == 0 && (pu.Path == "/" || r.c.pattern != nil && !r.c.pattern.MatchString(u)) {
			continue
		}
		return u
	}
	return j.cand.url
}
