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
import { cleanupActionRuns, describeRun, goTestEnv, runAction } from '../support/action.js';
import { pushBaseImage, type PushedBaseImage } from '../support/base-image.js';
import { crane } from '../support/crane.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { itWithTools } from '../support/require-tool.js';
import { buildTimeout } from '../support/timeouts.js';
import { repoRoot, systemToolPath, toolPath } from '../support/tools.js';

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
  /** The app to copy (default: fixtures/ko-yaml-apps). */
  readonly fixture?: string;
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
  /** `::warning` annotations ours must print: `line:column` and the key named. */
  readonly warnings?: readonly (readonly [at: string, key: string])[];
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
  await cp(c.fixture ?? fixture, dir, { recursive: true });
  const text = c.koYaml.replaceAll('$A', baseA.ref).replaceAll('$B', baseB.ref);
  const confDir = join(dir, c.configDir ?? '.');
  await mkdir(confDir, { recursive: true });
  await writeFile(join(confDir, '.ko.yaml'), text);
  if (c.git) {
    const env = gitEnv(goTestEnv(home));
    const git = (...args: string[]) =>
      exec(systemToolPath('git'), ['-c', 'commit.gpgsign=false', ...args], dir, env);
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
  {
    // Real configs' templates: actions, functions, pipes, trim markers, .GoEnv (Go's text/template).
    name: 'Go template actions, functions and .GoEnv in ldflags',
    koYaml: [
      'defaultBaseImage: $A',
      'builds:',
      '  - id: one',
      '    main: ./cmd/one',
      '    ldflags:',
      `      - '{{ if index .Env "LD_FLAGS" }}{{ .Env.LD_FLAGS }}{{ else }}-s -w{{ end }}'`,
      `      - '-X main.version={{ printf "%s-%d" .Env.VERSION .Timestamp | printf "v%s" }}'`,
      `      - '-X main.commit=goenv-{{- if eq .GoEnv.GOOS "linux" }}{{ .GoEnv.GOARCH }}{{ else }}other{{ end -}}'`,
      '',
    ].join('\n'),
    importPaths: ['./cmd/one'],
    env: { VERSION: '2.0.0' },
    bases: [() => baseA.ref],
    inBinary: [`v2.0.0-${EPOCH}`, 'goenv-amd64'],
  },
  {
    // ko ignores keys it does not know (other tools' keys, newer ko's, typos): so do we, and
    // we say where they are.
    name: 'unknown top-level and per-build keys',
    koYaml: [
      'defaultBaseImage: $A',
      'defaultPlatform: [linux/arm64]',
      'builds:',
      '  - main: ./cmd/one',
      '    ldflag: -X main.version=ignored',
      '',
    ].join('\n'),
    importPaths: ['./cmd/one'],
    bases: [() => baseA.ref],
    warnings: [
      ['2:1', 'defaultPlatform'],
      ['5:5', 'ldflag'],
    ],
  },
  {
    // Two modules, no go.work, no module at the root: each package is listed and built in its
    // build's dir, whether named by a local path or by its full import path.
    name: 'builds in nested modules, without go.work',
    fixture: join(repoRoot, '__tests__', 'fixtures', 'multi-module'),
    koYaml: [
      'defaultBaseImage: $A',
      'builds:',
      '  - id: a',
      '    dir: svc-a',
      '    main: ./cmd/a',
      '    ldflags: ["-X main.version=module-a"]',
      '  - id: b',
      '    dir: svc-b',
      '    main: ./cmd/b',
      '    ldflags: ["-X main.version=module-b"]',
      '',
    ].join('\n'),
    importPaths: ['./svc-a/cmd/a', 'example.com/svcb/cmd/b'],
    env: { GOWORK: 'off' },
    bases: [() => baseA.ref, () => baseA.ref],
    inBinary: ['module-a'],
  },
];

/** One case: ko and ko-action build it; the images must agree. */
async function buildBoth(c: Case, i: number): Promise<void> {
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
  const warnings = ours.stdout.split('\n').filter((l) => l.startsWith('::warning'));
  expect(warnings).toHaveLength(c.warnings?.length ?? 0);
  for (const [k, [at, key]] of (c.warnings ?? []).entries()) {
    const [line, col] = at.split(':');
    expect(warnings[k]).toContain(`file=.ko.yaml,line=${line},col=${col}::`);
    expect(warnings[k]).toContain(`unknown key "${key}"`);
  }
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
      ? await exec(systemToolPath('git'), ['rev-parse', '--short', 'HEAD'], dir, goTestEnv(home))
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
}

describe('.ko.yaml builds: ko-action agrees with ko v0.19.1', () => {
  // Each case builds its import paths for each platform twice, once with each tool.
  const timeout = buildTimeout(4);
  const indexed = cases.map((c, i) => [c.name, c, i] as const);
  it.each(indexed.filter(([, c]) => !c.git))('%s', (_name, c, i) => buildBoth(c, i), timeout);
  itWithTools('git').each(indexed.filter(([, c]) => c.git))(
    '%s (a git repository)',
    (_name, c, i) => buildBoth(c, i),
    timeout,
  );
});

interface BadCase {
  readonly name: string;
  readonly koYaml: string;
  /** `line:column` expected in the error. */
  readonly at: string;
  readonly importPaths?: string;
  /** Also in the error: the key named. */
  readonly names?: string;
  /** ko fails on it too: run ko on the same app and expect a failure. */
  readonly koFails?: boolean;
}

const bad: BadCase[] = [
  // Reported where the unclosed [ opens (line 3), not where the file ends.
  { name: 'YAML syntax', koYaml: 'builds:\n  - id: a\n    main: [./cmd/one\n', at: '3:11' },
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
  { name: 'main that does not exist', koYaml: 'builds:\n  - main: ./cmd/nope\n', at: '2:11' },
  { name: 'dir that does not exist', koYaml: 'builds:\n  - dir: nope\n', at: '2:10' },
  {
    name: 'two builds for one package',
    koYaml: 'builds:\n  - main: ./cmd/one\n  - id: again\n    main: cmd/one/main.go\n',
    at: '3:5',
  },
  {
    // missingkey=error, as ko parses templates: a release never ships an empty version.
    name: 'an unset variable in a template',
    koYaml:
      'builds:\n  - main: ./cmd/one\n    ldflags: ["-X main.version={{ .Env.KO_ACTION_UNSET }}"]\n',
    at: '3:',
    importPaths: './cmd/one',
    names: 'KO_ACTION_UNSET',
    koFails: true,
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
    if (b.names) expect(run.errors[0]).toContain(b.names);
    const writes = registry.requests.filter((r) => r.method === 'PUT' || r.method === 'POST');
    expect(writes).toEqual([]);
    if (b.koFails) {
      const ko = exec(toolPath('ko'), ['build', '--sbom=none', b.importPaths ?? './cmd/one'], dir, {
        ...goTestEnv(home),
        ...registry.env,
        KO_DOCKER_REPO: `${registry.host}/bad-ko`,
        KO_DEFAULTBASEIMAGE: baseA.ref,
      });
      await expect(ko).rejects.toThrow(/map has no entry for key "KO_ACTION_UNSET"/);
    }
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
