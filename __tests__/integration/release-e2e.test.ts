// The release flow end to end through the action's real bundles: matrix jobs push one platform
// each by digest and a Go-less merge job tags their index; a duplicate platform fails before any
// push; the default SPDX SBOM is attached where metadata says; and the Actions cache carries
// KOCACHE and GOCACHE from one run's post step to the next run on a fresh runner.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cleanupActionRuns,
  describeRun,
  fixtureApp,
  runAction,
  runPost,
  type ActionRun,
} from '../support/action.js';
import { pushBaseImage, type PushedBaseImage } from '../support/base-image.js';
import { buildKeys } from '../../src/cache/keys.js';
import { FakeCacheServer } from '../support/cache-server.js';
import { crane } from '../support/crane.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { cacheDir } from '../support/tools.js';
import { buildTimeout } from '../support/timeouts.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };

interface Manifest {
  mediaType?: string;
  config: { digest: string };
  layers: { mediaType: string; digest: string; size: number }[];
}
interface Index {
  mediaType?: string;
  manifests: {
    mediaType: string;
    size: number;
    digest: string;
    platform?: { os: string; architecture: string; variant?: string };
  }[];
}
interface Metadata {
  image: string;
  digest: string;
  tags: string[];
  platforms: Record<string, string>;
  sbom?: string;
}

let registry: TestRegistry;
let base: PushedBaseImage;
/** The fixture module outside any git repository: go's VCS stamping (vcs.modified, vcs.revision)
 * would otherwise change the binary whenever someone edits or commits the project mid-test. */
let workspace: string;
const dirs: string[] = [];

beforeAll(async () => {
  workspace = join(await tempDir('ko-action-release-'), 'app');
  await cp(fixtureApp, workspace, { recursive: true });
  registry = await startRegistry('anonymous');
  base = await pushBaseImage(registry, { platforms: ['linux/amd64', 'linux/arm64'] });
});

