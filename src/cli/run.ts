// The CLI twin's work once its arguments are read: config, plan, then build or resolve.
import { resolve as resolvePath } from 'node:path';
import type { Inputs } from '../inputs/inputs.js';
import { emptyTimings } from '../engine/result.js';
import { runBuild } from '../engine/engine.js';
import { checkWorkingDirectory, planBuild, pushRegistry } from '../engine/plan.js';
import type { TakeBuild } from '../go/build.js';
import type { CliCommand } from './args.js';
import { kocacheFromEnv } from '../ko/kocache-env.js';
import { loadKoConfig } from '../ko/ko-yaml-lookup.js';
import type { GoSetup } from '../go/toolchain.js';
import { ClientPool } from '../registry/client-pool.js';
import { readAll } from '../util/read-all.js';

export async function runCli(
  cmd: CliCommand,
  inputs: Inputs,
  goSetup: Promise<Pick<GoSetup, 'goPath'>>,
  takeBuild?: TakeBuild,
): Promise<number> {
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  for (const w of inputs.warnings) log(`warning: ${w.input}: ${w.message}`);
  checkWorkingDirectory(resolvePath(inputs.workingDirectory));
  const koConfig = await loadKoConfig({
    configInput: inputs.config,
    env: process.env,
    workingDirectory: inputs.workingDirectory,
  });
  for (const { at, message } of koConfig.warnings) {
    log(`warning: ${at.file}:${at.line}:${at.column}: ${message}`);
  }
  const plan = planBuild(inputs, process.env, koConfig);
  const go = await goSetup;
  const clients = new ClientPool({
    env: process.env,
    targetRegistry: pushRegistry(plan),
    insecure: inputs.insecureRegistry,
    jobs: plan.uploadJobs,
  });
  // Like ko: KOCACHE is used only when set.
  const kocache = kocacheFromEnv(process.env);
  const deps = {
    goPath: go.goPath,
    env: process.env,
    clients,
    timings: emptyTimings(),
    log,
    ...(kocache ? { kocache: resolvePath(kocache) } : {}),
    ...(takeBuild ? { takeBuild } : {}),
  };
  try {
    if (cmd.command === 'resolve') {
      // Like `ko resolve`: the YAML to stdout, what was replaced to stderr.
      const { resolveFiles } = await import('../resolve/resolve-files.js');
      const request = { patterns: inputs.resolve, recursive: inputs.resolveRecursive };
      const resolved = await resolveFiles(request, plan, deps, readStdin);
      for (const [from, to] of resolved.replaced) log(`${from} -> ${to}`);
      process.stdout.write(resolved.yaml);
    } else {
      const images = await runBuild(plan, deps);
      for (const img of images) process.stdout.write(`${img.ref}\n`);
    }
  } finally {
    await clients.close();
  }
  return 0;
}

/** All of stdin, for `-f -`. */
async function readStdin(): Promise<string> {
  return (await readAll(process.stdin)).toString('utf8');
}
