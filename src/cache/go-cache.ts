// GOCACHE bookkeeping for a bounded, change-aware cache entry (docs/caching.md#what-is-saved).
//
// Go marks a cache entry used by setting its mtime to now, but only when the mtime is more than
// an hour old (cmd/go/internal/cache: mtimeInterval), and it trims entries unused for 5 days once
// a day. So after a restore every entry is back-dated by two hours: the build then touches what
// it reads and writes new entries with a fresh mtime, and before saving, entries still
// back-dated are the ones this run did not use. Go never deletes an entry during a build (a trim
// only removes entries older than 5 days), so an action entry restore did not bring is a new
// build result (newBuildResults).
import { open, readFile, readdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { forEachLimit, setMtimes } from './tree.js';

/** How far restored files are back-dated: more than Go's one-hour mtime granularity. */
export const backdateMs = 2 * 3600_000;
/** A file whose mtime is older than `restoredAt - unusedBeforeMs` was not touched by this run. */
export const unusedBeforeMs = 3600_000;

const subdir = /^[0-9a-f]{2}$/;
const entryName = /^[0-9a-f]{64}-[ad]$/;

/** Every entry file (`xx/<hash>-a`, `xx/<hash>-d`) in GOCACHE, as paths. */
async function entryFiles(gocache: string): Promise<string[]> {
  const out: string[] = [];
  for (const dir of await readdir(gocache).catch(() => [])) {
    if (!subdir.test(dir)) continue;
    for (const name of await readdir(join(gocache, dir)).catch(() => [])) {
      if (entryName.test(name)) out.push(join(gocache, dir, name));
    }
  }
  return out;
}

/** True when GOCACHE already holds build results (restored by setup-go, or an earlier step). */
export async function goCacheHasEntries(gocache: string): Promise<boolean> {
  for (const dir of await readdir(gocache).catch(() => [])) {
    if (!subdir.test(dir)) continue;
    const names = await readdir(join(gocache, dir)).catch(() => []);
    if (names.some((n) => entryName.test(n))) return true;
  }
  return false;
}

/** The action entries (`-a`) among entry files, by name (see newBuildResults). */
function actionNames(files: readonly string[]): string[] {
  return files
    .filter((f) => f.endsWith('-a'))
    .map((f) => basename(f))
    .sort();
}

/**
 * The action entries in GOCACHE, by name.
 * @internal
 */
export async function actionEntries(gocache: string): Promise<string[]> {
  return actionNames(await entryFiles(gocache));
}

/**
 * The build results added since `before` (from actionEntries): new action entries, except
 * those of Go's package index (cmd/go/internal/modindex), whose output starts `go index`. The
 * index of a package outside the module cache is keyed on its files' mtimes, so a fresh checkout
 * adds one every run: counting it would make every run look changed.
 */
export async function newBuildResults(
  gocache: string,
  before: ReadonlySet<string>,
): Promise<number> {
  const added = (await entryFiles(gocache)).filter(
    (f) => f.endsWith('-a') && !before.has(basename(f)),
  );
  let count = 0;
  await forEachLimit(added, 32, async (f) => {
    const out = outputOf(await readFile(f, 'latin1').catch(() => ''));
    if (!out || !(await isIndex(join(gocache, out.slice(0, 2), `${out}-d`)))) count++;
  });
  return count;
}

/** The output ID an action entry (`v1 <action id> <output id> <size> <time>`) names. */
function outputOf(entry: string): string | undefined {
  return /^v1 [0-9a-f]{64} ([0-9a-f]{64}) /.exec(entry)?.[1];
}

async function isIndex(output: string): Promise<boolean> {
  let fh;
  try {
    fh = await open(output, 'r');
    const head = Buffer.alloc(8);
    const { bytesRead } = await fh.read(head, 0, 8, 0);
    return head.subarray(0, bytesRead).toString('latin1') === 'go index';
  } catch {
    return false;
  } finally {
    await fh?.close();
  }
}

/**
 * Sets every entry's mtime to `restoredAt - backdateMs`; returns the action entries by name
 * (what restore brought: see newBuildResults), from the same walk.
 */
export async function backdateGoCache(gocache: string, restoredAt: number): Promise<string[]> {
  const files = await entryFiles(gocache);
  await setMtimes(files, new Date(restoredAt - backdateMs));
  return actionNames(files);
}

/**
 * Removes the entries this run did not use (mtime still before `restoredAt - unusedBeforeMs`),
 * keeping the output (`-d`) of every action entry (`-a`) that stays. Returns what was removed.
 */
export async function pruneGoCache(
  gocache: string,
  restoredAt: number,
): Promise<{ files: number; bytes: number }> {
  const cutoff = restoredAt - unusedBeforeMs;
  const files = await entryFiles(gocache);
  const stats = new Map<string, { mtimeMs: number; size: number }>();
  await forEachLimit(files, 32, async (f) => {
    const st = await stat(f).catch(() => undefined);
    if (st) stats.set(f, { mtimeMs: st.mtimeMs, size: st.size });
  });
  const keep = new Set<string>();
  for (const [f, st] of stats) if (st.mtimeMs >= cutoff) keep.add(f);
  // An action entry is `v1 <action id> <output id> <size> <time>`: its output must stay with it.
  const kept = [...keep].filter((f) => f.endsWith('-a'));
  await forEachLimit(kept, 32, async (f) => {
    const out = outputOf(await readFile(f, 'latin1').catch(() => ''));
    if (out) keep.add(join(gocache, out.slice(0, 2), `${out}-d`));
  });
  let removed = 0;
  let bytes = 0;
  const drop = [...stats].filter(([f]) => !keep.has(f));
  await forEachLimit(drop, 32, async ([f, st]) => {
    // An executable cached for `go run` is a directory.
    await rm(f, { recursive: true, force: true });
    removed++;
    bytes += st.size;
  });
  return { files: removed, bytes };
}
