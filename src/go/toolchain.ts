// Which `go` builds the images. With go-version/go-version-file: that release, from the tool
// cache or downloaded and verified. Without: $KO_GO_PATH, else `go` on PATH, else the version
// go.mod asks for. When go.mod's `go` (or `toolchain`) line asks for a newer Go than that (in a
// workspace, go.work's), the build would fail with it, so that Go is fetched first
// (go/toolchain-choice.ts decides, go/toolchain-switch.ts gets it). A Go ko-action installs is
// pinned with GOTOOLCHAIN=local, as setup-go does, so the go command never swaps itself for another
// toolchain unasked.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { KoActionError } from '../util/errors.js';
import { addSecret } from '../util/secrets.js';
import type { Env } from '../util/env.js';
import { findOnPath, goExe as exe, goVersion } from './go-binary.js';
import type { GoSetup } from './go-setup.js';
import { parseGoModRequest } from './go-mod-request.js';
import { chooseToolchain } from './toolchain-choice.js';
import { parseGoVersionSpec, readGoVersionFile, type GoVersionSpec } from './version-spec.js';

export type { GoSetup } from './go-setup.js';

export interface SetupGoOptions {
  readonly goVersion?: string;
  readonly goVersionFile?: string;
  /** `go-download-base-url`; empty means https://go.dev/dl. */
  readonly downloadBaseUrl: string;
  readonly workingDirectory: string;
  readonly env: Env;
  /** Sent as `Authorization: token …` to a custom download base only. */
  readonly token?: string;
  /** Node's arch name; defaults to process.arch. */
  readonly arch?: string;
}

// The toolkit (and the installer with its HTTP stack) load only when Go must be installed or
// something must be said: most runs use the go on PATH, and start-up time is part of every build.
const actionsCore = (): Promise<typeof import('@actions/core')> => import('@actions/core');

export async function setupGo(opts: SetupGoOptions): Promise<GoSetup> {
  const cwd = resolve(opts.workingDirectory);
  let spec = await requestedSpec(opts, cwd);
  if (!spec) {
    const existing = await existingGo(opts.env, cwd);
    if (existing) {
      const from = existing.source === 'ko-go-path' ? 'at $KO_GO_PATH' : 'on PATH';
      return withGoMod(existing, from, undefined, opts, cwd);
    }
    const goMod = join(cwd, 'go.mod');
    if (!existsSync(goMod)) {
      throw new KoActionError(
        'GO_INSTALL',
        `no Go toolchain: go is not on PATH and ${goMod} does not exist`,
        {
          where: 'go-version',
          hint: 'set go-version (or go-version-file), or install Go before this step',
        },
      );
    }
    spec = readGoVersionFile(goMod, opts.env, 'go.mod');
    (await actionsCore()).info(`No go on PATH; installing Go ${spec.input}, as ${goMod} asks`);
    return install(spec, opts, cwd);
  }
  const installed = await install(spec, opts, cwd);
  const input = opts.goVersion?.trim() ? 'go-version' : 'go-version-file';
  return withGoMod(installed, `from ${input}`, input, opts, cwd);
}

/** Installs a release as setup-go does, and puts it on PATH for later steps, pinned. */
async function install(spec: GoVersionSpec, opts: SetupGoOptions, cwd: string): Promise<GoSetup> {
  // One at a time: they share modules (jest's ESM loader trips over concurrent imports of them).
  const core = await actionsCore();
  const { installGo, normalizeBaseUrl } = await import('./install.js');
  const { defaultGoDownloadBaseUrl } = await import('./releases.js');
  const baseUrl = normalizeBaseUrl(opts.downloadBaseUrl);
  addSecret(opts.token);
  const custom = baseUrl !== defaultGoDownloadBaseUrl;
  const { root, source } = await installGo(spec, {
    baseUrl,
    arch: opts.arch ?? process.arch,
    platform: process.platform,
    ...(custom && opts.token ? { auth: `token ${opts.token}` } : {}),
  });
  core.addPath(join(root, 'bin'));
  core.exportVariable('GOTOOLCHAIN', 'local');
  const goPath = join(root, 'bin', exe);
  const { version } = await goVersion(goPath, { ...opts.env, GOTOOLCHAIN: 'local' }, cwd);
  if (version === undefined) {
    throw new KoActionError('GO_INSTALL', `${goPath} version failed`, {
      hint: `the Go install at ${root} is broken; remove it from the tool cache and retry`,
    });
  }
  core.info(`Using Go ${version} (${source}) at ${goPath}`);
  return { goPath, version, source, goToolchain: 'local' };
}

/**
 * The Go found, unless the go.mod of the module built asks for a newer one: then that one
 * (go/toolchain-choice.ts). `explicit` is the input that chose the Go found, which wins.
 */
