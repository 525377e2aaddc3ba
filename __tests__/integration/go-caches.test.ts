// The caches on a real application (docs/caching.md): the action's bundles (main and post) build
// __tests__/fixtures/cache-app, which needs github.com/google/go-cmp from the Go module proxy,
// against the fake cache service with the real @actions/cache client. Every run is a fresh
// runner: its home (hence GOMODCACHE, GOCACHE, KOCACHE) starts empty, so all it has is what
// the cache service gives back, and RUNNER_TEMP differs per run, as in act.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashDependencyFiles } from '../../src/cache/dependency-hash.js';
import { buildKeys, moduleKeys } from '../../src/cache/keys.js';
import type { CacheState } from '../../src/cache/state.js';
import {
  cleanupActionRuns,
  describeRun,
  runAction,
  runPost,
  type ActionRun,
} from '../support/action.js';
import { writeBaseImageLayout, type BaseImageLayout } from '../support/base-image.js';
import { FakeCacheServer } from '../support/cache-server.js';
import { buildTimeout } from '../support/timeouts.js';
import { cacheDir, fixturesDir } from '../support/tools.js';

const goVersion = execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim();
/** The module proxy for runs that may download; the others run with GOPROXY=off. */
const proxy =
  process.env.GOPROXY && process.env.GOPROXY !== 'off'
    ? process.env.GOPROXY
    : 'https://proxy.golang.org';
const cmp6Sum = [
  'github.com/google/go-cmp v0.6.0 h1:ofyhxvXcZhMsU5ulbFiLKl/XBFqE1GSq7atu8tAmTRI=',
  'github.com/google/go-cmp v0.6.0/go.mod h1:17dUlkBOakJ0+DkrSSNjCkIjxS6bF9zb3elmeNGIjoY=',
  '',
].join('\n');

/**
 * A cold GOCACHE costs a standard-library compile: the first run of a suite starts from an entry
 * seeded with a GOCACHE kept from an earlier run (per Go version), as a previous run of another
 * job would have left it, so only the very first run anywhere compiles everything.
 */
const keptGoCache = join(cacheDir, `test-gocache-caches-${goVersion}`);
const releaseGoCache = join(cacheDir, `test-gocache-release-${goVersion}`);

let base: BaseImageLayout;
const dirs: string[] = [];

beforeAll(async () => {
  base = await writeBaseImageLayout(await tempDir('ko-action-caches-base-'), {
    platforms: ['linux/amd64'],
  });
});

afterAll(async () => {
  await cleanupActionRuns();
  for (const d of dirs) await removeTree(d);
});

async function tempDir(prefix: string): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

/** rm -rf, also of the read-only trees go leaves in GOMODCACHE. */
async function removeTree(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  execFileSync('chmod', ['-R', 'u+w', dir]);
  await rm(dir, { recursive: true, force: true });
}

/** One runner machine with a checkout of the fixture; `fresh()` empties everything but that. */
class Runner {
  readonly home: string;
  readonly gocache: string;
  readonly gomodcache: string;
  readonly kocache: string;
  readonly workspace: string;
  private runs = 0;

  constructor(
    readonly root: string,
    readonly server: FakeCacheServer,
  ) {
    this.home = join(root, 'home');
    this.gocache = join(this.home, '.cache', 'go-build');
    this.gomodcache = join(this.home, 'go', 'pkg', 'mod');
    this.kocache = join(this.home, '.cache', 'ko-action', 'kocache');
    this.workspace = join(root, 'work', 'app');
  }

  static async start(server: FakeCacheServer): Promise<Runner> {
    const r = new Runner(await tempDir('ko-action-caches-'), server);
    await cp(join(fixturesDir, 'cache-app'), r.workspace, { recursive: true });
    return r;
  }

  /** A new VM: nothing in the home directory. */
  async fresh(): Promise<void> {
    await removeTree(this.home);
    await mkdir(this.home, { recursive: true });
  }

