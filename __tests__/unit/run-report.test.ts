// What a run tells its user besides outputs: wall-clock phase times and the failure in the job
// summary, progress lines while a phase runs, annotations at the file and line of an error.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { failureAnnotations, parseLocation } from '../../src/engine/annotations.js';
import {
  describeFailure,
  phaseTimes,
  renderFailure,
  renderPhaseTimes,
} from '../../src/engine/run-summary.js';
import { GoBuildError } from '../../src/go/build.js';
import { KoActionError } from '../../src/util/errors.js';
import { progressLine, startProgress, systemClock } from '../../src/util/progress.js';
import { settleAll } from '../../src/util/settle.js';
import { Timeline, wallClock } from '../../src/util/timeline.js';

/** A timeline driven by a clock the test sets. */
function manualTimeline(): { timeline: Timeline; at: (ms: number) => void } {
  let now = 0;
  return { timeline: new Timeline(() => now), at: (ms) => (now = ms) };
}

const compileError = new GoBuildError(
  'go build example.com/app/cmd/broken for linux/arm64 failed: cmd/broken/main.go:8:2: undefined: nope',
  [
    { file: 'cmd/broken/main.go', line: 8, column: 2, message: 'undefined: nope' },
    { file: 'cmd/broken/main.go', line: 9, column: undefined, message: 'declared and not used: x' },
  ],
  '# example.com/app/cmd/broken\ncmd/broken/main.go:8:2: undefined: nope\n',
);

describe('phase times', () => {
  it('count parallel platforms once (wall clock), and list each platform', () => {
    const { timeline, at } = manualTimeline();
    at(0);
    const go = timeline.start('go');
    at(1_000);
    go.end();
    const amd = timeline.start('compile', 'linux/amd64', './cmd/app');
    const arm = timeline.start('compile', 'linux/arm64', './cmd/app');
    at(31_000);
    amd.end();
    at(41_000);
    arm.end();
    const push = timeline.start('push', 'linux/amd64, linux/arm64', 'r.example/app');
    push.addBytes(2048);
    at(44_000);
    push.end();

    const rows = phaseTimes(timeline.spans(), timeline.now());
    expect(rows.map((r) => [r.title, r.wallMs])).toEqual([
      ['Set up Go', 1_000],
      ['Compile', 40_000], // not 70 s: the two ran side by side
      ['Push', 3_000],
    ]);
    expect(rows[1]?.parts).toEqual([
      { subject: 'linux/amd64', ms: 30_000, outcome: 'ok' },
      { subject: 'linux/arm64', ms: 40_000, outcome: 'ok' },
    ]);
    const html = renderPhaseTimes(rows);
    expect(html).toContain(
      '<td>Compile</td><td>40.0 s</td><td>linux/amd64 30.0 s<br>linux/arm64 40.0 s</td>',
    );
    expect(html).toContain('<td>Set up Go</td><td>1.0 s</td><td></td>');
  });

  it('wallClock joins overlapping and touching intervals, and ends running ones at now', () => {
    const span = (start: number, end: number | undefined) =>
      ({
        phase: 'compile',
        subject: '',
        image: '',
        start,
        end,
        outcome: undefined,
        bytes: 0,
      }) as const;
    expect(wallClock([span(0, 10), span(5, 20), span(30, 40)], 100)).toBe(30);
    expect(wallClock([span(0, 10), span(10, 20)], 100)).toBe(20);
    expect(wallClock([span(50, undefined)], 80)).toBe(30);
    expect(wallClock([], 80)).toBe(0);
  });
});

describe('the failure in the summary', () => {
  it('names the platform that failed first and its first compile error with file:line', () => {
    const { timeline, at } = manualTimeline();
    const amd = timeline.start('compile', 'linux/amd64', './cmd/broken');
    const arm = timeline.start('compile', 'linux/arm64', './cmd/broken');
    at(2_000);
    arm.end('failed', compileError);
    at(3_000);
    amd.end('cancelled', new Error('stopped'));

    const failure = describeFailure(compileError, timeline.spans());
    expect(failure).toEqual({
      platform: 'linux/arm64',
      image: './cmd/broken',
      phase: 'compile',
      firstError: 'cmd/broken/main.go:8:2: undefined: nope',
    });
    const html = renderFailure(failure);
    expect(html).toContain('go build of <code>./cmd/broken</code> for <b>linux/arm64</b>');
    expect(html).toContain('<pre>cmd/broken/main.go:8:2: undefined: nope</pre>');
    expect(renderPhaseTimes(phaseTimes(timeline.spans(), timeline.now()))).toContain(
      'linux/amd64 3.0 s (stopped: another build failed)<br>linux/arm64 2.0 s (failed)',
    );
  });

  it('without a failed phase, gives the error itself (a .ko.yaml error before any build)', () => {
    const e = new KoActionError('CONFIG', 'unknown platform', { where: '.ko.yaml:3:5' });
    expect(describeFailure(e, [])).toEqual({ firstError: '.ko.yaml:3:5: unknown platform' });
    expect(renderFailure(describeFailure(e, []))).toContain('<b>Failed:</b> the run</p>');
  });
});

