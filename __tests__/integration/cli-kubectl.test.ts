// ko-action's kubectl commands (apply, create, delete, run), login, version and help, each beside
// real ko v0.19.1. kubectl cannot run here (no cluster), so a stand-in `kubectl` first on PATH
// records its arguments and its stdin and prints a line, for ko and ko-action alike: both must
// call it the same way. login writes a docker config file; ko's and ours must be byte-equal.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { goTestEnv } from '../support/action.js';
import { pushBaseImage, type PushedBaseImage } from '../support/base-image.js';
import { cliBundle } from '../support/cli.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { repoRoot, toolPath } from '../support/tools.js';
import { buildTimeout } from '../support/timeouts.js';

type Tool = 'ko' | 'ours';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** What the stand-in kubectl recorded: its arguments, and its stdin. */
  readonly kubectl?: { readonly args: string[]; readonly stdin: string };
}

let work: string;
let app: string;
let registry: TestRegistry;
let base: PushedBaseImage;
let cli: string;
let standIn: string;
let goOnly: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cli-kubectl-'));
  app = join(work, 'app');
  await cp(join(repoRoot, '__tests__', 'fixtures', 'app'), app, { recursive: true });
  await mkdir(join(app, 'config'));
  await writeFile(
    join(app, 'config', 'pod.yaml'),
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: hello\nspec:\n  containers:\n    - name: c\n      image: ko://example.com/koapp/cmd/hello\n',
  );
  [registry, cli] = await Promise.all([startRegistry('anonymous'), cliBundle()]);
  base = await pushBaseImage(registry);
  // The stand-in: one argument per line, stdin as read, one line on stdout; exit $KUBECTL_EXIT.
  standIn = join(work, 'bin');
  await mkdir(standIn);
  await writeFile(
    join(standIn, 'kubectl'),
    '#!/bin/sh\nprintf "%s\\n" "$@" > "$KUBECTL_LOG"\ncat > "$KUBECTL_LOG.stdin"\n' +
      'echo "kubectl stand-in: $1"\nexit "${KUBECTL_EXIT:-0}"\n',
  );
  await chmod(join(standIn, 'kubectl'), 0o755);
  goOnly = join(work, 'go-only');
  await mkdir(goOnly);
  const goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
  await symlink(join(goroot, 'bin', 'go'), join(goOnly, 'go'));
}, buildTimeout(3));

afterAll(async () => {
  await registry?.stop();
  await rm(work, { recursive: true, force: true });
});

