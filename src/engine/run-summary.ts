// The job summary's account of time and of a failure, from the run's timeline: wall-clock time
// per phase (parallel platforms overlap, they do not add up), each platform's own time, and on
// failure which platform failed and the first error (a compile error with its file:line). Pure:
// HTML for core.summary.addRaw (GitHub renders it in the summary's Markdown).
import { GoBuildError } from '../go/build.js';
import { errorMessage } from '../util/errors.js';
import { phases, wallClock, type PhaseName, type Span } from '../util/timeline.js';

const phaseTitles: Record<PhaseName, string> = {
  go: 'Set up Go',
  caches: 'Restore caches',
  compile: 'Compile',
  layers: 'Layers',
  push: 'Push',
};

export interface PhaseTime {
  readonly phase: PhaseName;
  readonly title: string;
  /** How long the user waited for this phase: the union of its spans. */
  readonly wallMs: number;
  /** Each platform (or image) on its own, when there is more than one span. */
  readonly parts: readonly {
    readonly subject: string;
    readonly ms: number;
    readonly outcome: Span['outcome'];
  }[];
}

/** One row per phase that ran, in run order. */
export function phaseTimes(spans: readonly Span[], now: number): PhaseTime[] {
  return phases.flatMap((phase) => {
    const of = spans.filter((s) => s.phase === phase);
    if (!of.length) return [];
    const parts =
      of.length > 1 || of[0]?.subject
        ? of.map((s) => ({
            subject: [s.subject, s.image && of.some((o) => o.image !== s.image) ? s.image : '']
              .filter(Boolean)
              .join(' '),
            ms: (s.end ?? now) - s.start,
            outcome: s.outcome,
          }))
        : [];
    return [{ phase, title: phaseTitles[phase], wallMs: wallClock(of, now), parts }];
  });
}

export interface FailureReport {
  /** The platform whose build failed first (`linux/arm64`), when a platform's phase failed. */
  readonly platform?: string;
  /** The package or image it was for. */
  readonly image?: string;
  readonly phase?: PhaseName;
  /** The first error: a compile error as `file:line:column: message`, else the message. */
  readonly firstError: string;
}

/** Which platform failed first, and the first error, for `error` (what the run threw). */
export function describeFailure(error: unknown, spans: readonly Span[]): FailureReport {
  const failed = spans
    .filter((s) => s.outcome === 'failed')
    .sort((a, b) => (a.end ?? 0) - (b.end ?? 0));
  const span = failed.find((s) => s.error === error) ?? failed[0];
  const cause = span?.error ?? error;
  const first = cause instanceof GoBuildError ? cause.diagnostics[0] : undefined;
  const firstError = first
    ? `${first.file}:${first.line}${first.column ? `:${first.column}` : ''}: ${first.message}`
    : (errorMessage(cause).split('\n')[0] ?? '');
  return {
    ...(span?.subject && span.phase !== 'push' ? { platform: span.subject } : {}),
    ...(span?.image ? { image: span.image } : {}),
    ...(span ? { phase: span.phase } : {}),
    firstError,
  };
}

const outcomeNote: Record<NonNullable<Span['outcome']>, string> = {
  ok: '',
  failed: ' (failed)',
  cancelled: ' (stopped: another build failed)',
};

/** The phase table: phase, wall clock, and each platform's time. */
export function renderPhaseTimes(rows: readonly PhaseTime[]): string {
  const body = rows
    .map((r) => {
      const parts = r.parts
        .map(
          (p) =>
            `${escapeHtml(p.subject)} ${seconds(p.ms)}${p.outcome ? outcomeNote[p.outcome] : ' (running)'}`,
        )
        .join('<br>');
      return `<tr><td>${r.title}</td><td>${seconds(r.wallMs)}</td><td>${parts}</td></tr>`;
    })
    .join('');
  return (
    '<table><tr><th>Phase</th><th>Wall clock</th><th>Per platform</th></tr>' + body + '</table>'
  );
}

/** The failure: what failed, where, and the first error. */
export function renderFailure(f: FailureReport): string {
  const what =
    f.phase === 'compile' ? 'go build' : f.phase ? phaseTitles[f.phase].toLowerCase() : 'the run';
  const target = [
    f.image && `<code>${escapeHtml(f.image)}</code>`,
    f.platform && `for <b>${escapeHtml(f.platform)}</b>`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    `<p><b>Failed:</b> ${what}${target ? ` of ${target}` : ''}</p>` +
    `<p>First error:</p><pre>${escapeHtml(f.firstError)}</pre>`
  );
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
