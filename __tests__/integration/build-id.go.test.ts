// The in-process build ID reader against `go tool buildid`, on real binaries for ELF targets of
// both word sizes and byte orders, and a PE one (which carries the raw marker instead).
// unit/build-id.test.ts: files that are not Go binaries.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fixturesDir } from '../support/tools.js';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readBuildId } from '../../src/go/build-id.js';
import { goTestEnv } from '../support/action.js';
import { buildTimeout } from '../support/timeouts.js';

const run = promisify(execFile);
const app = join(fixturesDir, 'app');
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
    buildTimeout(1), // a cold standard library for a platform nothing else builds
  );
});