async function runTool(
  tool: Tool,
  args: readonly string[],
  opts: { env?: Record<string, string>; stdin?: string; withKubectl?: boolean } = {},
): Promise<Run> {
  const log = join(work, `kubectl-${tool}.log`);
  await rm(log, { force: true });
  await rm(`${log}.stdin`, { force: true });
  const goEnv = goTestEnv(work);
  const env: Record<string, string> = {
    ...goEnv,
    ...registry.env,
    // Without the stand-in: only go on PATH (this machine may have a real kubectl elsewhere).
    PATH: opts.withKubectl === false ? goOnly : `${standIn}${delimiter}${goEnv.PATH!}`,
    SOURCE_DATE_EPOCH: '1700000000',
    KO_DEFAULTBASEIMAGE: base.ref,
    KO_DOCKER_REPO: `${registry.host}/${tool}-kubectl`,
    KUBECTL_LOG: log,
    ...opts.env,
  };
  const [cmd, argv] = tool === 'ko' ? [toolPath('ko'), args] : [process.execPath, [cli, ...args]];
  const result = await new Promise<Run>((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: app, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
  const recorded = await readFile(log, 'utf8').catch(() => undefined);
  if (recorded === undefined) return result;
  const stdin = await readFile(`${log}.stdin`, 'utf8');
  const args2 = recorded.split('\n').slice(0, -1);
  return {
    ...result,
    kubectl: { args: args2.map((a) => same(a, tool)), stdin: same(stdin, tool) },
  };
}

const same = (text: string, tool: Tool): string => text.split(`${tool}-kubectl`).join('<repo>');

/** The YAML documents kubectl was given (ko primes the stream with empty ones). */
function docs(yaml: string): unknown[] {
  return parseAllDocuments(yaml)
    .map((d) => d.toJS() as unknown)
    .filter((d) => d !== null);
}

async function both(
  args: readonly string[],
  opts: Parameters<typeof runTool>[2] = {},
): Promise<{ ko: Run; ours: Run }> {
  const ko = await runTool('ko', args, opts);
  const ours = await runTool('ours', args, opts);
  if (ours.code !== ko.code) {
    throw new Error(
      `exit ${ours.code}, ko ${ko.code}\n--- ko:\n${ko.stderr}\n--- ours:\n${ours.stderr}`,
    );
  }
  return { ko, ours };
}

describe('ko-action apply, create, delete and run call kubectl as ko does', () => {
  it.each(['apply', 'create'])(
    '%s: resolves, then `kubectl <it> -f -` with the YAML on stdin and the args after --',
    async (command) => {
      const { ko, ours } = await both([command, '-f', 'config', '--bare', '--', '--namespace=foo']);
      expect(ours.code).toBe(0);
      expect(ours.kubectl?.args).toEqual([command, '-f', '-', '--namespace=foo']);
      expect(ours.kubectl?.args).toEqual(ko.kubectl?.args);
      // ko-action gives kubectl exactly what `ko-action resolve` prints.
      const resolved = await runTool('ours', ['resolve', '-f', 'config', '--bare']);
      expect(ours.kubectl?.stdin).toBe(same(resolved.stdout, 'ours'));
      expect(docs(ours.kubectl?.stdin ?? '')).toEqual(docs(ko.kubectl?.stdin ?? ''));
      expect(docs(ours.kubectl?.stdin ?? '')).toEqual([
        expect.objectContaining({
          spec: {
            containers: [
              { name: 'c', image: expect.stringMatching(/^127\.0\.0\.1:\d+\/<repo>@sha256:/) },
            ],
          },
        }),
      ]);
      // kubectl's stdout is passed through, and nothing else is on stdout.
      expect(ours.stdout).toBe(`kubectl stand-in: ${command}\n`);
    },
    buildTimeout(2),
  );

  it('delete passes every argument and stdin to `kubectl delete`, building nothing', async () => {
    registry.clearRequests();
    const { ko, ours } = await both(['delete', '-f', '-', '--now', '-l', 'app=x'], {
      stdin: 'kind: Pod\n',
    });
    expect(ours.code).toBe(0);
    expect(ours.kubectl).toEqual({
      args: ['delete', '-f', '-', '--now', '-l', 'app=x'],
      stdin: 'kind: Pod\n',
    });
    expect(ours.kubectl).toEqual(ko.kubectl);
    expect(registry.requests).toEqual([]);
  });

  it(
    'run builds, then `kubectl run <name> --image <ref> --attach --rm --restart=Never --log-flush-frequency=1s [args]`',
    async () => {
      const { ko, ours } = await both(['run', './cmd/hello', '-B', '--', '--namespace=foo', 'x']);
      expect(ours.code).toBe(0);
      expect(ours.kubectl?.args).toEqual(ko.kubectl?.args);
      expect(ours.kubectl?.args).toEqual([
        'run',
        'hello',
        '--image',
        expect.stringMatching(/^127\.0\.0\.1:\d+\/<repo>\/hello@sha256:[0-9a-f]{64}$/),
        '--attach',
        '--rm',
        '--restart=Never',
        '--log-flush-frequency=1s',
        '--namespace=foo',
        'x',
      ]);
      expect(ours.stdout).toBe('kubectl stand-in: run\n');
    },
    buildTimeout(1),
  );

  it('fails (exit 1) as ko does when kubectl fails or is missing', async () => {
    const failing = await both(['delete', 'pod', 'x'], { env: { KUBECTL_EXIT: '3' } });
    expect(failing.ours.code).toBe(1);
    const missing = await both(['apply', '-f', 'config'], { withKubectl: false });
    expect(missing.ours.code).toBe(1);
    expect(missing.ours.stderr).toContain('kubectl is not available');
    expect(missing.ours.kubectl).toBeUndefined();
  });

  it('run needs an import path first, as ko', async () => {
    for (const args of [['run'], ['run', '-B', './cmd/hello']]) {
      const { ours } = await both(args);
      expect(ours.code).toBe(1);
      expect(ours.kubectl).toBeUndefined();
    }
  });
});

describe('ko-action login writes the docker config entry ko login writes', () => {
  it('into a new config, and beside what a config already holds', async () => {
    const config = (tool: Tool) => join(work, `docker-${tool}`);
    const login = (tool: Tool, args: string[], stdin?: string) =>
      runTool(tool, ['login', ...args], {
        env: { DOCKER_CONFIG: config(tool) },
        ...(stdin !== undefined ? { stdin } : {}),
      });
    for (const tool of ['ko', 'ours'] as const) {
      const first = await login(tool, ['registry.example.com:5000', '-u', 'me', '-p', 's3cr&t']);
      expect(first.code).toBe(0);
      expect(first.stdout).toBe('');
    }
    const file = (tool: Tool) => readFile(join(config(tool), 'config.json'), 'utf8');
    expect(await file('ours')).toBe(await file('ko'));
    for (const tool of ['ko', 'ours'] as const) {
      // Docker Hub's key, and the password from stdin (its newline dropped).
      const second = await login(tool, ['docker.io', '-u', 'hub', '--password-stdin'], 'pw\n');
      expect(second.code).toBe(0);
    }
    expect(await file('ours')).toBe(await file('ko'));
    expect(JSON.parse(await file('ours'))).toEqual({
      auths: {
        'https://index.docker.io/v1/': { auth: Buffer.from('hub:pw').toString('base64') },
        'registry.example.com:5000': { auth: Buffer.from('me:s3cr&t').toString('base64') },
      },
    });
  });

  it('fails as ko does without credentials or with a bad server', async () => {
    for (const args of [
      ['login', 'r.example.com'],
      ['login', 'https://r.example.com/x', '-u', 'a', '-p', 'b'],
      ['login'],
    ]) {
      const { ours } = await both(args, { env: { DOCKER_CONFIG: join(work, 'docker-bad') } });
      expect(ours.code).toBe(1);
    }
  });
});

describe('ko-action version and help', () => {
  it('prints the package version on stdout', async () => {
    const run = await runTool('ours', ['version']);
    const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(run).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it.each(
    [
      ['build', '--help'],
      ['publish', '-h'],
      ['help', 'resolve'],
      ['apply', '--help'],
      ['create', '-h'],
      ['delete', '--help'],
      ['run', '-h'],
      ['login', '--help'],
      ['version', '--help'],
      ['--help'],
      [],
    ].map((args) => [args.join(' ') || '(no arguments)', args] as const),
  )('%s: help on stdout, exit 0, as ko', async (_title, args) => {
    const { ko, ours } = await both(args);
    expect(ours.code).toBe(0);
    expect(ko.code).toBe(0);
    expect(ours.stdout).toMatch(/Usage:\n {2}ko-action/);
  });

  it('an unknown command fails, as ko', async () => {
    const { ours } = await both(['frobnicate']);
    expect(ours.code).toBe(1);
    expect(ours.stderr).toContain('unknown command "frobnicate"');
  });
});
