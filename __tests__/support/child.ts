// Long-running helper processes for tests (the registry): started, awaited until ready, stopped
// by PID, and never left behind, even when jest kills the worker without an 'exit' event.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface ServerProcess {
  readonly pid: number;
  /** The last few KB of stderr, for failure messages. */
  logTail(): string;
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Resolves the start once a stderr line matches; its first group is returned. */
  ready: RegExp;
  timeoutMs?: number;
}

const LOG_TAIL = 16_000;
const STOP_GRACE_MS = 2_000;

/**
 * A watchdog that SIGKILLs `pid` once our end of its stdin pipe closes. The kernel closes it when
 * this process exits or dies in any way (SIGKILL included), so the server cannot outlive us.
 * (A process.on('exit') hook would not do: inside a test file, jest's sandboxed `process` is a
 * copy whose 'exit' event never fires.)
 */
export function startWatchdog(pid: number): ChildProcess {
  const script = 'read -r _; kill -9 "$1" 2>/dev/null';
  return spawn('/bin/sh', ['-c', script, 'watchdog', `${pid}`], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

export async function startServerProcess(
  options: ServerProcessOptions,
): Promise<{ process: ServerProcess; match: string }> {
  const child = spawn(options.command, options.args, {
    env: options.env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const watchdog = child.pid === undefined ? undefined : startWatchdog(child.pid);
  // Once the server is gone its PID may be reused: the watchdog must not outlive it.
  child.on('exit', () => watchdog?.kill('SIGKILL'));
  let tail = '';
  const logTail = (): string => tail;
  const describe = `${options.command} ${options.args.join(' ')}`;

  // Keep draining stderr for the whole life of the process: a full pipe would block it.
  const match = await new Promise<string>((resolve, reject) => {
    let line = '';
    let settled = false;
    const settle = (fn: () => void): void => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        fn();
      }
    };
    const timer = setTimeout(() => {
      settle(() =>
        reject(
          new Error(`${describe}: not ready after ${options.timeoutMs ?? 10_000} ms\n${tail}`),
        ),
      );
    }, options.timeoutMs ?? 10_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      tail = (tail + text).slice(-LOG_TAIL);
      if (settled) return;
      line += text;
      const found = options.ready.exec(line);
      if (found) settle(() => resolve(found[1] ?? found[0]));
      else line = line.slice(line.lastIndexOf('\n') + 1);
    });
    child.on('error', (err) => settle(() => reject(new Error(`${describe}: ${err.message}`))));
    child.on('exit', (code, signal) => {
      settle(() =>
        reject(new Error(`${describe} exited (${signal ?? code}) before it was ready\n${tail}`)),
      );
    });
  }).catch(async (err: unknown) => {
    await stopChild(child, 'SIGKILL');
    if (watchdog) await stopChild(watchdog, 'SIGKILL');
    throw err;
  });

  let stopping: Promise<void> | undefined;
  return {
    match,
    process: {
      pid: child.pid as number,
      logTail,
      stop() {
        stopping ??= (async () => {
          await stopChild(child, 'SIGTERM');
          if (watchdog) await stopChild(watchdog, 'SIGKILL');
        })();
        return stopping;
      },
    },
  };
}
