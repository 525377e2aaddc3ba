// setupGo against a loopback go.dev mirror, with the real @actions/tool-cache and @actions/core.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { goArch } from '../../src/go/releases.js';
import { thrownAsync } from '../support/errors.js';

type Toolchain = typeof import('../../src/go/toolchain.js');

const os = 'linux';
const arch = goArch(process.arch);
const root = mkdtempSync(join(tmpdir(), 'go-install-'));
const savedEnv = { ...process.env };

// The toolkit reads these from process.env; set them before it is first imported.
process.env['RUNNER_TEMP'] = join(root, 'temp');
process.env['RUNNER_TOOL_CACHE'] = join(root, 'tool-cache');
let setupGo: Toolchain['setupGo'];

// ---- the mirror: a listing plus archives, counting requests ----

interface Served {
  readonly path: string;
  readonly sha256: string;
}
const archives = new Map<string, Served>(); // filename → archive
let listing: unknown[] = [];
const requests: string[] = [];
let server: Server;
let baseUrl: string;

function entry(version: string, sha256: string, stable = true) {
  const filename = `go${version}.${os}-${arch}.tar.gz`;
  return {
    version: `go${version}`,
    stable,
    files: [{ filename, os, arch, sha256, size: 1, kind: 'archive' }],
  };
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A go.dev-shaped archive whose go/bin/go is a script printing `go version go<v> …`. */
function fakeArchive(version: string): Served {
  const dir = mkdtempSync(join(root, 'src-'));
  mkdirSync(join(dir, 'go', 'bin'), { recursive: true });
  writeFileSync(
    join(dir, 'go', 'bin', 'go'),
    `#!/bin/sh\necho "go version go${version} ${os}/${arch}"\n`,
  );
  chmodSync(join(dir, 'go', 'bin', 'go'), 0o755);
  const path = join(root, `fake-go${version}.tar.gz`);
  execFileSync('tar', ['-C', dir, '-czf', path, 'go']);
  rmSync(dir, { recursive: true });
  return { path, sha256: sha256(path) };
}

/** List these versions, serving a fake archive for each (unless `missing`). */
function mirror(versions: string[], opts: { tampered?: string; missing?: string } = {}): void {
  archives.clear();
  listing = versions.map((v) => {
    const a = fakeArchive(v);
    if (v !== opts.missing) archives.set(`go${v}.${os}-${arch}.tar.gz`, a);
    return entry(v, v === opts.tampered ? 'ab'.repeat(32) : a.sha256);
  });
}

const downloads = () => requests.filter((r) => r.endsWith('.tar.gz')).length;
const listings = () => requests.filter((r) => r.startsWith('/?mode=json')).length;

// ---- per-test runner state: fresh tool cache, temp dir and GITHUB_* files ----

let workDir: string;
let githubPath: string;
let githubEnv: string;

function baseOpts(extra: Partial<Parameters<Toolchain['setupGo']>[0]> = {}) {
  return {
    downloadBaseUrl: baseUrl,
    workingDirectory: workDir,
    env: { PATH: '/nonexistent' },
    ...extra,
  };
}

const toolCacheEntries = () =>
  readdirSync(process.env['RUNNER_TOOL_CACHE'] ?? '', { recursive: true });
const tempEntries = () => readdirSync(process.env['RUNNER_TEMP'] ?? '');

beforeAll(async () => {
  ({ setupGo } = await import('../../src/go/toolchain.js'));
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    if (url === '/?mode=json&include=all') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(listing));
      return;
    }
    const a = archives.get(url.slice(1));
    if (!a) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('content-length', statSync(a.path).size);
    createReadStream(a.path).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  const run = mkdtempSync(join(root, 'run-'));
  for (const d of ['temp', 'tool-cache', 'work']) mkdirSync(join(run, d));
  process.env['RUNNER_TEMP'] = join(run, 'temp');
  process.env['RUNNER_TOOL_CACHE'] = join(run, 'tool-cache');
  workDir = join(run, 'work');
  githubPath = join(run, 'github_path');
  githubEnv = join(run, 'github_env');
  writeFileSync(githubPath, '');
  writeFileSync(githubEnv, '');
  process.env['GITHUB_PATH'] = githubPath;
  process.env['GITHUB_ENV'] = githubEnv;
  requests.length = 0;
});

afterEach(() => {
  for (const k of ['PATH', 'GOTOOLCHAIN']) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});

