package main

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

// The throttle holds publishes while the backlog is at the window and lets
// them go as it drains; pages published between two measurements count.
func TestThrottle(t *testing.T) {
	var backlog atomic.Int64
	th := &throttle{backlog: func(context.Context) (int, error) { return int(backlog.Load()), nil }, max: 3, every: 10 * time.Millisecond}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go th.run(ctx)

	for range 3 { // 0, 1, 2 waiting: room for three
		if err := th.wait(ctx); err != nil {
			t.Fatal(err)
		}
	}
	backlog.Store(3)
	released := make(chan struct{})
	go func() {
		if err := th.wait(ctx); err == nil {
			close(released)
		}
	}()
	select {
	case <-released:
		t.Fatal("a fourth page went out with three waiting downstream")
	case <-time.After(100 * time.Millisecond):
	}
	backlog.Store(1) // the extractor and sink caught up
	select {
	case <-released:
	case <-time.After(time.Second):
		t.Fatal("the page stayed held after the backlog drained")
	}

	// A cancelled crawl does not wait forever.
	backlog.Store(100)
	time.Sleep(30 * time.Millisecond)
	cctx, ccancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer ccancel()
	if err := th.wait(cctx); err == nil {
		t.Error("wait returned nil with the backlog full and its context ended")
	}
}