afterAll(async () => {
  await registry?.stop();
  await cleanupActionRuns();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(prefix: string): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

/** One action run of ./cmd/hello named `bare` into `repo`, caches and SBOM off unless given. */
async function build(
  repo: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const run = await runAction({
    inputs: {
      'import-paths': './cmd/hello',
      repo: `${registry.host}/${repo}`,
      naming: 'bare',
      'base-image': base.ref,
      sbom: 'none',
      cache: 'false',
      ...inputs,
    },
    env: { ...EPOCH, ...env },
    cwd: workspace,
  });
  if (run.code !== 0) throw new Error(`the action failed: ${describeRun(run)}`);
  return run;
}

async function manifestOf<T>(ref: string): Promise<{ bytes: Buffer; value: T }> {
  const bytes = await crane(['manifest', ref], { registry });
  return { bytes, value: JSON.parse(bytes.toString('utf8')) as T };
}

const sha256 = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const platformOf = (m: Index['manifests'][number]): string =>
  `${m.platform?.os}/${m.platform?.architecture}`;

/** Manifest PUTs to `repo` seen since the last clearRequests. */
const manifestPuts = (repo: string): string[] =>
  registry.requests
    .filter((r) => r.method === 'PUT' && r.path.startsWith(`/v2/${repo}/manifests/`))
    .map((r) => r.path);

describe('matrix jobs push by digest, a merge job tags their index', () => {
  let amd64: ActionRun;
  let arm64: ActionRun;
  let whole: ActionRun;
  let merge: ActionRun;
  let pushedBeforeMerge: string[];
  let noGoPath: string;

  beforeAll(async () => {
    registry.clearRequests();
    [amd64, arm64, whole] = await Promise.all([
      build('rel', { platforms: 'linux/amd64', 'push-by-digest': 'true' }),
      build('rel', { platforms: 'linux/arm64', 'push-by-digest': 'true' }),
      build('whole', { platforms: 'linux/amd64,linux/arm64' }),
    ]);
    pushedBeforeMerge = manifestPuts('rel');
    // A PATH holding nothing: merge must not need go (nor git, nor anything else).
    noGoPath = await tempDir('ko-action-nogo-');
    merge = await runAction({
      inputs: {
        repo: `${registry.host}/rel`,
        // Both accepted forms: a bare digest and ref@digest.
        merge: `${amd64.outputs.digest}\n${registry.host}/rel@${arm64.outputs.digest}\n`,
        tags: 'v1.2.3,latest',
      },
      env: { ...EPOCH, PATH: noGoPath },
      cwd: workspace,
    });
  }, buildTimeout(4)); // three runs at once: four go builds

  it('pushes each platform image by digest only', () => {
    for (const run of [amd64, arm64]) {
      expect(run.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(run.outputs.image).toBe(`${registry.host}/rel@${run.outputs.digest}`);
      const meta = JSON.parse(run.outputs.metadata ?? '{}') as Record<string, Metadata>;
      expect(meta['./cmd/hello']?.tags).toEqual([]);
    }
    expect(pushedBeforeMerge.sort()).toEqual(
      [amd64, arm64].map((r) => `/v2/rel/manifests/${r.outputs.digest}`).sort(),
    );
  });

  it('merges them without Go into an index tagged v1.2.3 and latest', async () => {
    if (merge.code !== 0) throw new Error(`the merge failed: ${describeRun(merge)}`);
    expect(merge.stdout).not.toMatch(/Set up Go/);
    const digest = merge.outputs.digest ?? '';
    expect(merge.outputs.image).toBe(`${registry.host}/rel@${digest}`);
    const index = await manifestOf<Index>(`${registry.host}/rel:v1.2.3`);
    expect(sha256(index.bytes)).toBe(digest);
    expect(index.value.manifests.map((m) => [platformOf(m), m.digest])).toEqual([
      ['linux/amd64', amd64.outputs.digest],
      ['linux/arm64', arm64.outputs.digest],
    ]);
    const latest = await crane(['digest', `${registry.host}/rel:latest`], { registry });
    expect(latest.toString('utf8').trim()).toBe(digest);
    // The base's arm64 config says variant v8, so the entry (from the config) does too.
    const meta = JSON.parse(merge.outputs.metadata ?? '{}') as Record<string, Metadata>;
    expect(Object.values(meta)[0]?.platforms).toEqual({
      'linux/amd64': amd64.outputs.digest,
      'linux/arm64/v8': arm64.outputs.digest,
    });
  });

  it('gives the same images as one two-platform run', async () => {
    const index = await manifestOf<Index>(`${registry.host}/whole@${whole.outputs.digest}`);
    const children = new Map(index.value.manifests.map((m) => [platformOf(m), m.digest]));
    expect([...children.keys()].sort()).toEqual(['linux/amd64', 'linux/arm64']);
    for (const [platform, run] of [
      ['linux/amd64', amd64],
      ['linux/arm64', arm64],
    ] as const) {
      const [ours, matrix] = await Promise.all([
        crane(['config', `${registry.host}/whole@${children.get(platform)}`], { registry }),
        crane(['config', `${registry.host}/rel@${run.outputs.digest}`], { registry }),
      ]);
      expect(sha256(ours)).toBe(sha256(matrix));
      // Same config, same layers, same base: the very same manifest.
      expect(children.get(platform)).toBe(run.outputs.digest);
    }
    // And the merged index lists them exactly as the two-platform run's index does.
    const merged = await manifestOf<Index>(`${registry.host}/rel@${merge.outputs.digest}`);
    // (Only the build's index carries artifactType, ko's partial.Descriptor habit; it is optional.)
    const entry = (m: Index['manifests'][number]): unknown => ({
      mediaType: m.mediaType,
      size: m.size,
      digest: m.digest,
      platform: m.platform,
    });
    expect(merged.value.manifests.map(entry)).toEqual(index.value.manifests.map(entry));
    const meta = (r: ActionRun): Metadata | undefined =>
      Object.values(JSON.parse(r.outputs.metadata ?? '{}') as Record<string, Metadata>)[0];
    expect(meta(merge)?.platforms).toEqual(meta(whole)?.platforms);
  });

  it('fails a merge with two images of one platform, pushing nothing', async () => {
    // A second linux/amd64 image in the same repository (crane mutate re-pushes with a label).
    const printed = await crane(
      [
        'mutate',
        '--label',
        'dup=1',
        '-t',
        `${registry.host}/rel:dup`,
        `${registry.host}/rel@${amd64.outputs.digest}`,
      ],
      { registry },
    );
    const dup = printed.toString('utf8').trim().split('@')[1] ?? '';
    expect(dup).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(dup).not.toBe(amd64.outputs.digest);
    registry.clearRequests();
    const run = await runAction({
      inputs: {
        repo: `${registry.host}/rel`,
        merge: `${amd64.outputs.digest}\n${dup}`,
        tags: 'broken',
      },
      env: { ...EPOCH, PATH: noGoPath },
      cwd: workspace,
    });
    expect(run.code).not.toBe(0);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(`${amd64.outputs.digest} and ${dup} are both linux/amd64`);
    expect(registry.requests.filter((r) => r.method === 'PUT')).toEqual([]);
    expect(manifestPuts('rel')).toEqual([]);
    expect(run.outputs.digest).toBeUndefined();
  });
});

describe('the default SPDX SBOM', () => {
  it('is pushed at <repo>:sha256-<hex>.sbom, naming the main module', async () => {
    const run = await build('sbom', { platforms: 'linux/amd64', sbom: 'spdx' });
    const digest = run.outputs.digest ?? '';
    const meta = JSON.parse(run.outputs.metadata ?? '{}') as Record<string, Metadata>;
    const sbomRef = `${registry.host}/sbom:sha256-${digest.slice('sha256:'.length)}.sbom`;
    expect(meta['./cmd/hello']?.sbom).toBe(sbomRef);

    const { value } = await manifestOf<Manifest>(sbomRef);
    expect(value.layers).toHaveLength(1);
    const layer = value.layers[0]!;
    expect(layer.mediaType).toBe('text/spdx+json');
    const blob = await crane(['blob', `${registry.host}/sbom@${layer.digest}`], { registry });
    expect(sha256(blob)).toBe(layer.digest);
    const doc = JSON.parse(blob.toString('utf8')) as {
      spdxVersion: string;
      packages: { name: string }[];
    };
    expect(doc.spdxVersion).toMatch(/^SPDX-2\.\d$/);
    expect(doc.packages.map((p) => p.name)).toContain('example.com/koapp');
  });
});

describe('caches across runs through the Actions cache service', () => {
  let server: FakeCacheServer;

  beforeAll(async () => {
    server = await FakeCacheServer.start();
  });
  afterAll(async () => {
    await server?.close();
  });

  // A cold GOCACHE costs 10-20 s of compiling the standard library: run 1 restores an entry
  // seeded with a GOCACHE kept from an earlier run (per Go version), as another job of the same
  // platforms would have left it, and only the first run ever compiles. (A GOCACHE put on disk
  // before the step would be left alone, as one setup-go restored: docs/caching.md.)
  const goVersion = execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim();
  const keptGoCache = join(cacheDir, `test-gocache-release-${goVersion}`);

  async function keepGoCache(gocache: string): Promise<void> {
    if (existsSync(keptGoCache)) return;
    const staging = await mkdtemp(`${keptGoCache}.staging-`);
    await cp(gocache, staging, { recursive: true });
    await rename(staging, keptGoCache).catch(() => rm(staging, { recursive: true, force: true }));
  }

  /** The first file called `name` under `dir`. */
  async function findFile(dir: string, name: string): Promise<string | undefined> {
    for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
      if (e.isFile() && e.name === name) return join(e.parentPath, e.name);
    }
    return undefined;
  }

  it(
    'saves after run 1 and restores KOCACHE and GOCACHE on a fresh runner in run 2',
    async () => {
      // A runner machine: home (hence KOCACHE) and GOCACHE at fixed paths, as on GitHub's runners
      // (the cache version hashes the paths), emptied between runs like a new VM. RUNNER_TEMP
      // differs per run, as in act.
      const machine = await tempDir('ko-action-runner-');
      const home = join(machine, 'home');
      const gocache = join(machine, 'gocache');
      const kocache = join(home, '.cache', 'ko-action', 'kocache');
      const env = {
        ...server.env(),
        GITHUB_RUN_ATTEMPT: '1',
        HOME: home,
        GOCACHE: gocache,
      };
      const inputs = { platforms: 'linux/amd64', cache: 'true' };
      if (existsSync(keptGoCache)) {
        await cp(keptGoCache, gocache, { recursive: true });
        await mkdir(kocache, { recursive: true });
        const seed = buildKeys({
          runnerOs: 'Linux',
          runnerArch: 'X64',
          goVersion: goVersion.replace(/^go/, ''),
          platforms: ['linux/amd64'],
          target: 'seed',
          dependencyHash: 'seed',
        });
        const runnerTemp = join(machine, 'seed-temp');
        await mkdir(runnerTemp, { recursive: true });
        const id = await server.seed([kocache, gocache], `${seed.exact}0`, {
          workspace,
          runnerTemp,
        });
        expect(id).toBeGreaterThan(0);
        await rm(home, { recursive: true, force: true });
        await rm(gocache, { recursive: true, force: true });
      }
      const seeded = server.saved().length;

      const run1 = await build('cached', inputs, { ...env, GITHUB_RUN_ID: '1' });
      expect(run1.outputs['cache-hit']).toBe('false');
      expect(run1.stdout).toMatch(/KOCACHE miss for example\.com\/koapp\/cmd\/hello linux\/amd64/);
      await keepGoCache(gocache);
      // Go ignores other files in GOCACHE; this one can only come back through the cache service.
      await writeFile(join(gocache, 'ko-action-test-marker'), 'run 1\n');
      const post1 = await runPost(run1);
      if (post1.code !== 0) throw new Error(`the post step failed: ${describeRun(post1)}`);
      // The fixture has no go.sum: no module cache, one build entry.
      const saved = server.saved().slice(seeded);
      expect(saved.map((e) => e.key)).toEqual([
        expect.stringMatching(
          /^ko-action-v2-build-Linux-X64-go[\d.]+-linux-amd64-t[0-9a-f]{8}-[0-9a-f]{64}-1-1-[0-9a-f]{12}$/,
        ),
      ]);
      const entry1 = saved[0]!;
      expect(post1.stdout).toContain(`cache: build: saved ${entry1.key}`);

      const mapFile = await findFile(kocache, 'buildid-to-diffid');
      expect(mapFile).toBeDefined();
      const map1 = await readFile(mapFile!, 'utf8');

      // A new runner: nothing on disk, the same paths.
      await rm(home, { recursive: true, force: true });
      await rm(gocache, { recursive: true, force: true });
      registry.clearRequests();
      const restoresBefore = server.calls('GetCacheEntryDownloadURL').length;

      const run2 = await build('cached', inputs, { ...env, GITHUB_RUN_ID: '2' });
      const lookups = server.calls('GetCacheEntryDownloadURL').slice(restoresBefore);
      expect(lookups).toHaveLength(1);
      // Entries are immutable, so each save has a key of its own; run 2 finds run 1's entry as
      // the newest under the prefix of the same runner, Go, platforms, target and go.sum: a hit.
      expect(entry1.key.startsWith(String(lookups[0]?.key))).toBe(true);
      expect(run2.stdout).toContain(`cache: build: restored ${entry1.key} (exact)`);
      expect(run2.outputs['cache-hit']).toBe('true');
      expect(
        server.requests.some((r) => r.method === 'GET' && r.url === `/download/${entry1.id}`),
      ).toBe(true);

      expect(run2.outputs.digest).toBe(run1.outputs.digest);
      // Nothing is sent again. Upload sessions opened ahead (while go build ran) go unused and
      // are cancelled.
      const uploads = registry.requests.filter((r) => r.path.includes('/blobs/uploads/'));
      expect(uploads.filter((r) => r.method === 'PUT' || r.method === 'PATCH')).toEqual([]);
      const opened = uploads.filter((r) => r.method === 'POST').length;
      expect(uploads.filter((r) => r.method === 'DELETE')).toHaveLength(opened);
      // The binary layer came from the restored KOCACHE: no miss, its map not rewritten.
      expect(run2.stdout).not.toMatch(/KOCACHE (miss|unusable|: cannot record)/);
      expect(await readFile(mapFile!, 'utf8')).toBe(map1);
      expect(await readFile(join(gocache, 'ko-action-test-marker'), 'utf8')).toBe('run 1\n');

      // Nothing changed: the post step saves nothing.
      const creates = server.calls('CreateCacheEntry').length;
      const post2 = await runPost(run2);
      if (post2.code !== 0) throw new Error(`the post step failed: ${describeRun(post2)}`);
      expect(server.calls('CreateCacheEntry').length).toBe(creates);
      expect(post2.stdout).toContain('cache: build: unchanged since');
    },
    buildTimeout(3),
  ); // two runs, the first maybe with a cold GOCACHE, and saving the caches
});