  /**
   * One job on a fresh runner: a checkout (new mtimes on every file, as actions/checkout leaves
   * them: Go's package index is keyed on them), main step, then post step.
   */
  async job(opts: { offline: boolean; fresh?: boolean }): Promise<Job> {
    if (opts.fresh !== false) await this.fresh();
    this.runs++;
    const checkedOut = new Date(Date.now() - 5000);
    for (const f of await readdir(this.workspace)) {
      await utimes(join(this.workspace, f), checkedOut, checkedOut);
    }
    const main = await runAction({
      inputs: {
        'import-paths': '.',
        push: 'false',
        repo: '',
        'oci-layout-path': join(this.root, `layout-${this.runs}`),
        'base-image': `oci-layout:${base.dir}:${base.tag}`,
        platforms: 'linux/amd64',
        sbom: 'none',
        cache: 'true',
      },
      env: {
        ...this.server.env(),
        HOME: this.home,
        GOCACHE: this.gocache,
        GOMODCACHE: this.gomodcache,
        GOPROXY: opts.offline ? 'off' : proxy,
        GITHUB_RUN_ID: String(1000 + this.runs),
        GITHUB_RUN_ATTEMPT: '1',
      },
      cwd: this.workspace,
    });
    if (main.code !== 0) throw new Error(`the action failed: ${describeRun(main)}`);
    const before = this.server.calls('CreateCacheEntry').length;
    const savedBefore = this.server.saved().length;
    const started = Date.now();
    const post = await runPost(main);
    const postMs = Date.now() - started;
    if (post.code !== 0) throw new Error(`the post step failed: ${describeRun(post)}`);
    return {
      main,
      post,
      postMs,
      state: JSON.parse(main.state['ko-action-cache-v2'] ?? '{}') as CacheState,
      creates: this.server
        .calls('CreateCacheEntry')
        .slice(before)
        .map((c) => String(c.key)),
      saved: this.server.saved().slice(savedBefore),
    };
  }

  async setRevision(n: number): Promise<void> {
    const file = join(this.workspace, 'main.go');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^const revision = \d+$/m, `const revision = ${n}`));
  }

  /** The build keys the action computes for this runner's job, and the module keys. */
  async keys(): Promise<{ modules: string; build: string }> {
    const deps = await hashDependencyFiles(['go.sum'], this.workspace);
    const v = goVersion.replace(/^go/, '');
    return {
      modules: moduleKeys({ runnerOs: 'Linux', goVersion: v, dependencyHash: deps.hash }).exact,
      build: `ko-action-v2-build-Linux-X64-go${v}-linux-amd64-`,
    };
  }

  /**
   * An entry a job of another target left: the kept GOCACHE, found through the restore key of
   * the same runner, Go and platforms (keys.ts buildKeys).
   */
  async seedBuildEntry(): Promise<void> {
    const kept = existsSync(keptGoCache) ? keptGoCache : releaseGoCache;
    if (!existsSync(kept)) return;
    await this.fresh();
    await cp(kept, this.gocache, { recursive: true });
    await mkdir(this.kocache, { recursive: true });
    const seedKeys = buildKeys({
      runnerOs: 'Linux',
      runnerArch: 'X64',
      goVersion: goVersion.replace(/^go/, ''),
      platforms: ['linux/amd64'],
      target: 'seed',
      dependencyHash: 'seed',
    });
    const runnerTemp = join(this.root, 'seed-temp');
    await mkdir(runnerTemp, { recursive: true });
    const id = await this.server.seed([this.kocache, this.gocache], `${seedKeys.exact}0`, {
      workspace: this.workspace,
      runnerTemp,
    });
    expect(id).toBeGreaterThan(0);
  }

  /** Keeps this runner's GOCACHE for later suites (see keptGoCache). */
  async keepGoCache(): Promise<void> {
    if (existsSync(keptGoCache)) return;
    const staging = await mkdtemp(`${keptGoCache}.staging-`);
    await cp(this.gocache, staging, { recursive: true });
    await rename(staging, keptGoCache).catch(() => rm(staging, { recursive: true, force: true }));
  }
}

interface Job {
  readonly main: ActionRun;
  readonly post: ActionRun;
  readonly postMs: number;
  readonly state: CacheState;
  /** Keys the post step asked to create. */
  readonly creates: readonly string[];
  /** Entries the post step saved. */
  readonly saved: readonly { key: string; data: Buffer }[];
}

const buildEntries = (j: Job) => j.saved.filter((e) => e.key.startsWith('ko-action-v2-build-'));
const moduleEntries = (j: Job) => j.saved.filter((e) => e.key.startsWith('ko-action-v2-gomod-'));

