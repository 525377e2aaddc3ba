// What the main step hands to the post step. State travels as env `STATE_<name>` via
// core.saveState/getState, so it holds no secrets: keys, paths and counts only.
import * as core from '@actions/core';

/** Every state name the action uses, so main and post cannot drift apart. */
export const StateKey = {
  cache: 'ko-action-cache-v2',
} as const;

export type CachePartName = 'modules' | 'build';

/** One cache entry ko-action restored and may save. */
export interface CachePartState {
  readonly name: CachePartName;
  /** The cached directories, exactly as restored (the entry version hashes them). */
  readonly paths: readonly string[];
  /** The prefix of keys saved for exactly these inputs (keys.ts EntryKeys.exact). */
  readonly exact: string;
  /** The key restore matched, if any (exact or nearest). */
  readonly matchedKey?: string;
  /** matchedKey lies under `exact`: nothing to save unless the run added to it. */
  readonly hit: boolean;
  /** When restore finished and restored files were back-dated (ms since epoch). */
  readonly restoredAt: number;
  /** Files counted after restore: module downloads, or GOCACHE action entries. */
  readonly files: number;
  /** build: the GOCACHE this entry holds, when ko-action caches it. */
  readonly gocache?: string;
  /** build: a JSON file listing GOCACHE's action entries after restore (go-cache.ts). */
  readonly gocacheEntries?: string;
  /** build: KOCACHE. */
  readonly kocache?: string;
  /** build: KOCACHE's treeFingerprint after restore. */
  readonly kocacheFingerprint?: string;
  /** modules: GOMODCACHE. */
  readonly gomodcache?: string;
  /** modules: go.sum files to prune by (absolute). */
  readonly sumFiles?: readonly string[];
}

export interface CacheState {
  readonly parts: readonly CachePartState[];
  readonly runId: string;
  readonly runAttempt: string;
}

export function saveCacheState(state: CacheState): void {
  core.saveState(StateKey.cache, JSON.stringify(state));
}

/** The state main saved, or undefined when main did not get that far (or cache was off). */
export function loadCacheState(): CacheState | undefined {
  const raw = core.getState(StateKey.cache);
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<CacheState>;
    if (!Array.isArray(value.parts)) return undefined;
    const parts = value.parts.filter(isPart);
    return {
      parts,
      runId: typeof value.runId === 'string' ? value.runId : 'local',
      runAttempt: typeof value.runAttempt === 'string' ? value.runAttempt : '1',
    };
  } catch {
    return undefined;
  }
}

function isPart(p: unknown): p is CachePartState {
  if (typeof p !== 'object' || p === null) return false;
  const v = p as Record<string, unknown>;
  return (
    (v.name === 'modules' || v.name === 'build') &&
    Array.isArray(v.paths) &&
    v.paths.every((x) => typeof x === 'string') &&
    typeof v.exact === 'string' &&
    typeof v.hit === 'boolean' &&
    typeof v.restoredAt === 'number' &&
    typeof v.files === 'number'
  );
}
