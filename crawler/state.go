package crawler

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// URLState is what the crawler remembers about one article URL of a
// source between runs.
type URLState struct {
	URL          string    `json:"url"`                 // canonical URL requested
	Canonical    string    `json:"canonical,omitempty"` // the page's identity when it differs (<link rel=canonical>, redirect)
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	ContentHash  string    `json:"content_hash,omitempty"` // wire.Hash of the published body
	ContentType  string    `json:"content_type,omitempty"` // of the last response
	FirstSeen    time.Time `json:"first_seen"`             // first discovered
	LastSeen     time.Time `json:"last_seen"`              // last discovered on a listing, feed or sitemap
	LastFetched  time.Time `json:"last_fetched,omitzero"`  // last 200 or 304
	LastStatus   int       `json:"last_status,omitempty"`  // last HTTP status, 0 for a network error
	LastError    string    `json:"last_error,omitempty"`
	Failures     int       `json:"failures,omitempty"`  // consecutive failed runs
	NextTry      time.Time `json:"next_try,omitzero"`   // a failed URL is not fetched before
	Truncated    bool      `json:"truncated,omitempty"` // last body hit the size cap
}

// SourceState is what the crawler remembers about a source.
type SourceState struct {
	Name string `json:"name"`
	// Crawled is when the source's first complete crawl ended; until then
	// every run is a backfill.
	Crawled time.Time `json:"crawled,omitzero"`
	LastRun string    `json:"last_run,omitempty"`
}

// State is the crawl state store. The crawler reads and writes it from
// several goroutines; implementations are safe for concurrent use.
type State interface {
	// URL returns the state of url in source; ok is false when the URL
	// was never seen.
	URL(ctx context.Context, source, url string) (s URLState, ok bool, err error)
	PutURL(ctx context.Context, source string, s URLState) error
	Source(ctx context.Context, name string) (s SourceState, ok bool, err error)
	PutSource(ctx context.Context, s SourceState) error
	// Claim records that this process crawls source at now, unless a
	// claim less than window old exists: of several processes scheduled
	// on one source, one crawls it per interval.
	Claim(ctx context.Context, source string, now time.Time, window time.Duration) (bool, error)
}

// NewMemoryState returns a State held in memory, for dry runs and tests.
func NewMemoryState() State {
	return &memoryState{urls: map[string]URLState{}, sources: map[string]SourceState{}, claims: map[string]time.Time{}}
}

type memoryState struct {
	mu      sync.Mutex
	urls    map[string]URLState
	sources map[string]SourceState
	claims  map[string]time.Time
}

func (m *memoryState) Claim(_ context.Context, source string, now time.Time, window time.Duration) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if last, ok := m.claims[source]; ok && now.Sub(last) < window {
		return false, nil
	}
	m.claims[source] = now
	return true, nil
}

func (m *memoryState) URL(_ context.Context, source, url string) (URLState, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.urls[urlKey(source, url)]
	return s, ok, nil
}

func (m *memoryState) PutURL(_ context.Context, source string, s URLState) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.urls[urlKey(source, s.URL)] = s
	return nil
}

func (m *memoryState) Source(_ context.Context, name string) (SourceState, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.sources[name]
	return s, ok, nil
}

func (m *memoryState) PutSource(_ context.Context, s SourceState) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sources[s.Name] = s
	return nil
}

// NewKVState returns a State in a JetStream key-value bucket
// (wire.BucketCrawl), shared by every crawler process on the same NATS and
// kept across restarts. URLs are hashed into keys (raw URLs are not valid
// KV keys). Writes are last-writer-wins: two processes crawling the same
// source at once fetch a page twice at worst, which publish dedup and the
// sink's upserts absorb.
func NewKVState(kv jetstream.KeyValue) State { return &kvState{kv: kv} }

type kvState struct{ kv jetstream.KeyValue }

// urlKey is "url.<source>.<sha256 of the URL>": valid KV key characters only,
// and grouped by source so `nats kv ls` can be filtered.
func urlKey(source, url string) string {
	return "url." + wire.SubjectToken(source) + "." + wire.Hash([]byte(url))
}

func sourceKey(name string) string { return "source." + wire.SubjectToken(name) }

func claimKey(name string) string { return "claim." + wire.SubjectToken(name) }

// Claim is a compare-and-swap on claim.<source>: Create when there is no
// claim yet, Update at the revision read otherwise, so of two processes
// racing for the same expired claim exactly one wins.
func (k *kvState) Claim(ctx context.Context, source string, now time.Time, window time.Duration) (bool, error) {
	key := claimKey(source)
	val, err := json.Marshal(struct {
		At time.Time `json:"at"`
	}{now.UTC()})
	if err != nil {
		return false, err
	}
	e, err := k.kv.Get(ctx, key)
	switch {
	case errors.Is(err, jetstream.ErrKeyNotFound) || errors.Is(err, jetstream.ErrKeyDeleted):
		if _, err := k.kv.Create(ctx, key, val); err != nil {
			if errors.Is(err, jetstream.ErrKeyExists) {
				return false, nil
			}
			return false, fmt.Errorf("crawl state claim %s: %w", key, err)
		}
		return true, nil
	case err != nil:
		return false, fmt.Errorf("crawl state claim %s: %w", key, err)
	}
	var last struct {
		At time.Time `json:"at"`
	}
	if err := json.Unmarshal(e.Value(), &last); err == nil && now.Sub(last.At) < window {
		return false, nil
	}
	if _, err := k.kv.Update(ctx, key, val, e.Revision()); err != nil {
		if errors.Is(err, jetstream.ErrKeyExists) {
			return false, nil // another process updated it first
		}
		return false, fmt.Errorf("crawl state claim %s: %w", key, err)
	}
	return true, nil
}

func (k *kvState) get(ctx context.Context, key string, v any) (bool, error) {
	e, err := k.kv.Get(ctx, key)
	if errors.Is(err, jetstream.ErrKeyNotFound) || errors.Is(err, jetstream.ErrKeyDeleted) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("crawl state get %s: %w", key, err)
	}
	if err := json.Unmarshal(e.Value(), v); err != nil {
		return false, fmt.Errorf("crawl state %s: %w", key, err)
	}
	return true, nil
}

func (k *kvState) put(ctx context.Context, key string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if _, err := k.kv.Put(ctx, key, data); err != nil {
		return fmt.Errorf("crawl state put %s: %w", key, err)
	}
	return nil
}

func (k *kvState) URL(ctx context.Context, source, url string) (URLState, bool, error) {
	var s URLState
	ok, err := k.get(ctx, urlKey(source, url), &s)
	return s, ok, err
}

func (k *kvState) PutURL(ctx context.Context, source string, s URLState) error {
	return k.put(ctx, urlKey(source, s.URL), s)
}

func (k *kvState) Source(ctx context.Context, name string) (SourceState, bool, error) {
	var s SourceState
	ok, err := k.get(ctx, sourceKey(name), &s)
	return s, ok, err
}

func (k *kvState) PutSource(ctx context.Context, s SourceState) error {
	return k.put(ctx, sourceKey(s.Name), s)
}
