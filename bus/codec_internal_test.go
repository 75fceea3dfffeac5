package bus

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// A publish is tried again only when the stream may simply not have
// answered in time; a refusal is final.
func TestTransientPublish(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{context.DeadlineExceeded, true},
		{fmt.Errorf("publish: %w", context.DeadlineExceeded), true},
		{nats.ErrTimeout, true},
		{jetstream.ErrNoStreamResponse, true},
		{nats.ErrNoResponders, true},
		{context.Canceled, false},
		{nats.ErrMaxPayload, false},
		{errors.New("nats: maximum messages per subject exceeded"), false},
	} {
		if got := transientPublish(tc.err); got != tc.want {
			t.Errorf("transientPublish(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}
