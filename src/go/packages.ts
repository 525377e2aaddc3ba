// One `go list -json` for every requested package answers, at once, whether each is a main
// package, its full import path and its directory (ko calls go list several times per path).
import { spawn } from 'node:child_process';
import { resolve as resolvePath } from 'node:path';
import { KoActionError } from '../util/errors.js';

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

export function stripKoScheme(ref: string): string {
  return ref.trim().replace(/^ko:\/\//, '');
}

interface Prefetched {
  readonly key: string;
  readonly env: NodeJS.ProcessEnv;
  readonly listed: Promise<GoPackage[]>;
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
  env: NodeJS.ProcessEnv,
): void {
  const listed = listNow(goPath, requested, cwd, env);
  listed.catch(() => undefined); // reported to whoever takes it
  prefetched = { key: listKey(goPath, requested, cwd), env, listed };
}

export function listPackages(
  goPath: string,
  requested: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<GoPackage[]> {
  const early = prefetched;
  prefetched = undefined;
  if (early && early.env === env && early.key === listKey(goPath, requested, cwd))
    return early.listed;
  return listNow(goPath, requested, cwd, env);
}

function listKey(goPath: string, requested: readonly string[], cwd: string): string {
  return JSON.stringify([goPath, resolvePath(cwd), ...requested.map(stripKoScheme)]);
}

async function listNow(
  goPath: string,
  requested: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<GoPackage[]> {
  const args = [
    'list',
    '-e',
    '-json=ImportPath,Name,Dir,Module,Error',
    ...requested.map(stripKoScheme),
  ];
  const { stdout, stderr, code } = await run(goPath, args, cwd, env);
  if (code !== 0) {
    throw new KoActionError('GO_BUILD', `go list failed: ${firstLines(stderr)}`, {
      where: 'import-paths',
      hint: 'check that working-directory holds a Go module (go.mod) and the import paths exist',
    });
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
      throw new PackageLoadError(
        want,
        `cannot load package "${want}": ${p.Error.Err.trim()}`,
        'use a path relative to working-directory (./cmd/app) or a full import path in the module',
      );
    }
    if (p.Name !== 'main') {
      throw new PackageLoadError(
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

export function run(
  cmd: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(signal ? { signal } : {}),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) =>
      reject(new KoActionError('GO_BUILD', `cannot run ${cmd}: ${e.message}`, { cause: e })),
    );
    child.on('close', (code) =>
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code: code ?? 1,
      }),
    );
  });
}
