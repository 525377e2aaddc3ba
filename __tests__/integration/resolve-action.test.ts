// Acceptance of the Resolve issue, end to end: the real bundle resolves a directory of manifests
// (fixtures/resolve-app/deploy) against a real registry, next to the real ko v0.19.1 doing the
// same. Each distinct package is built once (go invocations are logged through KO_GO_PATH), every
// reference is replaced, everything else is kept byte for byte, and ko names and configures the
// images the same way (config digests equal; manifests may differ only by gzip, docs/spec/ko-compat.md#32-compression-ggcr-tarballlayerfromopener-internalgzip).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  actionBundle,
  cleanupActionRuns,
  describeRun,
  fixtureApp,
  goTestEnv,
  runAction,
} from '../support/action.js';
import { pushBaseImage, type PushedBaseImage } from '../support/base-image.js';
import { cliBundle, runNode } from '../support/cli.js';
import { crane } from '../support/crane.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { findExecutable, repoRoot, toolPath } from '../support/tools.js';
import { buildTimeout } from '../support/timeouts.js';

const EPOCH = '1700000000';
const resolveApp = join(repoRoot, '__tests__', 'fixtures', 'resolve-app');
const deployDir = join(resolveApp, 'deploy');
/** Walk order of deploy/ (lexical), as both ko and ko-action read it. */
const deployFiles = [
  'api-deployment.yaml',
  'cronjob.yaml',
  'knative-service.yaml',
  'list.yaml',
  'multi-doc.yaml',
];
const MODULE = 'example.com/resolveapp';
const packages = ['api', 'worker', 'cron'].map((c) => `${MODULE}/cmd/${c}`);
/** A reference in the fixtures, unless written after `" ` (the deliberate non-reference). */
const refPattern = /(?<!" )ko:\/\/example\.com\/resolveapp\/cmd\/(api|worker|cron)\b/g;

let registry: TestRegistry;
let base: PushedBaseImage;
let work: string;
let goLog: string;
let goWrapper: string;

beforeAll(async () => {
  registry = await startRegistry('anonymous');
  base = await pushBaseImage(registry);
  work = await mkdtemp(join(tmpdir(), 'ko-action-resolve-'));
  // KO_GO_PATH wrapper: logs each go invocation's arguments, one line each, then runs go.
  goLog = join(work, 'go.log');
  goWrapper = join(work, 'go');
  const realGo = which('go');
  await writeFile(goWrapper, `#!/bin/sh\necho "$*" >> "$GO_LOG"\nexec ${realGo} "$@"\n`);
  await chmod(goWrapper, 0o755);
});

afterAll(async () => {
  await registry?.stop();
  await cleanupActionRuns();
  if (work) await rm(work, { recursive: true, force: true });
});

/** The first `cmd` on PATH. */
function which(cmd: string): string {
  const found = findExecutable(cmd);
  if (found === undefined) throw new Error(`${cmd} is not on PATH`);
  return found;
}

/** `go build` invocations in the log since `from` bytes: the package each one built. */
async function goBuilds(from = 0): Promise<string[]> {
  const text = (await readFile(goLog, 'utf8').catch(() => '')).slice(from);
  return text
    .split('\n')
    .filter((l) => l.startsWith('build '))
    .map((l) => l.split(' ').at(-1) ?? '');
}

function runKo(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      toolPath('ko'),
      args,
      { cwd: resolveApp, env, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`ko ${args.join(' ')} failed: ${err.message}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

/** Every `<repo>/<name>@sha256:…` in `yaml`: name → digests seen (one per occurrence). */
function pinnedRefs(yaml: string, repo: string): Map<string, string[]> {
  const escaped = repo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const out = new Map<string, string[]>();
  for (const m of yaml.matchAll(new RegExp(`${escaped}/([\\w.-]+)@(sha256:[0-9a-f]{64})`, 'g'))) {
    const [, name = '', digest = ''] = m;
    out.set(name, [...(out.get(name) ?? []), digest]);
  }
  return out;
}

const configOf = async (ref: string): Promise<string> =>
  (await crane(['config', ref], { registry })).toString('utf8');

describe('resolve, end to end against ko v0.19.1', () => {
  it(
    'builds each package once, keeps every other byte, and matches ko',
    async () => {
      const resolvedFile = join(work, 'out', 'resolved.yaml');
      const logStart = (await readFile(goLog, 'utf8').catch(() => '')).length;
      await actionBundle(); // bundling src/ is not part of the timing
      const started = Date.now();
      const run = await runAction({
        cwd: resolveApp,
        inputs: {
          resolve: 'deploy',
          'resolved-file': resolvedFile,
          repo: `${registry.host}/ka`,
          'base-image': base.ref,
          sbom: 'none',
          cache: 'false',
        },
        env: { ...registry.env, SOURCE_DATE_EPOCH: EPOCH, KO_GO_PATH: goWrapper, GO_LOG: goLog },
      });
      if (run.code !== 0) throw new Error(`ko-action resolve failed: ${describeRun(run)}`);
      const actionMs = Date.now() - started;

      // 1. One go build per distinct package, whatever the number of references.
      expect((await goBuilds(logStart)).sort()).toEqual([...packages].sort());

      // 4. Outputs: resolved-yaml (multi-line, parsed back from GITHUB_OUTPUT) and resolved-file.
      const yaml = run.outputs['resolved-yaml'] ?? '';
      expect(run.outputs['resolved-file']).toBe(resolvedFile);
      expect(await readFile(resolvedFile, 'utf8')).toBe(yaml);
      expect(yaml.split('\n').length).toBeGreaterThan(100);
      const images = (run.outputs.images ?? '').split('\n');
      // The job summary lists each reference with what replaced it.
      expect(run.summary).toContain('Resolved references');
      for (const [i, img] of images.entries()) {
        expect(run.summary).toContain(img);
        expect(run.summary).toContain(`ko://${packages[i] ?? ''}`);
      }
      expect(images).toHaveLength(3);

      // Every reference replaced by the image of its package; all else byte-identical. The output
      // is the files in walk order joined by `---` (a newline added where a file lacks one).
      const refOf = new Map<string, string>();
      for (const img of images) {
        const m = new RegExp(`^${registry.host}/ka/(api|worker|cron)-[0-9a-f]{32}@sha256:`).exec(
          img,
        );
        expect(m).not.toBeNull();
        refOf.set(m?.[1] ?? '', img);
      }
      let rest = yaml;
      for (const [i, file] of deployFiles.entries()) {
        const input = await readFile(join(deployDir, file), 'utf8');
        let want = input.replace(refPattern, (_, cmd: string) => refOf.get(cmd) ?? '?');
        if (i < deployFiles.length - 1) want += `${want.endsWith('\n') ? '' : '\n'}---\n`;
        expect({ file, text: rest.slice(0, want.length) }).toEqual({ file, text: want });
        rest = rest.slice(want.length);
      }
      expect(rest).toBe('');
      expect(yaml).not.toMatch(refPattern);
      expect(yaml).toContain('" ko://example.com/resolveapp/cmd/api"'); // not a reference
      expect(parseAllDocuments(yaml).every((d) => d.errors.length === 0)).toBe(true);

      // 3. Each pinned reference pulls and its digest is the manifest's.
      for (const img of images) {
        const digest = img.slice(img.indexOf('@') + 1);
        expect((await crane(['digest', img], { registry })).toString('utf8').trim()).toBe(digest);
        const manifest = JSON.parse((await crane(['manifest', img], { registry })).toString()) as {
          layers: unknown[];
        };
        expect(manifest.layers.length).toBeGreaterThanOrEqual(2);
      }

      // 2. ko resolve on the same directory: the same names, the same number of occurrences of
      // each, and equal configs (so diffIDs, history `ko build ko://…`, env and entrypoint).
      const koStarted = Date.now();
      const koYaml = await runKo(['resolve', '-f', 'deploy', '--sbom=none'], {
        ...goTestEnv(work),
        ...registry.env,
        GOFLAGS: '',
        KO_DOCKER_REPO: `${registry.host}/ko`,
        KO_DEFAULTBASEIMAGE: base.ref,
        SOURCE_DATE_EPOCH: EPOCH,
      });
      const koMs = Date.now() - koStarted;
      const ours = pinnedRefs(yaml, `${registry.host}/ka`);
      const theirs = pinnedRefs(koYaml, `${registry.host}/ko`);
      // name → [occurrences, distinct digests]: every occurrence of a name pins one digest.
      const counts = (m: Map<string, string[]>): Map<string, [number, number]> =>
        new Map([...m].map(([n, d]) => [n, [d.length, new Set(d).size]]));
      expect(counts(ours)).toEqual(counts(theirs));
      expect(ours.size).toBe(3);
      for (const [name, [digest = ''] = []] of ours) {
        const koDigest = theirs.get(name)?.[0] ?? '';
        expect({
          name,
          config: await configOf(`${registry.host}/ka/${name}@${digest}`),
        }).toEqual({ name, config: await configOf(`${registry.host}/ko/${name}@${koDigest}`) });
      }
      console.log(
        `resolve of ${deployFiles.length} files: ko-action ${actionMs} ms, ko ${koMs} ms`,
      );
    },
    buildTimeout(2 * packages.length),
  ); // each package once by each tool
});

