package bus

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// drainTimeout bounds how long a stopping consumer keeps working on the
// messages it already holds before it leaves them to redelivery.
const drainTimeout = 20 * time.Second

// ConsumeStats counts what a consumer did; safe to read while it runs.
type ConsumeStats struct {
	Acked       atomic.Int64
	Retried     atomic.Int64 // nak'd after a transient failure
	DeadLetters atomic.Int64 // given up on: permanent failure or MaxDeliver reached
	Redelivered atomic.Int64 // received with a delivery count above 1 (after a crash, a timeout or a nak)
}

// ConsumePages runs workers goroutines that hand each page to fn until ctx
// ends, then drains: pages already received are finished and acked first.
// fn returning nil acks the page; an error naks it with backoff, or
// dead-letters it when Permanent or on its last allowed delivery.
func (b *Bus) ConsumePages(ctx context.Context, workers int, stats *ConsumeStats, fn func(context.Context, *wire.Page) error) error {
	if workers < 1 {
		workers = 1
	}
	if stats == nil {
		stats = &ConsumeStats{}
	}
	cons, err := b.js.Consumer(ctx, wire.StreamPages, wire.ConsumerExtract)
	if err != nil {
		return fmt.Errorf("consumer %s: %w", wire.ConsumerExtract, err)
	}
	iter, err := cons.Messages(jetstream.PullMaxMessages(2 * workers))
	if err != nil {
		return fmt.Errorf("consume %s: %w", wire.ConsumerExtract, err)
	}
	work, cancelWork := drainContext(ctx)
	defer cancelWork()
	go func() { <-ctx.Done(); iter.Drain() }()

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				m, err := iter.Next()
				if err != nil {
					return // closed: drained or stopped
				}
				stop := b.keepAlive([]jetstream.Msg{m})
				var p wire.Page
				err = b.decode(work, m, &p, &p.Body)
				if err == nil {
					err = fn(work, &p)
				}
				stop()
				b.settle(work, wire.ConsumerExtract, m, err, stats)
			}
		})
	}
	wg.Wait()
	return nil
}

// Batch is what the sink receives from the records stream.
type Batch struct {
	Records []*wire.Record
	Runs    []*wire.CrawlRun
}

// Len is the number of items in the batch.
func (b Batch) Len() int { return len(b.Records) + len(b.Runs) }

// ConsumeRecords hands records and run reports to fn in batches of up to
// max, collected for at most linger. The whole batch is acked after fn
// returns nil (fn commits it). When a batch fails, its messages are retried
// one by one, so one poison message is dead-lettered without holding back
// the others.
func (b *Bus) ConsumeRecords(ctx context.Context, max int, linger time.Duration, stats *ConsumeStats, fn func(context.Context, Batch) error) error {
	if max < 1 {
		max = 1
	}
	if stats == nil {
		stats = &ConsumeStats{}
	}
	cons, err := b.js.Consumer(ctx, wire.StreamRecords, wire.ConsumerSink)
	if err != nil {
		return fmt.Errorf("consumer %s: %w", wire.ConsumerSink, err)
	}
	iter, err := cons.Messages(jetstream.PullMaxMessages(2 * max))
	if err != nil {
		return fmt.Errorf("consume %s: %w", wire.ConsumerSink, err)
	}
	work, cancelWork := drainContext(ctx)
	defer cancelWork()
	go func() { <-ctx.Done(); iter.Drain() }()

	for {
		first, err := iter.Next()
		if err != nil {
			return nil
		}
		msgs := []jetstream.Msg{first}
		deadline := time.Now().Add(linger)
		for len(msgs) < max {
			wait := time.Until(deadline)
			if wait <= 0 {
				break
			}
			m, err := iter.Next(jetstream.NextMaxWait(wait))
			if err != nil {
				break
			}
			msgs = append(msgs, m)
		}
		b.handleBatch(work, msgs, stats, fn)
	}
}

func (b *Bus) handleBatch(ctx context.Context, msgs []jetstream.Msg, stats *ConsumeStats, fn func(context.Context, Batch) error) {
	var batch Batch
	var good []jetstream.Msg
	for _, m := range msgs {
		var err error
		switch t := m.Headers().Get(hdrType); t {
		case typeRecord:
			var r wire.Record
			if err = b.decode(ctx, m, &r, nil); err == nil {
				batch.Records = append(batch.Records, &r)
			}
		case typeRun:
			var r wire.CrawlRun
			if err = b.decode(ctx, m, &r, nil); err == nil {
				batch.Runs = append(batch.Runs, &r)
			}
		default:
			err = Permanent(fmt.Errorf("unknown message type %q", t))
		}
		if err != nil {
			b.settle(ctx, wire.ConsumerSink, m, err, stats)
			continue
		}
		good = append(good, m)
	}
	if len(good) == 0 {
		return
	}
	stop := b.keepAlive(good)
	err := fn(ctx, batch)
	stop()
	if err == nil || len(good) == 1 {
		for _, m := range good {
			b.settle(ctx, wire.ConsumerSink, m, err, stats)
		}
		return
	}
	b.log.Warn("batch failed, retrying its messages one by one", "consumer", wire.ConsumerSink, "size", len(good), "err", err)
	for _, m := range good {
		b.handleBatch(ctx, []jetstream.Msg{m}, stats, fn)
	}
}

