// Which directory each requested package is listed (and so qualified) in, as ko's gobuilds does
// (pkg/build/gobuilds.go `builder`): a full import path that a `.ko.yaml` build resolved to is
// listed in that build's `dir`; a local path (`./svc/cmd/x`) is listed in working-directory, and
// when that fails, in each build's `dir` it lies under, relative to it. So a repository of several
// Go modules without go.work builds as it does with ko.
import { join, posix } from 'node:path';
import { listPackagesSettled, PackageLoadError, type GoPackage } from '../go/packages.js';
import type { KoConfig } from '../ko/ko-yaml.js';
import type { Env } from '../util/env.js';

export interface LookupOptions {
  readonly goPath: string;
  readonly workingDirectory: string;
  readonly env: Env;
  readonly config: KoConfig;
  /** Build index → the import path its `main` lists as (resolveBuilds). */
  readonly resolved: ReadonlyMap<number, string>;
}

/** The packages, in the order requested; the first that cannot be found anywhere is thrown. */
export async function lookUpPackages(
  requested: readonly string[],
  opts: LookupOptions,
): Promise<GoPackage[]> {
  const dirOf = buildDirs(opts);
  // One go list per directory, each package in the directory its build names.
  const groups = new Map<string, number[]>();
  requested.forEach((r, i) => {
    const dir = isLocalImport(r) ? '.' : (dirOf.get(r) ?? '.');
    groups.set(dir, [...(groups.get(dir) ?? []), i]);
  });
  const found: (GoPackage | PackageLoadError)[] = new Array<GoPackage | PackageLoadError>(
    requested.length,
  );
  await Promise.all(
    [...groups].map(async ([dir, indexes]) => {
      const paths = indexes.map((i) => requested[i] ?? '');
      const cwd = join(opts.workingDirectory, dir);
      const listed = await listPackagesSettled(opts.goPath, paths, cwd, opts.env);
      listed.forEach((p, k) => (found[indexes[k] ?? 0] = p));
    }),
  );
  return Promise.all(
    found.map(async (p, i) => {
      if (!(p instanceof PackageLoadError)) return p;
      const local = requested[i] ?? '';
      const nested = isLocalImport(local) ? await inBuildDirs(local, opts) : undefined;
      if (nested) return nested;
      throw p;
    }),
  );
}

/** The `dir` of each build whose package resolved to an import path (`.` builds add nothing). */
function buildDirs(opts: LookupOptions): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of opts.config.builds) {
    const ip = opts.resolved.get(b.index);
    const dir = posix.normalize(b.dir.replaceAll('\\', '/'));
    if (ip && dir !== '.' && !out.has(ip)) out.set(ip, dir);
  }
  return out;
}

/**
 * A local path under a build's `dir`, listed there relative to it (ko tries its builds in map
 * order; we try the deepest `dir` first, so the answer does not depend on chance).
 */
async function inBuildDirs(local: string, opts: LookupOptions): Promise<GoPackage | undefined> {
  const dirs = [...new Set(opts.config.builds.map((b) => posix.normalize(b.dir)))]
    .filter((d) => d !== '.')
    .sort((a, b) => b.split('/').length - a.split('/').length);
  for (const dir of dirs) {
    const rel = relativeImport(dir, local);
    if (!rel) continue;
    const cwd = join(opts.workingDirectory, dir);
    const [p] = await listPackagesSettled(opts.goPath, [rel], cwd, opts.env);
    if (p && !(p instanceof PackageLoadError)) return { ...p, requested: local };
  }
  return undefined;
}

/** ko's relativePath: `./app/cmd/foo` under `app` is `./cmd/foo`; outside it, none. */
function relativeImport(dir: string, local: string): string | undefined {
  const rel = posix.relative(posix.normalize(dir), posix.normalize(local));
  if (rel.startsWith('..') || posix.isAbsolute(rel)) return undefined;
  return rel === '' ? '.' : `./${rel}`;
}

/** Go's build.IsLocalImport. */
function isLocalImport(path: string): boolean {
  return path === '.' || path === '..' || path.startsWith('./') || path.startsWith('../');
}
