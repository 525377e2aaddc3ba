// Walking the cached directories: sizes for the job summary, file counts to tell whether a build
// added anything, and back-dating restored files (see go-cache.ts).
import { createHash } from 'node:crypto';
import { readFile, readdir, stat, utimes } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { limit } from '../util/limit.js';

export interface TreeFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** Runs `fn` over `items`, at most `concurrency` at a time. */
export async function forEachLimit<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<unknown>,
): Promise<void> {
  const run = limit(concurrency);
  await Promise.all(items.map((item) => run(() => fn(item))));
}

/**
 * Every regular file under `dir` (none when it is missing), skipping names `skip` accepts.
 * Symbolic links are not followed.
 */
export async function walkFiles(
  dir: string,
  skip: (name: string) => boolean = () => false,
): Promise<TreeFile[]> {
  const out: TreeFile[] = [];
  const visit = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
    const files: string[] = [];
    const dirs: string[] = [];
    for (const e of entries) {
      if (skip(e.name)) continue;
      if (e.isDirectory()) dirs.push(join(d, e.name));
      else if (e.isFile()) files.push(join(d, e.name));
    }
    await forEachLimit(files, 32, async (f) => {
      const st = await stat(f).catch(() => undefined);
      if (st) out.push({ path: f, size: st.size, mtimeMs: st.mtimeMs });
    });
    for (const sub of dirs) await visit(sub);
  };
  await visit(dir);
  return out;
}

/** Files and bytes under `dirs`. */
export async function treeSize(dirs: readonly string[]): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const d of dirs) {
    for (const f of await walkFiles(d)) {
      files++;
      bytes += f.size;
    }
  }
  return { files, bytes };
}

/** Sets the mtime (and atime) of `files` to `when`; a file that vanished is skipped. */
export async function setMtimes(files: readonly string[], when: Date): Promise<void> {
  await forEachLimit(files, 32, (f) => utimes(f, when, when).catch(() => undefined));
}

/** `12.3 MiB`, for logs and the job summary. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Files up to this size take part in treeFingerprint by content (KOCACHE's maps). */
const smallFile = 64 * 1024;

/**
 * A digest of the files under `dir`: relative names and sizes, and the content of small files.
 * Two equal fingerprints mean nothing was added, removed or rewritten to another size or (for
 * small files) content; mtimes do not count. Names ending in `.tmp` are left out.
 */
export async function treeFingerprint(dir: string): Promise<string> {
  const files = (await walkFiles(dir, (name) => name.endsWith('.tmp'))).sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const h = createHash('sha256');
  for (const f of files) {
    h.update(`${relative(dir, f.path)}\0${f.size}\0`);
    if (f.size <= smallFile) {
      h.update(await readFile(f.path).catch(() => Buffer.alloc(0)));
    }
    h.update('\n');
  }
  return h.digest('hex');
}
