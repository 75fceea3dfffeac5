package crawler

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// errHostWait is returned when a host asked for a longer pause than the
// source accepts (max_retry_wait): it is left alone for the rest of the run.
var errHostWait = errors.New("host asked to wait longer than max_retry_wait")

// Hosts is the per-host pacing state (host:port): requests in flight, the
// earliest next start, Crawl-delay and Retry-After. Crawlers of one process
// share one Hosts, so two sources on the same site are paced together.
type Hosts struct {
	mu    sync.Mutex
	hosts map[string]*hostGate
}

// NewHosts returns an empty pacing registry.
func NewHosts() *Hosts { return &Hosts{hosts: map[string]*hostGate{}} }

type hostGate struct {
	slots      chan struct{}
	crawlDelay time.Duration // from robots.txt
	next       time.Time     // earliest start of the next request
	last       time.Time     // start of the last request
}

// gate is one source's view of Hosts: at most parallel requests in flight
// per host, consecutive starts at least the larger of the source's delay
// and the host's Crawl-delay apart, and no start before a time the host set
// with Retry-After. Colly's LimitRule has a fixed delay per rule;
// Crawl-delay and Retry-After need it per host and changing.
type gate struct {
	*Hosts
	delay    time.Duration
	parallel int
	maxWait  time.Duration
}

func newGate(hosts *Hosts, delay time.Duration, parallel int, maxWait time.Duration) *gate {
	if hosts == nil {
		hosts = NewHosts()
	}
	return &gate{Hosts: hosts, delay: delay, parallel: max(parallel, 1), maxWait: maxWait}
}

// host returns the host's state; the first source to reach a host sets how
// many requests may be in flight there.
func (g *gate) host(h string) *hostGate {
	g.mu.Lock()
	defer g.mu.Unlock()
	hg, ok := g.hosts[h]
	if !ok {
		hg = &hostGate{slots: make(chan struct{}, g.parallel)}
		g.hosts[h] = hg
	}
	return hg
}

// hostDelay is the spacing for this source at hg; g.mu held.
func (g *gate) hostDelay(hg *hostGate) time.Duration { return max(g.delay, hg.crawlDelay) }

// setDelay records the host's robots.txt Crawl-delay; the source's delay
// stays the minimum.
func (g *gate) setDelay(h string, d time.Duration) {
	hg := g.host(h)
	g.mu.Lock()
	hg.crawlDelay = d
	// The request that fetched robots.txt counts: the next one keeps the
	// new distance from it.
	if next := hg.last.Add(g.hostDelay(hg)); next.After(hg.next) {
		hg.next = next
	}
	g.mu.Unlock()
}

// pause keeps requests to the host from starting before until.
func (g *gate) pause(h string, until time.Time) {
	hg := g.host(h)
	g.mu.Lock()
	if until.After(hg.next) {
		hg.next = until
	}
	g.mu.Unlock()
}

// acquire waits for a slot and the host's next start time; the returned
// func releases the slot.
func (g *gate) acquire(ctx context.Context, h string) (func(), error) {
	hg := g.host(h)
	select {
	case hg.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	var once sync.Once
	release := func() { once.Do(func() { <-hg.slots }) }
	for {
		g.mu.Lock()
		now := time.Now()
		wait := hg.next.Sub(now)
		delay := g.hostDelay(hg)
		if wait <= 0 {
			hg.next = now.Add(delay)
			hg.last = now
			g.mu.Unlock()
			return release, nil
		}
		g.mu.Unlock()
		if wait > g.maxWait && wait > delay {
			release()
			return nil, fmt.Errorf("%s: %w (%s)", h, errHostWait, wait.Round(time.Second))
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			release()
			return nil, ctx.Err()
		}
	}
}
