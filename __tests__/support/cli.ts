// The CLI twin (dist/cli) for tests: the committed bundle when it is current, else a fresh one.
import { spawn } from 'node:child_process';

/** dist/cli/index.js when it is newer than every source, else a fresh bundle (see action.ts). */
export { cliBundle } from './action.js';

export interface NodeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <args>` in `cwd` with exactly `env`, feeding `stdin`. */
export function runNode(
  args: string[],
  opts: { stdin?: string; cwd: string },
  env: Record<string, string>,
): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: opts.cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}
