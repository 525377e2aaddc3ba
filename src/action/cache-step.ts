// Restores the caches before a build (the post step saves them; docs/caching.md):
//   modules  GOMODCACHE, keyed on the dependency files and the Go version
//   build    KOCACHE and GOCACHE, keyed on the job (runner, Go, platforms, target, dependencies)
// A directory that is already filled before restoring (setup-go restored it, or an earlier step
// built) is left to whoever filled it: ko-action does not store it a second time.
import { randomUUID } from 'node:crypto';
import { homedir, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { run } from '../go/packages.js';
import type { BuildPlan } from '../engine/plan.js';
import { cacheServiceAvailable, restoreEntry } from '../cache/actions-cache.js';
import { hashDependencyFiles } from '../cache/dependency-hash.js';
import { backdateGoCache, backdateMs, goCacheHasEntries } from '../cache/go-cache.js';
import { buildKeys, moduleKeys, targetString, type EntryKeys } from '../cache/keys.js';
import { countModuleDownloads, moduleCacheHasContent, sumFilesOf } from '../cache/module-cache.js';
import type { CachePartReport, CacheReport } from '../cache/report.js';
import { saveCacheState, type CachePartState } from '../cache/state.js';
import { formatBytes, setMtimes, treeFingerprint, treeSize, walkFiles } from '../cache/tree.js';
import { formatPlatform } from '../oci/platform.js';
import type { Inputs } from '../inputs/inputs.js';
import type { Env } from '../util/env.js';
import { kocacheFromEnv } from '../ko/kocache-env.js';

export interface CacheSetup {
  /** The KOCACHE the build uses, when there is one. */
  readonly kocache: string | undefined;
  /** Undefined when caching is off. */
  readonly hit: boolean | undefined;
  /** For the job summary, when caches were restored (sizes are counted while the build runs). */
  readonly report?: Promise<CacheReport>;
}

/**
 * KOCACHE when the `KOCACHE` variable does not say: under the home directory, a path that is the
 * same on every run of a runner image. The entry version hashes the cached paths, and tar stores
 * them relative to the workspace, so a path under RUNNER_TEMP (random per job in act) or one that
 * moves would never restore. Where no cache service is there, RUNNER_TEMP as before.
 */
export function defaultKocache(env: Env, persistent: boolean): string {
  if (!persistent) return join(env.RUNNER_TEMP ?? '.cache', 'ko-action', 'kocache');
  return join(env.HOME || homedir(), '.cache', 'ko-action', 'kocache');
}

export async function setUpCaches(
  inputs: Inputs,
  plan: BuildPlan,
  goPath: string,
  goVersion: string,
  env: Env,
): Promise<CacheSetup> {
  const explicit = kocacheFromEnv(env);
  if (!inputs.cache) return { kocache: explicit ? resolve(explicit) : undefined, hit: undefined };
  const available = cacheServiceAvailable();
  const kocache = resolve(explicit || defaultKocache(env, available));
  await mkdir(kocache, { recursive: true });
  if (!available) {
    core.info('cache: the Actions cache service is not available; not restoring');
    return { kocache, hit: false };
  }
  const goEnv = await run(goPath, ['env', 'GOCACHE', 'GOMODCACHE'], plan.workingDirectory, {
    ...env,
    GOTOOLCHAIN: 'local',
  });
  const [gocache = '', gomodcache = ''] = goEnv.stdout.split('\n').map((l) => l.trim());
  const deps = await hashDependencyFiles(inputs.cacheDependencyPath, plan.workingDirectory);
  const runner = { runnerOs: env.RUNNER_OS ?? process.platform, goVersion };

  // What is already on disk belongs to whoever put it there (setup-go caches both by default).
  const leftAlone: { name: string; path: string }[] = [];
  const ownGoCache = !!gocache && !(await goCacheHasEntries(gocache));
  if (gocache && !ownGoCache) leftAlone.push({ name: 'GOCACHE', path: gocache });
  const modulesFilled = !!gomodcache && (await moduleCacheHasContent(gomodcache));
  if (modulesFilled) leftAlone.push({ name: 'GOMODCACHE', path: gomodcache });
  const cacheModules = !!gomodcache && !modulesFilled && deps.files.length > 0;

  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const build = {
    keys: buildKeys({
      ...runner,
      runnerArch: env.RUNNER_ARCH ?? process.arch,
      platforms: plan.platforms.all ? ['all'] : plan.platforms.platforms.map(formatPlatform),
      dependencyHash: deps.hash,
      target: targetString({
        workingDirectory: relative(workspace, plan.workingDirectory) || '.',
        importPaths: plan.importPaths,
        resolve: inputs.resolve,
      }),
    }),
    paths: ownGoCache ? [kocache, gocache] : [kocache],
  };
  const modules = {
    keys: moduleKeys({ ...runner, dependencyHash: deps.hash }),
    paths: [gomodcache],
  };

  const cached = [`KOCACHE ${kocache}`];
  if (ownGoCache) cached.push(`GOCACHE ${gocache}`);
  if (cacheModules) cached.push(`GOMODCACHE ${gomodcache}`);
  core.info(`cache: ko-action caches ${cached.join(', ')}`);
  for (const l of leftAlone) {
    core.info(
      `cache: ${l.name} ${l.path} is filled already (setup-go's cache, or an earlier step): ` +
        'ko-action leaves it to that cache and does not store it again',
    );
  }
  if (!cacheModules && !modulesFilled && gomodcache) {
    core.info(
      `cache: no dependency files (${inputs.cacheDependencyPath.join(', ')}): GOMODCACHE not cached`,
    );
  }

  const [buildPart, modulesPart] = await Promise.all([
    restorePart('build', build.paths, build.keys, async (restoredAt) => {
      const ko = await walkFiles(kocache);
      await setMtimes(
        ko.map((f) => f.path),
        new Date(restoredAt - backdateMs),
      );
      const base = { kocache, kocacheFingerprint: await treeFingerprint(kocache) };
      if (!ownGoCache) return { ...base, files: 0 };
      // What the build adds is told from what is here now; the list is the post step's.
      const entries = await backdateGoCache(gocache, restoredAt);
      const gocacheEntries = join(env.RUNNER_TEMP || tmpdir(), 'ko-action', `${randomUUID()}.json`);
      await mkdir(join(gocacheEntries, '..'), { recursive: true });
      await writeFile(gocacheEntries, JSON.stringify(entries));
      return { ...base, files: entries.length, gocache, gocacheEntries };
    }),
    cacheModules
      ? restorePart('modules', modules.paths, modules.keys, async () => ({
          files: await countModuleDownloads(gomodcache),
          gomodcache,
          sumFiles: sumFilesOf(deps.files.map((f) => resolve(plan.workingDirectory, f))),
        }))
      : undefined,
  ]);
  const parts = modulesPart ? [modulesPart, buildPart] : [buildPart];
  saveCacheState({
    parts: parts.map((p) => p.state),
    runId: env.GITHUB_RUN_ID ?? 'local',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
  });
  const hit = parts.every((p) => p.state.hit);
  core.info(
    `cache: cache-hit ${hit} (${parts.map((p) => `${p.state.name} ${p.state.hit ? 'hit' : 'miss'}`).join(', ')})`,
  );
  const report = Promise.all(parts.map((p) => p.report)).then((r) => ({ parts: r, leftAlone }));
  return { kocache, hit, report };
}

type PartExtras = Pick<CachePartState, 'files'> &
  Partial<
    Pick<
      CachePartState,
      'gocache' | 'gocacheEntries' | 'kocache' | 'kocacheFingerprint' | 'gomodcache' | 'sumFiles'
    >
  >;

/**
 * Restores one entry, then lets `after` back-date and count what it holds. The sizes for the
 * summary are counted while the build runs: walking a few thousand files is not worth waiting for.
 */
async function restorePart(
  name: CachePartState['name'],
  paths: readonly string[],
  keys: EntryKeys,
  after: (restoredAt: number) => Promise<PartExtras>,
): Promise<{ state: CachePartState; report: Promise<CachePartReport> }> {
  const started = Date.now();
  const restored = await restoreEntry(name, paths, keys);
  const restoredAt = Date.now();
  const extras = await after(restoredAt);
  if (restored.matchedKey) {
    core.info(`cache: ${name}: restored in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const state: CachePartState = {
    name,
    paths,
    exact: keys.exact,
    hit: restored.hit,
    restoredAt,
    ...extras,
    ...(restored.matchedKey ? { matchedKey: restored.matchedKey } : {}),
  };
  const outcome = restored.hit ? 'restored' : restored.matchedKey ? 'nearest' : 'missed';
  const report = (async (): Promise<CachePartReport> => {
    const size = restored.matchedKey ? await treeSize(paths) : { files: 0, bytes: 0 };
    if (restored.matchedKey) {
      core.info(`cache: ${name}: ${size.files} files, ${formatBytes(size.bytes)} on disk`);
    }
    return {
      name,
      paths,
      ...(restored.matchedKey ? { key: restored.matchedKey } : { key: `${keys.exact}*` }),
      outcome,
      ...size,
    };
  })();
  return { state, report };
}