// keepAlive tells the server the messages are still being worked on, every
// third of AckWait, until stop is called: AckWait can then be short, so a
// crashed worker's messages come back soon, without a slow handler's
// messages being redelivered while it works.
func (b *Bus) keepAlive(msgs []jetstream.Msg) (stop func()) {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(b.opts.AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				for _, m := range msgs {
					_ = m.InProgress()
				}
			}
		}
	}()
	return func() { close(done) }
}

// settle acks, naks with backoff, or dead-letters a message after its
// handler returned err.
func (b *Bus) settle(ctx context.Context, consumer string, m jetstream.Msg, err error, stats *ConsumeStats) {
	md, _ := m.Metadata()
	delivered := uint64(1)
	if md != nil {
		delivered = md.NumDelivered
	}
	if delivered > 1 {
		stats.Redelivered.Add(1)
	}
	if err == nil {
		if aerr := m.Ack(); aerr != nil {
			// Not fatal: the message comes back and the work is idempotent.
			b.log.Warn("ack failed", "consumer", consumer, "subject", m.Subject(), "err", aerr)
		}
		stats.Acked.Add(1)
		return
	}
	if ctx.Err() != nil && !IsPermanent(err) {
		// Shutting down: leave the message to redelivery, not to a retry count.
		_ = m.Nak()
		return
	}
	if IsPermanent(err) || delivered >= uint64(b.opts.MaxDeliver) {
		if derr := b.deadLetter(ctx, consumer, m, md, err); derr != nil {
			b.log.Error("dead-letter failed; message will be redelivered", "consumer", consumer, "subject", m.Subject(), "err", derr)
			_ = m.NakWithDelay(backoff(delivered))
			return
		}
		stats.DeadLetters.Add(1)
		b.log.Error("message dead-lettered", "consumer", consumer, "subject", m.Subject(), "deliveries", delivered, "err", err)
		_ = m.Term()
		return
	}
	stats.Retried.Add(1)
	b.log.Warn("message failed, will retry", "consumer", consumer, "subject", m.Subject(), "deliveries", delivered, "err", err)
	_ = m.NakWithDelay(backoff(delivered))
}

// backoff is the wait before delivery n+1: 1s, 2s, 4s, … capped at 1 min.
func backoff(n uint64) time.Duration {
	if n > 6 {
		return time.Minute
	}
	return time.Duration(1<<(n-1)) * time.Second
}

func (b *Bus) deadLetter(ctx context.Context, consumer string, m jetstream.Msg, md *jetstream.MsgMetadata, cause error) error {
	var seq uint64
	if md != nil {
		seq = md.Sequence.Stream
	}
	return b.publishDead(ctx, consumer, m.Subject(), seq, m.Headers(), m.Data(), cause.Error())
}

func (b *Bus) publishDead(ctx context.Context, consumer, subject string, seq uint64, hdr nats.Header, data []byte, reason string) error {
	dl := nats.NewMsg(wire.Subject(wire.SubjectDead, consumer))
	for k, v := range hdr {
		if k == jetstream.MsgIDHeader {
			continue
		}
		dl.Header[k] = v
	}
	dl.Header.Set(hdrConsumer, consumer)
	dl.Header.Set(hdrError, reason)
	dl.Header.Set(hdrSubject, subject)
	dl.Header.Set(hdrSeq, strconv.FormatUint(seq, 10))
	dl.Data = data
	_, err := b.js.PublishMsg(ctx, dl, jetstream.WithMsgID(fmt.Sprintf("dead:%s:%d", consumer, seq)))
	return err
}

// Reject dead-letters an item its consumer accepted but cannot use (a
// record without URL): v is stored encoded as it was received, with the
// reason, and the caller acks the original.
func (b *Bus) Reject(ctx context.Context, consumer string, v any, reason string, stats *ConsumeStats) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("reject: encode: %w", err)
	}
	hdr := nats.Header{}
	hdr.Set(hdrEncoding, "json")
	id := fmt.Sprintf("reject:%s:%s", consumer, wire.Hash(raw))
	dl := nats.NewMsg(wire.Subject(wire.SubjectDead, consumer))
	dl.Header = hdr
	dl.Header.Set(hdrConsumer, consumer)
	dl.Header.Set(hdrError, reason)
	dl.Data = raw
	if _, err := b.js.PublishMsg(ctx, dl, jetstream.WithMsgID(id)); err != nil {
		return fmt.Errorf("reject: %w", err)
	}
	if stats != nil {
		stats.DeadLetters.Add(1)
	}
	b.log.Error("item rejected and dead-lettered", "consumer", consumer, "reason", reason)
	return nil
}