describe('resolve failures point at the YAML and push nothing', () => {
  const cases: [string, string, RegExp][] = [
    [
      'a non-main package',
      'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - image: ko://example.com/koapp/pkg/greet\n',
      /^:5:12: "example\.com\/koapp\/pkg\/greet" is package greet, not a main package/,
    ],
    [
      'a package outside the module',
      'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: x\n    image: "ko://example.com/elsewhere/cmd/x"\n',
      /^:6:12: cannot load package "example\.com\/elsewhere\/cmd\/x"/,
    ],
    [
      'invalid YAML',
      'apiVersion: v1\nspec:\n  containers: [\n  - image: ko://x\n',
      /^:4:3: invalid YAML/,
    ],
  ];
  it.each(cases)('%s', async (title, text, place) => {
    const file = join(work, `${title.replace(/\W+/g, '-')}.yaml`);
    await writeFile(file, text);
    registry.clearRequests();
    const run = await runAction({
      inputs: { resolve: file, repo: `${registry.host}/ka`, 'base-image': base.ref, sbom: 'none' },
      env: { ...registry.env, SOURCE_DATE_EPOCH: EPOCH },
    });
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    const error = run.errors[0] ?? '';
    expect(error).toContain(file);
    expect(error.slice(error.indexOf(file) + file.length)).toMatch(place);
    expect(run.outputs['resolved-yaml']).toBeUndefined();
    expect(registry.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
  });
});

describe('ko-action resolve -f - (the CLI)', () => {
  it('reads YAML on stdin and prints it resolved', async () => {
    const cli = await cliBundle();
    const input =
      '# from stdin\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - image: ko://./cmd/hello\n    name: hello\n';
    const { code, stdout, stderr } = await runNode(
      [cli, 'resolve', '-f', '-', '--base-image', base.ref],
      { stdin: input, cwd: fixtureApp },
      {
        ...goTestEnv(work),
        ...registry.env,
        KO_DOCKER_REPO: `${registry.host}/cli`,
        SOURCE_DATE_EPOCH: EPOCH,
      },
    );
    if (code !== 0) throw new Error(`ko-action resolve -f - failed (${code}):\n${stderr}`);
    const m = new RegExp(
      `image: (${registry.host}/cli/hello-[0-9a-f]{32}@sha256:[0-9a-f]{64})\\n`,
    ).exec(stdout);
    expect(m).not.toBeNull();
    const ref = m?.[1] ?? '';
    expect(stdout).toBe(input.replace('ko://./cmd/hello', ref));
    expect((await crane(['digest', ref], { registry })).toString().trim()).toBe(
      ref.slice(ref.indexOf('@') + 1),
    );
  });
});

describe('which files a directory gives: ko resolve -f dir, and -R -f dir', () => {
  // top.yaml and top.json at the top; sub/ and sub/deeper/ below, .yaml and .json each.
  const doc = (name: string, cmd: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: c\n    image: ko://${MODULE}/cmd/${cmd}\n`;
  const tree: Record<string, string> = {
    'top.yaml': doc('top-yaml', 'api'),
    'top.json': JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'top-json' } }),
    'sub/nested.yaml': doc('nested-yaml', 'worker'),
    'sub/nested.json': JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'nj' } }),
    'sub/deeper/deep.yaml': doc('deep-yaml', 'cron'),
  };
  const names = (yaml: string): string[] =>
    parseAllDocuments(yaml)
      .map((d) => (d.toJS() as { metadata?: { name?: string } } | null)?.metadata?.name ?? '')
      .filter(Boolean);

  it.each([
    ['-f', false],
    ['-R -f', true],
  ])('%s: the same documents as ko', async (_flags, recursive) => {
    const dir = await mkdtemp(join(work, 'tree-'));
    for (const [file, text] of Object.entries(tree)) {
      await mkdir(join(dir, file, '..'), { recursive: true });
      await writeFile(join(dir, file), text);
    }
    const flags = recursive ? ['-R', '-f', dir] : ['-f', dir];
    const env = {
      ...goTestEnv(work),
      ...registry.env,
      KO_DEFAULTBASEIMAGE: base.ref,
      SOURCE_DATE_EPOCH: EPOCH,
    };
    const [ko, ours] = await Promise.all([
      runKo(['resolve', '--sbom=none', ...flags], {
        ...env,
        KO_DOCKER_REPO: `${registry.host}/kor`,
      }),
      cliBundle().then((cli) =>
        runNode(
          [cli, 'resolve', ...flags],
          { cwd: resolveApp },
          {
            ...env,
            KO_DOCKER_REPO: `${registry.host}/kar`,
          },
        ),
      ),
    ]);
    if (ours.code !== 0)
      throw new Error(`ko-action resolve failed (${ours.code}):\n${ours.stderr}`);
    expect(names(ours.stdout)).toEqual(names(ko));
    expect(names(ours.stdout)).toEqual(
      recursive
        ? ['deep-yaml', 'nj', 'nested-yaml', 'top-json', 'top-yaml']
        : ['top-json', 'top-yaml'],
    );
  });
});
