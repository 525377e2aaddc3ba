// Cache keys and paths (docs/notes/github-actions.md#9-cache-keys-gocache-kocache-for-matrix-jobs) and the dependency-file hash.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashDependencyFiles } from '../src/cache/dependency-hash.js';
import { cacheKeys, cachePaths, maxKeyLength, platformPart } from '../src/cache/keys.js';

const base = {
  runnerOs: 'Linux',
  runnerArch: 'X64',
  goVersion: '1.26.8',
  platforms: ['linux/arm64', 'linux/amd64'],
  dependencyHash: 'ab12',
  runId: '123456',
  runAttempt: '2',
};

describe('cacheKeys', () => {
  it('builds the primary key and two restore-key prefixes', () => {
    expect(cacheKeys(base)).toEqual({
      primary: 'ko-action-v1-Linux-X64-go1.26.8-linux-amd64_linux-arm64-ab12-123456-2',
      restoreKeys: [
        'ko-action-v1-Linux-X64-go1.26.8-linux-amd64_linux-arm64-ab12-',
        'ko-action-v1-Linux-X64-go1.26.8-linux-amd64_linux-arm64-',
      ],
    });
  });

  it('does not depend on platform order or duplicates, and differs per platform set', () => {
    const a = cacheKeys(base).primary;
    expect(
      cacheKeys({ ...base, platforms: ['linux/amd64', 'linux/arm64', 'linux/amd64'] }).primary,
    ).toBe(a);
    expect(cacheKeys({ ...base, platforms: ['linux/amd64'] }).primary).not.toBe(a);
    expect(cacheKeys({ ...base, goVersion: 'go1.26.8' }).primary).toBe(a);
  });

  it('restore keys are prefixes of the primary key, and of no other Go version', () => {
    const k = cacheKeys(base);
    for (const r of k.restoreKeys) expect(k.primary.startsWith(r)).toBe(true);
    const other = cacheKeys({ ...base, goVersion: '1.26.80' });
    expect(other.primary.startsWith(k.restoreKeys[1] ?? '')).toBe(false);
  });

  it('hashes long platform lists and never has commas or exceeds 512 characters', () => {
    const many = [
      'linux/amd64',
      'linux/arm64',
      'linux/arm/v6',
      'linux/arm/v7',
      'linux/386',
      'linux/ppc64le',
      'linux/s390x',
      'linux/riscv64',
      'linux/mips64le',
      'windows/amd64:10.0.17763',
    ];
    expect(platformPart(many)).toMatch(/^platforms[0-9a-f]{16}$/);
    expect(platformPart([])).toBe('default');
    const k = cacheKeys({
      ...base,
      platforms: many,
      runnerOs: 'a,b c',
      goVersion: 'x'.repeat(600),
    });
    for (const key of [k.primary, ...k.restoreKeys]) {
      expect(key.length).toBeLessThanOrEqual(maxKeyLength);
      expect(key).not.toMatch(/[,\s]/);
    }
  });
});

describe('cachePaths', () => {
  it('lists KOCACHE, GOCACHE, then GOMODCACHE when present', () => {
    expect(cachePaths({ kocache: '/k', gocache: '/g' })).toEqual(['/k', '/g']);
    expect(cachePaths({ kocache: '/k', gocache: '/g', gomodcache: '/m' })).toEqual([
      '/k',
      '/g',
      '/m',
    ]);
  });
});

describe('hashDependencyFiles', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dep-hash-'));
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'go.sum'), 'a v1 h1:x\n');
    await writeFile(join(dir, 'sub', 'go.sum'), 'b v1 h1:y\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('hashes the matched files by name and content; globs and plain paths alike', async () => {
    const one = await hashDependencyFiles(['go.sum'], dir);
    expect(one.files).toEqual(['go.sum']);
    expect(one.hash).toMatch(/^[0-9a-f]{64}$/);
    const all = await hashDependencyFiles(['**/go.sum'], dir);
    expect(all.files).toEqual(['go.sum', 'sub/go.sum']);
    expect(all.hash).not.toBe(one.hash);
    await writeFile(join(dir, 'sub', 'go.sum'), 'b v2 h1:z\n');
    expect((await hashDependencyFiles(['**/go.sum'], dir)).hash).not.toBe(all.hash);
    const none = await hashDependencyFiles(['missing.sum'], dir);
    expect(none.files).toEqual([]);
  });
});
