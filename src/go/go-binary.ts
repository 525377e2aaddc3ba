// Finding a go binary and asking it its version: shared by setting Go up and by switching it.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Env } from '../util/env.js';
import { runProcess } from '../util/process.js';

export const goExe = process.platform === 'win32' ? 'go.exe' : 'go';

export function findOnPath(name: string, env: Env): string | undefined {
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export type GoVersionResult =
  | { readonly version: string; readonly why?: undefined }
  | { readonly version?: undefined; readonly why: string };

/**
 * `go version` → `1.26.8` (`devel go1.27-abc…` → `1.27-abc…`), or why it failed. GOTOOLCHAIN
 * in `env` decides whether that is the binary's own version or the one it switches to.
 */
export async function goVersion(goPath: string, env: Env, cwd: string): Promise<GoVersionResult> {
  const res = await runProcess(goPath, ['version'], {
    env,
    cwd: existsSync(cwd) ? cwd : undefined,
    timeoutMs: 300_000,
  });
  const version =
    res.code === 0 ? /go version (?:devel )?go(\S+)/.exec(res.stdout)?.[1] : undefined;
  if (version) return { version };
  const reason = res.error?.message ?? (res.stderr.trim() || `exit code ${res.code ?? 'null'}`);
  return { why: `${goPath} version failed: ${reason.split('\n')[0] ?? ''}` };
}
