package main

import (
	"context"
	"errors"
)

func cmdRun(ctx context.Context, e *env, args []string) error {
	return errors.New("not implemented yet")
}
func cmdDemo(ctx context.Context, e *env, args []string) error {
	return errors.New("not implemented yet")
}
func cmdReplica(ctx context.Context, e *env, args []string) error {
	return errors.New("not implemented yet")
}
func cmdCrawl(ctx context.Context, e *env, args []string) error {
	return errors.New("not implemented yet")
}
func cmdExtractWorker(ctx context.Context, e *env, args []string) error {
	return errors.New("not implemented yet")
}
func cmdSink(ctx context.Context, e *env, args []string) error {
	return errors.New("not implemented yet")
}
