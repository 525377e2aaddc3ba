// Runs a command to completion and hands back how it ended, for tests that check the exit code and
// the output of a tool (skopeo, podman) rather than only whether it succeeded.
import { execFile } from 'node:child_process';

export interface ExecResult {
  /** The exit code; 1 when the command could not be run at all. */
  readonly code: number;
  readonly stdout: string;
  /** stderr, or the spawn error's message when there is none. */
  readonly stderr: string;
}

export function execResult(
  cmd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<ExecResult> {
  return new Promise((resolve) => {
    execFile(cmd, args, { env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr: stderr || (err?.message ?? '') });
    });
  });
}
