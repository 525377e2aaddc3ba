// What one step does with its inputs: install Go, build and publish, report.
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { prefetchBase, runBuild, type EngineDeps } from '../engine/engine.js';
import { checkWorkingDirectory, planBuild, pushRegistry, type BuildPlan } from '../engine/plan.js';
import { loadKoConfig } from '../ko/ko-yaml-lookup.js';
import { setupGo } from '../go/toolchain.js';
import { ClientPool } from '../registry/client-pool.js';
import { addSecret } from '../util/secrets.js';
import type { Inputs } from '../inputs/inputs.js';
import { resolveFiles, writeResolvedFile } from '../resolve/resolve-files.js';
import { runMergeStep } from './merge-step.js';
import { setUpCaches } from './cache-step.js';
import { reportFailure, reportOutputs, type RunResult } from './outputs.js';
import { PhaseLog } from './phase-log.js';
import { Timeline } from '../util/timeline.js';
import { formatPlatform } from '../oci/platform.js';
import type { Env } from '../util/env.js';

export async function runAction(inputs: Inputs, env: Env): Promise<void> {
  const timeline = new Timeline();
  try {
    await runSteps(inputs, env, timeline);
  } catch (e) {
    // A failed build leaves a summary too: the failing platform and the first error.
    await reportFailure(e, timeline);
    throw e;
  }
}

async function runSteps(inputs: Inputs, env: Env, timeline: Timeline): Promise<void> {
  addSecret(inputs.password);
  addSecret(inputs.githubToken);
  warnAboutInputs(inputs);
  if (inputs.merge.length) {
    await runMergeStep(inputs, env);
    return;
  }
  checkWorkingDirectory(resolve(inputs.workingDirectory));
  // Before Go is set up: a malformed .ko.yaml fails in milliseconds, with nothing pushed.
  const koConfig = await loadKoConfig({
    configInput: inputs.config,
    env,
    workingDirectory: inputs.workingDirectory,
  });
  if (koConfig.file) core.info(`Using ${koConfig.file}`);
  for (const w of koConfig.warnings) {
    const { file, line, column } = w.at;
    core.warning(w.message, { title: '.ko.yaml', file, startLine: line, startColumn: column });
  }
  const plan = planBuild(inputs, env, koConfig);

  const clients = new ClientPool({
    env,
    targetRegistry: pushRegistry(plan),
    username: inputs.username,
    password: inputs.password,
    githubToken: inputs.githubToken,
    insecure: inputs.insecureRegistry,
    jobs: plan.uploadJobs,
    log: (line) => core.debug(line),
    onRetry: (retry) => core.warning(retry.message),
  });
  try {
    // The base image (registry token, index, configs) comes while Go is set up and caches restore.
    const bases = prefetchBase(plan, { clients });
    const go = await timeline.time('go', () =>
      core.group('Set up Go', async () => {
        const found = await setupGo({
          ...(inputs.goVersion ? { goVersion: inputs.goVersion } : {}),
          ...(inputs.goVersionFile ? { goVersionFile: inputs.goVersionFile } : {}),
          downloadBaseUrl: inputs.goDownloadBaseUrl,
          workingDirectory: plan.workingDirectory,
          env,
          ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
        });
        core.info(`Go ${found.version} (${found.source}): ${found.goPath}`);
        return found;
      }),
    );
    const caches = await timeline.time('caches', () =>
      core.group('Restore caches', async () => {
        if (!inputs.cache) core.info('cache: false: nothing restored, nothing will be saved');
        return setUpCaches(inputs, plan, go.goPath, go.version, env);
      }),
    );
    // After the restore: a toolchain the module cache brought back is not downloaded again.
    const fetchGo = go.fetch;
    if (fetchGo) {
      await timeline.time('go', () => core.group(`Get Go ${go.version}`, fetchGo));
    }
    const cacheHit = async () => ({
      ...(caches.hit === undefined ? {} : { cacheHit: caches.hit }),
      ...(caches.report ? { caches: await caches.report } : {}),
    });
    const deps = {
      goPath: go.goPath,
      env: { ...env, GOTOOLCHAIN: go.goToolchain },
      clients,
      bases,
      timeline,
      goVersion: go.version,
      log: (line: string) => core.info(line),
      ...(caches.kocache ? { kocache: caches.kocache } : {}),
    };
    await buildAndReport(inputs, plan, deps, cacheHit);
  } finally {
    await clients.close();
  }
}

async function buildAndReport(
  inputs: Inputs,
  plan: BuildPlan,
  deps: EngineDeps & { readonly timeline: Timeline },
  cacheHit: () => Promise<Pick<RunResult, 'cacheHit' | 'caches'>>,
): Promise<void> {
  const { timeline } = deps;
  const layout = plan.push ? {} : { ociLayoutPath: plan.ociLayoutPath };
  const log = new PhaseLog();
  const stopProgress = log.follow(timeline);
  try {
    if (inputs.resolve.length) {
      const request = { patterns: inputs.resolve, recursive: inputs.resolveRecursive };
      log.group(`Build the ko:// references in ${inputs.resolve.join(', ')}`);
      const resolved = await resolveFiles(request, plan, deps);
      const file = inputs.resolvedFile
        ? await writeResolvedFile(inputs.resolvedFile, resolved.yaml)
        : undefined;
      log.group('Resolve');
      for (const [from, to] of resolved.replaced) core.info(`${from} -> ${to}`);
      if (file) core.info(`Wrote ${file}`);
      log.end();
      await reportOutputs({
        images: resolved.images,
        ...layout,
        resolvedYaml: resolved.yaml,
        replaced: resolved.replaced,
        ...(file ? { resolvedFile: file } : {}),
        ...(await cacheHit()),
        timeline,
      });
    } else {
      log.group(`Build ${plan.importPaths.join(', ')} for ${describePlatforms(plan)}`);
      const images = await runBuild(plan, deps);
      log.end();
      await reportOutputs({ images, ...layout, ...(await cacheHit()), timeline });
    }
  } finally {
    stopProgress();
    log.end();
  }
}

function describePlatforms(plan: BuildPlan): string {
  return plan.platforms.all
    ? 'every platform of the base image'
    : plan.platforms.platforms.map(formatPlatform).join(', ');
}

/** Inputs read otherwise than written, or ignored: a warning on the step, never silence. */
function warnAboutInputs(inputs: Inputs): void {
  for (const w of inputs.warnings) core.warning(w.message, { title: w.input });
  // action.yml's default is `latest`: an empty value came from an expression that gave nothing.
  if (!core.getInput('tags').trim() && inputs.push && !inputs.pushByDigest) {
    core.warning('tags is empty (an expression that gave nothing?): pushing the tag latest', {
      title: 'tags',
    });
  }
}
