// Package replica is an offline replica of the kinds of sites dialoguewatch
// watches, bundled into the binary: an EEAS-like Drupal site under /eeas/,
// a Commission-like ECL news site under /commission/ and a WordPress think
// tank with an RSS feed under /thinktank/. Every text is invented. The demo
// (`make demo`, `dialoguewatch replica`) and the end-to-end tests crawl it,
// and expected.jsonl holds the events an analyst finds on its articles, in
// the corpus gold format (../shared/corpus/README.md).
//
// URL path = file path under site/ (and, for Fixtures, under DIR/HOST/):
//
//	/eeas/news/foo            site/eeas/news/foo.html
//	/thinktank/news/foo/      site/thinktank/news/foo/index.html (or index.xml)
//	/robots.txt               site/robots.txt (a name with an extension other
//	                          than .html is taken as is; /a.html is site/a.html.html)
//	/eeas/press-material?page=1
//	                          site/eeas/press-material__page=1.html
//
// A query string becomes "__" plus the query re-encoded with sorted keys
// (url.Values.Encode), inserted before the extension, so ?b=2&a=1 and
// ?a=1&b=2 are one file. A path without trailing slash whose only match is
// a directory index is redirected (301) to the slash form, as WordPress
// does. An extensionless path is tried as .html, then as .xml (feeds).
//
// Served files have "{{BASE}}" replaced by the request's scheme and host
// ("http://127.0.0.1:8089"), so feeds, sitemaps, canonical links and
// WordPress's absolute links point back at whichever address serves them.
// Responses carry a strong ETag, so conditional GETs get 304s.
package replica

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/dialoguewatch/dialoguewatch/config"
)

// DefaultAddr is where `make demo` and `dialoguewatch replica` serve the
// replica; config/demo/*.yaml point at it.
const DefaultAddr = "127.0.0.1:8089"

// defaultBase is the base URL config/demo/*.yaml are written for.
const defaultBase = "http://" + DefaultAddr

// basePlaceholder is replaced by the request's base URL in served files.
const basePlaceholder = "{{BASE}}"

//go:embed site expected.jsonl
var content embed.FS

// Handler serves the embedded replica: GET and HEAD only, 404 for anything
// it does not have.
func Handler() http.Handler {
	site, err := fs.Sub(content, "site")
	if err != nil {
		panic(err) // "site" is a valid constant path; fs.Sub cannot fail on it
	}
	return &server{files: site}
}

// Fixtures serves dir/<host>/<file>, host being the request's Host without
// port, with the same URL-to-file mapping as Handler. Pointed at
// testdata/sites it answers for the real sites dialoguewatch ships configs
// for, so a test can route every request of a crawler (any host, http or
// https) to it in process.
func Fixtures(dir string) http.Handler {
	return &server{files: os.DirFS(dir), byHost: true}
}

// Expected returns expected.jsonl: one JSON object per article page of the
// replica, in the corpus gold format; "page" is the file under site/
// without .html (see PageURL).
func Expected() []byte {
	b, err := content.ReadFile("expected.jsonl")
	if err != nil {
		panic(err) // embedded at build time
	}
	return b
}

// PageURL returns the URL path of a page named as in expected.jsonl:
// "eeas/news/foo" → "/eeas/news/foo", "thinktank/news/foo/index" →
// "/thinktank/news/foo/".
func PageURL(page string) string {
	if dir, ok := strings.CutSuffix(page, "/index"); ok {
		return "/" + dir + "/"
	}
	if page == "index" {
		return "/"
	}
	return "/" + page
}

// Articles returns the URL paths of all article pages of the replica (the
// pages of expected.jsonl), sorted.
func Articles() []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(Expected()))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var rec struct {
			Page string `json:"page"`
		}
		if err := json.Unmarshal(line, &rec); err != nil || rec.Page == "" {
			panic(fmt.Sprintf("replica: bad line in expected.jsonl: %q", line)) // tested
		}
		out = append(out, PageURL(rec.Page))
	}
	sort.Strings(out)
	return out
}

