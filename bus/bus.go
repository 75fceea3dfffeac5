// Package bus owns dialoguewatch's NATS wiring: the embedded server, the
// connection to an external cluster, the JetStream streams, buckets and
// durable consumers, and how wire types are encoded on them. Stages never
// talk to NATS directly; cmd wires them to a Bus.
package bus

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/klauspost/compress/zstd"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// Options say where NATS is and how the streams are kept.
type Options struct {
	// URL of an existing NATS server or cluster (comma-separated). Empty
	// starts an embedded server with JetStream storing under DataDir/nats.
	URL string
	// DataDir holds the embedded server's store. Required when URL is "".
	DataDir string
	// Credentials for an external server; all optional.
	CredsFile string // NATS .creds file (JWT + nkey)
	User      string
	Password  string
	Token     string
	TLSCert   string // client certificate (mutual TLS), with TLSKey
	TLSKey    string
	TLSCA     string // CA bundle to verify the server

	// Retention of raw pages and records (kept for re-extraction).
	// Default 30 days.
	Retention time.Duration
	// DedupWindow is JetStream's publish-dedup window. Default 20 minutes.
	DedupWindow time.Duration
	// MaxDeliver bounds deliveries of one message before it is dead-lettered.
	// Default 5.
	MaxDeliver int
	// AckWait is how long a delivered, unacknowledged message stays with a
	// consumer before it is redelivered: a crashed worker's messages come
	// back after it, also across a restart. Handlers that take longer are
	// kept alive with progress acks. Default 10s.
	AckWait time.Duration
	// Replicas for streams and buckets on a cluster. Default 1.
	Replicas int

	Logger *slog.Logger
}

func (o *Options) setDefaults() {
	if o.Retention == 0 {
		o.Retention = 30 * 24 * time.Hour
	}
	if o.DedupWindow == 0 {
		o.DedupWindow = 20 * time.Minute
	}
	if o.MaxDeliver == 0 {
		o.MaxDeliver = 5
	}
	if o.AckWait == 0 {
		o.AckWait = 10 * time.Second
	}
	if o.Replicas == 0 {
		o.Replicas = 1
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
}

// Bus is a connection to NATS with the project's streams set up.
type Bus struct {
	opts  Options
	log   *slog.Logger
	srv   *server.Server // nil when connected to an external server
	nc    *nats.Conn
	js    jetstream.JetStream
	large jetstream.ObjectStore
	crawl jetstream.KeyValue
	enc   *zstd.Encoder
	dec   *zstd.Decoder
	// inline is the largest encoded payload sent inline; larger ones go
	// through the object store.
	inline int
}

// Open connects (starting the embedded server when opts.URL is empty) and
// creates or updates the streams, buckets and consumers.
func Open(ctx context.Context, opts Options) (*Bus, error) {
	opts.setDefaults()
	b := &Bus{opts: opts, log: opts.Logger}
	var err error
	// A 1 MiB window is plenty for pages (a few hundred KB); the default
	// 8 MiB window kept 8 MB of history live per encoder.
	if b.enc, err = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(1),
		zstd.WithWindowSize(1<<20), zstd.WithLowerEncoderMem(true)); err != nil {
		return nil, err
	}
	// Decoded payloads are bounded: a page is capped by the crawler long
	// before this, so anything larger is corrupt or hostile.
	if b.dec, err = zstd.NewReader(nil, zstd.WithDecoderMaxMemory(512<<20), zstd.WithDecoderConcurrency(0)); err != nil {
		return nil, err
	}
	if opts.URL == "" {
		if err := b.startEmbedded(); err != nil {
			return nil, err
		}
	} else if err := b.connect(); err != nil {
		return nil, err
	}
	if b.js, err = jetstream.New(b.nc,
		jetstream.WithPublishAsyncMaxPending(256),
		jetstream.WithPublishAsyncTimeout(30*time.Second)); err != nil {
		b.Close()
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	// Leave room for headers and protocol framing under max_payload.
	b.inline = int(b.nc.MaxPayload()) - 16<<10
	if err := b.setup(ctx); err != nil {
		b.Close()
		return nil, err
	}
	return b, nil
}

func (b *Bus) startEmbedded() error {
	if b.opts.DataDir == "" {
		return errors.New("embedded nats: a data directory is required")
	}
	sopts := &server.Options{
		ServerName: "dialoguewatch",
		JetStream:  true,
		StoreDir:   filepath.Join(b.opts.DataDir, "nats"),
		DontListen: true,
		NoSigs:     true,
		NoLog:      true,
		// The server acks before fsync; a 1 s sync bounds what a power cut
		// can lose and cost nothing measurable (DESIGN.md).
		SyncInterval: time.Second,
	}
	srv, err := server.NewServer(sopts)
	if err != nil {
		return fmt.Errorf("embedded nats: %w", err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(30 * time.Second) {
		srv.Shutdown()
		return errors.New("embedded nats: not ready after 30s")
	}
	b.srv = srv
	nc, err := nats.Connect("", nats.InProcessServer(srv), nats.Name("dialoguewatch"), nats.MaxReconnects(-1))
	if err != nil {
		srv.Shutdown()
		return fmt.Errorf("embedded nats: connect: %w", err)
	}
	b.nc = nc
	return nil
}

func (b *Bus) connect() error {
	o := []nats.Option{nats.Name("dialoguewatch"), nats.MaxReconnects(-1), nats.ReconnectWait(time.Second)}
	if b.opts.CredsFile != "" {
		o = append(o, nats.UserCredentials(b.opts.CredsFile))
	}
	if b.opts.User != "" {
		o = append(o, nats.UserInfo(b.opts.User, b.opts.Password))
	}
	if b.opts.Token != "" {
		o = append(o, nats.Token(b.opts.Token))
	}
	if b.opts.TLSCert != "" || b.opts.TLSKey != "" {
		o = append(o, nats.ClientCert(b.opts.TLSCert, b.opts.TLSKey))
	}
	if b.opts.TLSCA != "" {
		o = append(o, nats.RootCAs(b.opts.TLSCA))
	}
	o = append(o,
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				b.log.Warn("nats disconnected", "err", err)
			}
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) { b.log.Info("nats reconnected", "url", nc.ConnectedUrl()) }))
	nc, err := nats.Connect(b.opts.URL, o...)
	if err != nil {
		return fmt.Errorf("connect %s: %w", b.opts.URL, err)
	}
	b.nc = nc
	return nil
}

