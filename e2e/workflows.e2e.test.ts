// Every documented workflow, run by a GitHub Actions runner emulator (nektos/act, issue #19), plus
// the cases users hit first (e2e/workflows): the post-step cache on a second run (issue #20),
// working-directory with resolve, push: false, a compile error, a long compile's progress lines,
// and a go.mod asking for a newer Go than PATH's.
//
// Each workflow runs in its own repository (acme/<name>) with act, all against one fake ghcr.io.
// The action is this checkout's committed action.yml + dist/ (KO_ACTION_E2E_ACTION names another
// folder holding them), served as org/ko-action@v1; other actions are the stand-ins in
// e2e/stand-ins, served under the names and refs the YAML uses; act itself skips the checkout of
// the workflow's own repository (it copies the repository into each job's work folder).
// The tests assert what a user checks: the registry (read with crane), the steps' outputs, the
// job summary, annotations, and what the second run restored and saved.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describeUnless } from '../__tests__/support/require-tool.js';
import { cacheDir, repoRoot, toolPath } from '../__tests__/support/tools.js';
import { runAct, type ActResult, type JobReport } from './support/act.js';
import { ACTOR, startE2eGhcr, WORKFLOW_TOKEN, type E2eGhcr } from './support/ghcr.js';
import {
  docBlock,
  documentedRecipes,
  EXAMPLES_DIR,
  runnerLabels,
  TAG,
  usedActions,
  type Recipe,
} from './support/recipes.js';
import { createWorkspace, FIXTURE, OWNER, type Workspace } from './support/workspace.js';

const run = promisify(execFile);
const E2E = join(repoRoot, 'e2e');
const STAND_INS = join(E2E, 'stand-ins');
const ACTION_NAME = 'org/ko-action@v1';
/** How many act runs at once: each builds with `go`, and CI has two cores. */
const PARALLEL_RUNS = 3;
const RUN_TIMEOUT_MS = 15 * 60_000;

/** Outside CI the suite is skipped, with this reason, when the pinned tools are not there. */
function missingTools(): string | undefined {
  if (process.env.CI) return undefined;
  try {
    for (const tool of ['act', 'registry', 'crane'] as const) toolPath(tool);
    return undefined;
  } catch (e) {
    return `the pinned tools are not provisioned (${(e as Error).message.split(';')[0]})`;
  }
}

interface Case {
  readonly name: string;
  readonly workflow: string;
  readonly ref: string;
  /** Extra --env entries per run (the cache case runs twice). */
  readonly runs: readonly Readonly<Record<string, string>>[];
  /** Keep the default shared (warm) GOCACHE and module cache; false for a fresh runner. */
  readonly sharedGoCaches: boolean;
}

interface CaseResult {
  readonly workspace: Workspace;
  readonly runs: ActResult[];
  /** Files in the cache service's storage after each run. */
  readonly cacheEntries: number[];
  /** YAML files kubectl (the stand-in) was given. */
  readonly applied: string[];
}

function ownCase(file: string, runs: Case['runs'] = [{}], sharedGoCaches = true): Case {
  const workflow = readFileSync(join(E2E, 'workflows', file), 'utf8');
  return {
    name: file.replace(/\.yml$/, ''),
    workflow,
    ref: 'refs/heads/main',
    runs,
    sharedGoCaches,
  };
}

const recipeCase = (r: Recipe): Case => ({
  name: r.name,
  workflow: r.workflow,
  ref: r.ref,
  runs: [{}],
  sharedGoCaches: true,
});

/**
 * This machine's way to the module proxy, for the jobs' go commands: act does not hand its own
 * environment to the steps (PATH aside), and a fresh HOME has no `go env -w` settings.
 */
function goNetworkEnv(): Record<string, string> {
  const names = ['GOPROXY', 'GOSUMDB', 'GONOSUMDB', 'GONOPROXY', 'GOPRIVATE', 'GOINSECURE'];
  return Object.fromEntries(names.flatMap((n) => (process.env[n] ? [[n, process.env[n]]] : [])));
}