async function withGoMod(
  found: GoSetup,
  foundFrom: string,
  explicit: 'go-version' | 'go-version-file' | undefined,
  opts: SetupGoOptions,
  cwd: string,
): Promise<GoSetup> {
  const goMod = findVersionFile(cwd, opts.env);
  const workspace = opts.env['GITHUB_WORKSPACE'] || process.cwd();
  const shown = goMod && relative(workspace, goMod);
  const goModName = shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : goMod;
  const choice = chooseToolchain({
    found: found.version,
    foundFrom,
    request: goMod ? parseGoModRequest(goMod, await readFile(goMod, 'utf8')) : {},
    goModName: goModName ?? 'go.mod',
    goToolchainEnv: opts.env['GOTOOLCHAIN'],
    ...(explicit ? { explicit } : {}),
  });
  if (choice.kind === 'refuse') throw choice.error;
  const log = choice.log;
  if (log) (await actionsCore()).info(log);
  if (choice.kind === 'user') return { ...found, goToolchain: choice.goToolchain };
  if (choice.kind === 'found') return found;
  const { switchToolchain } = await import('./toolchain-switch.js');
  return switchToolchain({
    need: choice.need,
    goModName: goModName ?? 'go.mod',
    found,
    foundFrom,
    env: opts.env,
    cwd,
    downloadBaseUrl: opts.downloadBaseUrl,
    ...(opts.token ? { token: opts.token } : {}),
    arch: opts.arch ?? process.arch,
  });
}

/**
 * The file whose `go` and `toolchain` lines the go command obeys in `dir`: in workspace mode the
 * go.work ($GOWORK, or the nearest in `dir` and its parents unless GOWORK=off), whose go line
 * must cover every module's; else the nearest go.mod (https://go.dev/ref/mod#workspaces,
 * https://go.dev/doc/toolchain#select).
 */
function findVersionFile(dir: string, env: Env): string | undefined {
  const gowork = env['GOWORK']?.trim();
  if (gowork && gowork !== 'off' && gowork !== 'auto') {
    // A GOWORK that names no file is the go command's error to report.
    const named = resolve(dir, gowork);
    return existsSync(named) ? named : findUp(dir, 'go.mod');
  }
  return (gowork !== 'off' && findUp(dir, 'go.work')) || findUp(dir, 'go.mod');
}

/** `name` in `dir` or its nearest parent that has one. */
function findUp(dir: string, name: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const candidate = join(d, name);
    if (existsSync(candidate)) return candidate;
    if (dirname(d) === d) return undefined;
  }
}

async function requestedSpec(
  opts: SetupGoOptions,
  cwd: string,
): Promise<GoVersionSpec | undefined> {
  if (opts.goVersion?.trim()) {
    if (opts.goVersionFile?.trim())
      (await actionsCore()).warning(
        'Both go-version and go-version-file are set; using go-version',
      );
    return parseGoVersionSpec(opts.goVersion);
  }
  const file = opts.goVersionFile?.trim();
  if (!file) return undefined;
  // Relative to working-directory; setup-go users' workspace-relative paths also work.
  const inWorkDir = resolve(cwd, file);
  const inWorkspace = resolve(file);
  const path = existsSync(inWorkDir) || !existsSync(inWorkspace) ? inWorkDir : inWorkspace;
  return readGoVersionFile(path, opts.env);
}

/**
 * The go that setupGo takes without installing anything ($KO_GO_PATH, else PATH), or undefined
 * when a version is asked for. Lets a caller start go commands while setupGo checks it.
 */
export function existingGoPath(
  opts: Pick<SetupGoOptions, 'goVersion' | 'goVersionFile' | 'env'>,
): string | undefined {
  if (opts.goVersion?.trim() || opts.goVersionFile?.trim()) return undefined;
  const koGoPath = opts.env['KO_GO_PATH']?.trim();
  return koGoPath ? koGoPathBinary(koGoPath, opts.env) : findOnPath(exe, opts.env);
}

function koGoPathBinary(koGoPath: string, env: Env): string | undefined {
  return koGoPath.includes('/') || koGoPath.includes('\\')
    ? resolve(koGoPath)
    : findOnPath(koGoPath, env);
}

/**
 * The go on $KO_GO_PATH or PATH, with its own version (GOTOOLCHAIN=local) unless the user's
 * GOTOOLCHAIN lets it switch: then the version it switches to, the one that builds.
 */
async function existingGo(env: Env, cwd: string): Promise<GoSetup | undefined> {
  const setting = env['GOTOOLCHAIN']?.trim();
  const goToolchain = setting && setting !== 'local' ? setting : 'local';
  const asked = { ...env, GOTOOLCHAIN: goToolchain };
  const koGoPath = env['KO_GO_PATH']?.trim();
  if (koGoPath) {
    const goPath = koGoPathBinary(koGoPath, env);
    const got = goPath ? await goVersion(goPath, asked, cwd) : undefined;
    if (!goPath || !got?.version) {
      if (got?.why) (await actionsCore()).info(got.why);
      throw new KoActionError('GO_INSTALL', `KO_GO_PATH=${koGoPath} is not a working go binary`, {
        where: 'KO_GO_PATH',
        hint: 'point KO_GO_PATH at a go binary, or unset it',
      });
    }
    return { goPath, version: got.version, source: 'ko-go-path', goToolchain };
  }
  const goPath = findOnPath(exe, env);
  if (!goPath) return undefined;
  const got = await goVersion(goPath, asked, cwd);
  if (got.why) (await actionsCore()).info(got.why);
  return got.version ? { goPath, version: got.version, source: 'path', goToolchain } : undefined;
}
