// Runs the action's real bundle (`node dist/index.js`) the way the runner does: INPUT_* variables
// (hyphens kept, action.yml defaults filled in), fresh RUNNER_TEMP / RUNNER_TOOL_CACHE and
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_PATH files, and an otherwise clean
// environment. Go builds share one GOCACHE under .cache so the suite stays warm.
//
// The bundle is dist/index.js when that is up to date, else one built from src/ by the same ncc
// command (see bundle), so `npm test` never runs a stale bundle. The step has no time limit of its
// own: jest's timeout for the test bounds it (support/timeouts.ts), and cleanupActionRuns kills a
// step its test gave up on.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  copyFile,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  rmdir,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { startWatchdog } from './child.js';
import { cacheDir, repoRoot } from './tools.js';

export const fixtureApp = join(repoRoot, '__tests__', 'fixtures', 'app');
/** One build cache for every Go build of the suite (ours and ko's). */
export const testGoCache = join(cacheDir, 'test-gocache');
/** Stands in for `${{ github.token }}`; only ever used for ghcr.io, never reached here. */
export const FAKE_GITHUB_TOKEN = 'ghs_koActionTestTokenNotReal0000';

/**
 * The environment every Go build in the suite gets: PATH (for go and git), GOCACHE, and no
 * network (GOPROXY=off) nor toolchain switching.
 */
export function goTestEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    GOCACHE: testGoCache,
    GOPROXY: 'off',
    GOSUMDB: 'off',
    GOTOOLCHAIN: 'local',
    GOTELEMETRY: 'off',
  };
}

// ------------------------------------------------------------------ the bundle

const distDir = join(repoRoot, 'dist');
const testDistDir = join(cacheDir, 'test-dist');
const lockDir = join(cacheDir, 'test-dist.lock');
const LOCK_STALE_MS = 5 * 60_000;
const BUNDLE_MAX_AGE_MS = 24 * 3600_000;
/** What the bundle is built from, besides src/. */
const bundleInputs = ['package-lock.json', 'scripts/package.mjs', 'tsconfig.json'];

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(path)));
    else out.push(path);
  }
  return out.sort();
}

async function inputFiles(): Promise<string[]> {
  const extra = bundleInputs.map((f) => join(repoRoot, f)).filter((f) => existsSync(f));
  return [...(await sourceFiles(join(repoRoot, 'src'))), ...extra];
}

/** dist[/sub]/index.js is fresh when no input is newer than it. */
async function distIsFresh(files: readonly string[], sub = ''): Promise<boolean> {
  const bundle = join(distDir, sub, 'index.js');
  if (!existsSync(bundle)) return false;
  const built = (await stat(bundle)).mtimeMs;
  for (const f of files) if ((await stat(f)).mtimeMs > built) return false;
  return true;
}

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const since = await stat(lockDir).then(
        (s) => s.mtimeMs,
        () => Date.now(),
      );
      if (Date.now() - since > LOCK_STALE_MS) await rmdir(lockDir).catch(() => undefined);
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    await rmdir(lockDir).catch(() => undefined);
  }
}

/**
 * A private copy of what a bundle is built from: src/ and package.json, with node_modules linked
 * and the repository's tsconfig.json but including src/ only. ncc type-checks every
 * file its tsconfig includes, and the repository's includes __tests__/: a test file half-way
 * through an edit must not fail every test that runs the action. The copy also keeps a bundle
 * consistent while src/ is being edited.
 */
async function stageSources(): Promise<string> {
  await mkdir(testDistDir, { recursive: true });
  const dir = await mkdtemp(join(testDistDir, '.src-'));
  await cp(join(repoRoot, 'src'), join(dir, 'src'), { recursive: true });
  await copyFile(join(repoRoot, 'package.json'), join(dir, 'package.json'));
  await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // Its compiler options copied, not `extends`: ncc reads tsconfig.json without following that.
  const base = JSON.parse(await readFile(join(repoRoot, 'tsconfig.json'), 'utf8')) as {
    compilerOptions?: Record<string, unknown>;
  };
  const tsconfig = { compilerOptions: base.compilerOptions ?? {}, include: ['src/**/*.ts'] };
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  return dir;
}

