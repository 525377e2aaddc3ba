// Which `go` builds the images. With go-version/go-version-file: that release, from the tool
// cache or downloaded and verified. Without: $KO_GO_PATH, else `go` on PATH, else the version
// go.mod asks for. An installed Go is pinned with GOTOOLCHAIN=local, as setup-go does, so the
// go command never swaps itself for another toolchain.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { KoActionError } from '../util/errors.js';
import { addSecret } from '../util/secrets.js';
import type { Env } from '../util/env.js';
import { runProcess } from '../util/process.js';
import { parseGoVersionSpec, readGoVersionFile, type GoVersionSpec } from './version-spec.js';

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

export type GoSource = 'path' | 'tool-cache' | 'download' | 'ko-go-path';

export interface GoSetup {
  /** The go binary. */
  readonly goPath: string;
  /** As `go version` reports it, without `go`: `1.26.8`. */
  readonly version: string;
  readonly source: GoSource;
}

const exe = process.platform === 'win32' ? 'go.exe' : 'go';

// The toolkit (and the installer with its HTTP stack) load only when Go must be installed or
// something must be said: most runs use the go on PATH, and start-up time is part of every build.
const actionsCore = (): Promise<typeof import('@actions/core')> => import('@actions/core');

export async function setupGo(opts: SetupGoOptions): Promise<GoSetup> {
  const cwd = resolve(opts.workingDirectory);
  let spec = await requestedSpec(opts, cwd);
  if (!spec) {
    const existing = await existingGo(opts.env, cwd);
    if (existing) return existing;
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
  }

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
  const version = await goVersion(goPath, { ...opts.env, GOTOOLCHAIN: 'local' }, cwd);
  if (version === undefined) {
    throw new KoActionError('GO_INSTALL', `${goPath} version failed`, {
      hint: `the Go install at ${root} is broken; remove it from the tool cache and retry`,
    });
  }
  core.info(`Using Go ${version} (${source}) at ${goPath}`);
  return { goPath, version, source };
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

async function existingGo(env: Env, cwd: string): Promise<GoSetup | undefined> {
  const koGoPath = env['KO_GO_PATH']?.trim();
  if (koGoPath) {
    const goPath = koGoPathBinary(koGoPath, env);
    const version = goPath && (await goVersion(goPath, env, cwd));
    if (!goPath || !version) {
      throw new KoActionError('GO_INSTALL', `KO_GO_PATH=${koGoPath} is not a working go binary`, {
        where: 'KO_GO_PATH',
        hint: 'point KO_GO_PATH at a go binary, or unset it',
      });
    }
    return { goPath, version, source: 'ko-go-path' };
  }
  const goPath = findOnPath(exe, env);
  const version = goPath && (await goVersion(goPath, env, cwd));
  return goPath && version ? { goPath, version, source: 'path' } : undefined;
}

function findOnPath(name: string, env: Env): string | undefined {
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** `go version` → `1.26.8`, or undefined when the binary does not run. */
async function goVersion(goPath: string, env: Env, cwd: string): Promise<string | undefined> {
  const res = await runProcess(goPath, ['version'], {
    env,
    cwd: existsSync(cwd) ? cwd : undefined,
    timeoutMs: 300_000,
  });
  if (res.code === 0) return /go version (?:devel )?go(\S+)/.exec(res.stdout)?.[1];
  const reason = res.error?.message ?? (res.stderr.trim() || `exit code ${res.code ?? 'null'}`);
  const why = `${goPath} version failed: ${reason.split('\n')[0] ?? ''}`;
  void actionsCore().then(
    (core) => core.info(why),
    () => undefined,
  );
  return undefined;
}