// Sources returns the demo sources (config/demo/*.yaml) with their URLs
// moved from http://127.0.0.1:8089 to base (e.g. an httptest server's URL):
// start URLs, feeds, sitemaps, allowed domains, allow_addresses and the
// literal base in article_pattern (written as regexp.QuoteMeta of the
// default base).
func Sources(base string) ([]config.Source, error) {
	base = strings.TrimRight(base, "/")
	b, err := url.Parse(base)
	if err != nil || (b.Scheme != "http" && b.Scheme != "https") || b.Host == "" || b.Path != "" {
		return nil, fmt.Errorf("replica sources: base %q is not a scheme://host[:port] URL", base)
	}
	srcs, err := config.LoadShippedSources("demo")
	if err != nil {
		return nil, err
	}
	if base == defaultBase {
		return srcs, nil
	}
	oldHost := strings.ToLower(strings.Split(DefaultAddr, ":")[0])
	newHost := strings.ToLower(b.Hostname())
	for i := range srcs {
		s := &srcs[i]
		for _, list := range [][]string{s.StartURLs, s.Feeds, s.Sitemaps} {
			for j, u := range list {
				if rest, ok := strings.CutPrefix(u, defaultBase); ok && (rest == "" || rest[0] == '/') {
					list[j] = base + rest
				}
			}
		}
		s.ArticlePattern = strings.ReplaceAll(s.ArticlePattern,
			regexp.QuoteMeta(defaultBase), regexp.QuoteMeta(base))
		domains := make([]string, 0, len(s.AllowedDomains))
		for _, d := range s.AllowedDomains {
			if d == oldHost {
				d = newHost
			}
			if !slices.Contains(domains, d) {
				domains = append(domains, d)
			}
		}
		s.AllowedDomains = domains
		for j, a := range s.AllowAddresses {
			if a == DefaultAddr {
				s.AllowAddresses[j] = b.Host
			}
		}
		if err := s.Validate("config/demo (rebased to " + base + ")"); err != nil {
			return nil, err
		}
	}
	return srcs, nil
}

// server serves files from an fs.FS with the mapping in the package comment.
type server struct {
	files  fs.FS
	byHost bool // Fixtures: the first path element is the request's host
}

var hostName = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]*$`)

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	files := s.files
	if s.byHost {
		host := strings.ToLower(r.Host)
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		if !hostName.MatchString(host) {
			http.NotFound(w, r)
			return
		}
		sub, err := fs.Sub(files, host)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		files = sub
	}
	name, data := lookup(files, r.URL)
	if name == "" {
		if target := slashRedirect(files, r.URL); target != "" {
			http.Redirect(w, r, target, http.StatusMovedPermanently)
			return
		}
		http.NotFound(w, r)
		return
	}
	data = bytes.ReplaceAll(data, []byte(basePlaceholder), []byte(baseOf(r)))
	sum := sha256.Sum256(data)
	w.Header().Set("Content-Type", contentType(name, data))
	w.Header().Set("ETag", `"`+hex.EncodeToString(sum[:12])+`"`)
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}

// lookup returns the first existing candidate file for u and its content,
// or "" when there is none.
func lookup(files fs.FS, u *url.URL) (string, []byte) {
	for _, name := range candidates(u.Path, u.Query()) {
		if !fs.ValidPath(name) {
			continue
		}
		data, err := fs.ReadFile(files, name)
		if err == nil {
			return name, data
		}
	}
	return "", nil
}

// candidates lists the files that may hold the resource at urlPath?query,
// in the order they are tried (see the package comment).
func candidates(urlPath string, query url.Values) []string {
	q := ""
	if len(query) > 0 {
		q = "__" + query.Encode()
	}
	clean := path.Clean("/" + urlPath)
	if clean == "/" || strings.HasSuffix(urlPath, "/") {
		index := strings.TrimPrefix(path.Join(clean, "index"), "/")
		return []string{index + q + ".html", index + q + ".xml"}
	}
	rel := strings.TrimPrefix(clean, "/")
	if ext := path.Ext(rel); ext != "" && ext != ".html" {
		return []string{strings.TrimSuffix(rel, ext) + q + ext, rel + q + ".html"}
	}
	return []string{rel + q + ".html", rel + q + ".xml"}
}

// slashRedirect returns the slash form of u when that form exists and u
// itself does not end in a slash; "" otherwise.
func slashRedirect(files fs.FS, u *url.URL) string {
	if strings.HasSuffix(u.Path, "/") {
		return ""
	}
	dir := *u
	dir.Path = path.Clean("/"+u.Path) + "/"
	if name, _ := lookup(files, &dir); name == "" {
		return ""
	}
	if dir.RawQuery != "" {
		return dir.Path + "?" + dir.RawQuery
	}
	return dir.Path
}

func baseOf(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func contentType(name string, data []byte) string {
	switch path.Ext(name) {
	case ".html":
		return "text/html; charset=utf-8"
	case ".txt":
		return "text/plain; charset=utf-8"
	}
	head := data
	if len(head) > 512 {
		head = head[:512]
	}
	switch {
	case bytes.Contains(head, []byte("<rss")):
		return "application/rss+xml; charset=UTF-8"
	case bytes.Contains(head, []byte("<feed")):
		return "application/atom+xml; charset=UTF-8"
	case path.Ext(name) == ".xml" || bytes.HasPrefix(head, []byte("<?xml")):
		return "application/xml; charset=utf-8"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return http.DetectContentType(data)
}
