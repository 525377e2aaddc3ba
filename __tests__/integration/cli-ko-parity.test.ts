// `ko-action` against real ko v0.19.1, flag by flag: each row runs ko, then ko-action, with the
// same arguments and environment (each pushing to its own repository, or with nothing pushed
// to the same name) and compares what a ko user sees: the exit code, stdout (references as a set,
// the repository prefix made equal), the tags each repository ends up with (SBOM tags included:
// they name the digests), and the files the flags write (--sbom-dir, --image-refs, --tarball,
// --oci-layout-path). Equal digests mean equal manifests and config digests. Rows share one
// fixture app and put many flags in one invocation, so ko compiles each distinct binary once and
// ko-action takes it from the shared GOCACHE. --debug is not compared: ko fetches delve for it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { goTestEnv } from '../support/action.js';
import { pushBaseImage, type PushedBaseImage } from '../support/base-image.js';
import { cliBundle } from '../support/cli.js';
import { crane } from '../support/crane.js';
import { podman, startPodmanService, type PodmanService } from '../support/podman.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { describeWithTools } from '../support/require-tool.js';
import { repoRoot, systemToolPath, toolPath } from '../support/tools.js';
import { buildTimeout } from '../support/timeouts.js';

const EPOCH = '1700000000';
type Tool = 'ko' | 'ours';

interface Ctx {
  readonly registry: TestRegistry;
  readonly tls: TestRegistry;
  readonly base: PushedBaseImage;
  /** The base's linux/amd64 image alone: a single-image base, so ko builds an image, not an index. */
  readonly singleBase: string;
  readonly work: string;
}

interface Row {
  readonly name: string;
  readonly args: readonly string[];
  /** Environment beside the common one; `undefined` removes a variable. */
  readonly env?: (ctx: Ctx, tool: Tool) => Record<string, string | undefined>;
  /** per-tool (default): `<registry>/<tool>-<row>`; shared: one name for both (nothing pushed). */
  readonly repo?: 'per-tool' | 'shared';
  /** Files or directories the flags write, relative to the app: compared between the tools. */
  readonly outputs?: readonly string[];
  readonly code: 0 | 1;
  readonly stdin?: string;
  /** go builds ko makes (cold cache) for the timeout. */
  readonly builds?: number;
}

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let ctx: Ctx;
let app: string;
let cli: string;

const koConfigDir = (c: Ctx): string => join(c.work, 'koconfig');

