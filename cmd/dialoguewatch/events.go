package main

import (
	"context"
	"errors"
)

func cmdEvents(ctx context.Context, e *env, args []string) error {
	return errors.New("events: not implemented yet")
}