func (b *Bus) setup(ctx context.Context) error {
	streams := []jetstream.StreamConfig{{
		Name:        wire.StreamPages,
		Description: "raw pages fetched by the crawler",
		Subjects:    []string{wire.SubjectPages + ".>"},
		MaxAge:      b.opts.Retention,
		Duplicates:  b.opts.DedupWindow,
	}, {
		Name:        wire.StreamRecords,
		Description: "extracted records and crawl-run reports",
		Subjects:    []string{wire.SubjectRecords + ".>", wire.SubjectRuns + ".>"},
		MaxAge:      b.opts.Retention,
		Duplicates:  b.opts.DedupWindow,
	}, {
		Name:        wire.StreamDead,
		Description: "messages a consumer gave up on, with the reason",
		Subjects:    []string{wire.SubjectDead + ".>"},
		MaxAge:      3 * b.opts.Retention,
		Duplicates:  b.opts.DedupWindow,
	}}
	for _, cfg := range streams {
		cfg.Storage = jetstream.FileStorage
		cfg.Retention = jetstream.LimitsPolicy
		cfg.Replicas = b.opts.Replicas
		if _, err := b.js.CreateOrUpdateStream(ctx, cfg); err != nil {
			return fmt.Errorf("create stream %s: %w", cfg.Name, err)
		}
	}
	var err error
	if b.large, err = b.js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{
		Bucket:      wire.BucketLarge,
		Description: "pages and records over the server's max payload",
		TTL:         b.opts.Retention,
		Storage:     jetstream.FileStorage,
		Replicas:    b.opts.Replicas,
		Compression: false, // payloads are zstd already
	}); err != nil {
		return fmt.Errorf("create object store %s: %w", wire.BucketLarge, err)
	}
	if b.crawl, err = b.js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      wire.BucketCrawl,
		Description: "per-URL crawl state (ETag, Last-Modified, hash, seen times)",
		History:     1,
		Storage:     jetstream.FileStorage,
		Replicas:    b.opts.Replicas,
	}); err != nil {
		return fmt.Errorf("create kv %s: %w", wire.BucketCrawl, err)
	}
	for _, c := range []struct{ stream, name string }{
		{wire.StreamPages, wire.ConsumerExtract},
		{wire.StreamRecords, wire.ConsumerSink},
	} {
		if _, err := b.js.CreateOrUpdateConsumer(ctx, c.stream, jetstream.ConsumerConfig{
			Durable:       c.name,
			AckPolicy:     jetstream.AckExplicitPolicy,
			AckWait:       b.opts.AckWait,
			MaxDeliver:    b.opts.MaxDeliver,
			MaxAckPending: 1000,
			DeliverPolicy: jetstream.DeliverAllPolicy,
		}); err != nil {
			return fmt.Errorf("create consumer %s on %s: %w", c.name, c.stream, err)
		}
	}
	return nil
}

// CrawlState is the KV bucket of per-URL crawl state, shared by every
// crawler process on this NATS.
func (b *Bus) CrawlState() jetstream.KeyValue { return b.crawl }

// Embedded reports whether the bus runs its own server.
func (b *Bus) Embedded() bool { return b.srv != nil }

// Close drains the connection (delivered messages are processed and acked
// first) and stops the embedded server.
func (b *Bus) Close() error {
	var err error
	if b.nc != nil && !b.nc.IsClosed() {
		err = b.nc.Drain()
		// Drain is asynchronous; wait for it so acks reach the server.
		deadline := time.Now().Add(10 * time.Second)
		for !b.nc.IsClosed() && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		b.nc.Close()
	}
	if b.srv != nil {
		b.srv.Shutdown()
		b.srv.WaitForShutdown()
	}
	if b.enc != nil {
		b.enc.Close()
	}
	if b.dec != nil {
		b.dec.Close()
	}
	return err
}
