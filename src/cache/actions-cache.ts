// The Actions cache service (@actions/cache), one entry at a time: restored in the main step
// before building, saved in the post step. A cache is an optimisation: nothing here throws,
// every failure is a warning, and outside Actions (no cache service) both sides skip quietly.
import { mkdir } from 'node:fs/promises';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { errorMessage } from '../util/errors.js';
import { keyHasPrefix, type EntryKeys } from './keys.js';

/** False outside Actions, or where the runner offers no cache service. */
export function cacheServiceAvailable(): boolean {
  return cache.isFeatureAvailable();
}

export interface Restored {
  /** The key of the entry restored, as the service returned it (maybe lowercased). */
  readonly matchedKey?: string;
  /** The entry was saved for exactly these inputs (matchedKey lies under keys.exact). */
  readonly hit: boolean;
}

/**
 * Restores the newest entry under `keys.exact`, else under each restore key in turn, into
 * `paths` (which must be the strings saveEntry gets: the entry version hashes them).
 */
export async function restoreEntry(
  label: string,
  paths: readonly string[],
  keys: EntryKeys,
): Promise<Restored> {
  let matchedKey: string | undefined;
  try {
    matchedKey = await cache.restoreCache([...paths], keys.exact, [...keys.restoreKeys]);
  } catch (err) {
    core.warning(`cache: restoring the ${label} cache failed: ${errorMessage(err)}`);
    return { hit: false };
  }
  if (matchedKey === undefined) {
    core.info(`cache: ${label}: nothing restored for ${keys.exact}*`);
    return { hit: false };
  }
  const hit = keyHasPrefix(matchedKey, keys.exact);
  core.info(`cache: ${label}: restored ${matchedKey}${hit ? ' (exact)' : ' (nearest)'}`);
  return { matchedKey, hit };
}

export type SaveResult = 'saved' | 'exists' | 'failed';

/** Saves `paths` under `key` unless an entry of that key is there already. Never throws. */
export async function saveEntry(
  label: string,
  paths: readonly string[],
  key: string,
): Promise<SaveResult> {
  try {
    // The same content from another job of this run (a matrix) has the same key: entries are
    // immutable, so a second save would only be refused.
    const found = await cache.restoreCache([...paths], key, [], { lookupOnly: true });
    if (found !== undefined && found.toLowerCase() === key.toLowerCase()) {
      core.info(`cache: ${label}: ${key} is saved already`);
      return 'exists';
    }
    // The entry version hashes the path list, so every path stays, even one never written.
    for (const p of paths) await mkdir(p, { recursive: true });
    const id = await cache.saveCache([...paths], key);
    if (id === -1) {
      core.warning(`cache: ${key} was not saved (see the messages above)`);
      return 'failed';
    }
    core.info(`cache: ${label}: saved ${key}`);
    return 'saved';
  } catch (err) {
    core.warning(`cache: saving the ${label} cache failed: ${errorMessage(err)}`);
    return 'failed';
  }
}
