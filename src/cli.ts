#!/usr/bin/env node
// The CLI twin: `npx ko-action build|resolve`, the same engine as the action. References go to
// stdout (one per line, in argument order), everything else to stderr.
import { readInputs } from './action/inputs.js';
import { emptyTimings } from './action/result.js';
import { runBuild } from './build/engine.js';
import { planBuild } from './build/plan.js';
import { parseCliArgs } from './cli-args.js';
import { errorMessage, KoActionError } from './errors.js';
import { setupGo } from './go/toolchain.js';
import { ClientPool } from './publish/clients.js';
import { parseRepository } from './registry/reference.js';
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
  if (cmd.command === 'resolve') {
    throw new KoActionError('NOT_IMPLEMENTED', 'ko-action resolve is not implemented yet');
  }
  const inputs = readInputs((name) => cmd.inputs[name] ?? '', process.env);
  const plan = planBuild(inputs, process.env);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const go = await setupGo({
    downloadBaseUrl: inputs.goDownloadBaseUrl,
    workingDirectory: plan.workingDirectory,
    env: process.env,
  });
  const clients = new ClientPool({
    env: process.env,
    targetRegistry: plan.repo && plan.push ? parseRepository(plan.repo).registry : undefined,
    insecure: inputs.insecureRegistry,
    jobs: plan.jobs,
  });
  try {
    const images = await runBuild(plan, {
      goPath: go.goPath,
      env: process.env,
      clients,
      timings: emptyTimings(),
      log,
    });
    for (const img of images) process.stdout.write(`${img.ref}\n`);
  } finally {
    await clients.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`Error: ${redact(errorMessage(e))}\n`);
    process.exit(1);
  },
);