describe('progress lines', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('come every 10 s for each running phase, with platform, elapsed time and bytes sent', () => {
    jest.useFakeTimers({ now: 0 });
    const timeline = new Timeline(() => Date.now());
    const lines: string[] = [];
    const stop = startProgress({
      active: () => timeline.active(),
      report: (l) => lines.push(l),
      clock: systemClock,
    });
    const compile = timeline.start('compile', 'linux/arm64', './cmd/app');
    jest.advanceTimersByTime(9_999);
    expect(lines).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(lines).toEqual(['linux/arm64: compiling ./cmd/app, 10 s']);
    const push = timeline.start('push', 'linux/arm64', 'r.example/app');
    push.addBytes(3 * 1024 * 1024);
    jest.advanceTimersByTime(10_000);
    expect(lines.slice(1)).toEqual([
      'linux/arm64: compiling ./cmd/app, 20 s',
      'linux/arm64: pushing r.example/app, 10 s, 3.0 MiB sent',
    ]);
    compile.end();
    push.end();
    jest.advanceTimersByTime(60_000);
    expect(lines).toHaveLength(3); // nothing runs: nothing to say
    stop();
    timeline.start('compile', 'linux/amd64', './cmd/app');
    jest.advanceTimersByTime(60_000);
    expect(lines).toHaveLength(3); // stopped
  });

  it('a 6-minute compile gets a line at least every 15 s', () => {
    jest.useFakeTimers({ now: 0 });
    const timeline = new Timeline(() => Date.now());
    const at: number[] = [];
    const stop = startProgress({
      active: () => timeline.active(),
      report: () => at.push(Date.now()),
    });
    timeline.start('compile', 'linux/amd64', './cmd/app');
    jest.advanceTimersByTime(360_000);
    stop();
    const gaps = at.map((t, i) => t - (at[i - 1] ?? 0));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(15_000);
    expect(at.length).toBeGreaterThanOrEqual(24);
  });

  it('formats bytes below a KiB and elapsed time of a phase not yet a second old', () => {
    const span = {
      phase: 'push',
      subject: '',
      image: 'r.example/app',
      start: 1000,
      end: undefined,
      outcome: undefined,
      bytes: 512,
    } as const;
    expect(progressLine(span, 1200)).toBe('pushing r.example/app, 0 s, 512 B sent');
  });
});

describe('annotations for a failure', () => {
  const ctx = { workspace: '/ws', cwd: '/ws' };

  it('put a .ko.yaml or resolve error at its file, line and column, relative to the workspace', () => {
    const e = new KoActionError('CONFIG', 'builds[0].main: no such directory', {
      where: '/ws/app/.ko.yaml:4:11',
      hint: 'fix main',
    });
    expect(failureAnnotations(e, ctx)).toEqual([
      {
        message: '/ws/app/.ko.yaml:4:11: builds[0].main: no such directory. Fix main',
        file: 'app/.ko.yaml',
        line: 4,
        column: 11,
      },
    ]);
    const resolveError = new KoActionError('INPUT', 'invalid YAML: bad', { where: 'k8s/a.yaml:2' });
    expect(failureAnnotations(resolveError, { workspace: '/ws', cwd: '/ws' })[0]).toMatchObject({
      file: 'k8s/a.yaml',
      line: 2,
    });
  });

  it('leave an input error, or one in a file outside the workspace, a plain line', () => {
    expect(
      failureAnnotations(new KoActionError('INPUT', 'bad', { where: 'platforms' }), ctx),
    ).toEqual([{ message: 'platforms: bad' }]);
    const outside = new KoActionError('CONFIG', 'bad', { where: '/etc/ko.yaml:1:1' });
    expect(failureAnnotations(outside, ctx)).toEqual([{ message: '/etc/ko.yaml:1:1: bad' }]);
    expect(failureAnnotations(new Error('plain'), ctx)).toEqual([{ message: 'plain' }]);
  });

  it('give each compile error its own annotation, then the one failure line', () => {
    const out = failureAnnotations(compileError, ctx);
    expect(out.map((a) => [a.file, a.line, a.column, a.message])).toEqual([
      ['cmd/broken/main.go', 8, 2, 'undefined: nope'],
      ['cmd/broken/main.go', 9, undefined, 'declared and not used: x'],
      [undefined, undefined, undefined, expect.stringContaining('for linux/arm64 failed')],
    ]);
  });

  it('parseLocation reads file:line[:column] and nothing else', () => {
    expect(parseLocation('.ko.yaml:3:5')).toEqual({ file: '.ko.yaml', line: 3, column: 5 });
    expect(parseLocation('a.yaml:7')).toEqual({ file: 'a.yaml', line: 7 });
    expect(parseLocation('C:/x/a.yaml:7:1')).toEqual({ file: 'C:/x/a.yaml', line: 7, column: 1 });
    expect(parseLocation('platforms')).toBeUndefined();
    expect(parseLocation('KO_DEFAULTBASEIMAGE')).toBeUndefined();
  });
});

describe('settleAll', () => {
  it('waits for every task, then rejects with the first failure in time, having told onFailure', async () => {
    const events: string[] = [];
    let release: () => void = () => undefined;
    const slow = new Promise<string>((resolve) => {
      release = () => {
        events.push('slow settled');
        resolve('slow');
      };
    });
    const late = new Promise<string>((_, reject) =>
      setTimeout(() => reject(new Error('consequence')), 5),
    );
    const done = settleAll([late, slow, Promise.reject(new Error('cause'))], (e) => {
      events.push(`cancel: ${(e as Error).message}`);
      release();
    });
    await expect(done).rejects.toThrow('cause');
    expect(events).toEqual(['cancel: cause', 'slow settled']);
  });

  it('resolves with every value in order', async () => {
    await expect(settleAll([Promise.resolve(1), Promise.resolve(2)])).resolves.toEqual([1, 2]);
  });
});
