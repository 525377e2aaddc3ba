// A go.mod asking for a newer Go than the one on PATH (issue 19): the action gets that Go through
// the go command's own toolchain switch (golang.org/toolchain from the module proxy, checked
// against sum.golang.org), builds with it, reports it, and the next run finds it in GOMODCACHE
// with the network off (GOPROXY=off). A Go that cannot be had is one error naming go.mod:line
// and the go-version input, with nothing pushed.
//
// The toolchain lands in .cache/test-toolchains (a GOMODCACHE of its own, kept across test runs
// like the pinned tools): the ~76 MB download happens once per machine.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  cleanupActionRuns,
  describeRun,
  runAction,
  runPost,
  type ActionRun,
} from '../support/action.js';
import {
  pushBaseImage,
  writeBaseImageLayout,
  type PushedBaseImage,
} from '../support/base-image.js';
import { FakeCacheServer } from '../support/cache-server.js';
import { crane } from '../support/crane.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { describeUnless } from '../support/require-tool.js';
import { buildTimeout } from '../support/timeouts.js';
import { cacheDir, fixturesDir } from '../support/tools.js';

const exec = promisify(execFile);
const newer = '1.27.3';
const toolchains = join(cacheDir, 'test-toolchains');
const toolchainDir = join(toolchains, 'golang.org', `toolchain@v0.0.1-go${newer}.linux-amd64`);

// The Go on PATH must be older than go.mod's line for the test to mean anything.
const onPath = ((): string | undefined => {
  try {
    const out = execFileSync('go', ['version'], {
      encoding: 'utf8',
      env: { ...process.env, GOTOOLCHAIN: 'local' },
    });
    return /go version go(\S+)/.exec(out)?.[1];
  } catch {
    return undefined;
  }
})();
const skip =
  process.platform !== 'linux' || process.arch !== 'x64'
    ? 'the toolchain fetched here is linux/amd64'
    : !onPath?.startsWith('1.26.')
      ? `needs Go 1.26.x on PATH (found ${onPath ?? 'none'})`
      : undefined;

let registry: TestRegistry;
let base: PushedBaseImage;
let scratch: string;

/** A module that prints the Go it was built with; its go.mod says `go <goLine>`. */
async function app(name: string, goLine: string): Promise<string> {
  const dir = join(scratch, name);
  await mkdir(join(dir, 'cmd', 'hello'), { recursive: true });
  await writeFile(
    join(dir, 'go.mod'),
    `module example.com/${name.replace(/\//g, '-')}\n\ngo ${goLine}\n`,
  );
  await writeFile(
    join(dir, 'cmd', 'hello', 'main.go'),
    'package main\n\nimport (\n\t"fmt"\n\t"runtime"\n)\n\nfunc main() { fmt.Println(runtime.Version()) }\n',
  );
  return dir;
}

function build(cwd: string, repo: string, env: Record<string, string>): Promise<ActionRun> {
  return runAction({
    cwd,
    inputs: {
      'import-paths': './cmd/hello',
      repo: `${registry.host}/${repo}`,
      'base-image': base.ref,
      platforms: 'linux/amd64',
      cache: 'false',
    },
    env: { SOURCE_DATE_EPOCH: '1700000000', GOMODCACHE: toolchains, ...env },
  });
}

/** The image's /ko-app/hello, pulled with crane and unpacked here. */
async function binaryOf(image: string): Promise<string> {
  const dir = await mkdtemp(join(scratch, 'fs-'));
  const tar = join(dir, 'fs.tar');
  await writeFile(tar, await crane(['export', image, '-'], { registry }));
  // ko names entries with a leading slash (/ko-app/hello); tar strips it on the way out.
  await exec('tar', ['-xf', tar, '-C', dir]);
  return join(dir, 'ko-app', 'hello');
}

beforeAll(async () => {
  if (skip) return;
  registry = await startRegistry('anonymous');
  base = await pushBaseImage(registry);
  scratch = await mkdtemp(join(tmpdir(), 'ko-action-toolchain-'));
});

afterAll(async () => {
  await registry?.stop();
  await cleanupActionRuns();
  if (!scratch) return;
  // go leaves the module trees read-only.
  await exec('chmod', ['-R', 'u+w', scratch]);
  await rm(scratch, { recursive: true, force: true });
});

