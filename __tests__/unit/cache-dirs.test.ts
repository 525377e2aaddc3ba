// The directory bookkeeping behind bounded, change-aware cache entries (docs/caching.md): GOCACHE
// back-dating, counting and pruning, module-cache pruning by go.sum, KOCACHE pruning, and the
// fingerprint that tells a changed KOCACHE. Files only: no go, no network.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  actionEntries,
  backdateGoCache,
  backdateMs,
  goCacheHasEntries,
  newBuildResults,
  pruneGoCache,
} from '../../src/cache/go-cache.js';
import {
  countModuleDownloads,
  dropModuleZips,
  moduleCacheHasContent,
  pruneModuleCache,
  sumFilesOf,
  sumModules,
} from '../../src/cache/module-cache.js';
import { treeFingerprint, treeSize } from '../../src/cache/tree.js';
import { buildIdFile, descriptorFile, pruneKocache } from '../../src/engine/layer-cache.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cache-dirs-'));
});
afterAll(async () => {
  await chmodTree(work);
  await rm(work, { recursive: true, force: true });
});

async function chmodTree(dir: string): Promise<void> {
  const { readdir } = await import('node:fs/promises');
  await chmod(dir, 0o755).catch(() => undefined);
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (e.isDirectory()) await chmodTree(join(dir, e.name));
  }
}

const hex = (s: string): string => createHash('sha256').update(s).digest('hex');

