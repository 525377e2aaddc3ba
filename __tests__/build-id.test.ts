// The in-process build ID reader against `go tool buildid`, on real binaries for ELF targets of
// both word sizes and byte orders, and a PE one (which carries the raw marker instead).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readBuildId } from '../src/go/build-id.js';
import { goTestEnv } from './support/action.js';

const run = promisify(execFile);
const app = join(import.meta.dirname, 'fixtures', 'app');
const targets = [
  ['linux', 'amd64'],
  ['linux', 'arm'], // 32-bit ELF
  ['linux', 'arm64'],
  ['linux', 's390x'], // big-endian ELF
  ['windows', 'amd64'], // PE: the raw marker
] as const;

let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'build-id-'));
  env = { ...goTestEnv(dir), CGO_ENABLED: '0' };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readBuildId', () => {
  it.each(targets)(
    'reads what go tool buildid reads (%s/%s)',
    async (os, arch) => {
      const bin = join(dir, `hello-${os}-${arch}`);
      await run('go', ['build', '-trimpath', '-o', bin, './cmd/hello'], {
        cwd: app,
        env: { ...env, GOOS: os, GOARCH: arch },
      });
      const { stdout } = await run('go', ['tool', 'buildid', bin], { env });
      const id = await readBuildId(bin);
      expect(id).toBe(stdout.trim());
      expect(id).toMatch(/^[\w-]+\/[\w-]+\/[\w-]+\/[\w-]+$/);
    },
    120_000,
  );

  it('finds nothing in a file that is not a Go binary', async () => {
    const file = join(dir, 'not-go');
    await writeFile(
      file,
      Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1]), Buffer.alloc(100)]),
    );
    await expect(readBuildId(file)).resolves.toBeUndefined();
    await writeFile(file, '#!/bin/sh\necho hi\n');
    await expect(readBuildId(file)).resolves.toBeUndefined();
  });
});