describe('setupGo from a mirror (fake archives)', () => {
  it('downloads and verifies once, then uses the tool cache', async () => {
    mirror(['1.26.1', '1.25.8']);
    const first = await setupGo(baseOpts({ goVersion: '1.26.1' }));
    expect(first.source).toBe('download');
    expect(first.version).toBe('1.26.1');
    expect(listings()).toBe(1);
    expect(downloads()).toBe(1);
    const toolRoot = dirname(dirname(first.goPath));
    expect(toolRoot).toMatch(new RegExp(`/go-[0-9a-f]{8}/1\\.26\\.1/${process.arch}$`));
    expect(toolRoot.startsWith(process.env['RUNNER_TOOL_CACHE'] ?? '?')).toBe(true);
    expect(existsSync(`${toolRoot}.complete`)).toBe(true);
    expect(tempEntries()).toEqual([]); // download and extraction cleaned up

    // The runner picks these up for later steps; this process sees them now.
    expect(readFileSync(githubPath, 'utf8')).toBe(`${join(toolRoot, 'bin')}\n`);
    expect(readFileSync(githubEnv, 'utf8')).toMatch(
      /^GOTOOLCHAIN<<(ghadelimiter_[0-9a-f-]+)\nlocal\n\1\n$/,
    );
    expect(process.env['GOTOOLCHAIN']).toBe('local');
    expect(process.env['PATH']?.split(':')[0]).toBe(join(toolRoot, 'bin'));

    requests.length = 0;
    for (const goVersion of ['1.26.1', '1.26', '^1.25']) {
      const again = await setupGo(baseOpts({ goVersion }));
      expect(again).toEqual({ ...first, source: 'tool-cache' });
    }
    expect(requests).toEqual([]); // no listing, no download
  });

  it('resolves a range and an alias through the listing', async () => {
    mirror(['1.26.1', '1.25.8']);
    expect(await setupGo(baseOpts({ goVersion: '~1.25' }))).toMatchObject({
      version: '1.25.8',
      source: 'download',
    });
    expect(await setupGo(baseOpts({ goVersion: 'stable' }))).toMatchObject({
      version: '1.26.1',
      source: 'download',
    });
    // oldstable is cached already, but only the listing can say which version it is.
    requests.length = 0;
    expect(await setupGo(baseOpts({ goVersion: 'oldstable' }))).toMatchObject({
      version: '1.25.8',
      source: 'tool-cache',
    });
    expect([listings(), downloads()]).toEqual([1, 0]);
  });

  it('refuses an archive whose sha256 differs from the listing, caching nothing', async () => {
    mirror(['1.26.2', '1.26.1'], { tampered: '1.26.2' });
    const actual = archives.get(`go1.26.2.${os}-${arch}.tar.gz`)?.sha256;
    const err = await thrownAsync(setupGo(baseOpts({ goVersion: '1.26.2' })));
    expect(err.code).toBe('GO_INSTALL');
    expect(err.message).toBe(
      `sha256 mismatch for go1.26.2.${os}-${arch}.tar.gz: expected ${'ab'.repeat(32)}, got ${actual}`,
    );
    expect(downloads()).toBe(1);
    expect(toolCacheEntries()).toEqual([]);
    expect(tempEntries()).toEqual([]);
    expect(readFileSync(githubPath, 'utf8')).toBe('');
    expect(readFileSync(githubEnv, 'utf8')).toBe('');
  });

  it('an unknown version names the platform and the newest versions', async () => {
    mirror(['1.26.1', '1.26.0', '1.25.8', '1.24.9']);
    const err = await thrownAsync(setupGo(baseOpts({ goVersion: '1.99.0' })));
    expect(err.message).toBe(
      `Unable to find Go version '1.99.0' for platform linux and architecture ${arch}`,
    );
    expect(err.hint).toBe(`the newest at ${baseUrl.slice(0, -1)} are 1.26.1, 1.25.8, 1.24.9`);
    expect(downloads()).toBe(0);
  });

  it('a listed archive the mirror lacks, or a base with no listing, is a clear HTTP 404', async () => {
    mirror(['1.25.9'], { missing: '1.25.9' });
    const url = `${baseUrl}go1.25.9.${os}-${arch}.tar.gz`;
    const missing = await thrownAsync(setupGo(baseOpts({ goVersion: '1.25.9' })));
    expect(missing.message).toBe(
      `the requested Go 1.25.9 for ${os}/${arch} is not available: ${url} returned HTTP 404`,
    );
    expect(toolCacheEntries()).toEqual([]);
    expect(tempEntries()).toEqual([]);

    const noListing = await thrownAsync(
      setupGo(baseOpts({ goVersion: '1.25.9', downloadBaseUrl: `${baseUrl}nothing-here` })),
    );
    expect(noListing.message).toBe(
      `the Go version listing ${baseUrl}nothing-here/?mode=json&include=all returned HTTP 404`,
    );
  });

  it('an archive without a top-level go/ is refused and cleaned up', async () => {
    mirror(['1.26.1']);
    const dir = mkdtempSync(join(root, 'flat-'));
    mkdirSync(join(dir, 'bin'));
    writeFileSync(join(dir, 'bin', 'go'), '#!/bin/sh\n');
    const flat = join(root, 'flat.tar.gz');
    execFileSync('tar', ['-C', dir, '-czf', flat, 'bin']);
    archives.set(`go1.26.1.${os}-${arch}.tar.gz`, { path: flat, sha256: sha256(flat) });
    listing = [entry('1.26.1', sha256(flat))];
    const err = await thrownAsync(setupGo(baseOpts({ goVersion: '1.26.1' })));
    expect(err.message).toBe(`go1.26.1.${os}-${arch}.tar.gz has no go/bin directory`);
    expect(toolCacheEntries()).toEqual([]);
    expect(tempEntries()).toEqual([]);
  });

  it('go-version-file: go.mod’s toolchain line, or its go line under GOTOOLCHAIN=local', async () => {
    mirror(['1.26.1', '1.25.8']);
    writeFileSync(
      join(workDir, 'go.mod'),
      'module example.com/m\n\ngo 1.25\n\ntoolchain go1.26.1\n',
    );
    expect(await setupGo(baseOpts({ goVersionFile: 'go.mod' }))).toMatchObject({
      version: '1.26.1',
      source: 'download',
    });
    const local = await setupGo(
      baseOpts({ goVersionFile: 'go.mod', env: { PATH: '/nonexistent', GOTOOLCHAIN: 'local' } }),
    );
    expect(local).toMatchObject({ version: '1.25.8', source: 'download' });

    const err = await thrownAsync(setupGo(baseOpts({ goVersionFile: 'nope/go.mod' })));
    expect([err.code, err.where]).toEqual(['INPUT', 'go-version-file']);
  });

  it('without a version: KO_GO_PATH, else go on PATH, else what go.mod asks for', async () => {
    mirror(['1.26.1', '1.25.8']);
    const bin = join(workDir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'go'), '#!/bin/sh\necho "go version go1.24.3 linux/amd64"\n');
    chmodSync(join(bin, 'go'), 0o755);

    const onPath = await setupGo(baseOpts({ env: { PATH: `/nonexistent:${bin}` } }));
    expect(onPath).toEqual({
      goPath: join(bin, 'go'),
      version: '1.24.3',
      source: 'path',
      goToolchain: 'local',
    });
    const ko = await setupGo(
      baseOpts({ env: { PATH: '/nonexistent', KO_GO_PATH: join(bin, 'go') } }),
    );
    expect(ko).toEqual({
      goPath: join(bin, 'go'),
      version: '1.24.3',
      source: 'ko-go-path',
      goToolchain: 'local',
    });
    expect(requests).toEqual([]);
    expect(readFileSync(githubEnv, 'utf8')).toBe(''); // a user's own Go is left as it is

    const broken = await thrownAsync(
      setupGo(baseOpts({ env: { PATH: '', KO_GO_PATH: join(bin, 'missing-go') } })),
    );
    expect(broken.where).toBe('KO_GO_PATH');

    const none = await thrownAsync(setupGo(baseOpts()));
    expect(none.message).toMatch(/no Go toolchain: go is not on PATH and .*go\.mod does not exist/);

    writeFileSync(join(workDir, 'go.mod'), 'module example.com/m\n\ngo 1.25.8\n');
    expect(await setupGo(baseOpts())).toMatchObject({ version: '1.25.8', source: 'download' });
  });
});

