// Getting the Go a go.mod asks for when the Go found is older (go/toolchain-choice.ts decides
// when). In order: a Go already in the runner's tool cache; the go-download-base-url mirror when
// one is set (go/install.ts, sha256 checked); else the go command's own toolchain switch, which
// fetches golang.org/toolchain from GOPROXY, checked against the checksum database (GOSUMDB), into
// GOMODCACHE, where the module cache keeps it for the next run (https://go.dev/doc/toolchain#download).
// The switch is pinned by name (GOTOOLCHAIN=go1.27.3), never left to `auto`.
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { KoActionError } from '../util/errors.js';
import { addSecret } from '../util/secrets.js';
import type { Env } from '../util/env.js';
import { goExe, goVersion } from './go-binary.js';
import type { GoModLine } from './go-mod-request.js';
import { isRelease, newerRelease } from './gover.js';
import { findInToolCache, installGo, normalizeBaseUrl, toolCacheVersions } from './install.js';
import { run } from './packages.js';
import { defaultGoDownloadBaseUrl } from './releases.js';
import { unavailableError } from './toolchain-choice.js';
import type { GoSetup } from './go-setup.js';
import { makeSemver } from './version-spec.js';

export interface SwitchRequest {
  readonly need: GoModLine;
  /** go.mod as messages name it. */
  readonly goModName: string;
  /** The Go found, and where from (`on PATH`). */
  readonly found: GoSetup;
  readonly foundFrom: string;
  readonly env: Env;
  readonly cwd: string;
  readonly downloadBaseUrl: string;
  readonly token?: string;
  /** Node's arch name (`x64`). */
  readonly arch: string;
}

export async function switchToolchain(req: SwitchRequest): Promise<GoSetup> {
  const fail = (reason: string): KoActionError =>
    unavailableError(req.need, req.goModName, req.found.version, req.foundFrom, reason);
  const baseUrl = normalizeBaseUrl(req.downloadBaseUrl);
  const release = await chooseRelease(req, baseUrl, fail);

  // $KO_GO_PATH names the binary that runs (a wrapper, say): switch through it, by GOTOOLCHAIN.
  if (req.found.source !== 'ko-go-path') {
    // The tool cache and the listing spell versions as semver: 1.27rc1 is 1.27.0-rc.1.
    const semver = makeSemver(release) ?? release;
    const cached = findInToolCache(semver, baseUrl, req.arch);
    if (cached) return await checked(cached, 'tool-cache', req, release, fail);
    if (baseUrl !== defaultGoDownloadBaseUrl) {
      addSecret(req.token);
      const { root, source } = await installGo(
        { kind: 'exact', input: release, semver },
        {
          baseUrl,
          arch: req.arch,
          platform: process.platform,
          ...(req.token ? { auth: `token ${req.token}` } : {}),
        },
      ).catch((e: unknown) => {
        throw fail(e instanceof KoActionError ? e.format() : String(e));
      });
      return await checked(root, source, req, release, fail);
    }
  }
  core.info(
    `Building with GOTOOLCHAIN=go${release}: ${req.found.goPath} runs Go ${release}, which the go command keeps in GOMODCACHE`,
  );
  return {
    goPath: req.found.goPath,
    version: release,
    source: 'toolchain-switch',
    goToolchain: `go${release}`,
    fetch: () => fetchWithGoCommand(req, release, fail),
  };
}

/** A Go from the tool cache or the mirror, once it says it is the version asked for. */
async function checked(
  root: string,
  source: 'tool-cache' | 'download',
  req: SwitchRequest,
  release: string,
  fail: (reason: string) => KoActionError,
): Promise<GoSetup> {
  const goPath = join(root, 'bin', goExe);
  const got = await goVersion(goPath, { ...req.env, GOTOOLCHAIN: 'local' }, req.cwd);
  if (got.version !== release) throw fail(got.why ?? `${goPath} is Go ${got.version}`);
  core.info(
    `Using Go ${release} from the ${source === 'download' ? 'mirror' : 'tool cache'}: ${root}`,
  );
  return { goPath, version: release, source, goToolchain: 'local' };
}

/**
 * The release to get: go.mod's own when it names one (`1.27.3`); for a language version
 * (`go 1.27`) the one GOTOOLCHAIN=auto would take, from the Go releases already here, else from
 * the module proxy's list of them.
 */
