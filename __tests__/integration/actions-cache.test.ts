// restoreEntry/saveEntry with the real @actions/cache client (real tar, zstd when on PATH)
// against the in-process fake of the cache service v2: keys, restore order, cache-hit, strictness.
// The whole cycle on a real Go application is go-caches.test.ts.
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKeys, saveKey, type EntryKeys } from '../../src/cache/keys.js';
import { FakeCacheServer } from '../support/cache-server.js';

type CacheModule = typeof import('../../src/cache/actions-cache.js');

let server: FakeCacheServer;
let work: string;
let ac: CacheModule;
const savedEnv = { ...process.env };

beforeAll(async () => {
  server = await FakeCacheServer.start();
  work = await mkdtemp(join(tmpdir(), 'actions-cache-'));
  await mkdir(join(work, 'runner-temp'));
  await mkdir(join(work, 'workspace'));
  useServer(server);
  Object.assign(process.env, {
    RUNNER_TEMP: join(work, 'runner-temp'),
    GITHUB_WORKSPACE: join(work, 'workspace'),
  });
  delete process.env.ACTIONS_CACHE_MODE;
  delete process.env.ACTIONS_CACHE_URL;
  // @actions/cache reads its env when called; importing after setting it is safe either way.
  ac = await import('../../src/cache/actions-cache.js');
});

afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
  Object.assign(process.env, savedEnv);
});

afterEach(() => {
  jest.restoreAllMocks();
});

function useServer(s: FakeCacheServer): void {
  Object.assign(process.env, s.env());
}

/** One runner of a matrix job: its own KOCACHE and GOCACHE. */
interface Job {
  readonly paths: string[];
  readonly keys: EntryKeys;
  readonly kocache: string;
  readonly gocache: string;
}

/**
 * A job on a fresh runner. Every runner has the same layout, as on GitHub: the entry version
 * hashes the path strings, so only the key tells matrix jobs apart.
 */
async function job(platforms: string[], deps = 'd', target = 'cmd/app'): Promise<Job> {
  const root = join(work, 'runner');
  await rm(root, { recursive: true, force: true });
  const kocache = join(root, 'kocache');
  const gocache = join(root, 'go-build');
  const keys = buildKeys({
    runnerOs: 'Linux',
    runnerArch: 'X64',
    goVersion: '1.26.8',
    platforms,
    target,
    dependencyHash: deps.repeat(64),
  });
  await mkdir(root, { recursive: true });
  return { paths: [kocache, gocache], keys, kocache, gocache };
}

async function fill(j: Job, label: string): Promise<void> {
  await mkdir(join(j.kocache, 'bin'), { recursive: true });
  await mkdir(j.gocache, { recursive: true });
  await writeFile(join(j.kocache, 'bin', 'marker'), label);
  await writeFile(join(j.gocache, 'marker'), `${label}-go`);
}

async function markers(j: Job): Promise<[string, string]> {
  return [
    await readFile(join(j.kocache, 'bin', 'marker'), 'utf8'),
    await readFile(join(j.gocache, 'marker'), 'utf8'),
  ];
}