const rows: readonly Row[] = [
  {
    name: 'build-flags',
    args: [
      'build',
      './cmd/hello',
      '--platform=all',
      '-t',
      'v1,v2',
      '--tags=v2',
      '--image-label',
      'org.example/a=b,c=d',
      '--image-annotation=x=y',
      '--image-user',
      '1000',
      '--ldflags=-s',
      '--ldflags',
      '-w',
      '-j',
      '2',
      '--sbom-dir',
      'sbom',
      '--image-refs',
      'refs.txt',
      '-B',
    ],
    outputs: ['sbom', 'refs.txt'],
    code: 0,
    builds: 4,
  },
  {
    // Environment variables as ko reads them, with optimizations off and no SBOM.
    name: 'env-and-debug-build',
    args: ['publish', './cmd/hello', '--disable-optimizations', '-P', '--sbom', 'none', '-t', 'v3'],
    env: (c, tool) => ({
      KO_DEFAULTPLATFORMS: 'linux/arm64',
      KO_DATA_DATE_EPOCH: '1600000000',
      KOCACHE: join(c.work, `kocache-${tool}`),
      KO_GO_PATH: execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim() + '/bin/go',
      GOFLAGS: '-tags=netgo',
    }),
    code: 0,
    // -N -l recompiles the standard library for arm64: slow on a cold cache.
    builds: 4,
  },
  {
    // KO_CONFIG_PATH: a .ko.yaml elsewhere whose templated ldflags read the environment.
    name: 'config-tag-only',
    args: ['build', './cmd/hello', '--bare', '--tag-only', '-t', 'rel', '-v'],
    env: (c) => ({ KO_CONFIG_PATH: koConfigDir(c), VERSION: '1.2.3' }),
    code: 0,
    builds: 1,
  },
  {
    name: 'push-false',
    args: ['build', './cmd/hello', '--push=false'],
    env: () => ({ KO_DOCKER_REPO: undefined }),
    code: 0,
    builds: 1,
  },
  {
    name: 'layout-tarball-refs',
    args: [
      'build',
      './cmd/hello',
      '--push=false',
      '--oci-layout-path',
      'out/layout',
      '--tarball',
      'app.tar',
      '--image-refs',
      'refs.txt',
    ],
    env: (c) => ({ KO_DEFAULTBASEIMAGE: c.singleBase }),
    repo: 'shared',
    outputs: ['out', 'app.tar', 'refs.txt'],
    code: 0,
    builds: 1,
  },
  {
    // Every publisher at once (layout, tarball, push): the registry's reference is printed.
    name: 'all-publishers',
    args: ['build', './cmd/hello', '--oci-layout-path', 'out/layout', '--tarball=app.tar'],
    env: (c) => ({ KO_DEFAULTBASEIMAGE: c.singleBase }),
    outputs: ['out'],
    code: 0,
  },
  {
    name: 'tls-without-insecure',
    args: ['build', './cmd/hello', '--bare'],
    env: (c, tool) => tlsEnv(c, `${tool}-tls-without-insecure`),
    code: 1,
  },
  {
    name: 'tls-insecure-registry',
    args: ['build', './cmd/hello', '--bare', '--insecure-registry'],
    env: (c, tool) => tlsEnv(c, `${tool}-tls-insecure-registry`),
    code: 0,
  },
  {
    name: 'sbom-any-other-value-is-spdx',
    args: ['build', './cmd/hello', '--sbom=cyclonedx', '--push=false'],
    repo: 'shared',
    code: 0,
  },
  // Bad input: the same exit code, nothing on stdout.
  {
    name: 'all-and-a-platform',
    args: ['build', './cmd/hello', '--platform', 'all,linux/amd64'],
    code: 1,
  },
  {
    name: 'label-without-equals',
    args: ['build', './cmd/hello', '--image-label', 'nokey'],
    code: 1,
  },
  {
    name: 'annotation-without-equals',
    args: ['build', './cmd/hello', '--image-annotation=k'],
    code: 1,
  },
  { name: 'tag-only-latest', args: ['build', './cmd/hello', '--tag-only'], code: 1 },
  { name: 'jobs-not-a-number', args: ['build', './cmd/hello', '-j', 'x'], code: 1 },
  { name: 'unknown-flag', args: ['build', './cmd/hello', '--no-such-flag'], code: 1 },
  { name: 'push-false-not-a-bool', args: ['build', './cmd/hello', '--push=maybe'], code: 1 },
  {
    name: 'tarball-of-an-index',
    args: [
      'build',
      './cmd/hello',
      '--push=false',
      '--tarball',
      'idx.tar',
      '--platform=linux/amd64,linux/arm64',
    ],
    repo: 'shared',
    code: 1,
  },
  { name: 'not-a-main-package', args: ['build', './pkg/greet'], code: 1 },
  {
    name: 'no-repository',
    args: ['build', './cmd/hello'],
    env: () => ({ KO_DOCKER_REPO: undefined }),
    code: 1,
  },
  {
    name: 'local-without-a-daemon',
    args: ['build', './cmd/hello', '-L'],
    env: (c) => ({ DOCKER_HOST: `unix://${join(c.work, 'no-daemon.sock')}` }),
    code: 1,
  },
  { name: 'bad-selector', args: ['resolve', '-f', 'config', '-l', '==='], code: 1 },
  { name: 'resolve-takes-no-arguments', args: ['resolve', 'config'], code: 1 },
  // resolve: the same documents selected, the same references put in.
  { name: 'resolve-top-level', args: ['resolve', '-f', 'config', '--bare'], code: 0 },
  {
    name: 'resolve-recursive-selector',
    args: ['resolve', '-R', '-f', 'config', '-l', 'app=x', '-f', 'extra.yaml', '--bare'],
    code: 0,
  },
  {
    name: 'resolve-stdin-selector',
    args: ['resolve', '-Rf', '-', '--selector', 'tier', '--bare'],
    stdin:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: s\n  labels: {tier: web}\nspec:\n  containers: [{name: c, image: ko://example.com/koapp/cmd/hello}]\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: t}\n',
    code: 0,
  },
];

function tlsEnv(c: Ctx, repo: string): Record<string, string | undefined> {
  // The TLS registry's CA is not trusted: only --insecure-registry gets through.
  return {
    ...c.tls.env,
    SSL_CERT_FILE: join(c.work, 'no-such-ca.pem'),
    KO_DOCKER_REPO: `${c.tls.host}/${repo}`,
  };
}

beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), 'cli-ko-parity-'));
  // Outside any git work tree: Go stamps VCS state into binaries built inside one.
  app = join(work, 'app');
  await cp(join(repoRoot, '__tests__', 'fixtures', 'app'), app, { recursive: true });
  await writeManifests(app);
  const [registry, tls, bundle] = await Promise.all([
    startRegistry('anonymous'),
    startRegistry('tls'),
    cliBundle(),
  ]);
  cli = bundle;
  const base = await pushBaseImage(registry);
  const amd64 = base.images.find((i) => i.platform === 'linux/amd64');
  if (!amd64) throw new Error('the base image has no linux/amd64 image');
  const singleBase = `${registry.host}/base/static@${amd64.manifestDigest}`;
  ctx = { registry, tls, base, singleBase, work };
  await mkdir(koConfigDir(ctx));
  await writeFile(
    join(koConfigDir(ctx), '.ko.yaml'),
    'defaultLdflags:\n  - -X main.version={{.Env.VERSION}}\n',
  );
}, buildTimeout(3));

