package crawler

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// ErrTimeout is wrapped by errors of requests that ran out of time waiting
// for response headers or reading the body.
var ErrTimeout = errors.New("timeout")

// Headers the fetch layer adds to a response for the crawler above it.
// Colly hands the crawler the response's header map after reading the
// body, so they are how the layer reports what happened to the body. They
// are never sent and never published.
const (
	hdrTruncated = "X-Dialoguewatch-Truncated" // "true": the body hit the size cap
	hdrBytes     = "X-Dialoguewatch-Bytes"     // decompressed bytes read
	hdrCharset   = "X-Dialoguewatch-Charset"   // charset an HTML body was converted from
)

// fetchTransport is everything between Colly's HTTP client and the
// network layer, applied to every request and redirect hop whatever the
// network layer is: per-host politeness (gate), Retry-After, header and
// body timeouts, decompression under the size cap (gzip bombs), content
// sniffing and HTML charset conversion to UTF-8.
type fetchTransport struct {
	next          http.RoundTripper
	gate          *gate
	userAgent     string
	headerTimeout time.Duration // dial + TLS + waiting for headers
	bodyTimeout   time.Duration
	maxBody       int64
	busyPause     time.Duration // host pause after a 429/503 without Retry-After
	now           func() time.Time
}

func (t *fetchTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	host := strings.ToLower(req.URL.Host)
	release, err := t.gate.acquire(req.Context(), host)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(req.Context())
	var timedOut atomic.Value // string: which timer fired
	r := req.Clone(ctx)
	if r.Header.Get("Accept-Encoding") == "" {
		r.Header.Set("Accept-Encoding", "gzip, deflate")
	}
	if r.Header.Get("User-Agent") == "" {
		r.Header.Set("User-Agent", t.userAgent)
	}
	headerTimer := time.AfterFunc(t.headerTimeout, func() { timedOut.Store("header"); cancel() })
	resp, err := t.next.RoundTrip(r)
	headerTimer.Stop()
	if err != nil {
		cancel()
		release()
		if timedOut.Load() != nil {
			return nil, fmt.Errorf("%w: no response headers within %s", ErrTimeout, t.headerTimeout)
		}
		return nil, err
	}
	// The request as the client sent it, whatever the layers below did to
	// their copy (Colly resolves links against resp.Request.URL).
	resp.Request = req
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
		// The host is busy: nothing goes to it before it says (or, when it
		// does not say, before the first retry's backoff).
		d, ok := retryAfter(resp.Header.Get("Retry-After"), t.now())
		if !ok {
			d = t.busyPause
		}
		t.gate.pause(host, time.Now().Add(d))
	}
	b := &body{raw: resp.Body, cancel: cancel, release: release, hdr: resp.Header, timeout: t.bodyTimeout, timedOut: &timedOut}
	b.timer = time.AfterFunc(t.bodyTimeout, func() { timedOut.Store("body"); cancel() })
	resp.Body = b
	if err := t.decode(resp, b); err != nil {
		b.Close()
		return nil, fmt.Errorf("decode %s: %w", req.URL, err)
	}
	return resp, nil
}

// decode sets b's reader: content decodings, the size cap, and for HTML
// the conversion to UTF-8. It fixes the headers to describe the result.
func (t *fetchTransport) decode(resp *http.Response, b *body) error {
	var r io.Reader = &timeoutReader{r: b.raw, b: b}
	var encs []string
	for _, e := range strings.Split(resp.Header.Get("Content-Encoding"), ",") {
		if e = strings.ToLower(strings.TrimSpace(e)); e != "" && e != "identity" {
			encs = append(encs, e)
		}
	}
	if len(encs) > 3 {
		return fmt.Errorf("%d content encodings", len(encs))
	}
	// Applied in the order listed, so undone in reverse.
	for i := len(encs) - 1; i >= 0; i-- {
		dr, err := decoder(encs[i], r)
		if err != nil {
			return err
		}
		r = dr
	}
	// A .gz file (a sitemap.xml.gz) served as such, not as an encoding.
	if len(encs) == 0 && (strings.HasSuffix(strings.ToLower(resp.Request.URL.Path), ".gz") || isGzipType(resp.Header.Get("Content-Type"))) {
		br := bufio.NewReader(r)
		if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
			dr, err := decoder("gzip", br)
			if err != nil {
				return err
			}
			r = dr
		} else {
			r = br
		}
	}
	resp.Header.Del("Content-Encoding")
	resp.Header.Del("Content-Length")
	resp.ContentLength = -1
	// Tell Colly not to gunzip again (it would, uncapped, for .xml.gz).
	resp.Uncompressed = true
	c := &capReader{r: r, max: t.maxBody, hdr: resp.Header}
	r = c
	ct := resp.Header.Get("Content-Type")
	if ct == "" && resp.StatusCode != http.StatusNotModified && resp.Request.Method != http.MethodHead {
		br := bufio.NewReaderSize(r, 512)
		head, _ := br.Peek(512)
		if len(head) > 0 {
			ct = http.DetectContentType(head)
			resp.Header.Set("Content-Type", ct)
		}
		r = br
	}
	if isHTML(ct) {
		r = &htmlReader{r: r, hdr: resp.Header}
	}
	b.r = r
	return nil
}