/** rm -rf, also of the module cache's read-only files (the go command writes them so). */
async function removeTree(dir: string): Promise<void> {
  await run('chmod', ['-R', 'u+w', dir]).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
}

const RECIPES = documentedRecipes();

/** The recipe made of the YAML block under a heading of a doc. */
function recipeUnder(doc: string, heading: RegExp): Recipe {
  const found = RECIPES.filter((r) => r.doc === doc && heading.test(r.heading));
  if (found.length !== 1) throw new Error(`${doc}: ${found.length} recipes under ${heading}`);
  return found[0] as Recipe;
}

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

describeUnless(missingTools())('documented workflows under act', () => {
  let suite: string;
  let ghcr: E2eGhcr;
  let actionDir: string;
  let actHome: string;
  let goModCache: string;
  const results = new Map<string, Promise<CaseResult>>();

  async function prepareAction(): Promise<string> {
    const source = process.env.KO_ACTION_E2E_ACTION ?? repoRoot;
    const dir = join(suite, 'ko-action');
    await mkdir(dir, { recursive: true });
    await cp(join(source, 'action.yml'), join(dir, 'action.yml'));
    await cp(join(source, 'dist'), join(dir, 'dist'), { recursive: true });
    return dir;
  }

  /** GitHub's hosted runners carry Go in their tool cache; this one carries PATH's Go there. */
  async function seedToolCache(): Promise<void> {
    const { stdout } = await run('go', ['env', 'GOVERSION', 'GOROOT']);
    const [goVersion = '', goRoot = ''] = stdout.trim().split('\n');
    const version = goVersion.replace(/^go/, '');
    const arch = process.arch; // the tool cache's arch folders are Node's names (x64, arm64)
    const dir = join(actHome, '.cache', 'act', 'tool_cache', 'go', version);
    await mkdir(dir, { recursive: true });
    await symlink(goRoot, join(dir, arch));
    await writeFile(join(dir, `${arch}.complete`), '');
  }

  /** The shared module cache, filled before the runs so that no two jobs download at once. */
  async function fillModuleCache(): Promise<void> {
    const env = { ...process.env, GOMODCACHE: goModCache, GOFLAGS: '' };
    for (const module of ['.', 'app']) {
      await run('go', ['mod', 'download'], { cwd: join(FIXTURE, module), env });
    }
  }

  function actionsFor(workflow: string): Record<string, string> {
    const actions: Record<string, string> = {};
    for (const uses of usedActions(workflow)) {
      const name = uses.slice(0, uses.indexOf('@'));
      if (uses === ACTION_NAME) actions[uses] = actionDir;
      // act copies the workflow's own repository in place of its checkout.
      else if (name !== 'actions/checkout') {
        const dir = join(STAND_INS, name);
        if (!existsSync(join(dir, 'action.yml'))) {
          throw new Error(`${uses} has no stand-in: add ${dir}/action.yml (see its README.md)`);
        }
        actions[uses] = dir;
      }
    }
    return actions;
  }

  async function countFiles(dir: string): Promise<number> {
    try {
      const entries = await readdir(dir, { recursive: true, withFileTypes: true });
      return entries.filter((e) => e.isFile()).length;
    } catch {
      return 0;
    }
  }

  async function runCase(c: Case): Promise<CaseResult> {
    const root = join(suite, 'runs', c.name);
    const workspace = await createWorkspace(root, c.name, c.workflow);
    const cacheDirOfCase = join(root, 'cache-service');
    const kubectlDir = join(root, 'applied');
    const runs: ActResult[] = [];
    const cacheEntries: number[] = [];
    // One HOME path for every run, emptied in between: each run is a fresh runner, and the cache
    // service's version of an entry hashes its paths, which a runner keeps from job to job.
    const home = join(root, 'home');
    for (const [i, extra] of c.runs.entries()) {
      await removeTree(home);
      await mkdir(home, { recursive: true });
      const goCaches: Record<string, string> = c.sharedGoCaches
        ? { GOCACHE: join(cacheDir, 'test-gocache'), GOMODCACHE: goModCache }
        : {};
      runs.push(
        await runAct({
          workspace: workspace.dir,
          workflow: workspace.workflowFile,
          event: { ref: c.ref, repository: { full_name: `${OWNER}/${c.name}` } },
          runnerLabels: runnerLabels(c.workflow),
          actions: actionsFor(c.workflow),
          env: {
            HOME: home,
            ...goNetworkEnv(),
            ...goCaches,
            ...ghcr.stepEnv,
            E2E_KUBECTL_DIR: kubectlDir,
            ...extra,
          },
          secrets: { GITHUB_TOKEN: WORKFLOW_TOKEN, KUBECONFIG: 'apiVersion: v1\nkind: Config\n' },
          actor: ACTOR,
          actHome,
          cacheDir: cacheDirOfCase,
          artifactDir: join(root, 'artifacts'),
          extraPath: join(STAND_INS, 'bin'),
          logFile: join(cacheDir, 'e2e', `${c.name}-${i}.jsonl`),
          scratchDir: join(root, `act-${i}`),
        }),
      );
      cacheEntries.push(await countFiles(join(cacheDirOfCase, 'cache')));
    }
    let applied: string[] = [];
    try {
      const files = (await readdir(kubectlDir)).sort();
      applied = await Promise.all(files.map((f) => readFile(join(kubectlDir, f), 'utf8')));
    } catch {
      applied = [];
    }
    return { workspace, runs, cacheEntries, applied };
  }

  beforeAll(async () => {
    suite = await mkdtemp(join(tmpdir(), 'ko-action-e2e-'));
    actHome = join(suite, 'act-home');
    goModCache = join(suite, 'gomodcache');
    await rm(join(cacheDir, 'e2e'), { recursive: true, force: true });
    ghcr = await startE2eGhcr();
    actionDir = await prepareAction();
    await seedToolCache();
    await fillModuleCache();

    const cases: Case[] = [
      ...RECIPES.map(recipeCase),
      // A fresh runner twice; the second has no module proxy.
      ownCase('cache.yml', [{}, { GOPROXY: 'off' }], false),
      ownCase('working-directory-resolve.yml'),
      ownCase('push-false.yml'),
      ownCase('compile-error.yml'),
      // A fresh runner twice: the second must find Go 1.27.3 in the caches, with no module proxy.
      ownCase('newer-go.yml', [{}, { GOPROXY: 'off' }], false),
      ownCase('slow-compile.yml'),
    ];
    // A small pool: the cases start in order, PARALLEL_RUNS at a time. Each test awaits its own
    // case, so the first results are checked while later runs still go on.
    const queue = cases.map((c) => {
      let start = (): void => undefined;
      const started = new Promise<void>((resolve) => {
        start = resolve;
      });
      const done = started.then(() => runCase(c));
      // A run's failure is its test's failure; keep it from counting as unhandled meanwhile.
      done.catch(() => undefined);
      results.set(c.name, done);
      return { start, done };
    });
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        next.start();
        await next.done.catch(() => undefined);
      }
    };
    for (let i = 0; i < PARALLEL_RUNS; i++) void worker();
  }, RUN_TIMEOUT_MS);

  afterAll(async () => {
    // Let every run finish before the registry goes away.
    await Promise.allSettled([...results.values()]);
    await ghcr?.stop();
    if (suite) await removeTree(suite);
  }, RUN_TIMEOUT_MS);

  const result = async (name: string): Promise<CaseResult> => {
    const r = results.get(name);
    if (!r) throw new Error(`no case ${name}`);
    return r;
  };

  /** The one job of a run with this id (and matrix values), failing with its log when it failed. */
  function job(r: ActResult, id: string, matrix?: Record<string, unknown>): JobReport {
    const found = r.jobs.filter(
      (j) =>
        j.id === id && (!matrix || Object.entries(matrix).every(([k, v]) => j.matrix[k] === v)),
    );
    if (found.length !== 1) {
      throw new Error(
        `expected one job ${id} ${JSON.stringify(matrix ?? {})}, found ${found.length}; ` +
          `act said:\n${r.actLog.slice(-30).join('\n')}`,
      );
    }
    return found[0] as JobReport;
  }

  function succeeded(j: JobReport): JobReport {
    if (j.result !== 'success') {
      throw new Error(`job ${j.id} ${j.result}:\n${j.log.slice(-60).join('\n')}`);
    }
    return j;
  }

  /** ko-action's outputs in a job: the step that set `metadata`. */
  function koOutputs(j: JobReport): Record<string, string> {
    const steps = Object.values(j.outputs).filter((o) => 'metadata' in o || 'oci-layout-path' in o);
    if (steps.length !== 1) throw new Error(`job ${j.id}: ${steps.length} ko-action steps`);
    return steps[0] as Record<string, string>;
  }

  interface Index {
    digest: string;
    platforms: string[];
    manifests: { digest: string; platform?: { os: string; architecture: string } }[];
    annotations?: Record<string, string>;
  }

  async function indexAt(ref: string): Promise<Index> {
    const manifest = JSON.parse(await ghcr.crane(['manifest', ref])) as Omit<
      Index,
      'digest' | 'platforms'
    >;
    const digest = (await ghcr.crane(['digest', ref])).trim();
    const platforms = manifest.manifests
      .filter((m) => m.platform)
      .map((m) => `${m.platform?.os}/${m.platform?.architecture}`)
      .sort();
    return { ...manifest, digest, platforms };
  }

  const APP = 'github.com/acme/shop/cmd/app';
  const appRepo = (name: string): string => `ghcr.io/${OWNER}/${name}/app-${md5(APP)}`;

  describe('README and docs/quick-start.md', () => {
    it('README quick start is docs/quick-start.md quick start', () => {
      expect(docBlock('README.md', /^Quick start/)).toBe(
        docBlock('docs/quick-start.md', /^Push to ghcr\.io/),
      );
    });

    it.each(RECIPES.map((r) => [r.name, r.doc, r] as const))(
      '%s (%s) runs green, and each image it outputs is in the registry',
      async (name, _doc, recipe) => {
        const r = await result(name);
        const jobs = (r.runs[0] as ActResult).jobs;
        expect(jobs.length).toBeGreaterThan(0);
        const pushed = jobs
          .map(succeeded)
          .flatMap((j) => Object.values(j.outputs))
          .filter((o) => o.image?.includes('@sha256:'));
        expect(pushed.length).toBeGreaterThan(0);
        for (const out of pushed) {
          const digest = (await ghcr.crane(['digest', out.image ?? ''])).trim();
          expect(digest).toBe(out.digest);
        }
        expect(recipe.workflow).toContain('org/ko-action@v1');
      },
      RUN_TIMEOUT_MS,
    );

    it(
      'quick start: the tag is pushed as an index of both platforms to ghcr.io/<owner>/<repo>/app-<md5>',
      async () => {
        const { name } = recipeUnder('README.md', /^Quick start/);
        const r = await result(name);
        const j = succeeded(job(r.runs[0] as ActResult, 'image'));
        const out = koOutputs(j);
        const index = await indexAt(`${appRepo(name)}:${TAG}`);
        expect(index.platforms).toEqual(['linux/amd64', 'linux/arm64']);
        expect(out.digest).toBe(index.digest);
        expect(out.image).toBe(`${appRepo(name)}:${TAG}@${index.digest}`);
        expect(j.summaries.join('\n')).toContain(index.digest);
      },
      RUN_TIMEOUT_MS,
    );

    it(
      'recipe 1: metadata-action tags and labels as they are, on ghcr.io/<owner>/<repo>',
      async () => {
        const { name } = recipeUnder('docs/quick-start.md', /^1\. Release on a tag/);
        const r = await result(name);
        const j = succeeded(job(r.runs[0] as ActResult, 'recipe'));
        const out = koOutputs(j);
        const image = `ghcr.io/${OWNER}/${name}`;
        for (const tag of ['1.2.3', 'latest']) {
          expect((await ghcr.crane(['digest', `${image}:${tag}`])).trim()).toBe(out.digest);
        }
        const config = JSON.parse(await ghcr.crane(['config', `${image}:1.2.3`])) as {
          config: { Labels: Record<string, string> };
        };
        expect(config.config.Labels).toMatchObject({
          'org.opencontainers.image.version': '1.2.3',
          'org.opencontainers.image.source': `https://github.com/${OWNER}/${name}`,
          'org.opencontainers.image.revision': r.workspace.sha,
        });
      },
      RUN_TIMEOUT_MS,
    );

    it('recipe 2: the matrix fragment is the example workflow’s steps', () => {
      const example = readFileSync(join(repoRoot, EXAMPLES_DIR, 'matrix-release.yml'), 'utf8');
      const image = /^\s+IMAGE: (.+)$/m.exec(example)?.[1] ?? '';
      const lines = (text: string): string[] =>
        text
          .split('\n')
          .map((l) =>
            l
              .replace(/\s#\s.*$/, '')
              .trim()
              .replace(/^- /, ''),
          )
          .filter((l) => l && !l.startsWith('#'));
      const exampleLines = new Set(lines(example.replaceAll('${{ env.IMAGE }}', image)));
      const fragment = lines(docBlock('docs/quick-start.md', /^2\. One runner per platform/));
      expect(fragment.length).toBeGreaterThan(5);
      expect(fragment.filter((l) => !exampleLines.has(l))).toEqual([]);
    });

    it(
      'recipe 3: kubectl gets the YAML with every ko:// reference pinned to the pushed digest',
      async () => {
        const { name } = recipeUnder('docs/quick-start.md', /^3\. `ko resolve`/);
        const r = await result(name);
        const j = succeeded(job(r.runs[0] as ActResult, 'recipe'));
        const out = koOutputs(j);
        expect(r.applied).toHaveLength(1);
        const applied = r.applied[0] ?? '';
        expect(applied).not.toContain('ko://');
        expect(applied).toContain(`image: ${appRepo(name)}@${out.digest}`);
        expect(applied).toContain("# Built and pinned by ko-action's resolve.");
        const pushed = `${appRepo(name)}@${out.digest}`;
        expect((await ghcr.crane(['digest', pushed])).trim()).toBe(out.digest);
      },
      RUN_TIMEOUT_MS,
    );
  });

  describe('examples/workflows', () => {
    it(
      'release-on-tag: every semver tag names one index of both platforms, labelled',
      async () => {
        const r = await result('release-on-tag');
        const j = succeeded(job(r.runs[0] as ActResult, 'image'));
        const out = koOutputs(j);
        const image = `ghcr.io/${OWNER}/release-on-tag`;
        const index = await indexAt(`${image}:1.2.3`);
        expect(index.platforms).toEqual(['linux/amd64', 'linux/arm64']);
        expect(out.digest).toBe(index.digest);
        for (const tag of ['1.2', 'latest']) {
          expect((await ghcr.crane(['digest', `${image}:${tag}`])).trim()).toBe(index.digest);
        }
        const config = JSON.parse(
          await ghcr.crane(['config', `${image}:1.2.3`, '--platform', 'linux/arm64']),
        ) as { config: { Labels: Record<string, string> } };
        expect(config.config.Labels).toMatchObject({
          'org.opencontainers.image.version': '1.2.3',
          'org.opencontainers.image.source': `https://github.com/${OWNER}/release-on-tag`,
        });
        // go-version-file: go.mod found Go in the runner's tool cache.
        expect(j.log.join('\n')).toMatch(/Go 1\.26\.\d+ \(tool-cache\)/);
        expect(j.summaries).toContain(`Pushed ${out.image}\n`);
      },
      RUN_TIMEOUT_MS,
    );

    it(
      'matrix-release: one index over both runners’ digests, under every metadata-action tag',
      async () => {
        const r = await result('matrix-release');
        const act = r.runs[0] as ActResult;
        const digests = [
          koOutputs(succeeded(job(act, 'build', { platform: 'linux/amd64' }))).digest,
          koOutputs(succeeded(job(act, 'build', { platform: 'linux/arm64' }))).digest,
        ];
        const merge = succeeded(job(act, 'merge'));
        const out = koOutputs(merge);
        const image = `ghcr.io/${OWNER}/matrix-release`;
        const index = await indexAt(`${image}:1.2.3`);
        expect(index.digest).toBe(out.digest);
        expect(index.platforms).toEqual(['linux/amd64', 'linux/arm64']);
        expect(index.manifests.map((m) => m.digest).sort()).toEqual([...digests].sort());
        for (const tag of ['1.2', 'latest']) {
          expect((await ghcr.crane(['digest', `${image}:${tag}`])).trim()).toBe(index.digest);
        }
        expect(index.annotations).toMatchObject({
          'org.opencontainers.image.version': '1.2.3',
          'org.opencontainers.image.source': `https://github.com/${OWNER}/matrix-release`,
        });
        expect(merge.summaries).toContain(`Pushed ${out.image}\n`);
      },
      RUN_TIMEOUT_MS,
    );

    it(
      'resolve-and-deploy: kubectl applies the YAML pinned to the index tagged with the commit',
      async () => {
        const r = await result('resolve-and-deploy');
        const j = succeeded(job(r.runs[0] as ActResult, 'deploy'));
        const out = koOutputs(j);
        const repo = appRepo('resolve-and-deploy');
        expect(r.applied).toHaveLength(1);
        // One tag, so the reference carries it, as ko resolve writes it.
        expect(r.applied[0]).toContain(`image: ${repo}:${r.workspace.sha}@${out.digest}`);
        expect(r.applied[0]).not.toContain('ko://');
        const index = await indexAt(`${repo}:${r.workspace.sha}`);
        expect(index.digest).toBe(out.digest);
        expect(index.platforms).toEqual(['linux/amd64', 'linux/arm64']);
      },
      RUN_TIMEOUT_MS,
    );
  });

  describe('docs/ko-migration.md', () => {
    it(
      'the setup-ko replacement pushes the ref name as an index of both platforms',
      async () => {
        const { name } = recipeUnder('docs/ko-migration.md', /^Coming from ko/);
        const r = await result(name);
        const out = koOutputs(succeeded(job(r.runs[0] as ActResult, 'recipe')));
        const index = await indexAt(`ghcr.io/${OWNER}/${name}:${TAG}`);
        expect(index.digest).toBe(out.digest);
        expect(index.platforms).toEqual(['linux/amd64', 'linux/arm64']);
      },
      RUN_TIMEOUT_MS,
    );
  });

  describe('runner behaviour', () => {
    it(
      'second run on a fresh runner: modules restored (GOPROXY=off), cache-hit, nothing saved',
      async () => {
        const r = await result('cache');
        const [first, second] = r.runs as [ActResult, ActResult];
        const one = succeeded(job(first, 'image'));
        expect(koOutputs(one)['cache-hit']).toBe('false');
        const two = succeeded(job(second, 'image'));
        expect(koOutputs(two)['cache-hit']).toBe('true');
        expect(koOutputs(two).digest).toBe(koOutputs(one).digest);
        // The post step saved nothing: the cache service holds what the first run saved.
        expect(r.cacheEntries[0]).toBeGreaterThan(0);
        expect(r.cacheEntries[1]).toBe(r.cacheEntries[0]);
        expect(two.log.join('\n')).not.toMatch(/cache: .*: saved/);
      },
      RUN_TIMEOUT_MS,
    );

    it(
      'working-directory: app with resolve: config/ resolves that module’s YAML',
      async () => {
        const r = await result('working-directory-resolve');
        const out = koOutputs(succeeded(job(r.runs[0] as ActResult, 'resolve')));
        const repo = `ghcr.io/${OWNER}/working-directory-resolve/api-${md5('github.com/acme/shop/app/cmd/api')}`;
        const yaml = out['resolved-yaml'] ?? '';
        expect(yaml).not.toContain('ko://');
        expect(yaml.split(`image: ${repo}@${out.digest}`)).toHaveLength(3);
        expect(yaml).toContain('# pinned by resolve');
        expect((await ghcr.crane(['digest', `${repo}@${out.digest}`])).trim()).toBe(out.digest);
      },
      RUN_TIMEOUT_MS,
    );

    it(
      'push: false writes an OCI layout and pushes nothing',
      async () => {
        const r = await result('push-false');
        const j = succeeded(job(r.runs[0] as ActResult, 'layout'));
        const out = koOutputs(j);
        expect(j.log.join('\n')).toContain(`"digest":"${out.digest}"`);
        await expect(
          ghcr.crane(['ls', `ghcr.io/${OWNER}/push-false/app-${md5(APP)}`]),
        ).rejects.toThrow(/NAME_UNKNOWN|not found/i);
      },
      RUN_TIMEOUT_MS,
    );

    it(
      'a compile error fails the job with a file:line annotation and a job summary',
      async () => {
        const r = await result('compile-error');
        const j = job(r.runs[0] as ActResult, 'image');
        expect(j.result).toBe('failure');
        const located = j.annotations.filter((a) => a.level === 'error' && a.file);
        expect(located).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ file: 'broken/cmd/broken/main.go', line: '7' }),
          ]),
        );
        const summary = j.summaries.join('\n');
        expect(summary).toContain('linux/amd64');
        expect(summary).toMatch(/cannot use "seven"/);
      },
      RUN_TIMEOUT_MS,
    );

    it(
      'a long compile prints progress lines while it runs',
      async () => {
        const r = await result('slow-compile');
        const log = succeeded(job(r.runs[0] as ActResult, 'image')).log;
        // `linux/amd64: compiling ./cmd/app, 10 s` (util/progress.ts), before the build ends.
        const compiled = log.findIndex((l) => /^linux\/amd64: compiled \S+ in /.test(l));
        const progress = log.findIndex((l) => /^linux\/amd64: compiling \S+, \d+ s$/.test(l));
        expect(progress).toBeGreaterThan(-1);
        expect(progress).toBeLessThan(compiled);
      },
      RUN_TIMEOUT_MS,
    );

    it(
      'go.mod asking for a newer Go than PATH’s builds with that Go, fetched once',
      async () => {
        const r = await result('newer-go');
        const [first, second] = r.runs as [ActResult, ActResult];
        const one = succeeded(job(first, 'image'));
        const log = one.log.join('\n');
        expect(log).toContain('newgo/go.mod:3 (go 1.27.3) asks for a newer Go than Go 1.26.8');
        expect(log).toMatch(/^Go 1\.27\.3 /m);
        expect(log).toMatch(/checked against the checksum database/);
        // The next run (GOPROXY=off) gets it from the cache the first one saved.
        const two = succeeded(job(second, 'image'));
        expect(two.log.join('\n')).toMatch(/^Go 1\.27\.3 /m);
        expect(koOutputs(two).digest).toBe(koOutputs(one).digest);
      },
      RUN_TIMEOUT_MS,
    );
  });
});