afterAll(async () => {
  await ctx?.registry.stop();
  await ctx?.tls.stop();
  if (ctx) await rm(ctx.work, { recursive: true, force: true });
});

/** config/ for resolve: top-level and nested files, a .yml ko skips, labelled documents. */
async function writeManifests(dir: string): Promise<void> {
  const pod = (name: string, labels: string, image = 'ko://example.com/koapp/cmd/hello') =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels: {${labels}}\nspec:\n  containers:\n    - name: c\n      image: ${image}\n`;
  await mkdir(join(dir, 'config', 'sub'), { recursive: true });
  await writeFile(join(dir, 'config', 'a.yaml'), pod('a', 'app: x'));
  await writeFile(
    join(dir, 'config', 'b.yaml'),
    `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b1, labels: {app: y}}\n---\n${pod('b2', 'app: x, tier: web')}`,
  );
  await writeFile(join(dir, 'config', 'sub', 'c.yaml'), pod('c', 'app: x'));
  await writeFile(join(dir, 'config', 'sub', 'd.yml'), pod('d', 'app: x'));
  await writeFile(join(dir, 'config', 'notes.txt'), 'not a manifest\n');
  await writeFile(join(dir, 'extra.yaml'), pod('e', 'app: z'));
}

function repoName(row: Row, tool: Tool): string {
  return row.repo === 'shared' ? `shared-${row.name}` : `${tool}-${row.name}`;
}

function run(
  cmd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  stdin = '',
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: app, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

async function runTool(row: Row, tool: Tool): Promise<Run> {
  const env: Record<string, string | undefined> = {
    ...goTestEnv(ctx.work),
    ...ctx.registry.env,
    SOURCE_DATE_EPOCH: EPOCH,
    KO_DEFAULTBASEIMAGE: ctx.base.ref,
    KO_DOCKER_REPO: `${ctx.registry.host}/${repoName(row, tool)}`,
    ...row.env?.(ctx, tool),
  };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const result =
    tool === 'ko'
      ? await run(toolPath('ko'), row.args, env, row.stdin)
      : await run(process.execPath, [cli, ...row.args], env, row.stdin);
  // Keep each tool's outputs apart: both write to the same relative paths.
  for (const out of row.outputs ?? []) {
    const kept = join(app, `${out}.${tool}`);
    await rm(kept, { recursive: true, force: true });
    if (existsSync(join(app, out))) await rename(join(app, out), kept);
  }
  return result;
}

/** stdout lines, each tool's repository name made `<repo>`, as a sorted set. */
function refLines(row: Row, tool: Tool, stdout: string): string[] {
  const lines = stdout.split('\n').filter(Boolean);
  return [...new Set(lines.map((l) => l.split(repoName(row, tool)).join('<repo>')))].sort();
}

/** Every repository a reference names, with its tags. */
async function tagsOf(refs: readonly string[], registry: TestRegistry): Promise<string[]> {
  const repos = new Set(refs.map((r) => r.split('@')[0]!.replace(/:[^:/]+$/, '')));
  const out: string[] = [];
  for (const repo of repos) {
    if (!repo.startsWith(registry.host)) continue;
    const tags = (await crane(['ls', repo], { registry })).toString('utf8').split('\n');
    out.push(...tags.filter(Boolean).map((t) => `${repo.slice(repo.lastIndexOf('/'))}:${t}`));
  }
  return out.sort();
}

/** Each file under `path` (or the file itself) → its bytes, with the repo names made equal. */
async function filesOf(path: string, row: Row, tool: Tool): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (p: string, rel: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(p, { withFileTypes: true });
    } catch {
      out[rel] = (await readFile(p)).toString('base64');
      if (p.endsWith('index.json')) {
        // ko-action also names the entry (ref.name annotation); the images must be ko's.
        const index = JSON.parse(await readFile(p, 'utf8')) as { manifests: { digest: string }[] };
        out[rel] = index.manifests.map((m) => m.digest).join(',');
      }
      if (p.endsWith('/oci-layout'))
        out[rel] = JSON.stringify(JSON.parse(await readFile(p, 'utf8')));
      if (/\.txt\.(ko|ours)$/.test(p)) {
        out[rel] = (await readFile(p, 'utf8')).split(repoName(row, tool)).join('<repo>');
      }
      return;
    }
    for (const e of entries) await walk(join(p, e.name), `${rel}/${e.name}`);
  };
  await walk(path, '');
  return out;
}

/** Documents by name, with the image each one ends up naming (repository made equal). */
function documents(row: Row, tool: Tool, yaml: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const doc of parseAllDocuments(yaml.split(repoName(row, tool)).join('<repo>'))) {
    const js = doc.toJS() as {
      metadata?: { name?: string };
      spec?: { containers?: { image?: string }[] };
    } | null;
    if (!js) continue;
    out[js.metadata?.name ?? '?'] = js.spec?.containers?.[0]?.image ?? '';
  }
  return out;
}

describe('ko-action and ko v0.19.1, given the same flags', () => {
  for (const row of rows) {
    it(
      `${row.name}: ${row.args.join(' ')}`,
      async () => {
        const ko = await runTool(row, 'ko');
        const before = await readdir(app);
        const ours = await runTool(row, 'ours');
        // Nothing lands in the work tree but what the flags name (--push=false: nothing at all).
        const added = (await readdir(app)).filter((f) => !before.includes(f)).sort();
        const named = [...new Set((row.outputs ?? []).map((o) => `${o.split('/')[0]}.ours`))];
        expect(added.filter((f) => !named.includes(f))).toEqual([]);
        const why = `\n--- ko stderr:\n${ko.stderr}\n--- ko-action stderr:\n${ours.stderr}`;
        expect({ code: ko.code, row: row.name }).toEqual({ code: row.code, row: row.name });
        if (ours.code !== ko.code) throw new Error(`exit ${ours.code}, ko ${ko.code}${why}`);
        if (row.args[0] === 'resolve') {
          expect(documents(row, 'ours', ours.stdout)).toEqual(documents(row, 'ko', ko.stdout));
        } else {
          expect(refLines(row, 'ours', ours.stdout)).toEqual(refLines(row, 'ko', ko.stdout));
        }
        if (row.code !== 0) {
          expect(ours.stdout).toBe('');
          return;
        }
        const pushed = !row.args.includes('--push=false');
        if (pushed && (row.args[0] === 'build' || row.args[0] === 'publish')) {
          const registry = row.name.startsWith('tls') ? ctx.tls : ctx.registry;
          const lines = (out: string) => out.split('\n').filter(Boolean);
          const tags = async (tool: Tool, out: string) =>
            (await tagsOf(lines(out), registry)).map((t) =>
              t.split(repoName(row, tool)).join('<repo>'),
            );
          expect(await tags('ours', ours.stdout)).toEqual(await tags('ko', ko.stdout));
        }
        for (const out of row.outputs ?? []) {
          const theirs = await filesOf(join(app, `${out}.ko`), row, 'ko');
          expect(Object.keys(theirs).length).toBeGreaterThan(0);
          expect(await filesOf(join(app, `${out}.ours`), row, 'ours')).toEqual(theirs);
        }
      },
      buildTimeout(row.builds ?? 1),
    );
  }
});

describeWithTools('skopeo')('--tarball', () => {
  it('is a docker-archive skopeo reads, named and tagged as ko names it', async () => {
    const tar = join(app, 'app.tar.ours');
    if (!existsSync(tar)) throw new Error('the layout-tarball-refs row did not leave app.tar');
    const inspect = JSON.parse(
      execFileSync(systemToolPath('skopeo'), ['inspect', `docker-archive:${tar}`], {
        encoding: 'utf8',
      }),
    ) as { Digest: string; RepoTags: string[]; Architecture: string; Os: string };
    expect(inspect.Os).toBe('linux');
    expect(inspect.Architecture).toBe('amd64');
    const refs = (await readFile(join(app, 'refs.txt.ours'), 'utf8')).trim();
    expect(refs).toMatch(
      new RegExp(`^${ctx.registry.host}/shared-layout-tarball-refs/hello-[0-9a-f]{32}@sha256:`),
    );
    const config = execFileSync(
      systemToolPath('skopeo'),
      ['inspect', '--config', '--raw', `docker-archive:${tar}`],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(config)).toMatchObject({ config: { User: '65532' }, os: 'linux' });
  });
});

// -L with an engine behind it: podman's Docker-compatible API service stands in for the Docker
// daemon both tools talk to (DOCKER_HOST), as in integration/daemon.engine.test.ts.
describeWithTools('podman', 'runc')('-L into a Docker-compatible engine', () => {
  let service: PodmanService;
  let podmanEnvVars: NodeJS.ProcessEnv;
  let socket: string;

  beforeAll(async () => {
    service = await startPodmanService(join(ctx.work, 'podman'));
    ({ env: podmanEnvVars, socket } = service);
  });

  afterAll(() => service?.stop());

  it(
    'loads the same image under the same name, tagged the same, and prints the same line',
    async () => {
      const row: Row = {
        name: 'local',
        args: ['build', './cmd/hello', '-L', '-t', 'latest,v1'],
        env: () => ({ DOCKER_HOST: `unix://${socket}` }),
        repo: 'shared',
        code: 0,
      };
      const loaded: Record<Tool, { stdout: string; ids: string[] }> = {
        ko: { stdout: '', ids: [] },
        ours: { stdout: '', ids: [] },
      };
      for (const tool of ['ko', 'ours'] as const) {
        const r = await runTool(row, tool);
        expect({ tool, code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({
          tool,
          code: 0,
          stderr: '',
        });
        const ref = r.stdout.trim();
        const name = ref.slice(0, ref.lastIndexOf(':'));
        // podman's image ID is the config digest: the image each tool loaded, by each name.
        const ids = await podman(
          ['image', 'inspect', '--format', '{{.Id}}', ref, `${name}:latest`, `${name}:v1`],
          podmanEnvVars,
        );
        expect(ids.code).toBe(0);
        loaded[tool] = { stdout: r.stdout, ids: ids.stdout.trim().split('\n') };
        // Each load is checked before the next one replaces it under the same name.
        await podman(['rmi', '--force', ref, `${name}:latest`, `${name}:v1`], podmanEnvVars);
      }
      expect(loaded.ours.stdout).toBe(loaded.ko.stdout);
      // ko names the loaded image under KO_DOCKER_REPO, tagged by the config digest's hex.
      expect(loaded.ko.stdout).toMatch(/^\S+\/shared-local\/hello-[0-9a-f]{32}:[0-9a-f]{64}\n$/);
      expect(new Set(loaded.ko.ids).size).toBe(1);
      expect(loaded.ours.ids).toEqual(loaded.ko.ids);
    },
    buildTimeout(2),
  );
});
