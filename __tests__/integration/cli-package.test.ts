// The npm package a user installs: `npm pack` of this package.json around the CLI bundle of the
// current sources, installed with `npm install -g` into a temporary prefix with npm offline (the
// package has no dependencies: the bundle holds everything), then run from there as a user would:
// `ko-action build --help`, and a build into an OCI layout from a local base image (the default
// base cannot be reached here). Publishing cannot run here: `npm publish --dry-run` shows what
// would ship, and the release workflow's publishing steps are checked as text.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { goTestEnv } from '../support/action.js';
import { writeBaseImageLayout } from '../support/base-image.js';
import { cliBundle } from '../support/cli.js';
import { repoRoot } from '../support/tools.js';
import { buildTimeout } from '../support/timeouts.js';

const run = promisify(execFile);

let work: string;
let stage: string;
let tarball: string;
let prefix: string;
let pkg: { name: string; version: string; bin: Record<string, string>; files: string[] };

/** npm, with a cache of our own and no network: nothing may be fetched. */
function npm(args: readonly string[], cwd: string) {
  return run('npm', [...args], {
    cwd,
    env: {
      ...process.env,
      npm_config_cache: join(work, 'npm-cache'),
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cli-package-'));
  pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as typeof pkg;
  // The package as `npm pack` in a release checkout sees it: this package.json, README, LICENSE,
  // and dist/cli built from the current sources.
  stage = join(work, 'stage');
  await mkdir(join(stage, 'dist'), { recursive: true });
  for (const f of ['package.json', 'README.md', 'LICENSE']) {
    await cp(join(repoRoot, f), join(stage, f));
  }
  await cp(dirname(await cliBundle()), join(stage, 'dist', 'cli'), { recursive: true });
  await writeFile(join(stage, 'dist', 'index.js'), '// the action bundle: not in the package\n');
  const { stdout } = await npm(['pack', '--json', '--pack-destination', work], stage);
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  tarball = join(work, packed!.filename);
  prefix = join(work, 'prefix');
  await npm(['install', '-g', '--prefix', prefix, tarball], work);
}, buildTimeout(3));

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('is public, names the ko-action bin, and ships only what runs', async () => {
    expect(pkg).not.toHaveProperty('private');
    expect(pkg.bin).toEqual({ 'ko-action': 'dist/cli/index.js' });
    expect(pkg).not.toHaveProperty('dependencies');
    const { stdout } = await npm(['publish', '--dry-run', '--json', '--ignore-scripts'], stage);
    // npm 10 prints the summary itself, npm 11 keyed by the package name.
    type Summary = { name: string; files: { path: string }[] };
    const parsed = JSON.parse(stdout.slice(stdout.indexOf('{'))) as
      Summary | Record<string, Summary>;
    const summary = ('files' in parsed ? parsed : parsed['ko-action']) as Summary;
    expect(summary.name).toBe('ko-action');
    const files = summary.files.map((f) => f.path).sort();
    expect(files).toContain('dist/cli/index.js');
    expect(files).toContain('dist/cli/package.json');
    expect(files.filter((f) => !f.startsWith('dist/cli/'))).toEqual([
      'LICENSE',
      'README.md',
      'package.json',
    ]);
  });

  it('installs with npm install -g and runs from the prefix', async () => {
    const bin = join(prefix, 'bin', 'ko-action');
    const help = await run(bin, ['build', '--help']);
    expect(help.stdout).toContain('Usage:\n  ko-action build IMPORTPATH... [flags]');
    expect((await run(bin, ['version'])).stdout).toBe(`${pkg.version}\n`);
  });

  it(
    'builds ./cmd/hello into an OCI layout from a local base image, pushing nothing',
    async () => {
      const app = join(work, 'app');
      await cp(join(repoRoot, '__tests__', 'fixtures', 'app'), app, { recursive: true });
      const base = await writeBaseImageLayout(join(work, 'base'));
      const out = join(work, 'layout');
      const bin = join(prefix, 'bin', 'ko-action');
      const { stdout } = await run(
        bin,
        ['build', './cmd/hello', '--push=false', '--oci-layout-path', out],
        {
          cwd: app,
          env: {
            ...goTestEnv(work),
            KO_DEFAULTBASEIMAGE: `oci-layout:${base.dir}:${base.tag}`,
            SOURCE_DATE_EPOCH: '1700000000',
          },
        },
      );
      const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as {
        manifests: { digest: string }[];
      };
      expect(stdout).toBe(`${out}@${index.manifests[0]?.digest}\n`);
    },
    buildTimeout(1),
  );
});

describe('the release workflow', () => {
  it('publishes to npm with provenance on a version tag, after the release moved v1', async () => {
    const wf = parse(
      await readFile(join(repoRoot, '.github', 'workflows', 'release.yml'), 'utf8'),
    ) as {
      on: { push: { tags: string[] } };
      jobs: Record<
        string,
        { needs?: string; permissions?: Record<string, string>; steps: { run?: string }[] }
      >;
    };
    expect(wf.on.push.tags).toEqual(['v*.*.*']);
    const release = wf.jobs.release!;
    expect(release.steps.map((s) => s.run ?? '').join('\n')).toContain(
      'git push --force origin "refs/tags/$major"',
    );
    const npmJob = wf.jobs.npm!;
    expect(npmJob.needs).toBe('release');
    expect(npmJob.permissions).toMatchObject({ 'id-token': 'write' });
    const runs = npmJob.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/npm publish --provenance --access public/);
    expect(runs).toContain("require('./package.json').version");
  });
});
