// Cache keys (docs/caching.md#keys-and-restore-order) and the dependency-file hash.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashDependencyFiles } from '../../src/cache/dependency-hash.js';
import {
  buildKeys,
  keyHasPrefix,
  maxKeyLength,
  moduleKeys,
  platformPart,
  saveKey,
  targetString,
} from '../../src/cache/keys.js';

const base = {
  runnerOs: 'Linux',
  runnerArch: 'X64',
  goVersion: '1.26.8',
  platforms: ['linux/arm64', 'linux/amd64'],
  target: targetString({ workingDirectory: '.', importPaths: ['./cmd/app'], resolve: [] }),
  dependencyHash: 'ab12',
};
const run = { runId: '123456', runAttempt: '2', content: 'files' };

describe('buildKeys', () => {
  it('has an exact prefix and restore keys for the job, then for the platforms', () => {
    const k = buildKeys(base);
    expect(k.exact).toMatch(
      /^ko-action-v2-build-Linux-X64-go1\.26\.8-linux-amd64_linux-arm64-t[0-9a-f]{8}-ab12-$/,
    );
    expect(k.restoreKeys).toEqual([
      k.exact.replace(/ab12-$/, ''),
      'ko-action-v2-build-Linux-X64-go1.26.8-linux-amd64_linux-arm64-',
    ]);
    for (const r of k.restoreKeys) expect(k.exact.startsWith(r)).toBe(true);
  });

  it('does not depend on platform or import-path order, and differs per job', () => {
    const a = buildKeys(base).exact;
    expect(
      buildKeys({ ...base, platforms: ['linux/amd64', 'linux/arm64', 'linux/amd64'] }).exact,
    ).toBe(a);
    expect(buildKeys({ ...base, goVersion: 'go1.26.8' }).exact).toBe(a);
    expect(buildKeys({ ...base, platforms: ['linux/amd64'] }).exact).not.toBe(a);
    const two = (paths: string[]) =>
      buildKeys({
        ...base,
        target: targetString({ workingDirectory: '.', importPaths: paths, resolve: [] }),
      }).exact;
    expect(two(['./cmd/a', './cmd/b'])).toBe(two(['./cmd/b', './cmd/a']));
    expect(two(['./cmd/a'])).not.toBe(two(['./cmd/b']));
    expect(buildKeys({ ...base, runnerArch: 'ARM64' }).exact).not.toBe(a);
  });

  it('restore keys match no other Go version by prefix', () => {
    const k = buildKeys(base);
    const other = buildKeys({ ...base, goVersion: '1.26.80' });
    expect(other.exact.startsWith(k.restoreKeys[1] ?? '')).toBe(false);
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
    const k = buildKeys({
      ...base,
      platforms: many,
      runnerOs: 'a,b c',
      goVersion: 'x'.repeat(600),
    });
    const saved = saveKey(k, { ...run, runId: '9'.repeat(100) });
    for (const key of [k.exact, ...k.restoreKeys, saved]) {
      expect(key.length).toBeLessThanOrEqual(maxKeyLength);
      expect(key).not.toMatch(/[,\s]/);
    }
    expect(saved.startsWith(k.exact)).toBe(true);
  });
});

describe('moduleKeys', () => {
  it('keys on the OS, Go version and dependencies only', () => {
    const m = moduleKeys(base);
    expect(m.exact).toBe('ko-action-v2-gomod-Linux-go1.26.8-ab12-');
    expect(m.restoreKeys).toEqual(['ko-action-v2-gomod-Linux-go1.26.8-']);
  });
});

describe('saveKey', () => {
  it('lies under the exact prefix, with the run and a digest of the content', () => {
    const k = buildKeys(base);
    const key = saveKey(k, run);
    expect(key).toMatch(new RegExp(`^${k.exact.replace(/\./g, '\\.')}123456-2-[0-9a-f]{12}$`));
    expect(saveKey(k, run)).toBe(key);
    expect(saveKey(k, { ...run, content: 'other files' })).not.toBe(key);
  });
});

describe('keyHasPrefix', () => {
  it('compares ignoring case, as actions/cache does', () => {
    const k = buildKeys(base);
    const key = saveKey(k, run);
    expect(keyHasPrefix(key, k.exact)).toBe(true);
    expect(keyHasPrefix(key.toLowerCase(), k.exact)).toBe(true);
    expect(keyHasPrefix(key, k.restoreKeys[0] ?? '')).toBe(true);
    expect(keyHasPrefix(buildKeys({ ...base, dependencyHash: 'cd' }).exact, k.exact)).toBe(false);
    expect(keyHasPrefix(undefined, k.exact)).toBe(false);
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
