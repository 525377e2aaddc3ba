// Bad inputs through the real entry point (dist bundle, as the runner runs it): every row must
// end with exit code 1, exactly one `::error::` line that names the input or file, and not one
// write (PUT/POST/PATCH) reaching the registry.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupActionRuns, describeRun, fixtureApp, runAction } from '../support/action.js';
import { pushBaseImage, type PushedBaseImage } from '../support/base-image.js';
import { crane } from '../support/crane.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { describeUnless } from '../support/require-tool.js';
import { missingTools, systemToolPath } from '../support/tools.js';

const run = promisify(execFile);
// Every workspace is a git repository (appCopy): without git, these tests cannot be set up.
const noGit = missingTools('git');
let registry: TestRegistry;
let base: PushedBaseImage;
let scratch: string;
/** A copy of the fixture app inside a git root, with YAML files for `resolve`. */
let workspace: string;
/** Copies whose kodata holds an escaping symlink, and a symlink loop. */
let evil: string;
let loop: string;

function yamlBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    const prev = names[i - 1] ?? 'a';
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  lines.push('image: ko://example.com/app/cmd/hello', 'boom: *i');
  return `${lines.join('\n')}\n`;
}

async function appCopy(name: string): Promise<string> {
  const dir = join(scratch, name);
  await cp(fixtureApp, dir, { recursive: true });
  // The nearest .git ancestor bounds what kodata may reach (and go stamps VCS info from it).
  await run(systemToolPath('git'), ['init', '-q', dir]);
  return dir;
}

beforeAll(async () => {
  if (noGit) return;
  registry = await startRegistry('anonymous');
  base = await pushBaseImage(registry);
  scratch = await mkdtemp(join(tmpdir(), 'ko-action-bad-input-'));
  workspace = await appCopy('ws');
  await writeFile(join(workspace, 'bomb.yaml'), yamlBomb());
  await writeFile(join(workspace, 'deep.yaml'), `x: ${'['.repeat(600)}${']'.repeat(600)}\n`);
  await writeFile(join(workspace, 'invalid.yaml'), 'image: ko://x\nlist: [unclosed\n  - : :\n');
  evil = await appCopy('evil');
  await symlink('/etc/passwd', join(evil, 'cmd', 'hello', 'kodata', 'evil'));
  loop = await appCopy('loop');
  await symlink('b', join(loop, 'cmd', 'hello', 'kodata', 'a'));
  await symlink('a', join(loop, 'cmd', 'hello', 'kodata', 'b'));
});

