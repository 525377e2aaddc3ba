// What the main step hands to the post step. State travels as env `STATE_<name>` via
// core.saveState/getState, so it holds no secrets: keys and paths only.
import * as core from '@actions/core';

/** Every state name the action uses, so main and post cannot drift apart. */
export const StateKey = {
  cache: 'ko-action-cache',
} as const;

export interface CacheState {
  /** The key this run saves under. */
  readonly primaryKey: string;
  /** The key restore matched, if any (exact or by prefix). */
  readonly matchedKey?: string;
  /** The cached directories, exactly as restored (the entry version hashes them). */
  readonly paths: readonly string[];
  /** KOCACHE, when set, so post can prune unreferenced layers before saving. */
  readonly kocache?: string;
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
    if (typeof value.primaryKey !== 'string' || !Array.isArray(value.paths)) return undefined;
    if (!value.paths.every((p) => typeof p === 'string')) return undefined;
    return {
      primaryKey: value.primaryKey,
      paths: value.paths,
      ...(typeof value.matchedKey === 'string' ? { matchedKey: value.matchedKey } : {}),
      ...(typeof value.kocache === 'string' ? { kocache: value.kocache } : {}),
    };
  } catch {
    return undefined;
  }
}
