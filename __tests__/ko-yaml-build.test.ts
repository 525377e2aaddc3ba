// .ko.yaml wired into builds: for each configuration the real ko (v0.19.1) and ko-action build
// the same packages and must agree on image names, tags and every config byte (the config holds
// the binary layer's diffID, so equal configs mean equal binaries: same ldflags, flags, env, dir).
// Then malformed configurations through the action's entry point: one `::error::` naming
// file:line:column, and nothing written to the registry.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readInputs } from '../src/inputs/inputs.js';
import { planBuild } from '../src/engine/plan.js';
import { defaultKoConfig } from '../src/ko/ko-yaml.js';
import { parseKoConfig } from '../src/ko/ko-yaml-file.js';
import { cleanupActionRuns, describeRun, goTestEnv, runAction } from './support/action.js';
import { pushBaseImage, type PushedBaseImage } from './support/base-image.js';
import { crane } from './support/crane.js';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { repoRoot, toolPath } from './support/tools.js';

const EPOCH = '1700000000';
const BASE_NAME = 'org.opencontainers.image.base.name';
const fixture = join(repoRoot, '__tests__', 'fixtures', 'ko-yaml-apps');

let registry: TestRegistry;
let baseA: PushedBaseImage;
let baseB: PushedBaseImage;
let home: string;
let work: string;

beforeAll(async () => {
  registry = await startRegistry('anonymous');
  [baseA, baseB] = await Promise.all([
    pushBaseImage(registry, { repo: 'base/a' }),
    pushBaseImage(registry, { repo: 'base/b' }),
  ]);
  home = await mkdtemp(join(tmpdir(), 'ko-action-koyaml-home-'));
  work = await mkdtemp(join(tmpdir(), 'ko-action-koyaml-'));
});

afterAll(async () => {
  await registry?.stop();
  await cleanupActionRuns();
  for (const d of [home, work]) if (d) await rm(d, { recursive: true, force: true });
});