/**
 * scripts/package.mjs's ncc command for `entry`, into `out` (dist/ is left alone), run in a copy
 * of the sources (stageSources). Not with --transpile-only: ncc then resolves the ESM-only
 * @actions packages with `require` conditions and fails.
 */
async function bundleEntry(out: string, entry = 'src/action/main.ts'): Promise<void> {
  const ncc = join(repoRoot, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  const args = [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt'];
  const cwd = await stageSources();
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        process.execPath,
        [...args, '--target', 'es2022', '--quiet'],
        { cwd, maxBuffer: 64 * 1024 * 1024 },
        (err, stdout, stderr) => {
          if (err)
            reject(
              new Error(`bundling ${entry} failed (as npm run package would):\n${stdout}${stderr}`),
            );
          else resolve();
        },
      );
    });
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}

/** Moves a finished bundle directory into place (the first writer wins); prunes old ones. */
async function publishBundle(staging: string, target: string): Promise<string> {
  // ncc emits ESM: the bundle's package.json must say so (scripts/package.mjs writes the same).
  await writeFile(join(staging, 'package.json'), '{ "type": "module" }\n');
  try {
    await rename(staging, target);
  } catch {
    await rm(staging, { recursive: true, force: true });
  }
  // Each source state leaves a 2.7 MB bundle; a day-old one is no longer in use by any run.
  for (const old of await readdir(testDistDir)) {
    const path = join(testDistDir, old);
    const mtimeMs = await stat(path).then(
      (st) => st.mtimeMs,
      () => Date.now(),
    ); // gone already
    if (Date.now() - mtimeMs > BUNDLE_MAX_AGE_MS) await rm(path, { recursive: true, force: true });
  }
  return join(target, 'index.js');
}

/** A private copy of dist/ (or dist/<sub>; top-level files), named by the bundle's hash. */
async function snapshotDist(sub = ''): Promise<string> {
  const from = join(distDir, sub);
  const bundle = await readFile(join(from, 'index.js'));
  const target = join(
    testDistDir,
    `${sub ? `${sub}-` : ''}dist-${createHash('sha256').update(bundle).digest('hex').slice(0, 16)}`,
  );
  if (existsSync(join(target, 'index.js'))) return join(target, 'index.js');
  const staging = await mkdtemp(join(testDistDir, '.staging-'));
  for (const f of await readdir(from, { withFileTypes: true })) {
    if (f.isFile()) await copyFile(join(from, f.name), join(staging, f.name));
  }
  await writeFile(join(staging, 'index.js'), bundle);
  return publishBundle(staging, target);
}

/** The bundles npm run package makes: entry point and where it lands under dist/. */
const entries = {
  main: { source: 'src/action/main.ts', sub: '' },
  post: { source: 'src/action/post.ts', sub: 'post' },
  cli: { source: 'src/cli/main.ts', sub: 'cli' },
} as const;
export type BundleName = keyof typeof entries;

/** A bundle of the current sources, built once per source state (keyed by their contents). */
async function freshBundle(files: readonly string[], name: BundleName): Promise<string> {
  const hash = createHash('sha256');
  for (const f of files)
    hash
      .update(`${f}\0`)
      .update(await readFile(f))
      .update('\0');
  const prefix = name === 'main' ? '' : `${name}-`;
  const target = join(testDistDir, `${prefix}src-${hash.digest('hex').slice(0, 16)}`);
  const entry = join(target, 'index.js');
  if (existsSync(entry)) return entry;
  return withLock(async () => {
    if (existsSync(entry)) return entry; // another worker built it while we waited
    const staging = await mkdtemp(join(testDistDir, '.staging-'));
    try {
      await bundleEntry(staging, entries[name].source);
    } catch (e) {
      await rm(staging, { recursive: true, force: true });
      throw e;
    }
    return publishBundle(staging, target);
  });
}

