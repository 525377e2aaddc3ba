// One `go list -json` for every requested package answers, at once, whether each is a main
// package, its full import path and its directory (ko calls go list several times per path).
import { resolve as resolvePath } from 'node:path';
import type { Env } from '../util/env.js';
import { KoActionError } from '../util/errors.js';
import { runProcess, type RunOptions } from '../util/process.js';

export interface GoPackage {
  /** What the user wrote (`./cmd/app`, `ko://example.com/app`, `example.com/app`). */
  readonly requested: string;
  /** The full import path `go list` reports. */
  readonly importPath: string;
  readonly name: string;
  /** Directory of the package sources (kodata/ lives beside them). */
  readonly dir: string;
  readonly modulePath: string | undefined;
  readonly moduleDir: string | undefined;
}

interface ListedPackage {
  ImportPath: string;
  Name?: string;
  Dir?: string;
  Module?: { Path: string; Dir?: string };
  Error?: { Err: string };
}

/** A requested package that cannot be built; `requested` lets callers point at where it was named. */
export class PackageLoadError extends KoActionError {
  constructor(
    readonly requested: string,
    message: string,
    hint: string,
  ) {
    super('GO_BUILD', message, { where: 'import-paths', hint });
  }
}

/** One requested package: found, or why not. */
export type Listed = GoPackage | PackageLoadError;

interface Prefetched {
  readonly key: string;
  readonly env: Env;
  readonly listed: Promise<Listed[]>;
}
let prefetched: Prefetched | undefined;

/**
 * Starts `go list` for what the next identical listPackages call will ask, so it runs while the
 * rest of the program loads (the CLI knows its import paths from argv). One-shot: the call that
 * takes it clears it, and any other call ignores it.
 */
export function prefetchPackages(
  goPath: string,
  requested: readonly string[],
  cwd: string,
  env: Env,
): void {
  const listed = listNow(goPath, requested, cwd, env);
  listed.catch(() => undefined); // reported to whoever takes it
  prefetched = { key: listKey(goPath, requested, cwd), env, listed };
}

/** The packages, in order; the first that cannot be built is thrown. */
export async function listPackages(
  goPath: string,
  requested: readonly string[],
  cwd: string,
  env: Env,
): Promise<GoPackage[]> {
  const listed = await listPackagesSettled(goPath, requested, cwd, env);
  for (const p of listed) if (p instanceof PackageLoadError) throw p;
  return listed as GoPackage[];
}

/** Each package, or the error that names why it cannot be built (go list fails as a whole). */
export function listPackagesSettled(
  goPath: string,
  requested: readonly string[],
  cwd: string,
  env: Env,
): Promise<Listed[]> {
  const early = prefetched;
  prefetched = undefined;
  if (early && early.env === env && early.key === listKey(goPath, requested, cwd))
    return early.listed;
  return listNow(goPath, requested, cwd, env);
}

function listKey(goPath: string, requested: readonly string[], cwd: string): string {
  return JSON.stringify([goPath, resolvePath(cwd), ...requested]);
}

async function listNow(
  goPath: string,
  requested: readonly string[],
  cwd: string,
  env: Env,
): Promise<Listed[]> {
  const args = ['list', '-e', '-json=ImportPath,Name,Dir,Module,Error', ...requested];
  const { stdout, stderr, code } = await run(goPath, args, cwd, env);
  if (code !== 0) {
    // Every package failed alike (no go.mod here, say); a caller may look elsewhere for each.
    const why = `go list failed: ${firstLines(stderr)}`;
    const hint =
      'check that working-directory holds a Go module (go.mod) and the import paths exist';
    return requested.map((r) => new PackageLoadError(r, why, hint));
  }
  const listed = parseJsonStream(stdout);
  if (listed.length !== requested.length) {
    throw new KoActionError(
      'GO_BUILD',
      `go list returned ${listed.length} packages for ${requested.length} import paths`,
    );
  }
  return listed.map((p, i) => {
    const want = requested[i] ?? '';
    if (p.Error) {
      return new PackageLoadError(
        want,
        `cannot load package "${want}": ${p.Error.Err.trim()}`,
        'use a path relative to working-directory (./cmd/app) or a full import path in the module',
      );
    }
    if (p.Name !== 'main') {
      return new PackageLoadError(
        want,
        `"${want}" is package ${p.Name ?? '?'}, not a main package`,
        'ko builds commands: name a directory whose package is main',
      );
    }
    return {
      requested: want,
      importPath: p.ImportPath,
      name: p.Name,
      dir: p.Dir ?? cwd,
      modulePath: p.Module?.Path,
      moduleDir: p.Module?.Dir,
    };
  });
}

function parseJsonStream(text: string): ListedPackage[] {
  // go list -json prints concatenated objects; split at top-level boundaries.
  const out: ListedPackage[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) {
      out.push(JSON.parse(text.slice(start, i + 1)) as ListedPackage);
    }
  }
  return out;
}

function firstLines(s: string, n = 5): string {
  return s.trim().split('\n').slice(0, n).join('; ');
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

/** Runs the go command (or git for templates); a program that cannot start is a GO_BUILD error. */
export async function run(
  cmd: string,
  args: readonly string[],
  cwd: string,
  env: Env,
  opts: Pick<RunOptions, 'signal' | 'group'> = {},
): Promise<RunResult> {
  const res = await runProcess(cmd, args, { cwd, env, ...opts });
  if (res.error) {
    throw new KoActionError('GO_BUILD', `cannot run ${cmd}: ${res.error.message}`, {
      cause: res.error,
    });
  }
  return { stdout: res.stdout, stderr: res.stderr, code: res.code ?? 1 };
}
