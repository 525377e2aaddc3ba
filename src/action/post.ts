// The post-step entry point (action.yml `post:`): saves what the main step restored, when the
// build changed it (docs/caching.md#when-a-new-entry-is-saved). Before saving, each entry is cut
// down to what this run used. A cache failure is a warning, never a failed job.
// What is needed only to save (the cache client, KOCACHE pruning) is loaded only then: an
// unchanged run's post step stays well under a second.
import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { newBuildResults, pruneGoCache, unusedBeforeMs } from '../cache/go-cache.js';
import { saveKey } from '../cache/keys.js';
import {
  countModuleDownloads,
  dropModuleZips,
  pruneModuleCache,
  sumModules,
} from '../cache/module-cache.js';
import { partContents, type CachePartReport } from '../cache/report.js';
import { loadCacheState, type CacheState, type CachePartState } from '../cache/state.js';
import { formatBytes, treeFingerprint, treeSize, walkFiles } from '../cache/tree.js';
import { errorMessage } from '../util/errors.js';
import { runStep } from './run-step.js';

await runStep(async () => {
  const state = loadCacheState();
  if (!state?.parts.length) {
    core.debug('cache: nothing to save (the main step did not restore a cache)');
    return;
  }
  const reports = await Promise.all(state.parts.map((part) => savePart(part, state)));
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await writeSummary(reports);
    } catch (err) {
      core.debug(`cache: cannot write the job summary: ${errorMessage(err)}`);
    }
  }
});

/** What the build added to a part: new files, or (KOCACHE) any file rewritten. */
async function changed(part: CachePartState): Promise<string | undefined> {
  if (part.name === 'modules') {
    const now = part.gomodcache ? await countModuleDownloads(part.gomodcache) : 0;
    return now > part.files ? `${now - part.files} files downloaded` : undefined;
  }
  const why: string[] = [];
  if (part.gocache) {
    const before = await restoredEntries(part);
    const added = before ? await newBuildResults(part.gocache, before) : undefined;
    if (added === undefined) why.push('GOCACHE not listed after restore');
    else if (added) why.push(`${added} new GOCACHE build results`);
  }
  if (part.kocache && (await treeFingerprint(part.kocache)) !== part.kocacheFingerprint) {
    why.push('KOCACHE changed');
  }
  return why.length ? why.join(', ') : undefined;
}

/** The GOCACHE action entries the main step listed after restore; undefined when unreadable. */
async function restoredEntries(part: CachePartState): Promise<Set<string> | undefined> {
  if (!part.gocacheEntries) return undefined;
  try {
    const names: unknown = JSON.parse(await readFile(part.gocacheEntries, 'utf8'));
    return Array.isArray(names) ? new Set(names.map(String)) : undefined;
  } catch {
    return undefined;
  }
}

async function savePart(part: CachePartState, state: CacheState): Promise<CachePartReport> {
  const started = Date.now();
  const label = part.name;
  const report = (outcome: string, key?: string, size = { files: 0, bytes: 0 }) => ({
    name: part.name,
    paths: part.paths,
    outcome,
    ...(key ? { key } : {}),
    ...size,
  });
  try {
    const why = await changed(part);
    if (part.hit && !why) {
      core.info(`cache: ${label}: unchanged since ${part.matchedKey ?? part.exact}; not saving`);
      return report('unchanged', part.matchedKey);
    }
    core.info(
      `cache: ${label}: ${part.hit ? why : part.matchedKey ? `restored from ${part.matchedKey}` : 'nothing restored'}; saving`,
    );
    await prune(part);
    const size = await treeSize(part.paths);
    if (size.files === 0) {
      core.info(`cache: ${label}: nothing to save`);
      return report('empty');
    }
    const key = saveKey(
      { exact: part.exact, restoreKeys: [] },
      { runId: state.runId, runAttempt: state.runAttempt, content: await contentOf(part) },
    );
    core.info(`cache: ${label}: ${size.files} files, ${formatBytes(size.bytes)} on disk`);
    const { saveEntry } = await import('../cache/actions-cache.js');
    const outcome = await saveEntry(label, part.paths, key);
    core.info(`cache: ${label}: ${outcome} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return report(outcome, key, size);
  } catch (err) {
    core.warning(`cache: ${label}: not saved: ${errorMessage(err)}`);
    return report('failed');
  }
}

/** Cuts a part down to what this run used (see go-cache.ts, pruneKocache, module-cache.ts). */
async function prune(part: CachePartState): Promise<void> {
  if (part.name === 'modules') {
    if (!part.gomodcache) return;
    if (part.sumFiles?.length) {
      const removed = await pruneModuleCache(part.gomodcache, await sumModules(part.sumFiles));
      if (removed) core.info(`cache: modules: removed ${removed} module versions no go.sum names`);
    }
    const zips = await dropModuleZips(part.gomodcache);
    if (zips) {
      core.info(
        `cache: modules: removed the module zips (${formatBytes(zips)}) before saving: go needs them only to extract a module again`,
      );
    }
    return;
  }
  if (part.gocache) {
    const gone = await pruneGoCache(part.gocache, part.restoredAt);
    if (gone.files) {
      core.info(
        `cache: build: removed ${gone.files} GOCACHE entries this run did not use (${formatBytes(gone.bytes)})`,
      );
    }
  }
  if (part.kocache) {
    const { pruneKocache } = await import('../engine/layer-cache.js');
    const gone = await pruneKocache(part.kocache, part.restoredAt - unusedBeforeMs);
    if (gone.binaries || gone.layers) {
      core.info(
        `cache: build: removed ${gone.binaries} KOCACHE binaries and ${gone.layers} layers this run did not use`,
      );
    }
  }
}

/** Names and sizes of what is saved: the same content gets the same key. */
async function contentOf(part: CachePartState): Promise<string> {
  const lines: string[] = [];
  for (const p of part.paths) {
    for (const f of await walkFiles(p)) lines.push(`${f.path}\0${f.size}`);
  }
  return lines.sort().join('\n');
}

async function writeSummary(reports: readonly CachePartReport[]): Promise<void> {
  const rows = reports.map((r) => [
    { data: partContents[r.name] },
    { data: r.outcome },
    { data: r.key ? `<code>${r.key}</code>` : '' },
    { data: r.files ? `${r.files} files, ${formatBytes(r.bytes)}` : '' },
  ]);
  await core.summary
    .addHeading('ko-action caches saved', 3)
    .addTable([
      [
        { data: 'Cache', header: true },
        { data: 'Post step', header: true },
        { data: 'Key', header: true },
        { data: 'Saved (on disk)', header: true },
      ],
      ...rows,
    ])
    .write();
}
