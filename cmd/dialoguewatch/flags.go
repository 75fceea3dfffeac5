package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/dialoguewatch/dialoguewatch/bus"
	"github.com/dialoguewatch/dialoguewatch/config"
	"github.com/dialoguewatch/dialoguewatch/sink"
)

// listFlag is a repeatable flag; each use may also hold a comma-separated list.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

// natsFlags are the flags that say where NATS is.
type natsFlags struct {
	url, creds, user, password, token, tlsCert, tlsKey, tlsCA string
}

func (n *natsFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&n.url, "nats", "", "NATS server URL(s), comma-separated; empty starts an embedded server with JetStream under --data")
	fs.StringVar(&n.creds, "nats-creds", "", "NATS credentials file (JWT and nkey)")
	fs.StringVar(&n.user, "nats-user", "", "NATS user name")
	fs.StringVar(&n.password, "nats-password", "", "NATS password (default $DW_NATS_PASSWORD)")
	fs.StringVar(&n.token, "nats-token", "", "NATS token (default $DW_NATS_TOKEN)")
	fs.StringVar(&n.tlsCert, "nats-tls-cert", "", "client certificate for NATS mutual TLS")
	fs.StringVar(&n.tlsKey, "nats-tls-key", "", "client key for NATS mutual TLS")
	fs.StringVar(&n.tlsCA, "nats-tls-ca", "", "CA bundle to verify the NATS server")
}

func (n *natsFlags) options(dataDir string, e *env) bus.Options {
	password, token := n.password, n.token
	if password == "" {
		password = os.Getenv("DW_NATS_PASSWORD")
	}
	if token == "" {
		token = os.Getenv("DW_NATS_TOKEN")
	}
	return bus.Options{
		URL: n.url, DataDir: dataDir,
		CredsFile: n.creds, User: n.user, Password: password, Token: token,
		TLSCert: n.tlsCert, TLSKey: n.tlsKey, TLSCA: n.tlsCA,
		Logger: e.log,
	}
}

// stageFlags are shared by the commands that run pipeline stages.
type stageFlags struct {
	data     string
	nats     natsFlags
	configs  listFlag // sources files or directories
	lexicons listFlag
	only     listFlag // source names to crawl
	workers  int
	batch    int
	linger   time.Duration
	ackWait  time.Duration
	metrics  string // address to serve /metrics on, "" for none
	backlog  int    // pages and records waiting downstream before crawlers pause; 0: no limit
	memLimit sizeFlag
}

func (s *stageFlags) register(fs *flag.FlagSet, dataDir string) {
	fs.StringVar(&s.data, "data", dataDir, "directory for the SQLite file and the embedded NATS store")
	s.nats.register(fs)
	fs.Var(&s.configs, "config", "sources file or directory (repeatable); default: the shipped real sources")
	fs.Var(&s.lexicons, "lexicon", "lexicon file or directory (repeatable); default: the shipped lexicon")
	fs.Var(&s.only, "source", "crawl only this source (repeatable or comma-separated)")
	fs.IntVar(&s.workers, "workers", runtime.NumCPU(), "extractor workers")
	fs.IntVar(&s.batch, "batch", 256, "sink: records per transaction at most")
	fs.DurationVar(&s.linger, "linger", 50*time.Millisecond, "sink: how long to wait to fill a batch")
	fs.DurationVar(&s.ackWait, "ack-wait", 10*time.Second, "how soon a message held by a crashed worker is delivered again")
	fs.StringVar(&s.metrics, "metrics-addr", "", "serve Prometheus metrics at http://ADDR/metrics (e.g. 127.0.0.1:9464); empty: off")
	fs.IntVar(&s.backlog, "max-backlog", 64, "crawlers wait while this many pages and records wait to be extracted and stored (0: no limit)")
	s.memLimit = 250 << 20
	fs.Var(&s.memLimit, "memory-limit", "soft memory limit of the process, e.g. 200MiB or 1GiB (0: none; GOMEMLIMIT overrides)")
}

func (s *stageFlags) busOptions(e *env) bus.Options {
	o := s.nats.options(s.data, e)
	o.AckWait = s.ackWait
	return o
}

func (s *stageFlags) dbPath() string { return filepath.Join(s.data, sink.FileName) }

// sources loads the configured sources, restricted to --source.
func (s *stageFlags) sources() ([]config.Source, error) {
	srcs, err := config.LoadSources(s.configs...)
	if err != nil {
		return nil, err
	}
	return restrict(srcs, s.only)
}

func restrict(srcs []config.Source, only []string) ([]config.Source, error) {
	if len(only) == 0 {
		return srcs, nil
	}
	byName := map[string]config.Source{}
	for _, src := range srcs {
		byName[src.Name] = src
	}
	var out []config.Source
	for _, n := range only {
		src, ok := byName[n]
		if !ok {
			return nil, usagef("-source %q: no such source in the configuration", n)
		}
		out = append(out, src)
	}
	return out, nil
}

// loadSourcesArgs loads sources from the given files and directories, or
// the shipped real sources when there are none.
func loadSourcesArgs(paths []string) ([]config.Source, error) {
	return config.LoadSources(paths...)
}

// sizeFlag is a byte size: 1048576, 512KiB, 200MiB, 1GiB.
type sizeFlag int64

func (s *sizeFlag) String() string { return strconv.FormatInt(int64(*s), 10) }

func (s *sizeFlag) Set(v string) error {
	v = strings.TrimSpace(v)
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(v, u.suffix) {
			v, mult = strings.TrimSuffix(v, u.suffix), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil || n < 0 {
		return fmt.Errorf("want a size like 200MiB, got %q", v)
	}
	*s = sizeFlag(n * mult)
	return nil
}
