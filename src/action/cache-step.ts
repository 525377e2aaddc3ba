// Restores KOCACHE and GOCACHE before a build (the post step saves them). Keys carry the runner,
// Go version, platforms and dependency hash, so matrix jobs never share an entry.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { run } from '../go/packages.js';
import type { BuildPlan } from '../engine/plan.js';
import { restoreCaches } from '../cache/actions-cache.js';
import { hashDependencyFiles } from '../cache/dependency-hash.js';
import { cacheKeys, cachePaths } from '../cache/keys.js';
import { formatPlatform } from '../oci/platform.js';
import type { Inputs } from '../inputs/inputs.js';

export interface CacheSetup {
  /** The KOCACHE the build uses, when there is one. */
  readonly kocache: string | undefined;
  /** Undefined when caching is off. */
  readonly hit: boolean | undefined;
}

export async function setUpCaches(
  inputs: Inputs,
  plan: BuildPlan,
  goPath: string,
  goVersion: string,
  env: NodeJS.ProcessEnv,
): Promise<CacheSetup> {
  const explicit = env.KOCACHE?.trim();
  if (!inputs.cache) return { kocache: explicit ? resolve(explicit) : undefined, hit: undefined };
  const kocache = resolve(explicit || join(env.RUNNER_TEMP ?? '.cache', 'ko-action', 'kocache'));
  await mkdir(kocache, { recursive: true });
  const goEnv = await run(goPath, ['env', 'GOCACHE'], plan.workingDirectory, env);
  const gocache = goEnv.stdout.trim();
  const deps = await hashDependencyFiles(inputs.cacheDependencyPath, plan.workingDirectory);
  const keys = cacheKeys({
    runnerOs: env.RUNNER_OS ?? process.platform,
    runnerArch: env.RUNNER_ARCH ?? process.arch,
    goVersion,
    platforms: plan.platforms.all ? ['all'] : plan.platforms.platforms.map(formatPlatform),
    dependencyHash: deps.hash,
    runId: env.GITHUB_RUN_ID ?? 'local',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
  });
  const restored = await restoreCaches({
    paths: cachePaths({ kocache, gocache }),
    primaryKey: keys.primary,
    restoreKeys: keys.restoreKeys,
    kocache,
  });
  return { kocache, hit: restored.hit };
}
