// crane (github.com/google/go-containerregistry/cmd/crane, pinned in go.mod), built as a
// dependency of this module: the real application of bench/cache.mjs. The bench edits the
// revision line for its "one source line changed" row.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/google/go-containerregistry/cmd/crane/cmd"
	"github.com/google/go-containerregistry/pkg/logs"
)

const revision = "0"

func init() {
	logs.Warn.SetOutput(os.Stderr)
	logs.Progress.SetOutput(os.Stderr)
	cmd.Root.Long += "\n\nBuilt by the ko-action cache benchmark, revision " + revision + "."
}

func main() {
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt)
	defer cancel()
	if err := cmd.Root.ExecuteContext(ctx); err != nil {
		cancel()
		os.Exit(1)
	}
}
