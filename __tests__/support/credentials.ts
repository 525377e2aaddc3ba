// Sandboxes for the credential lookup tests (unit/credentials.test.ts, and
// integration/credentials.helper.test.ts, which runs real credential helpers): a fresh HOME and
// environment per test, so nothing of the machine's own credentials leaks in.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveCredentials } from '../../src/registry/credentials.js';
import { parseRepository } from '../../src/registry/reference.js';
import type { Env } from '../../src/util/env.js';

export interface CredentialSandbox {
  /** HOME, PATH (`<root>/bin` first: where a test puts credential helpers) and KOTEST_LOG. */
  readonly env: Record<string, string>;
  readonly dir: string;
  /** An empty file a test helper may append to (KOTEST_LOG). */
  readonly log: string;
}

let n = 0;

/** A fresh directory under `root` with its own HOME, for one test. */
export function credentialSandbox(root: string): CredentialSandbox {
  const dir = join(root, `case-${++n}`);
  mkdirSync(join(dir, 'home'), { recursive: true });
  const log = join(dir, 'helper.log');
  writeFileSync(log, '');
  return {
    dir,
    log,
    env: { HOME: join(dir, 'home'), PATH: `${join(root, 'bin')}:/usr/bin:/bin`, KOTEST_LOG: log },
  };
}

/** Writes `value` as JSON to `file` (directories created); returns the path. */
export function writeJson(file: string, value: unknown): string {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(value));
  return file;
}

export const b64 = (s: string): string => Buffer.from(s).toString('base64');

/** resolveCredentials for the repository `target` (e.g. reg.example.com/o/app) under `env`. */
export const lookup = (
  target: string,
  env: Env,
  extra: Partial<Parameters<typeof resolveCredentials>[1]> = {},
): ReturnType<typeof resolveCredentials> =>
  resolveCredentials(parseRepository(target), { env, ...extra });