// WatchMaxDeliveries copies messages that exhausted MaxDeliver without a
// handler dead-lettering them (a worker that crashed on each delivery) to
// the dead-letter stream, from the server's advisories, until ctx ends.
func (b *Bus) WatchMaxDeliveries(ctx context.Context) error {
	sub, err := b.nc.Subscribe("$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.*.*", func(msg *nats.Msg) {
		var adv struct {
			Stream   string `json:"stream"`
			Consumer string `json:"consumer"`
			Seq      uint64 `json:"stream_seq"`
		}
		if json.Unmarshal(msg.Data, &adv) != nil || adv.Seq == 0 {
			return
		}
		s, err := b.js.Stream(ctx, adv.Stream)
		if err != nil {
			return
		}
		raw, err := s.GetMsg(ctx, adv.Seq)
		if err != nil {
			b.log.Error("max deliveries: original message gone", "stream", adv.Stream, "seq", adv.Seq, "err", err)
			return
		}
		if err := b.publishDead(ctx, adv.Consumer, raw.Subject, adv.Seq, raw.Header, raw.Data, "max deliveries exceeded"); err != nil {
			b.log.Error("max deliveries: dead-letter failed", "stream", adv.Stream, "seq", adv.Seq, "err", err)
			return
		}
		b.log.Error("message dead-lettered after max deliveries", "stream", adv.Stream, "consumer", adv.Consumer, "seq", adv.Seq)
	})
	if err != nil {
		return fmt.Errorf("subscribe advisories: %w", err)
	}
	<-ctx.Done()
	return sub.Unsubscribe()
}

// Idle reports whether both pipeline consumers have nothing pending and
// nothing unacknowledged: every published page has been extracted and every
// record committed.
func (b *Bus) Idle(ctx context.Context) (bool, error) {
	for _, c := range []struct{ stream, name string }{
		{wire.StreamPages, wire.ConsumerExtract},
		{wire.StreamRecords, wire.ConsumerSink},
	} {
		cons, err := b.js.Consumer(ctx, c.stream, c.name)
		if err != nil {
			return false, fmt.Errorf("consumer %s: %w", c.name, err)
		}
		info, err := cons.Info(ctx)
		if err != nil {
			return false, fmt.Errorf("consumer %s: %w", c.name, err)
		}
		if info.NumPending > 0 || info.NumAckPending > 0 {
			return false, nil
		}
	}
	return true, nil
}

// Backlog is the work published but not yet done: pages not yet extracted
// and records not yet committed, delivered or not.
func (b *Bus) Backlog(ctx context.Context) (int, error) {
	n := 0
	for _, c := range []struct{ stream, name string }{
		{wire.StreamPages, wire.ConsumerExtract},
		{wire.StreamRecords, wire.ConsumerSink},
	} {
		cons, err := b.js.Consumer(ctx, c.stream, c.name)
		if err != nil {
			return 0, fmt.Errorf("consumer %s: %w", c.name, err)
		}
		info, err := cons.Info(ctx)
		if err != nil {
			return 0, fmt.Errorf("consumer %s: %w", c.name, err)
		}
		n += int(info.NumPending) + info.NumAckPending
	}
	return n, nil
}

// WaitIdle polls Idle until it holds or ctx ends.
func (b *Bus) WaitIdle(ctx context.Context, every time.Duration) error {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		idle, err := b.Idle(ctx)
		if err != nil {
			return err
		}
		if idle {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// DeadLetters returns how many messages the dead-letter stream holds.
func (b *Bus) DeadLetters(ctx context.Context) (uint64, error) {
	s, err := b.js.Stream(ctx, wire.StreamDead)
	if err != nil {
		return 0, err
	}
	info, err := s.Info(ctx)
	if err != nil {
		return 0, err
	}
	return info.State.Msgs, nil
}

// drainContext returns a context for work on messages already received:
// it outlives parent by drainTimeout so a shutdown finishes them.
func drainContext(parent context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.WithoutCancel(parent))
	stop := context.AfterFunc(parent, func() {
		t := time.AfterFunc(drainTimeout, cancel)
		context.AfterFunc(ctx, func() { t.Stop() })
	})
	return ctx, func() { stop(); cancel() }
}
