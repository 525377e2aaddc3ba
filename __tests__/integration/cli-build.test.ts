// `ko-action build` (the CLI twin): its head start (go build begun before the engine has loaded)
// must make exactly the image a plain run makes, build each platform once, and leave nothing
// behind, also when the build fails.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { goTestEnv } from '../support/action.js';
import { pushBaseImage, type PushedBaseImage } from '../support/base-image.js';
import { cliBundle, runNode, type NodeRun } from '../support/cli.js';
import { crane } from '../support/crane.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { repoRoot } from '../support/tools.js';
import { buildTimeout } from '../support/timeouts.js';

const EPOCH = '1700000000';
const platforms = 'linux/amd64,linux/arm64';

let work: string;
let app: string;
let registry: TestRegistry;
let base: PushedBaseImage;
let cli: string;
let goLog: string;
let wrapperDir: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cli-build-'));
  // A copy outside the git work tree: Go stamps VCS state into binaries built inside one.
  app = join(work, 'app');
  await cp(join(repoRoot, '__tests__', 'fixtures', 'app'), app, { recursive: true });
  registry = await startRegistry('anonymous');
  base = await pushBaseImage(registry);
  cli = await cliBundle();
  // A `go` first on PATH that logs each command, then runs the real one.
  const realGo = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim() + '/bin/go';
  wrapperDir = join(work, 'wrapper');
  goLog = join(work, 'go.log');
  await mkdir(wrapperDir);
  await writeFile(
    join(wrapperDir, 'go'),
    `#!/bin/sh\nfor last; do :; done\necho "$1 $GOOS/$GOARCH $last" >> '${goLog}'\nexec '${realGo}' "$@"\n`,
  );
  await chmod(join(wrapperDir, 'go'), 0o755);
});

afterAll(async () => {
  await registry?.stop();
  await rm(work, { recursive: true, force: true });
});

async function build(
  name: string,
  pkg: string,
): Promise<NodeRun & { goCommands: string[]; leftovers: string[] }> {
  const temp = join(work, `tmp-${name}`);
  await mkdir(temp);
  await writeFile(goLog, '');
  const env = goTestEnv(work);
  const result = await runNode(
    [cli, 'build', pkg, '--bare', `--platform=${platforms}`],
    { cwd: app },
    {
      ...env,
      ...registry.env,
      PATH: `${wrapperDir}${delimiter}${env.PATH}`,
      TMPDIR: temp,
      KO_DOCKER_REPO: `${registry.host}/cli/${name}`,
      KO_DEFAULTBASEIMAGE: base.ref,
      SOURCE_DATE_EPOCH: EPOCH,
    },
  );
  const goCommands = (await readFile(goLog, 'utf8')).split('\n').filter(Boolean);
  return { ...result, goCommands, leftovers: await readdir(temp) };
}

describe('ko-action build (the CLI)', () => {
  it(
    'builds each platform once, ahead of the engine, to the image a plain run makes',
    async () => {
      const fast = await build('head-start', './cmd/hello');
      if (fast.code !== 0) throw new Error(`ko-action build failed:\n${fast.stderr}`);
      // One go build per platform, started early (by the path as written, before go list has
      // qualified it) and taken by the engine rather than repeated.
      expect(fast.goCommands.filter((c) => c.startsWith('build ')).sort()).toEqual([
        'build linux/amd64 ./cmd/hello',
        'build linux/arm64 ./cmd/hello',
      ]);
      expect(fast.leftovers).toEqual([]);

      // A .ko.yaml turns the head start off; the same settings must give the same image.
      await writeFile(join(app, '.ko.yaml'), `defaultBaseImage: ${base.ref}\n`);
      let plain: Awaited<ReturnType<typeof build>>;
      try {
        plain = await build('plain', './cmd/hello');
      } finally {
        await rm(join(app, '.ko.yaml'));
      }
      if (plain.code !== 0) throw new Error(`ko-action build failed:\n${plain.stderr}`);
      expect(plain.goCommands.filter((c) => c.startsWith('build ')).sort()).toEqual([
        'build linux/amd64 example.com/koapp/cmd/hello',
        'build linux/arm64 example.com/koapp/cmd/hello',
      ]);
      const digest = (out: string): string => out.trim().split('@')[1] ?? '';
      expect(digest(fast.stdout)).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(digest(fast.stdout)).toBe(digest(plain.stdout));
      const index = JSON.parse(
        (await crane(['manifest', fast.stdout.trim()], { registry })).toString('utf8'),
      ) as { manifests: { platform: { architecture: string } }[] };
      expect(index.manifests.map((m) => m.platform.architecture)).toEqual(['amd64', 'arm64']);
    },
    buildTimeout(4),
  ); // two runs of two platforms

  it('fails cleanly for a package that is not main, leaving no early build behind', async () => {
    const bad = await build('not-main', './pkg/greet');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('not a main package');
    expect(bad.leftovers).toEqual([]);
    expect(registry.requests.filter((r) => r.path.includes('/cli/not-main/'))).toEqual([]);
  });
});