describe('go.mod asks for a newer Go than the one on PATH', () => {
  it('gets it from the go-download-base-url mirror, sha256 checked, then from the tool cache', async () => {
    mirror(['1.26.1', '1.25.8']);
    const bin = join(workDir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'go'), '#!/bin/sh\necho "go version go1.24.3 linux/amd64"\n');
    chmodSync(join(bin, 'go'), 0o755);
    writeFileSync(join(workDir, 'go.mod'), 'module example.com/m\n\ngo 1.25.8\n');
    const opts = baseOpts({ env: { PATH: `/nonexistent:${bin}` } });

    const got = await setupGo(opts);
    expect(got).toMatchObject({ version: '1.25.8', source: 'download', goToolchain: 'local' });
    expect(got.goPath.startsWith(process.env['RUNNER_TOOL_CACHE'] ?? '?')).toBe(true);
    expect(downloads()).toBe(1);
    // For this build only: later steps keep the Go they had.
    expect(readFileSync(githubPath, 'utf8')).toBe('');
    expect(readFileSync(githubEnv, 'utf8')).toBe('');

    requests.length = 0;
    expect(await setupGo(opts)).toEqual({ ...got, source: 'tool-cache' });
    // A language version (`go 1.25`) takes the newest 1.25 release already here.
    writeFileSync(join(workDir, 'go.mod'), 'module example.com/m\n\ngo 1.25\n');
    expect(await setupGo(opts)).toEqual({ ...got, source: 'tool-cache' });
    expect(requests).toEqual([]);
  });

  it('an explicit go-version older than the go line is one error naming go.mod:line and go-version', async () => {
    mirror(['1.26.1', '1.25.8']);
    writeFileSync(join(workDir, 'go.mod'), 'module example.com/m\n\ngo 1.26.1\n');
    const err = await thrownAsync(setupGo(baseOpts({ goVersion: '1.25.8' })));
    expect(err.where).toBe(`${join(workDir, 'go.mod')}:3`);
    expect(err.message).toContain('Go 1.25.8 (from go-version) is older than');
    expect(err.hint).toContain('set go-version to Go 1.26.1 or newer');
  });
});