/** Captures workflow commands (::warning:: …) the toolkit writes to stdout. */
function captureStdout(): string[] {
  const lines: string[] = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

const restore = (j: Job) => ac.restoreEntry('build', j.paths, j.keys);
const keyFor = (j: Job, runId: string, content = runId) =>
  saveKey(j.keys, { runId, runAttempt: '1', content });
const save = (j: Job, key: string) => ac.saveEntry('build', j.paths, key);

describe('restoreEntry / saveEntry', () => {
  it('misses, saves, then restores by the exact prefix (a hit) on a clean runner', async () => {
    const j = await job(['linux/amd64']);
    captureStdout();
    expect(await restore(j)).toEqual({ hit: false });
    const lookup = server.calls('GetCacheEntryDownloadURL').at(-1);
    expect(lookup).toMatchObject({ key: j.keys.exact, restore_keys: j.keys.restoreKeys });
    await fill(j, 'first');
    const key = keyFor(j, '100');
    expect(key.startsWith(j.keys.exact)).toBe(true);
    expect(await save(j, key)).toBe('saved');
    expect(server.calls('CreateCacheEntry').at(-1)?.key).toBe(key);
    expect(server.requests.every((r) => !r.rpc || r.authorization === 'Bearer test')).toBe(true);

    // A re-run of the same job on a clean runner: the newest entry under the exact prefix.
    await rm(j.kocache, { recursive: true });
    await rm(j.gocache, { recursive: true });
    expect(await restore(j)).toEqual({ hit: true, matchedKey: key });
    expect(await markers(j)).toEqual(['first', 'first-go']);
  });

  it('does not save a key twice: the same content from another job is already there', async () => {
    const j = await job(['linux/386']);
    captureStdout();
    await fill(j, 'x');
    const key = keyFor(j, '150');
    expect(await save(j, key)).toBe('saved');
    const creates = server.calls('CreateCacheEntry').length;
    expect(await save(j, key)).toBe('exists');
    expect(server.calls('CreateCacheEntry').length).toBe(creates);
    expect(server.refusals).toBe(0);
  });

  it('keeps matrix jobs apart and restores the nearest entry after a go.sum change', async () => {
    captureStdout();
    const amd = await job(['linux/amd64', 'linux/arm/v7']);
    await fill(amd, 'amd');
    await save(amd, keyFor(amd, '200'));
    const arm = await job(['linux/arm64']);
    await fill(arm, 'arm');
    await save(arm, keyFor(arm, '200'));
    expect(amd.keys.exact).not.toBe(arm.keys.exact);
    expect(amd.keys.exact).toContain('-linux-amd64_linux-arm-v7-');

    // The next run: each job finds its own entry (platform order does not matter).
    const amd2 = await job(['linux/arm/v7', 'linux/amd64']);
    expect(await restore(amd2)).toEqual({ hit: true, matchedKey: keyFor(amd, '200') });
    expect(await markers(amd2)).toEqual(['amd', 'amd-go']);
    const arm2 = await job(['linux/arm64']);
    expect(await restore(arm2)).toEqual({ hit: true, matchedKey: keyFor(arm, '200') });
    expect(await markers(arm2)).toEqual(['arm', 'arm-go']);

    // Another target of the same platforms has an entry of its own.
    const other = await job(['linux/arm64'], 'd', 'cmd/other');
    expect(other.keys.exact).not.toBe(arm.keys.exact);
    // …and starts from the entry of a sibling target when it has none yet: not a hit.
    expect(await restore(other)).toEqual({ hit: false, matchedKey: keyFor(arm, '200') });

    // go.sum changed: the nearest entry of the same job is restored, but it is not a hit.
    const changed = await job(['linux/arm64'], 'e');
    expect(await restore(changed)).toEqual({ hit: false, matchedKey: keyFor(arm, '200') });
  });

  it('counts a lowercased key from the service (act) as a hit', async () => {
    const lower = await FakeCacheServer.start({ lowercaseKeys: true });
    useServer(lower);
    try {
      captureStdout();
      const j = await job(['linux/amd64']);
      await fill(j, 'lower');
      const key = keyFor(j, '250');
      expect(key).not.toBe(key.toLowerCase());
      expect(await save(j, key)).toBe('saved');
      expect(lower.saved().map((e) => e.key)).toEqual([key.toLowerCase()]);
      expect(await save(j, key)).toBe('exists');
      await rm(j.kocache, { recursive: true });
      expect(await restore(j)).toEqual({ hit: true, matchedKey: key.toLowerCase() });
      expect(await markers(j)).toEqual(['lower', 'lower-go']);
    } finally {
      useServer(server);
      await lower.close();
    }
  });

  it('warns and does not throw when the service fails to reserve (HTTP 500)', async () => {
    const j = await job(['linux/s390x']);
    const out = captureStdout();
    await fill(j, 'x');
    const key = keyFor(j, '300');
    server.fail('CreateCacheEntry', 500);
    try {
      expect(await save(j, key)).toBe('failed'); // the client retries 500s 5 times (about 25 s)
    } finally {
      server.fail('CreateCacheEntry', 500, 0);
    }
    // The client retried, logged the failure, and returned -1; we add one warning.
    expect(out.filter((l) => l.startsWith('Attempt ')).length).toBe(4);
    expect(out.join('')).toContain(`Failed to save: Unable to reserve cache with key ${key}`);
    expect(out.filter((l) => l.startsWith('::warning::'))).toEqual([
      `::warning::cache: ${key} was not saved (see the messages above)\n`,
    ]);
    expect(server.calls('CreateCacheEntry').filter((c) => c.key === key).length).toBe(5);
    expect(server.entries.some((e) => e.key === key)).toBe(false);
  }, 120_000);

  it('treats a stalled download as a miss, with a warning', async () => {
    const j = await job(['linux/ppc64le']);
    captureStdout();
    await fill(j, 'x');
    await save(j, keyFor(j, '400'));

    const again = await job(['linux/ppc64le']);
    const out = captureStdout();
    server.downloadStallMs = 8_000;
    try {
      expect(await restore(again)).toEqual({ hit: false });
    } finally {
      server.downloadStallMs = 0;
    }
    // The client's 5 s idle timeout aborts the download; restore reports nothing restored.
    expect(out.filter((l) => l.startsWith('::warning::'))).toEqual([
      '::warning::Failed to restore: Premature close\n',
    ]);
  }, 60_000);

  it('knows when there is no cache service (outside Actions)', () => {
    expect(ac.cacheServiceAvailable()).toBe(true);
    const url = process.env.ACTIONS_RESULTS_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    try {
      expect(ac.cacheServiceAvailable()).toBe(false);
    } finally {
      process.env.ACTIONS_RESULTS_URL = url;
    }
  });
});
