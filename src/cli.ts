#!/usr/bin/env node
// The CLI twin: `npx ko-action build|resolve`, the same engine as the action. References go to
// stdout (one per line, in argument order), everything else to stderr.
import { resolve as resolvePath } from 'node:path';
import { readInputs } from './action/inputs.js';
import { resolveFiles } from './action/resolve.js';
import { emptyTimings } from './action/result.js';
import { runBuild } from './build/engine.js';
import { checkWorkingDirectory, planBuild, pushRegistry } from './build/plan.js';
import { parseCliArgs } from './cli-args.js';
import { loadKoConfig } from './config/ko-yaml.js';
import { errorMessage, inputError } from './errors.js';
import { setupGo } from './go/toolchain.js';
import { ClientPool } from './publish/clients.js';
import { redact } from './util/secrets.js';

const usage = `usage: ko-action build <import-path>... [--repo R] [--push=false] [--platform P] [--tags T]
                    [--bare|-B|-P] [--base-image B] [--image-label k=v] [--image-annotation k=v]
                    [--oci-layout-path DIR] [--insecure-registry] [-C DIR]
       ko-action resolve -f <file|dir|->
Environment: KO_DOCKER_REPO, KO_DEFAULTBASEIMAGE, KO_DEFAULTPLATFORMS, SOURCE_DATE_EPOCH, ...`;

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    process.stderr.write(`${usage}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  const cmd = parseCliArgs(argv);
  const inputs = readInputs((name) => cmd.inputs[name] ?? '', process.env);
  if (cmd.command === 'resolve' && inputs.resolve.length === 0) {
    throw inputError('-f', 'resolve needs the YAML to read', 'ko-action resolve -f <file|dir|->');
  }
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  checkWorkingDirectory(resolvePath(inputs.workingDirectory));
  const koConfig = await loadKoConfig({
    configInput: inputs.config,
    env: process.env,
    workingDirectory: inputs.workingDirectory,
  });
  for (const w of koConfig.warnings) log(`warning: ${w}`);
  const plan = planBuild(inputs, process.env, koConfig);
  const go = await setupGo({
    downloadBaseUrl: inputs.goDownloadBaseUrl,
    workingDirectory: plan.workingDirectory,
    env: process.env,
  });
  const clients = new ClientPool({
    env: process.env,
    targetRegistry: pushRegistry(plan),
    insecure: inputs.insecureRegistry,
    jobs: plan.jobs,
  });
  // Like ko: KOCACHE is used only when set.
  const kocache = process.env.KOCACHE?.trim();
  const deps = {
    goPath: go.goPath,
    env: process.env,
    clients,
    timings: emptyTimings(),
    log,
    ...(kocache ? { kocache: resolvePath(kocache) } : {}),
  };
  try {
    if (cmd.command === 'resolve') {
      // Like `ko resolve`: the YAML to stdout, what was replaced to stderr.
      const resolved = await resolveFiles(inputs.resolve, plan, deps, readStdin);
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
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`Error: ${redact(errorMessage(e))}\n`);
    process.exit(1);
  },
);