describe('setupGo with a real Go archive', () => {
  // One archive repacked from this machine's GOROOT, kept under .cache/ across runs.
  const goEnv = (k: string) => execFileSync('go', ['env', k], { encoding: 'utf8' }).trim();

  function realArchive(version: string): Served {
    const cacheDir = resolve('.cache', 'go-archives');
    const path = join(cacheDir, `go${version}.${os}-${arch}.tar.gz`);
    if (!existsSync(path)) {
      mkdirSync(cacheDir, { recursive: true });
      const goroot = goEnv('GOROOT');
      const partial = `${path}.${process.pid}.partial`;
      execFileSync('tar', [
        '-C',
        dirname(goroot),
        '--transform',
        's,^[^/]*,go,S',
        '-czf',
        partial,
        goroot.split('/').pop() ?? 'go',
      ]);
      renameSync(partial, path);
    }
    return { path, sha256: sha256(path) };
  }

  it('installs, verifies and runs the real toolchain', async () => {
    const version = goEnv('GOVERSION').replace(/^go/, '');
    const a = realArchive(version);
    archives.clear();
    archives.set(`go${version}.${os}-${arch}.tar.gz`, a);
    listing = [entry(version, a.sha256)];

    const started = Date.now();
    const got = await setupGo(baseOpts({ goVersion: version }));
    const seconds = (Date.now() - started) / 1000;
    expect(got).toMatchObject({ version, source: 'download' });
    expect(downloads()).toBe(1);
    const out = execFileSync(got.goPath, ['version'], {
      encoding: 'utf8',
      env: { ...process.env, GOTOOLCHAIN: 'local' },
    });
    expect(out).toBe(`go version go${version} ${os}/${arch}\n`);
    const goroot = execFileSync(got.goPath, ['env', 'GOROOT'], {
      encoding: 'utf8',
      env: { ...process.env, GOTOOLCHAIN: 'local' },
    });
    expect(goroot.trim()).toBe(dirname(dirname(got.goPath)));
    expect(tempEntries()).toEqual([]);
    process.stderr.write(`real Go ${version} install from the mirror: ${seconds.toFixed(1)} s\n`);

    requests.length = 0;
    expect(await setupGo(baseOpts({ goVersion: version }))).toEqual({
      ...got,
      source: 'tool-cache',
    });
    expect(requests).toEqual([]);
  }, 600_000);
});