describeUnless(skip)(`go.mod asks for go ${newer}, Go ${onPath ?? '?'} is on PATH`, () => {
  it(
    'builds with that Go, checked, and a second run offline takes it from GOMODCACHE',
    async () => {
      const cwd = await app('newgo', newer);
      const wasHere = existsSync(join(toolchainDir, 'bin', 'go'));
      // The test environment pins GOTOOLCHAIN=local, as setup-go does; the proxy and the
      // checksum database are on for the first run only.
      const first = await build(cwd, 'newgo', {
        GOPROXY: 'https://proxy.golang.org',
        GOSUMDB: 'sum.golang.org',
      });
      if (first.code !== 0) throw new Error(`the first build failed: ${describeRun(first)}`);
      expect(first.stdout).toContain(
        `go.mod:3 (go ${newer}) asks for a newer Go than Go ${onPath} on PATH (GOTOOLCHAIN=local would refuse the module): getting Go ${newer}`,
      );
      expect(first.stdout).toContain(`Go ${newer} (toolchain-switch)`);
      expect(first.stdout).toContain(
        wasHere
          ? `Go ${newer} is already here, in ${toolchainDir}: nothing to download`
          : `Downloaded Go ${newer} with the go command from GOPROXY=https://proxy.golang.org, checked against the checksum database sum.golang.org, into ${toolchainDir}`,
      );
      expect(first.errors).toEqual([]);

      // What a user checks: the binary's build info and what it prints.
      const binary = await binaryOf(first.outputs.image ?? '');
      const info = await exec('go', ['version', '-m', binary], {
        env: { ...process.env, GOTOOLCHAIN: 'local' },
      });
      expect(info.stdout.split('\n')[0]).toBe(`${binary}: go${newer}`);
      expect((await exec(binary, [])).stdout).toBe(`go${newer}\n`);

      // No network for the go command: the toolchain comes from GOMODCACHE.
      // (GOSUMDB stays on: go checks a toolchain even from GOMODCACHE, from the sumdb data it keeps.)
      const second = await build(cwd, 'newgo', { GOPROXY: 'off', GOSUMDB: 'sum.golang.org' });
      if (second.code !== 0) throw new Error(`the offline build failed: ${describeRun(second)}`);
      expect(second.stdout).toContain(`Go ${newer} is already here, in ${toolchainDir}`);
      expect(second.stdout).toContain(`Go ${newer} (toolchain-switch)`);
      // The same Go, the same inputs: the same image.
      expect(second.outputs.digest).toBe(first.outputs.digest);
    },
    buildTimeout(6),
  );

  it(
    "in a workspace, go.work's go line is the one obeyed (the go command's rule)",
    async () => {
      // go.work asks for the newer Go; the module's go.mod for an older one. Offline: the
      // toolchain is in GOMODCACHE from the first test (or fetched then, if this runs alone).
      const root = join(scratch, 'workspace');
      await mkdir(root, { recursive: true });
      const svc = await app('workspace/svc', '1.25.0');
      await writeFile(join(root, 'go.work'), `go ${newer}\n\nuse ./svc\n`);
      const online = !existsSync(join(toolchainDir, 'bin', 'go'));
      const env = {
        GOPROXY: online ? 'https://proxy.golang.org' : 'off',
        GOSUMDB: 'sum.golang.org',
      };
      for (const cwd of [root, svc]) {
        const run = await runAction({
          cwd,
          inputs: {
            'import-paths': cwd === root ? './svc/cmd/hello' : './cmd/hello',
            repo: `${registry.host}/workspace`,
            'base-image': base.ref,
            platforms: 'linux/amd64',
            cache: 'false',
          },
          env: { SOURCE_DATE_EPOCH: '1700000000', GOMODCACHE: toolchains, ...env },
        });
        if (run.code !== 0) throw new Error(`the workspace build failed: ${describeRun(run)}`);
        expect(run.stdout).toContain(`(go ${newer}) asks for a newer Go than Go ${onPath} on PATH`);
        expect(run.stdout).toMatch(/go\.work:1 \(go 1\.27\.3\) asks for a newer Go/);
        expect((await exec(await binaryOf(run.outputs.image ?? ''), [])).stdout).toBe(
          `go${newer}\n`,
        );
      }
    },
    buildTimeout(4),
  );

  it(
    'a Go that cannot be had is one error naming go.mod:line and go-version, nothing pushed',
    async () => {
      const cwd = await app('futurego', '1.99.0');
      registry.clearRequests();
      const run = await build(cwd, 'futurego', {
        GOPROXY: 'https://proxy.golang.org',
        GOSUMDB: 'sum.golang.org',
      });
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      const error = run.errors[0] ?? '';
      expect(error).toContain(
        'go.mod:3: cannot get Go 1.99.0, which go.mod:3 (go 1.99.0) asks for',
      );
      // The proxy's answer: 404 (toolchain not available) from proxy.golang.org, 403 from some.
      expect(error).toContain('the go command could not get it: download go1.99.0');
      expect(error).toContain('Set go-version to a Go release');
      const writes = registry.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
      expect(writes).toEqual([]);
    },
    buildTimeout(1),
  );

  it('an unchecked toolchain is refused, even one already in GOMODCACHE', async () => {
    const cwd = await app('uncheckedgo', newer);
    registry.clearRequests();
    const run = await build(cwd, 'uncheckedgo', { GOPROXY: 'off', GOSUMDB: 'off' });
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(
      `go.mod:3: cannot get Go ${newer}, which go.mod:3 (go ${newer}) asks for (Go ${onPath} on PATH is older): ` +
        `the go command could not get it: golang.org/toolchain@v0.0.1-go${newer}.linux-amd64: verifying module: checksum database disabled by GOSUMDB=off`,
    );
    const writes = registry.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
    expect(writes).toEqual([]);
  });
});

