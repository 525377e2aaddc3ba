// When each phase of a run started and ended, per platform or image: what the job summary's
// wall-clock times and the progress lines are made from. Pure: the clock is injected, and
// listeners (the action's log groups) are told of every start and end.

/** The phases a run goes through, in the order a user sees them. */
export const phases = ['go', 'caches', 'compile', 'layers', 'push'] as const;
export type PhaseName = (typeof phases)[number];

export type Outcome = 'ok' | 'failed' | 'cancelled';

export interface Span {
  readonly phase: PhaseName;
  /** What the phase works on: a platform (`linux/arm64`), or '' for the whole run. */
  readonly subject: string;
  /** The image or package it belongs to, when there can be several. */
  readonly image: string;
  readonly start: number;
  /** Undefined while it runs. */
  readonly end: number | undefined;
  readonly outcome: Outcome | undefined;
  /** Bytes moved so far (push: bytes sent). */
  readonly bytes: number;
  /** The failure, when outcome is `failed`. */
  readonly error?: unknown;
}

export interface SpanHandle {
  addBytes(n: number): void;
  end(outcome?: Outcome, error?: unknown): void;
}

export type TimelineListener = (event: 'start' | 'end', span: Span) => void;

type MutableSpan = { -readonly [K in keyof Span]: Span[K] };

export class Timeline {
  private readonly all: MutableSpan[] = [];
  private readonly listeners: TimelineListener[] = [];

  constructor(readonly now: () => number = Date.now) {}

  listen(fn: TimelineListener): void {
    this.listeners.push(fn);
  }

  start(phase: PhaseName, subject = '', image = ''): SpanHandle {
    const span: MutableSpan = {
      phase,
      subject,
      image,
      start: this.now(),
      end: undefined,
      outcome: undefined,
      bytes: 0,
    };
    this.all.push(span);
    this.emit('start', span);
    return {
      addBytes: (n) => {
        span.bytes += n;
      },
      end: (outcome = 'ok', error) => {
        if (span.end !== undefined) return;
        span.end = this.now();
        span.outcome = outcome;
        if (error !== undefined) span.error = error;
        this.emit('end', span);
      },
    };
  }

  /** Runs `fn` as one span: ended `ok`, or `failed` with what it threw. */
  async time<T>(phase: PhaseName, fn: () => Promise<T>, subject = '', image = ''): Promise<T> {
    const span = this.start(phase, subject, image);
    try {
      const value = await fn();
      span.end('ok');
      return value;
    } catch (e) {
      span.end('failed', e);
      throw e;
    }
  }

  spans(): readonly Span[] {
    return this.all;
  }

  /** Spans still running, oldest first. */
  active(): readonly Span[] {
    return this.all.filter((s) => s.end === undefined);
  }

  private emit(event: 'start' | 'end', span: Span): void {
    for (const fn of this.listeners) fn(event, span);
  }
}

/**
 * How long `spans` kept the user waiting: the length of the union of their intervals, so two
 * platforms compiling side by side for 40 s count 40 s, not 80. Running spans end at `now`.
 */
export function wallClock(spans: readonly Span[], now: number): number {
  const intervals = spans
    .map((s) => [s.start, s.end ?? now] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let total = 0;
  let from = -Infinity;
  let to = -Infinity;
  for (const [start, end] of intervals) {
    if (start > to) {
      if (to > from) total += to - from;
      from = start;
      to = end;
    } else if (end > to) {
      to = end;
    }
  }
  if (to > from) total += to - from;
  return total;
}
