// KOCACHE and GOCACHE through the Actions cache service (@actions/cache): restored in the main
// step before building, saved in the post step. A cache is an optimisation: nothing here throws,
// every failure is a warning, and outside Actions (no cache service) both sides skip quietly.
import { mkdir } from 'node:fs/promises';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { errorMessage } from '../util/errors.js';
import { saveCacheState, type CacheState } from './state.js';

export interface RestoreOptions {
  /** From cachePaths(): the same strings must reach saveCaches. */
  readonly paths: readonly string[];
  readonly primaryKey: string;
  readonly restoreKeys: readonly string[];
  /** KOCACHE, recorded for the post step's pruning. */
  readonly kocache?: string;
}

export interface RestoreResult {
  /** True only when the primary key matched exactly (the `cache-hit` output). */
  readonly hit: boolean;
  readonly matchedKey?: string;
}

/**
 * Restores the newest matching entry into `paths` and records what the post step needs
 * (core.saveState), also when nothing matched or restoring failed.
 */
export async function restoreCaches(opts: RestoreOptions): Promise<RestoreResult> {
  if (!cache.isFeatureAvailable()) {
    core.debug('cache: the Actions cache service is not available; not restoring');
    return { hit: false };
  }
  const state: CacheState = {
    primaryKey: opts.primaryKey,
    paths: [...opts.paths],
    ...(opts.kocache ? { kocache: opts.kocache } : {}),
  };
  // Saved first, so a failed restore still lets the post step save this run's results.
  saveCacheState(state);
  let matchedKey: string | undefined;
  try {
    matchedKey = await cache.restoreCache([...opts.paths], opts.primaryKey, [...opts.restoreKeys]);
  } catch (err) {
    core.warning(`cache: restore failed: ${errorMessage(err)}`);
    return { hit: false };
  }
  if (matchedKey === undefined) {
    core.info(`cache: nothing restored for ${opts.primaryKey}`);
    return { hit: false };
  }
  saveCacheState({ ...state, matchedKey });
  // Keys end in the run id and attempt only to keep entries unique (they are immutable); an entry
  // from another run with the same runner, Go, platforms and dependency files is an exact hit.
  const exactPrefix = opts.restoreKeys[0];
  const hit =
    matchedKey === opts.primaryKey || (!!exactPrefix && matchedKey.startsWith(exactPrefix));
  core.info(`cache: restored ${matchedKey}${hit ? ' (exact)' : ' (nearest)'}`);
  return { hit, matchedKey };
}

/** Saves `paths` under the primary key unless restore matched it exactly. Never throws. */
export async function saveCaches(state: CacheState): Promise<void> {
  if (!cache.isFeatureAvailable()) {
    core.debug('cache: the Actions cache service is not available; not saving');
    return;
  }
  if (state.matchedKey === state.primaryKey) {
    core.info(`cache: ${state.primaryKey} was restored exactly; not saving`);
    return;
  }
  try {
    // The entry version hashes the path list, so every path stays, even one never written.
    for (const p of state.paths) await mkdir(p, { recursive: true });
    const id = await cache.saveCache([...state.paths], state.primaryKey);
    if (id === -1) {
      core.warning(`cache: ${state.primaryKey} was not saved (see the messages above)`);
    } else {
      core.info(`cache: saved ${state.primaryKey}`);
    }
  } catch (err) {
    core.warning(`cache: save failed: ${errorMessage(err)}`);
  }
}