// A new runner has an empty GOMODCACHE: what it has of the toolchain, the Actions cache gave back.
describeUnless(skip)('the toolchain through the Actions cache (strict fake service)', () => {
  let server: FakeCacheServer;
  beforeAll(async () => {
    if (!skip) server = await FakeCacheServer.start();
  });
  afterAll(async () => {
    await server?.close();
  });

  it(
    'job 1 fetches it into GOMODCACHE and the post step saves it; job 2, offline, restores it',
    async () => {
      // fixtures/cache-app needs github.com/google/go-cmp: a go.sum, so ko-action caches GOMODCACHE.
      const workspace = join(scratch, 'cached', 'app');
      await cp(join(fixturesDir, 'cache-app'), workspace, { recursive: true });
      const goMod = join(workspace, 'go.mod');
      await writeFile(goMod, (await readFile(goMod, 'utf8')).replace(/^go .*$/m, `go ${newer}`));
      const layout = await writeBaseImageLayout(join(scratch, 'cached', 'base'), {
        platforms: ['linux/amd64'],
      });

      const job = async (n: number, env: Record<string, string>) => {
        // A new machine each time: the same paths (the cache version hashes them), emptied.
        const home = join(scratch, 'cached', 'home');
        const gomodcache = join(home, 'go', 'pkg', 'mod');
        if (existsSync(home)) await exec('chmod', ['-R', 'u+w', home]);
        await rm(home, { recursive: true, force: true });
        await mkdir(home, { recursive: true });
        const started = Date.now();
        const main = await runAction({
          cwd: workspace,
          inputs: {
            'import-paths': '.',
            push: 'false',
            repo: '',
            'oci-layout-path': join(scratch, 'cached', `layout-${n}`),
            'base-image': `oci-layout:${layout.dir}:${layout.tag}`,
            platforms: 'linux/amd64',
            sbom: 'none',
            cache: 'true',
          },
          env: {
            ...server.env(),
            HOME: home,
            GOMODCACHE: gomodcache,
            GOSUMDB: 'sum.golang.org',
            GITHUB_RUN_ID: String(2000 + n),
            GITHUB_RUN_ATTEMPT: '1',
            ...env,
          },
        });
        if (main.code !== 0) throw new Error(`job ${n} failed: ${describeRun(main)}`);
        const mainSeconds = (Date.now() - started) / 1000;
        const post = await runPost(main);
        if (post.code !== 0) throw new Error(`job ${n}'s post step failed: ${describeRun(post)}`);
        const postSeconds = (Date.now() - started) / 1000 - mainSeconds;
        process.stderr.write(
          `toolchain cache job ${n}: main ${mainSeconds.toFixed(1)} s, post ${postSeconds.toFixed(1)} s\n` +
            post.stdout
              .split('\n')
              .filter((l) => l.startsWith('cache:'))
              .map((l) => `  ${l}\n`)
              .join(''),
        );
        return { main, gomodcache };
      };

      // Job 1 takes the toolchain's module zip from the one this suite keeps (a file:// proxy, so
      // that it is not 76 MB off the network each time), go-cmp from the module proxy.
      const first = await job(1, {
        GOPROXY: `file://${join(toolchains, 'cache', 'download')},https://proxy.golang.org`,
      });
      expect(first.main.stdout).toContain(`Downloaded Go ${newer} with the go command`);
      expect(first.main.stdout).toContain(`GOMODCACHE ${first.gomodcache}`);
      const modules = server.entries.filter((e) => e.key.startsWith('ko-action-v2-gomod-'));
      expect(modules.map((e) => e.key)).toEqual([expect.stringContaining(`-go${newer}-`)]);

      const second = await job(2, { GOPROXY: 'off' });
      const restored = join(
        second.gomodcache,
        'golang.org',
        `toolchain@v0.0.1-go${newer}.linux-amd64`,
      );
      expect(second.main.stdout).toContain(`Go ${newer} is already here, in ${restored}`);
      expect(second.main.stdout).not.toContain('Downloaded Go');
      expect(second.main.stdout).toContain(`Go ${newer} (toolchain-switch)`);
    },
    buildTimeout(12),
  );
});
