package bus

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dialoguewatch/dialoguewatch/wire"
)

// Message headers.
const (
	hdrType     = "Dw-Type"     // page, record, run
	hdrEncoding = "Dw-Encoding" // zstd (JSON inside)
	hdrObject   = "Dw-Object"   // name in the object store when the payload is large
	hdrConsumer = "Dw-Consumer" // dead letters: who gave up
	hdrError    = "Dw-Error"    // dead letters: why
	hdrSubject  = "Dw-Subject"  // dead letters: original subject
	hdrSeq      = "Dw-Seq"      // dead letters: original stream sequence
)

const (
	typePage   = "page"
	typeRecord = "record"
	typeRun    = "run"
)

// PublishPage stores a fetched page on the pages stream and waits for the
// stream's ack. A page whose compressed size exceeds the server's max
// payload goes through the object store; nothing is truncated or dropped.
// The body travels as raw bytes after the JSON of the other fields: in
// JSON it would be base64, a third larger to compress and slower to decode
// (7% of a pipeline's CPU in make bench PROFILE=1).
func (b *Bus) PublishPage(ctx context.Context, p *wire.Page) error {
	meta := *p
	meta.Body = nil
	return b.publish(ctx, wire.Subject(wire.SubjectPages, p.Source), typePage, p.MsgID(), &meta, p.Body)
}

// PublishRecord stores an extracted record on the records stream.
func (b *Bus) PublishRecord(ctx context.Context, r *wire.Record) error {
	return b.publish(ctx, wire.Subject(wire.SubjectRecords, r.Source), typeRecord, r.MsgID(), r, nil)
}

// PublishRun stores a crawl-run report on the records stream.
func (b *Bus) PublishRun(ctx context.Context, r *wire.CrawlRun) error {
	return b.publish(ctx, wire.Subject(wire.SubjectRuns, r.Source), typeRun, r.MsgID(), r, nil)
}

// Payload encodings (Dw-Encoding).
const (
	encJSON  = "zstd"        // zstd of the JSON of the value
	encFrame = "zstd-framed" // zstd of: uvarint length of the JSON, the JSON, raw body bytes
)

func (b *Bus) publish(ctx context.Context, subject, typ, msgID string, v any, body []byte) error {
	meta, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", typ, err)
	}
	msg := nats.NewMsg(subject)
	msg.Header.Set(hdrType, typ)
	raw := meta
	msg.Header.Set(hdrEncoding, encJSON)
	if body != nil {
		raw = binary.AppendUvarint(make([]byte, 0, binary.MaxVarintLen64+len(meta)+len(body)), uint64(len(meta)))
		raw = append(append(raw, meta...), body...)
		msg.Header.Set(hdrEncoding, encFrame)
	}
	data := b.enc.EncodeAll(raw, make([]byte, 0, len(raw)/4))
	if len(data) > b.inline {
		name := wire.Hash([]byte(msgID))
		if _, err := b.large.PutBytes(ctx, name, data); err != nil {
			return fmt.Errorf("publish %s %s: object store: %w", typ, subject, err)
		}
		msg.Header.Set(hdrObject, name)
	} else {
		msg.Data = data
	}
	if err := b.publishAcked(ctx, msg, msgID); err != nil {
		return fmt.Errorf("publish %s %s: %w", typ, subject, err)
	}
	return nil
}

// Publishing waits for the stream's ack at most publishTimeout per attempt
// and tries publishAttempts times: a server busy flushing (or a process
// starved of CPU) can take longer than nats.go's 5 s default, and a crawl
// must not end on it. The message id makes a repeat after a lost ack a
// no-op on the stream.
const (
	publishTimeout  = 20 * time.Second
	publishAttempts = 3
)

func (b *Bus) publishAcked(ctx context.Context, msg *nats.Msg, msgID string) error {
	var err error
	for attempt := 1; attempt <= publishAttempts; attempt++ {
		actx, cancel := context.WithTimeout(ctx, publishTimeout)
		_, err = b.js.PublishMsg(actx, msg, jetstream.WithMsgID(msgID))
		cancel()
		if err == nil || ctx.Err() != nil || !transientPublish(err) {
			return err
		}
		b.log.Warn("publish not acknowledged, trying again", "subject", msg.Subject, "attempt", attempt, "err", err)
	}
	return err
}

// transientPublish reports errors after which the same publish may succeed.
func transientPublish(err error) bool {
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, nats.ErrTimeout) ||
		errors.Is(err, jetstream.ErrNoStreamResponse) || errors.Is(err, nats.ErrNoResponders) ||
		errors.Is(err, nats.ErrConnectionReconnecting)
}

// decode reads a message's payload (inline or from the object store) into
// v; the raw body of a framed payload goes to *body.
func (b *Bus) decode(ctx context.Context, m jetstream.Msg, v any, body *[]byte) error {
	data := m.Data()
	if name := m.Headers().Get(hdrObject); name != "" {
		var err error
		if data, err = b.large.GetBytes(ctx, name); err != nil {
			if errors.Is(err, jetstream.ErrObjectNotFound) {
				return Permanent(fmt.Errorf("object %s: %w", name, err))
			}
			return fmt.Errorf("object %s: %w", name, err)
		}
	}
	enc := m.Headers().Get(hdrEncoding)
	if enc == encJSON || enc == encFrame {
		out, err := b.dec.DecodeAll(data, nil)
		if err != nil {
			return Permanent(fmt.Errorf("decompress: %w", err))
		}
		data = out
	}
	var raw []byte
	if enc == encFrame {
		n, k := binary.Uvarint(data)
		if k <= 0 || n > uint64(len(data)-k) || body == nil {
			return Permanent(fmt.Errorf("decode %s: bad frame", m.Headers().Get(hdrType)))
		}
		data, raw = data[k:k+int(n)], data[k+int(n):]
	}
	if err := json.Unmarshal(data, v); err != nil {
		return Permanent(fmt.Errorf("decode %s: %w", m.Headers().Get(hdrType), err))
	}
	if raw != nil {
		*body = raw // after the JSON, whose "body": null would clear it
	}
	return nil
}

// permanentError marks failures that no retry can fix.
type permanentError struct{ err error }

func (e *permanentError) Error() string { return e.err.Error() }
func (e *permanentError) Unwrap() error { return e.err }

// Permanent wraps err so that the consumer dead-letters the message at
// once instead of retrying it.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &permanentError{err}
}

// IsPermanent reports whether err (or an error it wraps) was marked Permanent.
func IsPermanent(err error) bool {
	var p *permanentError
	return errors.As(err, &p)
}