describe('module, build and layer caches across runs (strict service)', () => {
  let server: FakeCacheServer;
  let runner: Runner;

  beforeAll(async () => {
    server = await FakeCacheServer.start();
    runner = await Runner.start(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  it(
    'restores modules without a download, saves nothing unchanged, keeps build entries bounded, and follows go.sum',
    async () => {
      await runner.seedBuildEntry();
      const keys = await runner.keys();

      // Run 1: no entry of this job; modules come from the proxy.
      const first = await runner.job({ offline: false });
      await runner.keepGoCache();
      expect(first.main.outputs['cache-hit']).toBe('false');
      expect(first.main.stdout).toContain(`cache: ko-action caches KOCACHE ${runner.kocache}`);
      expect(first.main.stdout).toContain(`GOMODCACHE ${runner.gomodcache}`);
      expect(first.creates).toHaveLength(2);
      const [mod1] = moduleEntries(first);
      const [build1] = buildEntries(first);
      expect(mod1?.key.startsWith(keys.modules)).toBe(true);
      expect(build1?.key.startsWith(keys.build)).toBe(true);
      expect(first.state.parts.map((p) => [p.name, p.paths])).toEqual([
        ['modules', [runner.gomodcache]],
        ['build', [runner.kocache, runner.gocache]],
      ]);
      // The module entry holds the extracted trees, not the zips (go needs them only to extract).
      const cmp7 = join(runner.gomodcache, 'cache/download/github.com/google/go-cmp/@v/v0.7.0');
      expect(existsSync(`${cmp7}.zip`)).toBe(false);
      expect(existsSync(`${cmp7}.ziphash`)).toBe(true);
      expect(existsSync(join(runner.gomodcache, 'github.com/google/go-cmp@v0.7.0/cmp'))).toBe(true);
      // The summary reports what was saved and its size.
      expect(first.post.summary).toContain('ko-action caches saved');
      expect(first.post.summary).toMatch(/\d+ files, [\d.]+ (KiB|MiB)/);
      expect(first.main.summary).toContain('Caches restored');

      // Run 2, nothing changed, no network: the module cache came back whole, both entries hit,
      // and the post step saves nothing.
      const second = await runner.job({ offline: true });
      expect(second.main.outputs['cache-hit']).toBe('true');
      expect(second.main.stdout).toContain(`cache: modules: restored ${mod1?.key} (exact)`);
      expect(second.main.stdout).toContain(`cache: build: restored ${build1?.key} (exact)`);
      expect(second.main.stdout).not.toMatch(/KOCACHE (miss|unusable|: cannot record)/);
      expect(second.main.outputs.digest).toBe(first.main.outputs.digest);
      expect(second.creates).toEqual([]);
      expect(second.post.stdout).toContain('cache: build: unchanged since');
      expect(second.post.stdout).toContain('cache: modules: unchanged since');
      // Its time (under a second on an idle machine: no cache client is loaded, files are listed
      // rather than read) is printed, not asserted: speed is measured in bench/, never in tests.
      process.stderr.write(`go-caches: unchanged re-run, post step ${second.postMs} ms\n`);

      // Five runs, each with one source line changed: one new build entry each, of about the
      // size of the first (unused GOCACHE entries and KOCACHE layers are left out).
      const sizes: number[] = [];
      for (let n = 1; n <= 5; n++) {
        await runner.setRevision(n);
        const j = await runner.job({ offline: true });
        expect(j.main.outputs['cache-hit']).toBe('true');
        expect(moduleEntries(j)).toEqual([]);
        const [entry] = buildEntries(j);
        expect(entry?.key.startsWith(keys.build)).toBe(true);
        expect(buildEntries(j)).toHaveLength(1);
        sizes.push(entry?.data.length ?? 0);
        expect(j.post.stdout).toMatch(/removed \d+ GOCACHE entries this run did not use/);
      }
      const size1 = build1?.data.length ?? 0;
      process.stderr.write(`go-caches: build entry bytes ${size1}, then ${sizes.join(', ')}\n`);
      for (const s of sizes) expect(Math.abs(s - size1) / size1).toBeLessThanOrEqual(0.1);

      // go.sum changes (go-cmp v0.6.0): not a hit; the nearest module entry is restored, the new
      // version downloaded, the old one dropped, and a fresh module entry saved.
      await writeFile(
        join(runner.workspace, 'go.mod'),
        (await readFile(join(runner.workspace, 'go.mod'), 'utf8')).replace('v0.7.0', 'v0.6.0'),
      );
      await writeFile(join(runner.workspace, 'go.sum'), cmp6Sum);
      const newKeys = await runner.keys();
      expect(newKeys.modules).not.toBe(keys.modules);
      const changed = await runner.job({ offline: false });
      expect(changed.main.outputs['cache-hit']).toBe('false');
      expect(changed.main.stdout).toContain(`cache: modules: restored ${mod1?.key} (nearest)`);
      const [mod2] = moduleEntries(changed);
      expect(mod2?.key.startsWith(newKeys.modules)).toBe(true);
      expect(buildEntries(changed)).toHaveLength(1);
      expect(changed.post.stdout).toContain('cache: modules: removed 1 module versions');
      const versions = join(runner.gomodcache, 'cache/download/github.com/google/go-cmp/@v');
      expect(existsSync(join(versions, 'v0.7.0.zip'))).toBe(false);
      expect(existsSync(join(runner.gomodcache, 'github.com/google/go-cmp@v0.7.0'))).toBe(false);
      expect(existsSync(join(versions, 'v0.6.0.ziphash'))).toBe(true);
      expect(existsSync(join(runner.gomodcache, 'github.com/google/go-cmp@v0.6.0'))).toBe(true);

      // And the new entries serve the next run offline.
      const after = await runner.job({ offline: true });
      expect(after.main.outputs['cache-hit']).toBe('true');
      expect(after.creates).toEqual([]);
      expect(server.refusals).toBe(0);
    },
    buildTimeout(10),
  );
});

describe('a cache server that lowercases keys (act)', () => {
  let server: FakeCacheServer;

  beforeAll(async () => {
    server = await FakeCacheServer.start({ lowercaseKeys: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it(
    'still reports cache-hit and saves nothing on an unchanged re-run',
    async () => {
      const runner = await Runner.start(server);
      await runner.seedBuildEntry();
      const first = await runner.job({ offline: false });
      expect(first.main.outputs['cache-hit']).toBe('false');
      expect(server.saved().every((e) => e.key === e.key.toLowerCase())).toBe(true);
      const second = await runner.job({ offline: true });
      expect(second.main.outputs['cache-hit']).toBe('true');
      expect(second.creates).toEqual([]);
    },
    buildTimeout(2),
  );
});

describe('with setup-go in front', () => {
  let server: FakeCacheServer;

  beforeAll(async () => {
    server = await FakeCacheServer.start();
  });
  afterAll(async () => {
    await server?.close();
  });

  it(
    'leaves a filled GOMODCACHE and GOCACHE to setup-go and caches KOCACHE only',
    async () => {
      const runner = await Runner.start(server);
      await runner.fresh();
      // What setup-go's restore leaves: modules downloaded and a GOCACHE with entries.
      execFileSync('go', ['mod', 'download'], {
        cwd: runner.workspace,
        env: { ...process.env, GOMODCACHE: runner.gomodcache, GOPROXY: proxy, GOFLAGS: '' },
      });
      const kept = existsSync(keptGoCache) ? keptGoCache : releaseGoCache;
      if (existsSync(kept)) await cp(kept, runner.gocache, { recursive: true });
      else execFileSync('go', ['build', './...'], { cwd: runner.workspace, env: goEnv(runner) });
      const sample = await firstEntry(runner.gocache);
      const mtime = (await stat(sample)).mtimeMs;

      const j = await runner.job({ offline: true, fresh: false });
      expect(j.main.stdout).toContain(`cache: ko-action caches KOCACHE ${runner.kocache}\n`);
      expect(j.main.stdout).toContain(`GOMODCACHE ${runner.gomodcache} is filled already`);
      expect(j.main.stdout).toContain(`GOCACHE ${runner.gocache} is filled already`);
      expect(j.state.parts.map((p) => [p.name, p.paths])).toEqual([['build', [runner.kocache]]]);
      expect(j.creates).toHaveLength(1);
      expect(j.creates[0]?.startsWith('ko-action-v2-build-')).toBe(true);
      // setup-go's GOCACHE is neither back-dated nor pruned.
      expect((await stat(sample)).mtimeMs).toBe(mtime);
    },
    buildTimeout(2),
  );
});

function goEnv(r: Runner): NodeJS.ProcessEnv {
  return { ...process.env, GOCACHE: r.gocache, GOMODCACHE: r.gomodcache, GOPROXY: 'off' };
}

/** Some entry file of a GOCACHE. */
async function firstEntry(gocache: string): Promise<string> {
  for (const d of (await readdir(gocache)).filter((n) => /^[0-9a-f]{2}$/.test(n))) {
    const f = (await readdir(join(gocache, d))).find((n) => /-[ad]$/.test(n));
    if (f) return join(gocache, d, f);
  }
  throw new Error(`no entry in ${gocache}`);
}
