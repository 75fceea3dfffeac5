package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/replica"
)

// routeTo sends every request, whatever its host and scheme, to srv, keeping
// the Host header: the fixture server answers for the real sites by host.
type routeTo struct{ srv *httptest.Server }

func (rt routeTo) RoundTrip(r *http.Request) (*http.Response, error) {
	target, _ := url.Parse(rt.srv.URL)
	out := r.Clone(r.Context())
	out.URL.Scheme, out.URL.Host = target.Scheme, target.Host
	out.Host = r.URL.Host
	return http.DefaultTransport.RoundTrip(out)
}

// TestSourcesTestOnFixtures runs `sources test` for every shipped real
// source against its fixture (a replica of that site's structure): the
// source finds articles and the dry run shows what the extractor makes of
// them — the check an operator makes when tuning a source.
func TestSourcesTestOnFixtures(t *testing.T) {
	srv := httptest.NewServer(replica.Fixtures("../../replica/testdata/sites"))
	defer srv.Close()
	srcs, err := config.LoadShippedSources("sources")
	if err != nil {
		t.Fatal(err)
	}
	// The same sources without the shipped 2 s delay, which is for the
	// real sites and would only slow the test down.
	for i := range srcs {
		srcs[i].Delay = 0
	}
	out, err := yaml.Marshal(map[string]any{"sources": srcs})
	if err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(t.TempDir(), "sources.yaml")
	if err := os.WriteFile(cfg, out, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, src := range srcs {
		t.Run(src.Name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			var stdout, stderr bytes.Buffer
			e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, transport: routeTo{srv}}
			err := runEnv(ctx, []string{"--log-level", "warn", "sources", "test", src.Name, "--limit", "1", "--config", cfg}, e)
			if err != nil {
				t.Fatalf("sources test %s: %v\n%s\n%s", src.Name, err, stdout.String(), stderr.String())
			}
			out := stdout.String()
			for _, want := range []string{"robots", "title", "text"} {
				if !strings.Contains(strings.ToLower(out), want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
			t.Log(out)
		})
	}
}