func decoder(enc string, r io.Reader) (io.Reader, error) {
	switch enc {
	case "gzip", "x-gzip":
		return &lazy{open: func() (io.Reader, error) { return gzip.NewReader(r) }}, nil
	case "deflate":
		return &lazy{open: func() (io.Reader, error) { return zlib.NewReader(r) }}, nil
	}
	return nil, fmt.Errorf("unsupported content encoding %q", enc)
}

// lazy opens its reader on first Read, so a decoder's header is read with
// the body (under the body timeout), not while the headers are handled.
type lazy struct {
	open func() (io.Reader, error)
	r    io.Reader
	err  error
}

func (l *lazy) Read(p []byte) (int, error) {
	if l.r == nil && l.err == nil {
		l.r, l.err = l.open()
	}
	if l.err != nil {
		return 0, l.err
	}
	return l.r.Read(p)
}

func isGzipType(ct string) bool {
	mt, _, _ := mime.ParseMediaType(ct)
	return mt == "application/gzip" || mt == "application/x-gzip"
}

func isHTML(ct string) bool {
	mt, _, _ := mime.ParseMediaType(ct)
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// retryAfter parses a Retry-After value: delay-seconds or an HTTP-date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return 0, false
		}
		return time.Duration(min(n, 1<<31)) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// body is the response body the crawler reads: it owns the request's
// context, timers and gate slot, released on Close.
type body struct {
	raw      io.ReadCloser
	r        io.Reader
	cancel   context.CancelFunc
	release  func()
	timer    *time.Timer
	hdr      http.Header
	timeout  time.Duration
	timedOut *atomic.Value
	once     sync.Once
}

func (b *body) Read(p []byte) (int, error) { return b.r.Read(p) }

func (b *body) Close() error {
	var err error
	b.once.Do(func() {
		b.timer.Stop()
		err = b.raw.Close()
		b.cancel()
		b.release()
	})
	return err
}

// timeoutReader turns the error of a read cut by the body timer into one
// that says so.
type timeoutReader struct {
	r io.Reader
	b *body
}

func (t *timeoutReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if err != nil && err != io.EOF && t.b.timedOut.Load() != nil {
		err = fmt.Errorf("%w: body not complete within %s", ErrTimeout, t.b.timeout)
	}
	return n, err
}

// capReader passes at most max bytes of the decoded stream and reads one
// more to tell a body of exactly max bytes from a longer one, so at most
// max+1 bytes are ever decompressed. A longer body is marked truncated in
// the header.
type capReader struct {
	r   io.Reader
	max int64
	n   int64
	hdr http.Header
	eof bool
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.eof {
		return 0, io.EOF
	}
	if int64(len(p)) > c.max+1-c.n {
		p = p[:c.max+1-c.n]
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.n > c.max {
		n -= int(c.n - c.max)
		c.n = c.max
		c.eof = true
		c.hdr.Set(hdrTruncated, "true")
		err = io.EOF
	}
	if err == io.EOF {
		c.eof = true
		c.hdr.Set(hdrBytes, strconv.FormatInt(c.n, 10))
	}
	return n, err
}

// htmlReader reads the whole (capped) HTML body on first Read and serves
// it converted to UTF-8, with the Content-Type header saying so.
type htmlReader struct {
	r   io.Reader
	hdr http.Header
	buf *bytes.Reader
}

func (h *htmlReader) Read(p []byte) (int, error) {
	if h.buf == nil {
		data, err := io.ReadAll(h.r)
		if err != nil {
			return 0, err
		}
		ct := h.hdr.Get("Content-Type")
		out, from := toUTF8(data, ct)
		if from != "utf-8" {
			h.hdr.Set(hdrCharset, from)
		}
		mt, _, _ := mime.ParseMediaType(ct)
		if mt == "" {
			mt = "text/html"
		}
		h.hdr.Set("Content-Type", mt+"; charset=utf-8")
		h.buf = bytes.NewReader(out)
	}
	return h.buf.Read(p)
}

// metaCharset finds charset declarations in <meta> tags.
var metaCharset = regexp.MustCompile(`(?i)(<meta\b[^>]*?charset\s*=\s*["']?)([\w:.-]+)`)

// toUTF8 converts an HTML document to UTF-8 and returns the charset it was
// in. A charset from a BOM or the Content-Type header is followed; one from
// <meta> (or none) is followed unless the bytes are valid UTF-8 already —
// misdeclared UTF-8 pages are common, valid UTF-8 by accident is not.
// <meta> declarations are rewritten to utf-8 so a later parser that
// honours them does not decode a second time.
func toUTF8(data []byte, contentType string) ([]byte, string) {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if !certain && utf8.Valid(data) {
		enc, name = encoding.Nop, "utf-8"
	}
	out := data
	if enc != encoding.Nop && name != "utf-8" {
		if d, err := enc.NewDecoder().Bytes(data); err == nil {
			out = d
		} else {
			name = "utf-8"
		}
	}
	out = bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	// The body is UTF-8 now whatever <meta> says (a misdeclared UTF-8 page
	// included).
	n := min(len(out), 4096)
	if head := out[:n]; metaCharset.Match(head) {
		head = metaCharset.ReplaceAll(head, []byte("${1}utf-8"))
		out = append(head, out[n:]...)
	}
	return out, name
}
