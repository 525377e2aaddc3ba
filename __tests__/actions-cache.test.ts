// restoreCaches/saveCaches with the real @actions/cache client (real tar, zstd when on PATH)
// against the in-process fake of the cache service v2.
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheKeys, cachePaths, type CacheKeys } from '../src/cache/keys.js';
import { FakeCacheServer } from './support/cache-server.js';

type CacheModule = typeof import('../src/cache/actions-cache.js');
type StateModule = typeof import('../src/cache/state.js');

let server: FakeCacheServer;
let work: string;
let ac: CacheModule;
let st: StateModule;
const savedEnv = { ...process.env };

beforeAll(async () => {
  server = await FakeCacheServer.start();
  work = await mkdtemp(join(tmpdir(), 'actions-cache-'));
  await mkdir(join(work, 'runner-temp'));
  await mkdir(join(work, 'workspace'));
  Object.assign(process.env, {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: server.url,
    ACTIONS_RUNTIME_TOKEN: 'test',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: join(work, 'runner-temp'),
    GITHUB_WORKSPACE: join(work, 'workspace'),
  });
  delete process.env.ACTIONS_CACHE_MODE;
  delete process.env.ACTIONS_CACHE_URL;
  // @actions/cache reads its env when called; importing after setting it is safe either way.
  ac = await import('../src/cache/actions-cache.js');
  st = await import('../src/cache/state.js');
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

/** One runner of a matrix job: its own KOCACHE and GOCACHE, its own GITHUB_STATE file. */
interface Job {
  readonly paths: string[];
  readonly keys: CacheKeys;
  readonly kocache: string;
  readonly gocache: string;
}

/**
 * A job on a fresh runner. Every runner has the same layout, as on GitHub: the entry version
 * hashes the path strings, so only the key tells matrix jobs apart.
 */
async function job(platforms: string[], runId: string, deps = 'd'): Promise<Job> {
  const root = join(work, 'runner');
  await rm(root, { recursive: true, force: true });
  const kocache = join(root, 'kocache');
  const gocache = join(root, 'go-build');
  const keys = cacheKeys({
    runnerOs: 'Linux',
    runnerArch: 'X64',
    goVersion: '1.26.8',
    platforms,
    dependencyHash: deps.repeat(64),
    runId,
    runAttempt: '1',
  });
  process.env.GITHUB_STATE = join(root, 'state');
  await mkdir(root, { recursive: true });
  await writeFile(process.env.GITHUB_STATE, '');
  return { paths: cachePaths({ kocache, gocache }), keys, kocache, gocache };
}

/** What the runner does between main and post: GITHUB_STATE entries become STATE_<name>. */
async function enterPost(): Promise<void> {
  const text = await readFile(process.env.GITHUB_STATE ?? '', 'utf8');
  for (const m of text.matchAll(/^(.+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) {
    process.env[`STATE_${m[1]}`] = m[3];
  }
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

function restore(j: Job) {
  return ac.restoreCaches({
    paths: j.paths,
    primaryKey: j.keys.primary,
    restoreKeys: j.keys.restoreKeys,
    kocache: j.kocache,
  });
}

async function post(): Promise<void> {
  await enterPost();
  const state = st.loadCacheState();
  expect(state).toBeDefined();
  if (state) await ac.saveCaches(state);
}

describe('restoreCaches / saveCaches', () => {
  it('misses, saves in post, then restores the exact key (cache-hit) and skips saving', async () => {
    const j = await job(['linux/amd64'], '100');
    captureStdout();
    expect(await restore(j)).toEqual({ hit: false });
    await fill(j, 'first');
    await post();

    const [created] = server.calls('CreateCacheEntry');
    expect(created?.key).toBe(j.keys.primary);
    const lookup = server.calls('GetCacheEntryDownloadURL').at(-1);
    expect(lookup).toMatchObject({ key: j.keys.primary, restore_keys: j.keys.restoreKeys });
    expect(server.requests.every((r) => !r.rpc || r.authorization === 'Bearer test')).toBe(true);
    expect(server.entries.find((e) => e.key === j.keys.primary)?.finalized).toBe(true);

    // A re-run of the same job on a clean runner: the same key matches exactly.
    await rm(j.kocache, { recursive: true });
    await rm(j.gocache, { recursive: true });
    expect(await restore(j)).toEqual({ hit: true, matchedKey: j.keys.primary });
    expect(await markers(j)).toEqual(['first', 'first-go']);
    const creates = server.calls('CreateCacheEntry').length;
    await post();
    expect(server.calls('CreateCacheEntry').length).toBe(creates);
  });

  it('keeps matrix jobs apart: each restores its own platforms by restore-key prefix', async () => {
    captureStdout();
    const amd = await job(['linux/amd64', 'linux/arm/v7'], '200');
    await restore(amd);
    await fill(amd, 'amd');
    await post();
    const arm = await job(['linux/arm64'], '200');
    await restore(arm);
    await fill(arm, 'arm');
    await post();
    expect(amd.keys.primary).not.toBe(arm.keys.primary);
    expect(amd.keys.primary).toContain('-linux-amd64_linux-arm-v7-');

    // The next run (new run id): no exact key, the newest entry of the same job by prefix.
    const amd2 = await job(['linux/arm/v7', 'linux/amd64'], '201');
    const got = await restore(amd2);
    expect(got).toEqual({ hit: true, matchedKey: amd.keys.primary });
    expect(await markers(amd2)).toEqual(['amd', 'amd-go']);
    const arm2 = await job(['linux/arm64'], '201');
    expect(await restore(arm2)).toEqual({ hit: true, matchedKey: arm.keys.primary });
    expect(await markers(arm2)).toEqual(['arm', 'arm-go']);

    // Post saves the new run under its own key (matched key is not the primary).
    await fill(arm2, 'arm2');
    await post();
    expect(server.calls('CreateCacheEntry').at(-1)?.key).toBe(arm2.keys.primary);

    // go.sum changed: the nearest entry of the same job is restored, but it is not a hit.
    const changed = await job(['linux/arm64'], '202', 'e');
    expect(await restore(changed)).toEqual({ hit: false, matchedKey: arm2.keys.primary });
  });

  it('warns and does not throw when the service fails to reserve (HTTP 500)', async () => {
    const j = await job(['linux/s390x'], '300');
    const out = captureStdout();
    await restore(j);
    await fill(j, 'x');
    server.fail('CreateCacheEntry', 500);
    try {
      await post(); // the client retries 500s 5 times (about 25 s)
    } finally {
      server.fail('CreateCacheEntry', 500, 0);
    }
    // The client retried, logged the failure, and returned -1; we add one warning.
    expect(out.filter((l) => l.startsWith('Attempt ')).length).toBe(4);
    expect(out.join('')).toContain(
      `Failed to save: Unable to reserve cache with key ${j.keys.primary}`,
    );
    expect(out.filter((l) => l.startsWith('::warning::'))).toEqual([
      `::warning::cache: ${j.keys.primary} was not saved (see the messages above)\n`,
    ]);
    expect(server.calls('CreateCacheEntry').filter((c) => c.key === j.keys.primary).length).toBe(5);
    expect(server.entries.some((e) => e.key === j.keys.primary)).toBe(false);
  }, 120_000);

  it('treats a stalled download as a miss, with a warning', async () => {
    const j = await job(['linux/ppc64le'], '400');
    captureStdout();
    await restore(j);
    await fill(j, 'x');
    await post();

    const again = await job(['linux/ppc64le'], '401');
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

  it('skips quietly outside Actions (no cache service)', async () => {
    const j = await job(['linux/riscv64'], '500');
    const out = captureStdout();
    const before = server.requests.length;
    const url = process.env.ACTIONS_RESULTS_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    try {
      expect(await restore(j)).toEqual({ hit: false });
      await ac.saveCaches({ primaryKey: j.keys.primary, paths: j.paths });
    } finally {
      process.env.ACTIONS_RESULTS_URL = url;
    }
    expect(server.requests.length).toBe(before);
    expect(out.filter((l) => l.startsWith('::warning::'))).toEqual([]);
    expect(await readFile(process.env.GITHUB_STATE ?? '', 'utf8')).toBe('');
  });
});