const bundles = new Map<BundleName, Promise<string>>();

/**
 * A bundle to run: a copy of dist[/sub]/index.js when it is newer than every source file, else
 * one built here with package.mjs's ncc command. Both live in .cache/test-dist, so a concurrent
 * `npm run package` (which empties dist/ first) cannot break a running test, and a failed build
 * here never leaves dist/ empty. Built at most once per source state, whichever test file asks.
 */
export function bundle(name: BundleName): Promise<string> {
  let found = bundles.get(name);
  if (!found) {
    found = (async () => {
      await mkdir(testDistDir, { recursive: true });
      const files = await inputFiles();
      const { sub } = entries[name];
      return (await distIsFresh(files, sub)) ? snapshotDist(sub) : freshBundle(files, name);
    })();
    bundles.set(name, found);
  }
  return found;
}

/** The action's main bundle (action.yml `main:`). */
export const actionBundle = (): Promise<string> => bundle('main');
/** The post-step bundle (action.yml `post:`). */
export const postBundle = (): Promise<string> => bundle('post');
/** The CLI (dist/cli/index.js, package.json `bin`). */
export const cliBundle = (): Promise<string> => bundle('cli');

// ------------------------------------------------------------------ running it

export interface ActionRunOptions {
  /** Inputs by their action.yml names (`import-paths`); unset ones get action.yml's default. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Extra environment (SOURCE_DATE_EPOCH, a registry's DOCKER_CONFIG, NODE_EXTRA_CA_CERTS…). */
  readonly env?: Readonly<Record<string, string>>;
  /** The workspace the step runs in; default the fixture Go module. */
  readonly cwd?: string;
  /**
   * Kill the step after this long. Unset (the default), only jest's timeout for the test bounds
   * it: how long a run takes depends on how many platforms it compiles and on the machine's load,
   * so a fixed kill here would only fail slow runs that would have passed.
   */
  readonly timeoutMs?: number;
}

export interface ActionRun {
  /** Exit code (null when killed by a signal). */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** GITHUB_OUTPUT, parsed. */
  readonly outputs: Readonly<Record<string, string>>;
  /** GITHUB_STEP_SUMMARY's content ('' when nothing was written). */
  readonly summary: string;
  readonly runnerTemp: string;
  /** Lines of stdout starting with `::error`. */
  readonly errors: readonly string[];
  /** The environment and directory the step ran with (runPost reuses them). */
  readonly env: Readonly<NodeJS.ProcessEnv>;
  readonly cwd: string;
  /** GITHUB_STATE, parsed: what core.saveState recorded for the post step. */
  readonly state: Readonly<Record<string, string>>;
}

const runDirs: string[] = [];
/** Steps still running: a test that timed out leaves its step behind until afterAll. */
const running = new Set<ChildProcess>();

/**
 * Kills any step still running (its test timed out) and removes every directory runAction made.
 * Call from afterAll.
 */
