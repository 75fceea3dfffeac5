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

// gate spaces requests per host (host:port): at most parallel in flight,
// consecutive starts at least the host's delay apart, and no start before
// a time the host set with Retry-After. Colly's LimitRule has a fixed delay
// per rule; Crawl-delay and Retry-After need it per host and changing.
type gate struct {
	delay    time.Duration // source delay; robots Crawl-delay may raise it per host
	parallel int
	maxWait  time.Duration

	mu    sync.Mutex
	hosts map[string]*hostGate
}

type hostGate struct {
	slots chan struct{}
	delay time.Duration
	next  time.Time // earliest start of the next request
	last  time.Time // start of the last request
}

func newGate(delay time.Duration, parallel int, maxWait time.Duration) *gate {
	return &gate{delay: delay, parallel: max(parallel, 1), maxWait: maxWait, hosts: map[string]*hostGate{}}
}

func (g *gate) host(h string) *hostGate {
	g.mu.Lock()
	defer g.mu.Unlock()
	hg, ok := g.hosts[h]
	if !ok {
		hg = &hostGate{slots: make(chan struct{}, g.parallel), delay: g.delay}
		g.hosts[h] = hg
	}
	return hg
}

// setDelay raises the host's delay to d (a robots.txt Crawl-delay); the
// source's delay stays the minimum.
func (g *gate) setDelay(h string, d time.Duration) {
	hg := g.host(h)
	g.mu.Lock()
	hg.delay = max(g.delay, d)
	// The request that fetched robots.txt counts: the next one keeps the
	// new distance from it.
	if next := hg.last.Add(hg.delay); next.After(hg.next) {
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
		if wait <= 0 {
			hg.next = now.Add(hg.delay)
			hg.last = now
			g.mu.Unlock()
			return release, nil
		}
		g.mu.Unlock()
		if wait > g.maxWait && wait > hg.delay {
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
