// `go build` exactly as ko runs it (docs/spec/ko-compat.md#74-go-build-command-line-exact-argv to docs/spec/ko-compat.md#76-build-environment-later-entries-win-as-with-exec): same argv, same environment order.
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { KoActionError } from '../util/errors.js';
import { goArchEnv } from '../oci/platform.js';
import type { Platform } from '../oci/types.js';
import { run, type RunResult } from './packages.js';
import type { Env } from '../util/env.js';

export interface CompileRequest {
  readonly goPath: string;
  readonly importPath: string;
  /** Where `go build` runs (working directory, plus a .ko.yaml build's `dir`). */
  readonly cwd: string;
  readonly platform: Platform;
  readonly outDir: string;
  /** Already templated: build `flags` (or defaultFlags). */
  readonly flags: readonly string[];
  /** Already templated: joined into one -ldflags argument. */
  readonly ldflags: readonly string[];
  /** Build `env` (or defaultEnv) entries, KEY=VALUE, applied last. */
  readonly buildEnv: readonly string[];
  readonly debug: boolean;
  readonly processEnv: Env;
  /** GOMAXPROCS for go build when several run at once (see goMaxProcs); the user's wins. */
  readonly maxProcs?: number;
  /**
   * GOTMPDIR for go's work directory, unless the environment sets one: a folder the caller
   * removes, so a build stopped mid-way leaves nothing behind. Not part of what is built.
   */
  readonly tmpDir?: string;
}

export interface GoDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number | undefined;
  readonly message: string;
}

/** A compile failure, with each `file:line:col: msg` line parsed for annotations. */
export class GoBuildError extends KoActionError {
  constructor(
    message: string,
    readonly diagnostics: readonly GoDiagnostic[],
    readonly output: string,
  ) {
    super('GO_BUILD', message, { hint: 'fix the compile errors above' });
  }
}

export function goBuildArgs(req: CompileRequest, outFile: string): string[] {
  const args = ['build', ...req.flags, '-trimpath'];
  if (req.debug) args.push('-gcflags', 'all=-N -l');
  if (req.ldflags.length) args.push(`-ldflags=${req.ldflags.join(' ')}`);
  args.push('-o', outFile, req.importPath);
  for (const a of [...args, ...(req.processEnv.GOFLAGS ?? '').split(/\s+/)]) {
    if (/^--?toolexec(=|$)/.test(a)) {
      throw new KoActionError('GO_BUILD', `-toolexec is not allowed in go build flags ("${a}")`, {
        hint: 'remove -toolexec from flags and GOFLAGS',
      });
    }
  }
  return args;
}

/**
 * GOMAXPROCS for each of `builds` go builds run `jobs` at a time on `cpus`, or undefined to leave
 * Go's default. Two links that each spread over every core only get in each other's way: on 2
 * cores, two single-threaded builds at a time finish four platforms ~15% sooner. The binaries
 * are the same (Go's output does not depend on its parallelism), and a GOMAXPROCS the user set
 * is kept. The CLI head start and the engine both ask here, so their builds match (compileKey).
 */
export function goMaxProcs(
  builds: number,
  jobs: number,
  cpus = availableParallelism(),
): number | undefined {
  const concurrent = Math.min(builds, jobs);
  if (concurrent < 2) return undefined;
  return Math.max(1, Math.floor(cpus / concurrent));
}

export function goBuildEnv(req: CompileRequest): Record<string, string> {
  const env: Record<string, string> = {
    CGO_ENABLED: '0',
    GOOS: req.platform.os,
    GOARCH: req.platform.architecture,
    ...goArchEnv(req.platform),
    ...(req.maxProcs !== undefined ? { GOMAXPROCS: String(req.maxProcs) } : {}),
  };
  for (const [k, v] of Object.entries(req.processEnv)) if (v !== undefined) env[k] = v;
  for (const entry of req.buildEnv) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return env;
}

/** A finished build's binary for exactly `req` (`requested` as the user named the package), or undefined. */
export type TakeBuild = (req: CompileRequest, requested: string) => Promise<string | undefined>;

