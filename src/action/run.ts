// What one step does with its inputs: install Go, build and publish, report.
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { runBuild } from '../engine/engine.js';
import { GoBuildError } from '../go/build.js';
import { checkWorkingDirectory, planBuild, pushRegistry } from '../engine/plan.js';
import { loadKoConfig } from '../ko/ko-yaml-lookup.js';
import { setupGo } from '../go/toolchain.js';
import { ClientPool } from '../registry/client-pool.js';
import { addSecret } from '../util/secrets.js';
import type { Inputs } from '../inputs/inputs.js';
import { resolveFiles, writeResolvedFile } from '../resolve/resolve-files.js';
import { runMergeStep } from './merge-step.js';
import { setUpCaches } from './cache-step.js';
import { reportOutputs } from './outputs.js';
import { emptyTimings } from '../engine/result.js';
import type { Env } from '../util/env.js';

export async function runAction(inputs: Inputs, env: Env): Promise<void> {
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
  const timings = emptyTimings();

  const goStarted = Date.now();
  const go = await core.group('Set up Go', () =>
    setupGo({
      ...(inputs.goVersion ? { goVersion: inputs.goVersion } : {}),
      ...(inputs.goVersionFile ? { goVersionFile: inputs.goVersionFile } : {}),
      downloadBaseUrl: inputs.goDownloadBaseUrl,
      workingDirectory: plan.workingDirectory,
      env,
      ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
    }),
  );
  timings.goInstall = Date.now() - goStarted;
  core.info(`Go ${go.version} (${go.source}): ${go.goPath}`);
  const caches = await setUpCaches(inputs, plan, go.goPath, go.version, env);
  const cacheHit = {
    ...(caches.hit === undefined ? {} : { cacheHit: caches.hit }),
    ...(caches.report ? { caches: caches.report } : {}),
  };

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
  const deps = {
    goPath: go.goPath,
    env: { ...env, GOTOOLCHAIN: env.GOTOOLCHAIN ?? 'local' },
    clients,
    timings,
    log: (line: string) => core.info(line),
    ...(caches.kocache ? { kocache: caches.kocache } : {}),
  };
  const layout = plan.push ? {} : { ociLayoutPath: plan.ociLayoutPath };
  try {
    if (inputs.resolve.length) {
      const request = { patterns: inputs.resolve, recursive: inputs.resolveRecursive };
      const resolved = await resolveFiles(request, plan, deps);
      const file = inputs.resolvedFile
        ? await writeResolvedFile(inputs.resolvedFile, resolved.yaml)
        : undefined;
      for (const [from, to] of resolved.replaced) core.info(`${from} -> ${to}`);
      await reportOutputs({
        images: resolved.images,
        ...layout,
        resolvedYaml: resolved.yaml,
        replaced: resolved.replaced,
        ...(file ? { resolvedFile: file } : {}),
        ...cacheHit,
        timings,
      });
    } else {
      const images = await runBuild(plan, deps);
      await reportOutputs({ images, ...layout, ...cacheHit, timings });
    }
  } catch (e) {
    if (e instanceof GoBuildError) annotate(e);
    throw e;
  } finally {
    await clients.close();
  }
}

/** Compile errors become file annotations, the output itself goes to the log. */
function annotate(e: GoBuildError): void {
  core.info(e.output);
  for (const d of e.diagnostics) {
    core.error(d.message, {
      title: 'go build',
      file: d.file,
      startLine: d.line,
      ...(d.column ? { startColumn: d.column } : {}),
    });
  }
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
