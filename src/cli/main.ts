#!/usr/bin/env node
// The CLI twin: `npx ko-action build|resolve`, the same engine as the action. References go to
// stdout (one per line, in argument order), everything else to stderr.
//
// Start-up is part of every build, so this entry loads only argument parsing and the Go lookup,
// starts `go list` (and, when only defaults shape it, `go build`: see build/head-start.ts), and
// imports the engine (registry client, image model: most of the bundle) while they run.
import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { readInputs } from '../inputs/inputs.js';
import { prefetchPackages } from '../go/packages.js';
import { stripKoScheme } from '../ko/ko-reference.js';
import { startBuilds, type HeadStart } from '../engine/head-start.js';
import { parseCliArgs } from './args.js';
import { errorMessage, inputError } from '../util/errors.js';
import { existingGoPath, setupGo } from '../go/toolchain.js';
import { redact } from '../util/secrets.js';

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
  const workingDirectory = resolvePath(inputs.workingDirectory);
  const goOptions = {
    downloadBaseUrl: inputs.goDownloadBaseUrl,
    workingDirectory,
    env: process.env,
  };
  // Like ko, run the go on PATH (or $KO_GO_PATH) without asking its version first; only a
  // missing go goes through setupGo (which installs the version go.mod names).
  const goPath = existingGoPath(goOptions);
  const go = goPath ? Promise.resolve({ goPath }) : setupGo(goOptions);
  go.catch(() => undefined); // awaited, and reported, after the working directory is checked
  let headStart: Promise<HeadStart | undefined> = Promise.resolve(undefined);
  if (cmd.command === 'build' && goPath && existsSync(workingDirectory)) {
    // go build first: it is the longer of the two.
    headStart = startBuilds(goPath, inputs, process.env);
    const requested = inputs.importPaths.map((p) => stripKoScheme(p.trim()));
    const list = () => prefetchPackages(goPath, requested, workingDirectory, process.env);
    headStart.then(list, list);
  }
  // The engine loads after the builds are spawned: loading it first would delay them.
  const started = await headStart.catch(() => undefined);
  const { runCli } = await import('./run.js');
  try {
    return await runCli(cmd, inputs, go, started?.take);
  } finally {
    await started?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`Error: ${redact(errorMessage(e))}\n`);
    process.exit(1);
  },
);
