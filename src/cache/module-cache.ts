// GOMODCACHE bookkeeping (docs/caching.md#the-module-cache). The module cache is cached whole
// but for the module zips: the extracted trees and, from cache/download, the go.mod files, .info
// and .ziphash. Restored next to the build cache, the trees unpack while that does, and `go
// build` has no zip to extract; without the zips (which go needs only to extract a module again)
// the entry is half the size. Measured on crane, a warm job restores and builds in 2.9 s this way,
// 3.6 s with the zips, 4.0 s from cache/download alone. Go writes to cache/download only when
// it downloads, so a file count above the restored one means this run downloaded modules; before
// saving, module versions no go.sum line names are removed, so an entry holds one dependency set.
import { chmod, readFile, readdir, rm } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { walkFiles } from './tree.js';

/** True when GOMODCACHE already has content (setup-go's cache, or an earlier step's downloads). */
export async function moduleCacheHasContent(gomodcache: string): Promise<boolean> {
  return (await readdir(gomodcache).catch(() => [])).length > 0;
}

/** Where go keeps what it downloads: it grows exactly when go fetches a module. */
function moduleDownloadDir(gomodcache: string): string {
  return join(gomodcache, 'cache', 'download');
}

/** Files under cache/download: it grows exactly when go downloads something. */
export async function countModuleDownloads(gomodcache: string): Promise<number> {
  return (await walkFiles(moduleDownloadDir(gomodcache))).length;
}

/** `module@version` (escaped as in the module cache) of every go.sum line in `sumFiles`. */
export async function sumModules(sumFiles: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const file of sumFiles) {
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      const [path, version] = line.trim().split(/\s+/);
      if (!path || !version) continue;
      out.add(`${escapeModule(path)}@${escapeModule(version.replace(/\/go\.mod$/, ''))}`);
    }
  }
  return out;
}

/** golang.org/x/mod/module.EscapePath: an upper-case letter becomes `!` and its lower case. */
function escapeModule(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

/**
 * Removes every module version not in `keep` (from sumModules): its cache/download files and
 * its extracted tree (read-only, as go leaves it). sumdb data and version lists stay. Returns
 * how many module versions went.
 */
export async function pruneModuleCache(gomodcache: string, keep: Set<string>): Promise<number> {
  const removed = new Set<string>();
  // Go toolchains the go command fetched for a go.mod (go/toolchain-switch.ts) are in no go.sum.
  const kept = (id: string): boolean => keep.has(id) || id.startsWith('golang.org/toolchain@');
  const download = moduleDownloadDir(gomodcache);
  for (const { path: f } of await walkFiles(download, (name) => name === 'sumdb')) {
    const rel = relative(download, f).split(sep).join('/');
    const m = /^(.+)\/@v\/(.+)\.(info|mod|zip|ziphash|lock|partial)$/.exec(rel);
    if (!m) continue;
    const id = `${m[1]}@${m[2]}`;
    if (kept(id)) continue;
    await rm(f, { force: true });
    removed.add(id);
  }
  const visit = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (!e.isDirectory()) continue;
      if (dir === gomodcache && e.name === 'cache') continue;
      const path = join(dir, e.name);
      if (!e.name.includes('@')) {
        await visit(path);
        continue;
      }
      const id = relative(gomodcache, path).split(sep).join('/');
      if (kept(id)) continue;
      await removeReadOnlyTree(path);
      removed.add(id);
    }
  };
  await visit(gomodcache);
  return removed.size;
}

/** rm -rf of a tree go made read-only: its directories need their write bit back first. */
async function removeReadOnlyTree(dir: string): Promise<void> {
  const chmodDirs = async (d: string): Promise<void> => {
    await chmod(d, 0o755).catch(() => undefined);
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      if (e.isDirectory()) await chmodDirs(join(d, e.name));
    }
  };
  await chmodDirs(dir);
  await rm(dir, { recursive: true, force: true });
}

/**
 * Removes the module zips from cache/download before saving. Go does not need them while the
 * extracted tree and its .ziphash are there (`go build`, `go mod verify` work; `go mod download`
 * fetches them again). Returns the bytes removed.
 */
export async function dropModuleZips(gomodcache: string): Promise<number> {
  let bytes = 0;
  for (const f of await walkFiles(moduleDownloadDir(gomodcache), (name) => name === 'sumdb')) {
    if (!f.path.endsWith('.zip')) continue;
    await rm(f.path, { force: true });
    bytes += f.size;
  }
  return bytes;
}

/** The go.sum-like files among the dependency files: what pruning can go by. */
export function sumFilesOf(files: readonly string[]): string[] {
  return files.filter((f) => basename(f).endsWith('.sum'));
}
