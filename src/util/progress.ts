// A progress line every few seconds for each phase still running (platform, phase, elapsed,
// bytes), so a 6-minute compile or a slow push is never silent in the log. Pure: the clock and
// the timer are injected and the lines go to `report`; the action sends them to core.info, the
// CLI may send them to stderr.
import type { Span } from './timeline.js';

/** What the ticker needs of time: setInterval-like scheduling and the current time. */
export interface Clock {
  now(): number;
  every(ms: number, fn: () => void): () => void;
}

/** The real clock: Date.now and an unref'd setInterval (progress never keeps a process alive). */
export const systemClock: Clock = {
  now: () => Date.now(),
  every(ms, fn) {
    const timer = setInterval(fn, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

/** Within the 15 s a user waits at most between two lines, with room for a slow tick. */
export const progressIntervalMs = 10_000;

export interface ProgressOptions {
  /** The spans running now. */
  readonly active: () => readonly Span[];
  readonly report: (line: string) => void;
  readonly clock?: Clock;
  readonly intervalMs?: number;
}

const verbs: Record<Span['phase'], string> = {
  go: 'setting up Go',
  caches: 'restoring caches',
  compile: 'compiling',
  layers: 'making layers',
  push: 'pushing',
};

/** Starts ticking; the returned function stops it. */
export function startProgress(opts: ProgressOptions): () => void {
  const clock = opts.clock ?? systemClock;
  return clock.every(opts.intervalMs ?? progressIntervalMs, () => {
    const now = clock.now();
    for (const span of opts.active()) opts.report(progressLine(span, now));
  });
}

/** `linux/arm64: compiling example.com/app/cmd/app, 45 s` (`, 12.3 MiB sent` while pushing). */
export function progressLine(span: Span, now: number): string {
  const who = span.subject ? `${span.subject}: ` : '';
  const what = span.image ? `${verbs[span.phase]} ${span.image}` : verbs[span.phase];
  const elapsed = `${Math.max(0, Math.round((now - span.start) / 1000))} s`;
  const bytes = span.phase === 'push' ? `, ${formatSize(span.bytes)} sent` : '';
  return `${who}${what}, ${elapsed}${bytes}`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
