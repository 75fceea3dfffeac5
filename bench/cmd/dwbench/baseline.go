package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/markusmobius/go-trafilatura"
)

// articlePath matches the synthetic site's article URLs.
var articlePath = regexp.MustCompile(`^/news/[a-z0-9-]+$`)

// baseline crawls the site from /news with Colly, following every link on
// the site's host, rate limits off, parallelism as the pipeline's. With
// extract, every article also goes through go-trafilatura, called the way
// a hand-written script would call it.
func baseline(ctx context.Context, base string, parallelism int, extract bool) (crawlResult, error) {
	u, err := url.Parse(base)
	if err != nil {
		return crawlResult{}, err
	}
	c := colly.NewCollector(
		colly.AllowedDomains(u.Hostname()),
		colly.Async(true),
		colly.IgnoreRobotsTxt(),
	)
	c.AllowURLRevisit = false
	c.MaxDepth = 0
	// The same connection reuse as the crawler's transport: one kept-alive
	// connection per parallel request.
	c.WithTransport(&http.Transport{
		DialContext:         (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:        16,
		MaxIdleConnsPerHost: max(parallelism, 2),
		IdleConnTimeout:     90 * time.Second,
	})
	c.SetRequestTimeout(60 * time.Second)
	if err := c.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: parallelism}); err != nil {
		return crawlResult{}, err
	}
	var requests, articles, texts, failed, bytesIn, textBytes atomic.Int64
	c.OnResponse(func(r *colly.Response) {
		requests.Add(1)
		bytesIn.Add(int64(len(r.Body)))
		if !articlePath.MatchString(r.Request.URL.Path) {
			return
		}
		articles.Add(1)
		if !extract {
			return
		}
		res, err := trafilatura.Extract(bytes.NewReader(r.Body), trafilatura.Options{OriginalURL: r.Request.URL})
		if err == nil && res != nil && res.ContentText != "" {
			texts.Add(1)
			textBytes.Add(int64(len(res.ContentText)))
		}
	})
	c.OnHTML("a[href]", func(e *colly.HTMLElement) {
		if ctx.Err() != nil {
			return
		}
		_ = e.Request.Visit(e.Attr("href")) // visited, other hosts: refused, as intended
	})
	c.OnError(func(r *colly.Response, err error) {
		failed.Add(1)
	})

	runtime.GC()
	debug.FreeOSMemory()
	before := selfUsage()
	start := time.Now()
	if err := c.Visit(base + "/news"); err != nil {
		return crawlResult{}, fmt.Errorf("baseline: %w", err)
	}
	c.Wait()
	elapsed := time.Since(start)
	after := selfUsage()
	if err := ctx.Err(); err != nil {
		return crawlResult{}, err
	}
	return crawlResult{
		Seconds:   elapsed.Seconds(),
		Requests:  int(requests.Load()),
		Articles:  int(articles.Load()),
		Texts:     int(texts.Load()),
		Failed:    int(failed.Load()),
		MB:        float64(bytesIn.Load()) / 1e6,
		TextMB:    float64(textBytes.Load()) / 1e6,
		CPUSec:    after.cpu - before.cpu,
		PeakRSSMB: after.maxRSSMB,
	}, nil
}

// usage is a process's CPU time and peak RSS.
type usage struct {
	cpu      float64 // user + system seconds
	maxRSSMB float64
}

func rusageOf(ru *syscall.Rusage) usage {
	return usage{
		cpu:      time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds(),
		maxRSSMB: float64(ru.Maxrss) / 1024, // KiB on Linux
	}
}

func selfUsage() usage {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return rusageOf(&ru)
}