async function chooseRelease(
  req: SwitchRequest,
  baseUrl: string,
  fail: (reason: string) => KoActionError,
): Promise<string> {
  const need = req.need.version;
  if (isRelease(need)) return need;
  const here = newerRelease(need, await releasesHere(req, baseUrl));
  if (here) return here;
  // Outside any module, without the user's GOFLAGS (a -mod flag would refuse to run there).
  const env = { ...req.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off' };
  const res = await run(req.found.goPath, ['list', '-m', '-versions', 'go'], tmpdir(), env);
  const listed = res.code === 0 ? res.stdout.trim().split(/\s+/).slice(1) : [];
  const release = newerRelease(need, listed.filter(isRelease));
  if (release) return release;
  throw fail(
    res.code === 0
      ? `the module proxy lists no Go release >= ${need}`
      : `go list -m -versions go failed: ${goError(res.stderr)}`,
  );
}

/** Go releases in the tool cache and in GOMODCACHE (toolchains the go command fetched before). */
async function releasesHere(req: SwitchRequest, baseUrl: string): Promise<string[]> {
  const cached = toolCacheVersions(baseUrl, req.arch).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
  const env = await goEnv(req, ['GOMODCACHE', 'GOHOSTOS', 'GOHOSTARCH']);
  const suffix = `.${env['GOHOSTOS']}-${env['GOHOSTARCH']}`;
  const dir = join(env['GOMODCACHE'] ?? '', 'golang.org');
  const fetched = (await readdir(dir).catch(() => []))
    .filter((n) => n.startsWith('toolchain@v0.0.1-go') && n.endsWith(suffix))
    .map((n) => n.slice('toolchain@v0.0.1-go'.length, -suffix.length));
  return [...cached, ...fetched];
}

/** `go env NAME…` of the Go found, pinned to itself. */
async function goEnv(
  req: SwitchRequest,
  names: readonly string[],
): Promise<Record<string, string>> {
  const local = { ...req.env, GOTOOLCHAIN: 'local' };
  const res = await run(req.found.goPath, ['env', ...names], req.cwd, local);
  const values = res.stdout.split('\n');
  return Object.fromEntries(names.map((n, i) => [n, values[i]?.trim() ?? '']));
}

/**
 * Runs the Go found with GOTOOLCHAIN=go<release>: the go command takes the toolchain from
 * GOMODCACHE, or downloads it from GOPROXY and checks it against GOSUMDB first.
 */
async function fetchWithGoCommand(
  req: SwitchRequest,
  release: string,
  fail: (reason: string) => KoActionError,
): Promise<void> {
  const settings = await goEnv(req, ['GOPROXY', 'GOSUMDB', 'GOMODCACHE']);
  const env = { ...req.env, GOTOOLCHAIN: `go${release}` };
  const res = await run(req.found.goPath, ['env', 'GOVERSION', 'GOROOT'], req.cwd, env);
  const [version = '', goroot = ''] = res.stdout.split('\n').map((l) => l.trim());
  if (res.code !== 0) throw fail(`the go command could not get it: ${goError(res.stderr)}`);
  if (version !== `go${release}`) throw fail(`GOTOOLCHAIN=go${release} ran ${version}`);
  if (!res.stderr.includes(`downloading go${release}`)) {
    core.info(`Go ${release} is already here, in ${goroot}: nothing to download`);
    return;
  }
  // The go command checks every toolchain it fetches against the checksum database, even with
  // GOSUMDB=off or GONOSUMDB set (cmd/go/internal/modfetch/sumdb.go, useSumDB); only a lone
  // file:// GOPROXY is exempt.
  const proxy = settings['GOPROXY'] ?? '';
  const unchecked = proxy.startsWith('file://') && !/[,|]/.test(proxy);
  const check = unchecked
    ? 'not checked (a file:// GOPROXY is trusted as it is)'
    : `checked against the checksum database ${settings['GOSUMDB'] ?? ''}`;
  core.info(
    `Downloaded Go ${release} with the go command from GOPROXY=${proxy}, ${check}, into ${goroot}; ` +
      `GOMODCACHE (${settings['GOMODCACHE'] ?? ''}) keeps it for the next run`,
  );
}

/** What the go command said, but its progress lines: `download go1.99.0: …: 404 Not Found`. */
function goError(stderr: string): string {
  return stderr
    .split('\n')
    .map((l) => l.trim().replace(/^go: /, ''))
    .filter((l) => l !== '' && !l.startsWith('downloading '))
    .join(' ');
}
