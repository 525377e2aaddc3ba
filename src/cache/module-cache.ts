// GOMODCACHE bookkeeping (docs/caching.md#the-module-cache). Only GOMODCACHE/cache/download is
// cached (the module zips and go.mod files as the proxy serves them): half the bytes of the whole
// module cache, and measured faster to restore and build from, though `go build` then extracts
// the zips it needs. Go writes there only when it downloads, so a file count above the restored
// one means this run downloaded modules; before saving, module versions no go.sum line names are
// removed, so an entry holds one dependency set.
import { readFile, readdir, rm } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { walkFiles } from './tree.js';

/** True when GOMODCACHE already has content (setup-go's cache, or an earlier step's downloads). */
export async function moduleCacheHasContent(gomodcache: string): Promise<boolean> {
  return (await readdir(gomodcache).catch(() => [])).length > 0;
}

/** The part of GOMODCACHE that is cached. */
export function moduleDownloadDir(gomodcache: string): string {
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
 * Removes from cache/download every module version not in `keep` (from sumModules); sumdb data
 * and version lists stay. Returns how many module versions went.
 */
export async function pruneModuleCache(gomodcache: string, keep: Set<string>): Promise<number> {
  const removed = new Set<string>();
  const download = moduleDownloadDir(gomodcache);
  for (const { path: f } of await walkFiles(download, (name) => name === 'sumdb')) {
    const rel = relative(download, f).split(sep).join('/');
    const m = /^(.+)\/@v\/(.+)\.(info|mod|zip|ziphash|lock|partial)$/.exec(rel);
    if (!m) continue;
    const id = `${m[1]}@${m[2]}`;
    if (keep.has(id)) continue;
    await rm(f, { force: true });
    removed.add(id);
  }
  return removed.size;
}

/** The go.sum-like files among the dependency files: what pruning can go by. */
export function sumFilesOf(files: readonly string[]): string[] {
  return files.filter((f) => basename(f).endsWith('.sum'));
}
