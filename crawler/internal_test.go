package crawler

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/dialoguewatch/dialoguewatch/config"
)

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// TestCapReaderDecompressesAtMostCapPlusOne: the cap sits directly on the
// decoder; it never asks it for more than cap+1 bytes.
func TestCapReaderDecompressesAtMostCapPlusOne(t *testing.T) {
	// 100 gzip members of 1 MiB of zeros: one 100 MiB stream to a reader.
	var member, z bytes.Buffer
	zw := gzip.NewWriter(&member)
	zw.Write(make([]byte, 1<<20))
	zw.Close()
	for range 100 {
		z.Write(member.Bytes())
	}
	for _, max := range []int64{1024, 1 << 20, 3<<20 + 7} {
		zr, err := gzip.NewReader(bytes.NewReader(z.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		dec := &countingReader{r: zr}
		hdr := http.Header{}
		body, err := io.ReadAll(&capReader{r: dec, max: max, hdr: hdr})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("cap %d: %d compressed bytes for 100 MiB; decompressed %d, kept %d", max, z.Len(), dec.n, len(body))
		if dec.n > max+1 || int64(len(body)) != max || hdr.Get(hdrTruncated) != "true" {
			t.Errorf("cap %d: decompressed %d (want ≤ %d), kept %d, truncated %q", max, dec.n, max+1, len(body), hdr.Get(hdrTruncated))
		}
	}
	// A body of exactly the cap is not truncated.
	hdr := http.Header{}
	body, _ := io.ReadAll(&capReader{r: bytes.NewReader(make([]byte, 4096)), max: 4096, hdr: hdr})
	if len(body) != 4096 || hdr.Get(hdrTruncated) != "" {
		t.Errorf("body of exactly the cap: kept %d, truncated %q", len(body), hdr.Get(hdrTruncated))
	}
}

func TestGuard(t *testing.T) {
	for _, tc := range []struct {
		addr         string
		allowPrivate bool
		allow        []string
		ok           bool
	}{
		{"93.184.215.14:443", false, nil, true},
		{"[2606:2800:21f:cb07:6820:80da:af6b:8b2c]:443", false, nil, true},
		{"127.0.0.1:80", false, nil, false},
		{"127.0.0.2:80", false, nil, false},
		{"[::1]:80", false, nil, false},
		{"[::ffff:127.0.0.1]:80", false, nil, false},
		{"10.1.2.3:80", false, nil, false},
		{"172.16.0.1:80", false, nil, false},
		{"192.168.1.1:80", false, nil, false},
		{"100.64.0.1:80", false, nil, false},
		{"169.254.1.1:80", false, nil, false},
		{"[fe80::1]:80", false, nil, false},
		{"[fc00::1]:80", false, nil, false},
		{"0.0.0.0:80", true, nil, false},
		{"169.254.169.254:80", false, nil, false},
		{"169.254.169.254:80", true, nil, false}, // metadata stays refused
		{"[fd00:ec2::254]:80", true, nil, false},
		{"127.0.0.1:80", true, nil, true},
		{"10.1.2.3:80", true, nil, true},
		{"127.0.0.1:8089", false, []string{"127.0.0.1:8089"}, true},
		{"127.0.0.1:8090", false, []string{"127.0.0.1:8089"}, false},
		{"10.9.9.9:443", false, []string{"10.0.0.0/8"}, true},
		{"192.168.0.1:443", false, []string{"10.0.0.0/8"}, false},
		{"[::1]:8089", false, []string{"::1"}, true},
		{"169.254.169.254:80", false, []string{"169.254.169.254"}, true}, // named explicitly
	} {
		src := config.DefaultSource()
		src.AllowPrivateAddresses = tc.allowPrivate
		src.AllowAddresses = tc.allow
		err := newGuard(src).check(tc.addr)
		if (err == nil) != tc.ok {
			t.Errorf("%s (private %v, allow %v): err %v, want ok %v", tc.addr, tc.allowPrivate, tc.allow, err, tc.ok)
		}
	}
}

func TestRetryAfterParse(t *testing.T) {
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		v    string
		want time.Duration
		ok   bool
	}{
		{"2", 2 * time.Second, true},
		{" 120 ", 2 * time.Minute, true},
		{"0", 0, true},
		{"-1", 0, false},
		{"Sat, 01 Mar 2025 12:00:30 GMT", 30 * time.Second, true},
		{"Saturday, 01-Mar-25 12:01:00 GMT", time.Minute, true}, // RFC 850
		{"Sat, 01 Mar 2025 11:00:00 GMT", 0, true},              // in the past
		{"soon", 0, false},
		{"", 0, false},
	} {
		got, ok := retryAfter(tc.v, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("retryAfter(%q) = %s, %v; want %s, %v", tc.v, got, ok, tc.want, tc.ok)
		}
	}
}

func TestToUTF8(t *testing.T) {
	for _, tc := range []struct {
		name, ct, in, want, from string
	}{
		{"header 1252", "text/html; charset=windows-1252", "<p>Lule\xe5</p>", "<p>Luleå</p>", "windows-1252"},
		{"meta latin1", "text/html", "<meta charset=latin1><p>Lule\xe5</p>", "<meta charset=utf-8><p>Luleå</p>", "windows-1252"},
		{"utf-8 BOM", "text/html", "\xef\xbb\xbf<p>Luleå</p>", "<p>Luleå</p>", "utf-8"},
		{"utf-16 BOM", "text/html", "\xff\xfe<\x00p\x00>\x00", "<p>", "utf-16le"},
		{"plain ascii", "text/html", "<p>Lulea</p>", "<p>Lulea</p>", "utf-8"},
		{"invalid utf-8 declared", "text/html; charset=utf-8", "<p>a\xffb</p>", "<p>a\ufffdb</p>", "utf-8"},
	} {
		got, from := toUTF8([]byte(tc.in), tc.ct)
		if string(got) != tc.want || from != tc.from {
			t.Errorf("%s: got %q from %s, want %q from %s", tc.name, got, from, tc.want, tc.from)
		}
	}
}

func TestGateSpacing(t *testing.T) {
	g := newGate(nil, 100*time.Millisecond, 1, time.Minute)
	ctx := t.Context()
	var starts []time.Time
	for range 3 {
		release, err := g.acquire(ctx, "h:1")
		if err != nil {
			t.Fatal(err)
		}
		starts = append(starts, time.Now())
		release()
	}
	for i := 1; i < len(starts); i++ {
		if d := starts[i].Sub(starts[i-1]); d < 95*time.Millisecond {
			t.Errorf("start %d only %s after the previous", i, d)
		}
	}
	// A pause longer than max wait is refused at once.
	g = newGate(nil, 0, 1, time.Second)
	g.pause("h:1", time.Now().Add(time.Hour))
	if _, err := g.acquire(ctx, "h:1"); err == nil {
		t.Errorf("acquire during an hour's Retry-After succeeded, want errHostWait")
	}
}

// Two sources on one host share its pacing when they share Hosts: their
// requests together keep the larger delay apart.
func TestGateSharedAcrossSources(t *testing.T) {
	hosts := NewHosts()
	a := newGate(hosts, 100*time.Millisecond, 1, time.Minute)
	b := newGate(hosts, 50*time.Millisecond, 1, time.Minute)
	ctx := t.Context()
	var starts []time.Time
	for _, g := range []*gate{a, a, b, a} {
		release, err := g.acquire(ctx, "h:1")
		if err != nil {
			t.Fatal(err)
		}
		starts = append(starts, time.Now())
		release()
	}
	// After a request of a, the next waits a's 100 ms; after b's, 50 ms.
	for i, min := range []time.Duration{0, 95, 95, 45} {
		if i == 0 {
			continue
		}
		if d := starts[i].Sub(starts[i-1]); d < min*time.Millisecond {
			t.Errorf("start %d only %s after the previous, want ≥ %dms", i, d, min)
		}
	}
	// A Crawl-delay learnt by one source holds for the other.
	a.setDelay("h:2", 200*time.Millisecond)
	first := time.Now()
	for _, g := range []*gate{a, b} {
		release, err := g.acquire(ctx, "h:2")
		if err != nil {
			t.Fatal(err)
		}
		release()
	}
	if d := time.Since(first); d < 190*time.Millisecond {
		t.Errorf("second source started %s after the first, want the shared Crawl-delay of 200ms", d)
	}
}

func TestCanonicalLink(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{`<html><head><link rel="canonical" href="/news/a"></head><body></body></html>`, "/news/a"},
		{`<head><link rel="alternate stylesheet" href="/x.css"><LINK REL="Canonical" HREF=" https://e.org/a "/>`, "https://e.org/a"},
		{`<head><link rel="canonical"></head>`, ""},
		{`<html><body><link rel="canonical" href="/in-body"></body></html>`, ""},
		{`<head></head><link rel="canonical" href="/after-head">`, ""},
		{`no html at all`, ""},
	} {
		if got := canonicalLink([]byte(tc.page)); got != tc.want {
			t.Errorf("canonicalLink(%q) = %q, want %q", tc.page, got, tc.want)
		}
	}
}
