package crawler

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsTTL is how long a fetched robots.txt is used (RFC 9309 §2.4: at
// most 24 hours).
const robotsTTL = 24 * time.Hour

// robotsRule is what a host's robots.txt says for this crawler.
type robotsRule struct {
	group   *robotstxt.Group // nil: allow all
	all     bool             // disallow everything (robots.txt unreachable or 5xx)
	status  int              // robots.txt status, 0 when unreachable
	err     error            // why it was unreachable
	fetched time.Time
}

// allowed reports whether path?query may be fetched.
func (r *robotsRule) allowed(u *url.URL) bool {
	if r.all {
		return false
	}
	if r.group == nil {
		return true
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return r.group.Test(p)
}

func (r *robotsRule) crawlDelay() time.Duration {
	if r.group == nil {
		return 0
	}
	return r.group.CrawlDelay
}

// describe says in words what the rule is, for logs and dry runs.
func (r *robotsRule) describe() string {
	switch {
	case r.err != nil:
		return fmt.Sprintf("unreachable (%v): disallow all this run", r.err)
	case r.all:
		return fmt.Sprintf("status %d: disallow all this run", r.status)
	case r.status >= 400:
		return fmt.Sprintf("status %d: allow all", r.status)
	case r.crawlDelay() > 0:
		return fmt.Sprintf("status %d, crawl-delay %s", r.status, r.crawlDelay())
	}
	return fmt.Sprintf("status %d", r.status)
}

// robotsCache keeps each host's robots.txt for robotsTTL across runs.
// Unreachable and 5xx answers are kept for the current run only, so the
// next run asks again.
type robotsCache struct {
	agent string // product token matched against User-agent lines
	mu    sync.Mutex
	byKey map[string]*robotsRule // scheme://host:port
}

func newRobotsCache(userAgent string) *robotsCache {
	agent := strings.ToLower(userAgent)
	if i := strings.IndexAny(agent, "/ "); i > 0 {
		agent = agent[:i]
	}
	return &robotsCache{agent: agent, byKey: map[string]*robotsRule{}}
}

func robotsKey(u *url.URL) string { return strings.ToLower(u.Scheme + "://" + u.Host) }

// get returns the cached rule for u's origin if it is fresh.
func (c *robotsCache) get(u *url.URL, now time.Time) (*robotsRule, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.byKey[robotsKey(u)]
	if !ok || now.Sub(r.fetched) > robotsTTL {
		return nil, false
	}
	return r, true
}

// parse makes a rule from a robots.txt response (RFC 9309 §2.3.1: 4xx
// means allow all, 5xx and unreachable mean disallow all).
func (c *robotsCache) parse(status int, body []byte, err error, now time.Time) *robotsRule {
	r := &robotsRule{status: status, err: err, fetched: now}
	switch {
	case err != nil:
		r.all = true
	case status >= 200 && status < 300:
		data, perr := robotstxt.FromBytes(body)
		if perr != nil {
			// Unparseable lines are skipped by the parser; a hard error
			// leaves nothing to obey, which RFC 9309 treats as allow.
			return r
		}
		r.group = data.FindGroup(c.agent)
	case status >= 400 && status < 500 && status != 429:
		// allow all
	default:
		// 5xx, 429 and anything unexpected: unavailable.
		r.all = true
	}
	return r
}

func (c *robotsCache) put(u *url.URL, r *robotsRule) {
	c.mu.Lock()
	c.byKey[robotsKey(u)] = r
	c.mu.Unlock()
}

// robotsRun is one run's view of robots.txt: each origin is decided once
// per run, the first time it is needed, so a long run never re-fetches
// robots.txt while holding that host's request slot.
type robotsRun struct {
	cache *robotsCache
	fetch func(ctx context.Context, u *url.URL) (status int, body []byte, err error)
	now   func() time.Time
	// onRule is called once per origin per run with the decision.
	onRule func(origin string, r *robotsRule)

	mu    sync.Mutex
	rules map[string]*robotsOnce
}

type robotsOnce struct {
	once sync.Once
	rule *robotsRule
}

func (rr *robotsRun) rule(ctx context.Context, u *url.URL) *robotsRule {
	key := robotsKey(u)
	rr.mu.Lock()
	o, ok := rr.rules[key]
	if !ok {
		o = &robotsOnce{}
		rr.rules[key] = o
	}
	rr.mu.Unlock()
	o.once.Do(func() {
		if r, ok := rr.cache.get(u, rr.now()); ok {
			o.rule = r
		} else {
			status, body, err := rr.fetch(ctx, u)
			o.rule = rr.cache.parse(status, body, err, rr.now())
			if !o.rule.all {
				rr.cache.put(u, o.rule)
			}
		}
		if rr.onRule != nil {
			rr.onRule(key, o.rule)
		}
	})
	return o.rule
}

// allowed reports whether robots.txt lets the crawler fetch u.
func (rr *robotsRun) allowed(ctx context.Context, u *url.URL) (bool, *robotsRule) {
	r := rr.rule(ctx, u)
	return r.allowed(u), r
}
