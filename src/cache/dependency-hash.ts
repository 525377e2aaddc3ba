// The hash of the `cache-dependency-path` files (go.sum by default) in the cache key: a changed
// dependency set starts from the newest cache of the same job rather than an exact match.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expandGlob, hasGlobMagic } from '../util/glob.js';

export interface DependencyHash {
  /** sha256 hex over the matched files' names and contents; of nothing when none matched. */
  readonly hash: string;
  /** The files hashed, relative to cwd as matched, sorted. */
  readonly files: readonly string[];
}

export async function hashDependencyFiles(
  patterns: readonly string[],
  cwd: string,
): Promise<DependencyHash> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const candidates = hasGlobMagic(pattern) ? await expandGlob(pattern, cwd) : [pattern];
    for (const c of candidates) {
      const st = await stat(resolve(cwd, c)).catch(() => undefined);
      if (st?.isFile()) found.add(c);
    }
  }
  const files = [...found].sort();
  const outer = createHash('sha256');
  for (const file of files) {
    const inner = createHash('sha256')
      .update(await readFile(resolve(cwd, file)))
      .digest('hex');
    outer.update(`${file}\0${inner}\n`);
  }
  return { hash: outer.digest('hex'), files };
}