/** A go build not started, or stopped, because another build of the run failed first. */
export class CompileCancelled extends Error {
  override readonly name = 'CompileCancelled';
  constructor(
    message: string,
    /** True when go was running and was stopped. */
    readonly stopped: boolean,
  ) {
    super(message);
  }
}

/**
 * Compiles one package for one platform; returns the binary's path. Once `signal` has aborted
 * (another build failed), a build not yet started is not started and one running is stopped.
 */
export async function compile(req: CompileRequest, signal?: AbortSignal): Promise<string> {
  if (signal?.aborted) throw new CompileCancelled(`go build ${req.importPath}: not started`, false);
  await mkdir(req.outDir, { recursive: true });
  // An existing output stays: go build leaves a binary whose build ID already matches alone,
  // without linking again (ko's KOCACHE binaries rebuild in ~40 ms instead of ~150).
  const outFile = join(req.outDir, 'out');
  return compiled(req, outFile, await runGoBuild(req, outFile, signal));
}

/**
 * Runs `go build` for `req` into `outFile`. go has no signal handler during a build, so
 * stopping go alone would leave its compiler and linker running and its work directory behind:
 * go runs as a process group that `signal` ends as a whole (SIGKILL), with its work directory
 * under `req.tmpDir`, which the caller removes.
 */
export async function runGoBuild(
  req: CompileRequest,
  outFile: string,
  signal?: AbortSignal,
): Promise<RunResult> {
  const env = goBuildEnv(req);
  if (req.tmpDir && !env.GOTMPDIR) {
    await mkdir(req.tmpDir, { recursive: true });
    env.GOTMPDIR = req.tmpDir;
  }
  const opts = { group: true, ...(signal ? { signal } : {}) };
  return run(req.goPath, goBuildArgs(req, outFile), req.cwd, env, opts).catch((e: unknown) => {
    // A stopped go is a cancelled build, not a go that could not run.
    if (signal?.aborted) throw new CompileCancelled(`go build ${req.importPath}: stopped`, true);
    throw e;
  });
}

/**
 * What decides a `go build`'s output, apart from how the package is spelled (`./cmd/app` and
 * its import path build the same binary) and where the output goes.
 */
export function compileKey(req: CompileRequest): string {
  const args = goBuildArgs(req, '');
  return JSON.stringify([req.goPath, resolve(req.cwd), args.slice(0, -1), goBuildEnv(req)]);
}

/** The binary at `outFile` from a finished go build, or the build's errors as a GoBuildError. */
export function compiled(
  req: CompileRequest,
  outFile: string,
  { stderr, code }: Pick<RunResult, 'stderr' | 'code'>,
): string {
  if (code !== 0) {
    const diagnostics = parseDiagnostics(stderr, req.cwd);
    const first = diagnostics[0];
    const where = first
      ? `${first.file}:${first.line}${first.column ? `:${first.column}` : ''}`
      : '';
    throw new GoBuildError(
      `go build ${req.importPath} for ${req.platform.os}/${req.platform.architecture} failed` +
        (first
          ? `: ${where}: ${first.message}`
          : `: ${stderr.trim().split('\n').slice(-3).join('; ')}`),
      diagnostics,
      stderr,
    );
  }
  return outFile;
}

const diagnosticLine = /^\s*(.+\.go):(\d+)(?::(\d+))?: (.*)$/;

/** File paths are made relative to GITHUB_WORKSPACE (or cwd) so annotations attach to files. */
export function parseDiagnostics(
  stderr: string,
  cwd: string,
  workspace = process.env.GITHUB_WORKSPACE,
): GoDiagnostic[] {
  const root = workspace ?? cwd;
  const out: GoDiagnostic[] = [];
  for (const line of stderr.split('\n')) {
    const m = diagnosticLine.exec(line);
    if (!m?.[1] || !m[2] || !m[4]) continue;
    const abs = isAbsolute(m[1]) ? m[1] : resolve(cwd, m[1]);
    out.push({
      file: relative(root, abs) || m[1],
      line: Number(m[2]),
      column: m[3] ? Number(m[3]) : undefined,
      message: m[4],
    });
  }
  return out;
}
