// The one way this program runs another: spawn with an explicit environment and directory,
// collect stdout and stderr, and report (never throw) a failure to start. Callers decide what a
// non-zero exit or a missing program means for them.
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import type { Env } from './env.js';

export interface RunOptions {
  readonly env: Env;
  readonly cwd?: string | undefined;
  /** Written to stdin, which is then closed; without it (or `stdin`) stdin is /dev/null. */
  readonly input?: string;
  /**
   * Streamed to stdin, which is closed at its end. If the stream fails, the program is killed and
   * the failure is the result's `error`; if the program exits first, the stream is destroyed.
   */
  readonly stdin?: Readable;
  readonly signal?: AbortSignal;
  /** SIGKILL after this long (our own timer: spawn's leaves one behind when the program is missing). */
  readonly timeoutMs?: number;
  /**
   * Run the program as the leader of a process group of its own, and end the whole group with
   * SIGKILL on abort or timeout: go build's compiler and linker children end with it, where a
   * signal to go alone leaves them running (go has no signal handler during a build). POSIX only;
   * on Windows the program alone is killed.
   */
  readonly group?: boolean;
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  /** Exit code; null when killed by a signal or when the program could not start. */
  readonly code: number | null;
  /** Set when the program could not be started (ENOENT, EACCES, aborted), or `stdin` failed. */
  readonly error?: Error;
}

export function runProcess(
  program: string,
  args: readonly string[],
  opts: RunOptions,
): Promise<RunResult> {
  return new Promise((resolve) => {
    const group = opts.group === true && process.platform !== 'win32';
    const child = spawn(program, args, {
      env: opts.env,
      ...(opts.cwd ? { cwd: opts.cwd } : {}),
      stdio: [opts.input === undefined && !opts.stdin ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      // A group ends on abort through onAbort below, not spawn's SIGTERM to its leader alone.
      ...(group ? { detached: true } : opts.signal ? { signal: opts.signal } : {}),
    });
    const kill = (): void => {
      if (group && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // The group has ended already.
        }
      } else child.kill('SIGKILL');
    };
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = opts.timeoutMs ? setTimeout(kill, opts.timeoutMs) : undefined;
    timer?.unref();
    let error: Error | undefined;
    const onAbort = (): void => {
      error ??= new Error(`${program} stopped: ${String(opts.signal?.reason ?? 'aborted')}`, {
        cause: opts.signal?.reason,
      });
      kill();
    };
    if (group && opts.signal) {
      if (opts.signal.aborted) onAbort();
      else opts.signal.addEventListener('abort', onAbort, { once: true });
    }
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => (error ??= e));
    child.on('close', (code) => {
      clearTimeout(timer);
      opts.stdin?.destroy();
      opts.signal?.removeEventListener('abort', onAbort);
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code: error ? null : code,
        ...(error ? { error } : {}),
      });
    });
    if (opts.input !== undefined && child.stdin) {
      child.stdin.on('error', () => undefined);
      child.stdin.end(opts.input);
    } else if (opts.stdin && child.stdin) {
      const source = opts.stdin;
      // EPIPE when the program exits without reading it all: its exit code and stderr say why.
      child.stdin.on('error', () => undefined);
      source.on('error', (e) => {
        error ??= e;
        kill();
      });
      source.pipe(child.stdin);
    }
  });
}