export async function cleanupActionRuns(): Promise<void> {
  await Promise.all(
    [...running].map((child) => {
      const closed = new Promise((resolve) => child.once('close', resolve));
      child.kill('SIGKILL');
      return closed;
    }),
  );
  await Promise.all(runDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

let actionDefaults: Record<string, string> | undefined;

/** action.yml's input defaults, as the runner passes them (expressions left out). */
async function defaultInputs(): Promise<Record<string, string>> {
  if (!actionDefaults) {
    const doc = parseYaml(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string | number | boolean }>;
    };
    actionDefaults = {};
    for (const [name, spec] of Object.entries(doc.inputs)) {
      if (spec.default !== undefined && !String(spec.default).includes('${{')) {
        actionDefaults[name] = String(spec.default);
      }
    }
    actionDefaults['github-token'] = FAKE_GITHUB_TOKEN;
  }
  return actionDefaults;
}

function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parses GITHUB_OUTPUT: `name<<DELIM\nvalue\nDELIM` blocks and `name=value` lines. */
export function parseGithubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] && heredoc[2]) {
      const end = lines.indexOf(heredoc[2], i + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: no closing ${heredoc[2]} for ${heredoc[1]}`);
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    } else if (line.trim() !== '') {
      throw new Error(`GITHUB_OUTPUT: unexpected line ${JSON.stringify(line)}`);
    }
  }
  return out;
}

/** Runs the bundled action once and collects what the runner would see. */
export async function runAction(opts: ActionRunOptions): Promise<ActionRun> {
  const bundle = await actionBundle();
  const dir = await mkdtemp(join(tmpdir(), 'ko-action-run-'));
  runDirs.push(dir);
  const runnerTemp = join(dir, 'temp');
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_STATE: join(dir, 'state'),
  };
  await Promise.all(
    [runnerTemp, join(dir, 'tool-cache'), join(dir, 'home'), join(dir, 'docker')].map((d) =>
      mkdir(d, { recursive: true }),
    ),
  );
  await Promise.all(Object.values(files).map((f) => writeFile(f, '')));
  await writeFile(join(dir, 'docker', 'config.json'), '{}');

  const cwd = opts.cwd ?? fixtureApp;
  const inputs = { ...(await defaultInputs()), ...opts.inputs };
  const env: NodeJS.ProcessEnv = {
    ...goTestEnv(join(dir, 'home')),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
    GITHUB_WORKSPACE: cwd,
    // An empty credential store, so nothing from ~/.docker leaks in.
    DOCKER_CONFIG: join(dir, 'docker'),
    ...files,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v])),
    ...opts.env,
  };

  const { code, stdout, stderr } = await spawnBundle(bundle, cwd, env, opts.timeoutMs);
  return {
    code,
    stdout,
    stderr,
    outputs: parseGithubOutput(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    runnerTemp,
    errors: stdout.split('\n').filter((l) => l.startsWith('::error')),
    env,
    cwd,
    state: parseGithubOutput(await readFile(files.GITHUB_STATE, 'utf8')),
  };
}

/**
 * Runs the post step (dist/post/index.js) after `main`, as the runner does: the same inputs and
 * environment, each GITHUB_STATE entry as `STATE_<name>`, and fresh GITHUB_OUTPUT / GITHUB_STATE /
 * GITHUB_STEP_SUMMARY files of its own.
 */
export async function runPost(
  main: ActionRun,
  opts: { readonly env?: Readonly<Record<string, string>>; readonly timeoutMs?: number } = {},
): Promise<ActionRun> {
  const bundle = await postBundle();
  const dir = await mkdtemp(join(tmpdir(), 'ko-action-post-'));
  runDirs.push(dir);
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_STATE: join(dir, 'state'),
  };
  await Promise.all(Object.values(files).map((f) => writeFile(f, '')));
  const env: NodeJS.ProcessEnv = {
    ...main.env,
    ...files,
    ...Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v])),
    ...opts.env,
  };
  const { code, stdout, stderr } = await spawnBundle(bundle, main.cwd, env, opts.timeoutMs);
  return {
    code,
    stdout,
    stderr,
    outputs: parseGithubOutput(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    runnerTemp: main.runnerTemp,
    errors: stdout.split('\n').filter((l) => l.startsWith('::error')),
    env,
    cwd: main.cwd,
    state: parseGithubOutput(await readFile(files.GITHUB_STATE, 'utf8')),
  };
}

/**
 * Runs one bundle with node, collecting its output. It is killed after `timeoutMs` when that is
 * set, by cleanupActionRuns when its test gave up on it, and when this jest worker dies.
 */
function spawnBundle(
  bundle: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs?: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    const watchdog = child.pid === undefined ? undefined : startWatchdog(child.pid);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer =
      timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const done = (): void => {
      clearTimeout(timer);
      running.delete(child);
      watchdog?.kill('SIGKILL');
    };
    child.on('error', (e) => {
      done();
      reject(e);
    });
    child.on('close', (c) => {
      done();
      resolve({
        code: c,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** A failure message for an unexpected exit: the whole log. */
export function describeRun(run: ActionRun): string {
  return `exit ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}