afterAll(async () => {
  await registry?.stop();
  await cleanupActionRuns();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

interface Row {
  readonly name: string;
  readonly inputs: Record<string, string>;
  /** Substring the one ::error:: line must contain (the input's name, or the file). */
  readonly names: string;
  readonly cwd?: () => string;
}

const rows: readonly Row[] = [
  { name: 'unknown platform', inputs: { platforms: 'linux/amd65' }, names: 'platforms' },
  { name: 'all with others', inputs: { platforms: 'all,linux/amd64' }, names: 'platforms' },
  { name: 'unknown naming', inputs: { naming: 'foo' }, names: 'naming' },
  { name: 'invalid tag', inputs: { tags: 'bad tag!' }, names: 'tags' },
  // Capitals are lowercased with a warning (see unit/inputs.test.ts); a space cannot be fixed.
  { name: 'repo with a space', inputs: { repo: 'r.example/a b' }, names: 'repo' },
  { name: 'repo with colons', inputs: { repo: 'a:b:c' }, names: 'repo' },
  {
    name: 'invalid base image',
    inputs: { 'base-image': 'not a ref!!' },
    names: 'base-image',
  },
  {
    name: 'go version from a dead mirror',
    inputs: { 'go-version': '9.99', 'go-download-base-url': 'http://127.0.0.1:1/go' },
    names: 'go-download-base-url',
  },
  {
    name: 'missing go-version-file',
    inputs: { 'go-version-file': 'nope/go.mod' },
    names: 'go-version-file',
  },
  {
    name: 'absent working-directory',
    inputs: { 'working-directory': 'no/such/dir' },
    names: 'working-directory',
  },
  { name: 'non-main package', inputs: { 'import-paths': './pkg/greet' }, names: 'import-paths' },
  { name: 'missing package', inputs: { 'import-paths': './nope' }, names: 'import-paths' },
  { name: 'jobs 0', inputs: { jobs: '0' }, names: 'jobs' },
  { name: 'jobs abc', inputs: { jobs: 'abc' }, names: 'jobs' },
  { name: 'push maybe', inputs: { push: 'maybe' }, names: 'push' },
  { name: 'debug yes', inputs: { debug: 'yes' }, names: 'debug' },
  { name: 'label without value', inputs: { labels: 'novalue' }, names: 'labels' },
  { name: 'annotation without key', inputs: { annotations: '=x' }, names: 'annotations' },
  { name: 'unsupported sbom', inputs: { sbom: 'cyclonedx' }, names: 'sbom' },
  {
    name: 'resolve: YAML bomb',
    inputs: { resolve: 'bomb.yaml', 'import-paths': '' },
    names: 'bomb.yaml',
    cwd: () => workspace,
  },
  {
    name: 'resolve: 600-deep nesting',
    inputs: { resolve: 'deep.yaml', 'import-paths': '' },
    names: 'deep.yaml',
    cwd: () => workspace,
  },
  {
    name: 'resolve: invalid YAML',
    inputs: { resolve: 'invalid.yaml', 'import-paths': '' },
    names: 'invalid.yaml:',
    cwd: () => workspace,
  },
  { name: 'kodata symlink out of the repo', inputs: {}, names: 'kodata', cwd: () => evil },
  { name: 'kodata symlink loop', inputs: {}, names: 'kodata', cwd: () => loop },
  {
    name: 'merge (not implemented)',
    inputs: { merge: `${'sha256:'}${'a'.repeat(64)}`, 'import-paths': '' },
    names: 'merge',
  },
];

describeUnless(noGit)('bad inputs fail once, clearly, before any write to the registry', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => check(row));
});

// A 1 MB value cannot even reach the action: Linux caps one environment string (INPUT_*) at
// 128 KiB (E2BIG), so the runner could not start the step. 100 KB is the largest sensible
// probe; like ko, it is accepted (the manifest stays far below registries' 4 MB limit).
describeUnless(noGit)('a very large annotation', () => {
  it('of 100 KB is accepted and lands in the pushed manifest', async () => {
    const value = 'v'.repeat(100_000);
    const run = await runAction({
      inputs: {
        'import-paths': './cmd/hello',
        repo: `${registry.host}/big`,
        'base-image': base.ref,
        platforms: 'linux/amd64',
        sbom: 'none',
        cache: 'false',
        annotations: `big=${value}`,
      },
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    if (run.code !== 0) throw new Error(`the build failed: ${describeRun(run)}`);
    const manifest = await crane(['manifest', run.outputs.image ?? ''], { registry });
    const parsed = JSON.parse(manifest.toString('utf8')) as {
      annotations?: Record<string, string>;
    };
    expect(parsed.annotations?.big).toBe(value);
  });
});

async function check(row: Row): Promise<void> {
  {
    registry.clearRequests();
    const run = await runAction({
      inputs: {
        'import-paths': './cmd/hello',
        repo: `${registry.host}/bad`,
        'base-image': base.ref,
        sbom: 'none',
        cache: 'false',
        ...row.inputs,
      },
      env: { SOURCE_DATE_EPOCH: '1700000000' },
      ...(row.cwd ? { cwd: row.cwd() } : {}),
    });
    const context = describeRun(run);
    expect({ code: run.code, context }).toEqual({ code: 1, context });
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect({ errors, context }).toEqual({ errors: [expect.any(String)], context });
    expect(errors[0]).toContain(row.names);
    const writes = registry.requests.filter((r) => ['PUT', 'POST', 'PATCH'].includes(r.method));
    expect(writes).toEqual([]);
  }
}
