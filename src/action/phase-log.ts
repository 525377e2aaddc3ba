// The step's log as setup-go and build-push-action users expect it: one group per phase, each
// with content, a line when a platform's build or an image's push starts and ends, and a
// progress line every 10 s for whatever is still running (util/progress.ts).
import * as core from '@actions/core';
import { CompileCancelled } from '../go/build.js';
import { errorMessage } from '../util/errors.js';
import { formatSize, startProgress } from '../util/progress.js';
import type { Span, Timeline } from '../util/timeline.js';

export class PhaseLog {
  private open = false;

  /** Ends the group that is open, if any, and opens `title` (GitHub does not nest groups). */
  group(title: string): void {
    this.end();
    core.startGroup(title);
    this.open = true;
  }

  end(): void {
    if (!this.open) return;
    core.endGroup();
    this.open = false;
  }

  /**
   * Logs each span of `timeline` as it starts and ends, opens the Push group with the first push,
   * and ticks progress lines. Returns the function that stops the ticking.
   */
  follow(timeline: Timeline): () => void {
    let pushing = false;
    timeline.listen((event, span) => {
      if (event === 'start' && span.phase === 'push' && !pushing) {
        pushing = true;
        this.group('Push');
      }
      const line = event === 'start' ? startLine(span) : endLine(span);
      if (line) core.info(line);
    });
    return startProgress({
      active: () => timeline.active().filter((s) => s.phase !== 'go' && s.phase !== 'caches'),
      report: (line) => core.info(line),
    });
  }
}

function startLine(span: Span): string | undefined {
  if (span.phase === 'compile') return `${span.subject}: go build ${span.image}`;
  if (span.phase === 'push') return `pushing ${span.image} (${span.subject})`;
  return undefined;
}

function endLine(span: Span): string | undefined {
  const took = `${(((span.end ?? span.start) - span.start) / 1000).toFixed(1)} s`;
  switch (span.phase) {
    case 'compile':
      if (span.outcome === 'ok') return `${span.subject}: compiled ${span.image} in ${took}`;
      if (span.outcome === 'cancelled') {
        const stopped = span.error instanceof CompileCancelled && span.error.stopped;
        return `${span.subject}: go build ${span.image} ${stopped ? `stopped after ${took}` : 'not started'}: another build failed`;
      }
      // Said at once, before the other builds are stopped and the step ends.
      return `${span.subject}: go build ${span.image} failed after ${took}: ${errorMessage(span.error)}`;
    case 'layers':
      return span.outcome === 'ok' ? `${span.subject}: binary layer made in ${took}` : undefined;
    case 'push':
      return span.outcome === 'ok'
        ? `pushed ${span.image} in ${took}, ${formatSize(span.bytes)} sent`
        : `push of ${span.image} failed after ${took}`;
    default:
      return undefined;
  }
}