function exec(
  cmd: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(' ')} failed: ${err.message}\n${stderr}`));
      else resolve(stdout.trim());
    });
  });
}

interface Case {
  readonly name: string;
  /** `$A` and `$B` stand for the two pushed bases. */
  readonly koYaml: string;
  /** Directory (in the app) the file goes in; KO_CONFIG_PATH is then set to it. */
  readonly configDir?: string;
  readonly importPaths: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** Commit the app (fixed author and dates) so both tools see the same git. */
  readonly git?: boolean;
  /** Bases the images must name (base.name annotation), per import path. */
  readonly bases: readonly (() => string)[];
  /**
   * Strings the first image's binary must hold (`$COMMIT`: the short commit), so that equal
   * configs cannot come from both tools ignoring the setting.
   */
  readonly inBinary?: readonly string[];
}

const gitEnv = (env: Record<string, string>): Record<string, string> => ({
  ...env,
  GIT_AUTHOR_NAME: 'ko-action',
  GIT_AUTHOR_EMAIL: 'ko-action@example.com',
  GIT_COMMITTER_NAME: 'ko-action',
  GIT_COMMITTER_EMAIL: 'ko-action@example.com',
  GIT_AUTHOR_DATE: '2024-01-02T03:04:05Z',
  GIT_COMMITTER_DATE: '2024-01-02T03:04:05Z',
});

let seq = 0;
async function prepareApp(c: Case): Promise<string> {
  const dir = join(work, `app-${++seq}`);
  await cp(fixture, dir, { recursive: true });
  const text = c.koYaml.replaceAll('$A', baseA.ref).replaceAll('$B', baseB.ref);
  const confDir = join(dir, c.configDir ?? '.');
  await mkdir(confDir, { recursive: true });
  await writeFile(join(confDir, '.ko.yaml'), text);
  if (c.git) {
    const env = gitEnv(goTestEnv(home));
    const git = (...args: string[]) =>
      exec('git', ['-c', 'commit.gpgsign=false', ...args], dir, env);
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    await git('commit', '-q', '-m', 'fixture');
  }
  return dir;
}

interface Platformed {
  readonly platform: string;
  readonly config: string;
  readonly baseName: string | undefined;
}

interface Desc {
  digest: string;
  platform?: { os: string; architecture: string; variant?: string };
}

/** The binary layer (the last) of an image, or of an index's first child, uncompressed. */
async function binaryLayerOf(ref: string): Promise<Buffer> {
  const repo = ref.slice(0, ref.indexOf('@'));
  const get = async (r: string) =>
    JSON.parse((await crane(['manifest', r], { registry })).toString()) as {
      manifests?: Desc[];
      layers?: Desc[];
    };
  let m = await get(ref);
  if (m.manifests?.[0]) m = await get(`${repo}@${m.manifests[0].digest}`);
  const last = m.layers?.at(-1);
  if (!last) throw new Error(`${ref} has no layers`);
  return gunzipSync(await crane(['blob', `${repo}@${last.digest}`], { registry }));
}

/** Config bytes (and base name) of an image, or of each child of an index. */
async function configsOf(ref: string): Promise<Platformed[]> {
  const repo = ref.slice(0, ref.indexOf('@'));
  const manifest = JSON.parse((await crane(['manifest', ref], { registry })).toString()) as {
    manifests?: Desc[];
    annotations?: Record<string, string>;
  };
  const one = async (r: string, platform: string): Promise<Platformed> => {
    const m = JSON.parse((await crane(['manifest', r], { registry })).toString()) as {
      annotations?: Record<string, string>;
    };
    const config = (await crane(['config', r], { registry })).toString();
    return { platform, config, baseName: m.annotations?.[BASE_NAME] };
  };
  if (!manifest.manifests) return [await one(ref, 'single')];
  return Promise.all(
    manifest.manifests.map((d) =>
      one(
        `${repo}@${d.digest}`,
        [d.platform?.os, d.platform?.architecture, d.platform?.variant].filter(Boolean).join('/'),
      ),
    ),
  );
}

const cases: Case[] = [
  {
    name: 'baseImageOverrides per import path',
    koYaml: 'defaultBaseImage: $B\nbaseImageOverrides:\n  example.com/kyapps/cmd/one: $A\n',
    importPaths: ['./cmd/one', './cmd/two'],
    bases: [() => baseA.ref, () => baseB.ref],
  },
  {
    name: 'templated ldflags from env and git',
    koYaml: [
      'defaultBaseImage: $A',
      'builds:',
      '  - id: one',
      '    main: ./cmd/one',
      '    ldflags:',
      '      - -X main.version={{.Env.VERSION}} -X main.commit={{.Git.ShortCommit}}',
      '',
    ].join('\n'),
    importPaths: ['./cmd/one'],
    env: { VERSION: '1.2.3' },
    git: true,
    bases: [() => baseA.ref],
    inBinary: ['1.2.3', '$COMMIT'],
  },
  {
    name: 'per-build env and flags',
    koYaml: [
      'defaultBaseImage: $A',
      'builds:',
      '  - main: ./cmd/one',
      '    env: [GOAMD64=v2]',
      '    flags: [-tags=extra]',
      '',
    ].join('\n'),
    importPaths: ['./cmd/one'],
    bases: [() => baseA.ref],
    inBinary: ['built-with-extra-tag'],
  },
  {
    name: 'defaultPlatforms',
    koYaml: 'defaultBaseImage: $B\ndefaultPlatforms: [linux/arm64, linux/amd64]\n',
    importPaths: ['./cmd/two'],
    bases: [() => baseB.ref],
  },
  {
    name: 'KO_CONFIG_PATH naming a directory',
    koYaml: 'defaultBaseImage: $B\ndefaultLdflags: [-s, -w]\ndefaultEnv: [GOAMD64=v3]\n',
    configDir: 'conf',
    importPaths: ['./cmd/two'],
    env: { KO_CONFIG_PATH: 'conf' },
    bases: [() => baseB.ref],
  },
  {
    name: 'dir and main in a builds entry',
    koYaml: [
      'defaultBaseImage: $A',
      'builds:',
      '  - id: two',
      '    dir: cmd',
      '    main: ./two/main.go',
      '    ldflags: ["-X main.version=from-dir"]',
      '',
    ].join('\n'),
    importPaths: ['./cmd/two'],
    bases: [() => baseA.ref],
    inBinary: ['from-dir'],
  },
];

describe('.ko.yaml builds: ko-action agrees with ko v0.19.1', () => {
  it.each(cases.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, i) => {
    const dir = await prepareApp(c);
    const koRepo = `${registry.host}/ko${i}`;
    const ourRepo = `${registry.host}/ka${i}`;
    const [koOut, ours] = await Promise.all([
      exec(toolPath('ko'), ['build', '--sbom=none', ...c.importPaths], dir, {
        ...goTestEnv(home),
        ...registry.env,
        ...c.env,
        KO_DOCKER_REPO: koRepo,
        SOURCE_DATE_EPOCH: EPOCH,
      }),
      runAction({
        inputs: {
          'import-paths': c.importPaths.join('\n'),
          repo: ourRepo,
          sbom: 'none',
          cache: 'false',
        },
        env: { ...registry.env, ...c.env, SOURCE_DATE_EPOCH: EPOCH },
        cwd: dir,
      }),
    ]);
    if (ours.code !== 0) throw new Error(`ko-action failed: ${describeRun(ours)}`);
    const koRefs = koOut.split('\n');
    const ourRefs = (ours.outputs.images ?? '').split('\n');
    const nameOf = (ref: string, repo: string) => ref.slice(repo.length, ref.indexOf('@'));
    // ko prints references as builds finish; ours are in import-path order.
    const ourNames = ourRefs.map((r) => nameOf(r, ourRepo));
    expect([...ourNames].sort()).toEqual(koRefs.map((r) => nameOf(r, koRepo)).sort());
    expect(ourRefs).toHaveLength(c.importPaths.length);

    for (const [n, ourRef] of ourRefs.entries()) {
      const koRef = koRefs.find((r) => nameOf(r, koRepo) === ourNames[n]) ?? '';
      const [koConfigs, ourConfigs] = await Promise.all([configsOf(koRef), configsOf(ourRef)]);
      expect(ourConfigs.map((x) => x.platform)).toEqual(koConfigs.map((x) => x.platform));
      for (const [k, kc] of koConfigs.entries()) {
        const oc = ourConfigs[k] as Platformed;
        expect(oc.config).toBe(kc.config);
        expect(oc.baseName).toBe(kc.baseName);
        expect(oc.baseName).toBe(c.bases[n]?.());
      }
      const tagsOf = async (ref: string) =>
        (await crane(['ls', ref.slice(0, ref.indexOf('@'))], { registry })).toString().trim();
      expect(await tagsOf(ourRef)).toBe(await tagsOf(koRef));
    }
    if (c.inBinary) {
      const binary = await binaryLayerOf(ourRefs[0] ?? '');
      const commit = c.git
        ? await exec('git', ['rev-parse', '--short', 'HEAD'], dir, goTestEnv(home))
        : '';
      for (const want of c.inBinary) {
        const s = want.replace('$COMMIT', commit);
        expect(s).not.toBe('');
        expect(binary.includes(Buffer.from(s))).toBe(true);
      }
    }
    if (c.name === 'defaultPlatforms') {
      expect((await configsOf(ourRefs[0] ?? '')).map((x) => x.platform)).toEqual([
        'linux/amd64',
        'linux/arm64/v8',
      ]);
    }
  });
});

interface BadCase {
  readonly name: string;
  readonly koYaml: string;
  /** `line:column` expected in the error. */
  readonly at: string;
  readonly importPaths?: string;
}

const bad: BadCase[] = [
  { name: 'unknown top-level key', koYaml: 'defaultPlatform:\n  - linux/arm64\n', at: '1:1' },
  { name: 'YAML syntax', koYaml: 'builds:\n  - id: a\n    main: [./cmd/one\n', at: '4:1' },
  { name: 'invalid base', koYaml: 'defaultBaseImage: ghcr.io/Acme/App:latest\n', at: '1:19' },
  {
    name: 'override without a base',
    koYaml: 'baseImageOverrides:\n  example.com/kyapps/cmd/one:\n',
    at: '2:3',
  },
  { name: '"all" combined', koYaml: 'defaultPlatforms: [linux/amd64, all]\n', at: '1:33' },
  {
    name: 'unknown platform',
    koYaml: 'defaultPlatforms: linux/amd64 linux/amd65\n',
    at: '1:31',
  },
  { name: 'env without =', koYaml: 'defaultEnv: [A=1, B]\n', at: '1:19' },
  {
    name: 'unknown build key',
    koYaml: 'builds:\n  - id: app\n    main: ./cmd/one\n    ldflag: -s -w\n',
    at: '4:5',
  },
  { name: 'main that does not exist', koYaml: 'builds:\n  - main: ./cmd/nope\n', at: '2:11' },
  { name: 'dir that does not exist', koYaml: 'builds:\n  - dir: nope\n', at: '2:10' },
  {
    name: 'two builds for one package',
    koYaml: 'builds:\n  - main: ./cmd/one\n  - id: again\n    main: cmd/one/main.go\n',
    at: '3:5',
  },
  {
    name: 'template the action cannot evaluate',
    koYaml:
      'builds:\n  - main: ./cmd/one\n    ldflags: ["-X main.version={{ .Env.V | printf }}"]\n',
    at: '3:',
    importPaths: './cmd/one',
  },
];

describe('malformed .ko.yaml through the action', () => {
  it.each(bad.map((b) => [b.name, b] as const))('%s', async (_name, b) => {
    const dir = join(work, `bad-${++seq}`);
    await cp(fixture, dir, { recursive: true });
    await writeFile(join(dir, '.ko.yaml'), b.koYaml);
    registry.clearRequests();
    const run = await runAction({
      inputs: {
        'import-paths': b.importPaths ?? './cmd/one',
        repo: `${registry.host}/bad`,
        'base-image': baseA.ref,
        sbom: 'none',
        cache: 'false',
      },
      env: { ...registry.env },
      cwd: dir,
    });
    expect(run.code).not.toBe(0);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(`.ko.yaml:${b.at}`);
    const writes = registry.requests.filter((r) => r.method === 'PUT' || r.method === 'POST');
    expect(writes).toEqual([]);
  });
});

describe("docker/metadata-action's tags and labels outputs", () => {
  const inputs = (tags: string, extra: Record<string, string> = {}) => ({
    'import-paths': './cmd/two',
    repo: `${registry.host}/named`,
    naming: 'bare',
    'base-image': baseA.ref,
    sbom: 'none',
    cache: 'false',
    tags,
    ...extra,
  });
  const ls = async (repo: string) =>
    (await crane(['ls', repo], { registry })).toString().trim().split('\n').sort();

  it('pushes full references as given, plain tags to the ko-named image, labels as labels', async () => {
    const meta = `${registry.host}/meta/app`;
    const run = await runAction({
      inputs: inputs(`${meta}:1.2.3\n${meta}:latest\nplain-1`, {
        labels: 'org.opencontainers.image.version=1.2.3\norg.opencontainers.image.title=app=two',
      }),
      env: { ...registry.env, SOURCE_DATE_EPOCH: EPOCH },
      cwd: fixture,
    });
    if (run.code !== 0) throw new Error(describeRun(run));
    const digest = run.outputs.digest ?? '';
    expect(await ls(meta)).toEqual(['1.2.3', 'latest']);
    expect(await ls(`${registry.host}/named`)).toEqual(['plain-1']);
    for (const ref of [`${meta}:1.2.3`, `${meta}:latest`, `${registry.host}/named:plain-1`]) {
      expect((await crane(['digest', ref], { registry })).toString().trim()).toBe(digest);
    }
    const config = JSON.parse(
      (await crane(['config', `${meta}:1.2.3`], { registry })).toString(),
    ) as {
      config: { Labels?: Record<string, string> };
    };
    expect(config.config.Labels).toEqual({
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.title': 'app=two',
    });
  });

  it('with only full references, pushes nothing to the ko-named repository', async () => {
    registry.clearRequests();
    const run = await runAction({
      inputs: inputs(`${registry.host}/only/app:v9`, { repo: `${registry.host}/unused` }),
      env: { ...registry.env, SOURCE_DATE_EPOCH: EPOCH },
      cwd: fixture,
    });
    if (run.code !== 0) throw new Error(describeRun(run));
    expect(run.outputs.images).toBe(`${registry.host}/only/app:v9@${run.outputs.digest ?? ''}`);
    expect(await ls(`${registry.host}/only/app`)).toEqual(['v9']);
    const unused = registry.requests.filter((r) => r.path.startsWith('/v2/unused/'));
    expect(unused).toEqual([]);
  });

  it('refuses full references when several import paths are built', async () => {
    registry.clearRequests();
    const run = await runAction({
      inputs: inputs(`${registry.host}/meta/app:1`, { 'import-paths': './cmd/one\n./cmd/two' }),
      env: { ...registry.env },
      cwd: fixture,
    });
    expect(run.code).not.toBe(0);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('2 import paths');
    expect(registry.requests).toEqual([]);
  });
});

describe('planBuild precedence with .ko.yaml', () => {
  const yaml = 'defaultBaseImage: yaml.example/base\ndefaultPlatforms: [linux/arm64]\n';
  const plan = (input: Record<string, string>, env: Record<string, string>) =>
    planBuild(
      readInputs((n) => input[n] ?? '', { KO_DOCKER_REPO: 'r.example/x', ...env }),
      env,
      parseKoConfig(yaml, '/w/.ko.yaml', env),
    );
  const platformsOf = (p: ReturnType<typeof plan>) =>
    p.platforms.all ? 'all' : p.platforms.platforms.map((x) => `${x.os}/${x.architecture}`);

  it('base: input > KO_DEFAULTBASEIMAGE > defaultBaseImage', () => {
    const env = { KO_DEFAULTBASEIMAGE: 'env.example/base' };
    expect(plan({ 'base-image': 'in.example/base' }, env).baseImage).toBe('in.example/base');
    expect(plan({}, env).baseImage).toBe('env.example/base');
    expect(plan({}, {}).baseImage).toBe('yaml.example/base');
  });

  it('platforms: input > KO_DEFAULTPLATFORMS > defaultPlatforms', () => {
    const env = { KO_DEFAULTPLATFORMS: 'linux/s390x' };
    expect(platformsOf(plan({ platforms: 'linux/ppc64le' }, env))).toEqual(['linux/ppc64le']);
    expect(platformsOf(plan({}, env))).toEqual(['linux/s390x']);
    expect(platformsOf(plan({}, {}))).toEqual(['linux/arm64']);
  });

  it('refuses a platform list while GOOS/GOARCH is set, as ko does', () => {
    expect(() => plan({}, { GOOS: 'linux', GOARCH: 'arm64' })).toThrow(
      /GOOS\/GOARCH is set in the environment/,
    );
    const noYaml = planBuild(
      readInputs(() => '', { KO_DOCKER_REPO: 'r.example/x' }),
      { GOOS: 'linux', GOARCH: 'arm', GOARM: '7' },
      defaultKoConfig({}),
    );
    expect(noYaml.platforms.all ? [] : noYaml.platforms.platforms).toEqual([
      { os: 'linux', architecture: 'arm', variant: 'v7' },
    ]);
  });
});