async function put(path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/** A GOCACHE entry as go writes it: `-a` names the output, `-d` holds it. */
async function goEntry(gocache: string, name: string, output: string): Promise<[string, string]> {
  const action = hex(`action ${name}`);
  const out = hex(`output ${name}`);
  const a = join(gocache, action.slice(0, 2), `${action}-a`);
  const d = join(gocache, out.slice(0, 2), `${out}-d`);
  await put(a, `v1 ${action} ${out} ${String(output.length).padStart(20)} 1700000000000000000\n`);
  await put(d, output);
  return [a, d];
}

describe('GOCACHE', () => {
  it('counts new build results (not package-index entries), and prunes what a run did not touch', async () => {
    const gocache = join(work, 'go-build');
    expect(await goCacheHasEntries(gocache)).toBe(false);
    await put(join(gocache, 'README'), 'go cache\n');
    await put(join(gocache, 'trim.txt'), '1700000000');
    const used = await goEntry(gocache, 'used', '!<arch>\nused');
    const unused = await goEntry(gocache, 'unused', '!<arch>\nunused');
    const readOnly = await goEntry(gocache, 'read-a-only', '!<arch>\nread');
    await goEntry(gocache, 'index', 'go index v2\x00…');
    expect(await goCacheHasEntries(gocache)).toBe(true);

    const restoredAt = Date.now();
    await backdateGoCache(gocache, restoredAt);
    const restored = new Set(await actionEntries(gocache));
    expect(restored.size).toBe(4);
    expect(await newBuildResults(gocache, restored)).toBe(0);
    expect((await stat(used[0])).mtimeMs).toBeCloseTo(restoredAt - backdateMs, -3);
    // The build: go touches what it reads (both files, or only the action entry), adds a result.
    const now = new Date();
    for (const f of used) await utimes(f, now, now);
    await utimes(readOnly[0], now, now);
    const added = await goEntry(gocache, 'new', '!<arch>\nnew');
    // A fresh checkout re-indexes the main module's packages: not a build result.
    await goEntry(gocache, 'index of the checkout', 'go index v2\x00…');
    expect(await newBuildResults(gocache, restored)).toBe(1);

    const gone = await pruneGoCache(gocache, restoredAt);
    // The unused pair and the old index pair; the output of a kept action entry stays.
    expect(gone.files).toBe(4);
    for (const f of [...used, ...readOnly, ...added]) expect(existsSync(f)).toBe(true);
    for (const f of unused) expect(existsSync(f)).toBe(false);
    expect(existsSync(join(gocache, 'trim.txt'))).toBe(true);
    expect(await actionEntries(gocache)).toHaveLength(4);
  });
});

describe('GOMODCACHE', () => {
  it('prunes module versions no go.sum names, extracted trees included', async () => {
    const mod = join(work, 'mod');
    expect(await moduleCacheHasContent(mod)).toBe(false);
    const dl = join(mod, 'cache', 'download');
    const files = (m: string, v: string) =>
      ['info', 'mod', 'zip', 'ziphash', 'lock'].map((ext) => join(dl, m, '@v', `${v}.${ext}`));
    for (const f of [
      ...files('github.com/!burnt!sushi/toml', 'v1.4.0'),
      ...files('github.com/google/go-cmp', 'v0.6.0'),
      ...files('github.com/google/go-cmp', 'v0.7.0'),
      join(dl, 'github.com/google/go-cmp/@v/list'),
      join(dl, 'sumdb/sum.golang.org/lookup/github.com/google/go-cmp@v0.7.0'),
    ]) {
      await put(f, 'x');
    }
    // go.mod only (no zip) for a module of the graph that provides no package.
    await put(join(dl, 'golang.org/x/mod/@v/v0.1.0.mod'), 'module golang.org/x/mod\n');
    await put(join(mod, 'github.com/google/go-cmp@v0.6.0/cmp/compare.go'), 'package cmp\n');
    await put(join(mod, 'github.com/google/go-cmp@v0.7.0/cmp/compare.go'), 'package cmp\n');
    await put(join(mod, 'github.com/!burnt!sushi/toml@v1.4.0/decode.go'), 'package toml\n');
    // go makes extracted trees read-only.
    for (const d of ['cmp', ''])
      await chmod(join(mod, 'github.com/google/go-cmp@v0.6.0', d), 0o555);
    expect(await moduleCacheHasContent(mod)).toBe(true);
    expect(await countModuleDownloads(mod)).toBe(18);

    const sum = join(work, 'go.sum');
    await writeFile(
      sum,
      [
        'github.com/BurntSushi/toml v1.4.0 h1:x=',
        'github.com/BurntSushi/toml v1.4.0/go.mod h1:y=',
        'github.com/google/go-cmp v0.7.0 h1:z=',
        'github.com/google/go-cmp v0.7.0/go.mod h1:w=',
        'golang.org/x/mod v0.1.0/go.mod h1:v=',
        '',
      ].join('\n'),
    );
    expect(sumFilesOf([sum, join(work, 'go.mod')])).toEqual([sum]);
    const keep = await sumModules([sum]);
    expect(keep).toEqual(
      new Set([
        'github.com/!burnt!sushi/toml@v1.4.0',
        'github.com/google/go-cmp@v0.7.0',
        'golang.org/x/mod@v0.1.0',
      ]),
    );
    expect(await pruneModuleCache(mod, keep)).toBe(1);
    expect(existsSync(join(mod, 'github.com/google/go-cmp@v0.6.0'))).toBe(false);
    for (const f of files('github.com/google/go-cmp', 'v0.6.0')) expect(existsSync(f)).toBe(false);
    for (const f of [
      ...files('github.com/google/go-cmp', 'v0.7.0'),
      ...files('github.com/!burnt!sushi/toml', 'v1.4.0'),
      join(dl, 'golang.org/x/mod/@v/v0.1.0.mod'),
      join(dl, 'github.com/google/go-cmp/@v/list'),
      join(dl, 'sumdb/sum.golang.org/lookup/github.com/google/go-cmp@v0.7.0'),
      join(mod, 'github.com/google/go-cmp@v0.7.0/cmp/compare.go'),
      join(mod, 'github.com/!burnt!sushi/toml@v1.4.0/decode.go'),
    ]) {
      expect(existsSync(f)).toBe(true);
    }

    // The zips go before saving; everything else stays.
    expect(await dropModuleZips(mod)).toBe(2);
    for (const f of files('github.com/google/go-cmp', 'v0.7.0')) {
      expect(existsSync(f)).toBe(!f.endsWith('.zip'));
    }
    expect(existsSync(join(mod, 'github.com/google/go-cmp@v0.7.0/cmp/compare.go'))).toBe(true);
  });
});

describe('KOCACHE', () => {
  it('keeps the binaries a run used and the layers they refer to; the fingerprint sees changes', async () => {
    const kocache = join(work, 'kocache');
    const layer = (n: string) => join(kocache, 'layers', 'sha256', hex(n));
    const bin = async (dir: string, n: string, when: Date) => {
      const meta = join(kocache, 'bin', dir);
      await put(join(meta, 'out'), `binary ${n}`);
      await put(join(meta, buildIdFile), JSON.stringify({ [`id-${n}`]: `sha256:${hex(`d${n}`)}` }));
      const desc = { mediaType: 'x', size: 1, digest: `sha256:${hex(n)}` };
      await put(join(meta, descriptorFile), JSON.stringify({ [`sha256:${hex(`d${n}`)}`]: desc }));
      await put(layer(n), 'l');
      for (const f of ['out', buildIdFile, descriptorFile]) await utimes(join(meta, f), when, when);
    };
    const restoredAt = Date.now();
    const old = new Date(restoredAt - backdateMs);
    await bin('example.com/a/linux/amd64', 'a', old);
    await bin('example.com/b/linux/amd64', 'b', old);
    await put(layer('stale'), 'stale');
    const before = await treeFingerprint(kocache);
    // Marking a map used (mtime only) is no change.
    const now = new Date();
    await utimes(join(kocache, 'bin/example.com/a/linux/amd64', buildIdFile), now, now);
    expect(await treeFingerprint(kocache)).toBe(before);
    // A rewritten map of the same size is.
    await writeFile(
      join(kocache, 'bin/example.com/a/linux/amd64', buildIdFile),
      JSON.stringify({ 'id-A': `sha256:${hex('da')}` }),
    );
    expect(await treeFingerprint(kocache)).not.toBe(before);

    expect(await pruneKocache(kocache, restoredAt - 3600_000)).toEqual({ binaries: 1, layers: 2 });
    expect(existsSync(join(kocache, 'bin/example.com/a/linux/amd64/out'))).toBe(true);
    expect(existsSync(join(kocache, 'bin/example.com/b/linux/amd64/out'))).toBe(false);
    expect(existsSync(layer('a'))).toBe(true);
    expect(existsSync(layer('b'))).toBe(false);
    expect(existsSync(layer('stale'))).toBe(false);
    expect((await treeSize([kocache])).files).toBe(4);
  });
});
