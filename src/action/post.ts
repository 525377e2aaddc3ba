// The post-step entry point (action.yml `post:`): saves KOCACHE and GOCACHE under the key the
// main step chose. Wiring only; a cache failure is a warning, never a failed job.
import * as core from '@actions/core';
import { loadCacheState } from '../cache/state.js';
import { saveCaches } from '../cache/actions-cache.js';
import { pruneKocacheLayers } from '../engine/layer-cache.js';
import { errorMessage } from '../util/errors.js';
import { runStep } from './run-step.js';

await runStep(async () => {
  const state = loadCacheState();
  if (!state) {
    core.debug('cache: nothing to save (the main step did not restore a cache)');
    return;
  }
  if (state.kocache && state.matchedKey !== state.primaryKey) {
    try {
      const removed = await pruneKocacheLayers(state.kocache);
      if (removed) core.debug(`cache: pruned ${removed} unreferenced KOCACHE layers`);
    } catch (err) {
      core.debug(`cache: pruning KOCACHE failed: ${errorMessage(err)}`);
    }
  }
  await saveCaches(state);
});
