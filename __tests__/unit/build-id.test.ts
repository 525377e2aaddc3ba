// The in-process build ID reader on files that are not Go binaries (integration/build-id.go.test.ts
// reads real ones, against `go tool buildid`).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBuildId } from '../../src/go/build-id.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'build-id-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readBuildId', () => {
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
