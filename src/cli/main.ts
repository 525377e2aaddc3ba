#!/usr/bin/env node
// The CLI twin: `ko-action build|resolve|apply|create|delete|run|login|version`, ko's commands on
// the same engine as the action. stdout carries only what ko prints there (image references for
// build, the YAML for resolve, kubectl's own output, help and version); everything else goes to
// stderr. Exit 0 on success, 1 on any failure, as ko.
//
// Start-up is part of every build, so this entry loads only argument parsing and the Go lookup,
// starts `go list` (and, when only defaults shape it, `go build`: see engine/head-start.ts), and
// imports the engine (registry client, image model: most of the bundle) while they run.
import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { readInputs } from '../inputs/inputs.js';
import { prefetchPackages } from '../go/packages.js';
import { stripKoScheme } from '../ko/ko-reference.js';
import { startBuilds, type HeadStart } from '../engine/head-start.js';
import { parseCliArgs, type CliCommand, type CommandName } from './args.js';
import { commandNames } from './flags.js';
import { helpText } from './help.js';
import { errorMessage, inputError } from '../util/errors.js';
import { existingGoPath, setupGo } from '../go/toolchain.js';
import { redact } from '../util/secrets.js';
import { cliVersion } from './version.js';

async function main(argv: string[]): Promise<number> {
  const cmd = parseCliArgs(argv);
  for (const w of cmd.warnings) process.stderr.write(`warning: ${w}\n`);
  if (cmd.command === 'help' || cmd.help) {
    process.stdout.write(helpText(cmd.command === 'help' ? helpTopic(cmd.args[0]) : cmd.command));
    return 0;
  }
  switch (cmd.command) {
    case 'version':
      process.stdout.write(`${cliVersion()}\n`);
      return 0;
    case 'login':
      return runLogin(cmd);
    case 'delete': {
      // ko's passthru: every argument to `kubectl delete`, our stdin, stdout and stderr.
      const { requireKubectl, runKubectl } = await import('./kubectl.js');
      requireKubectl('delete', process.env);
      await runKubectl(['delete', ...cmd.args], 'inherit', process.env);
      return 0;
    }
    default:
      return runBuilds(cmd, argv);
  }
}

function helpTopic(word: string | undefined): CommandName {
  if (word === undefined) return 'help';
  if (word === 'publish') return 'build';
  if ((commandNames as readonly string[]).includes(word)) return word as CommandName;
  throw inputError('command', `unknown help topic "${word}"`, 'run ko-action --help');
}

async function runLogin(cmd: CliCommand): Promise<number> {
  const [server, ...extra] = cmd.args;
  if (server === undefined || extra.length) {
    throw inputError(
      'login',
      `accepts 1 arg(s), received ${cmd.args.length}`,
      'ko-action login SERVER -u USER -p PASSWORD',
    );
  }
  let password = cmd.inputs.password ?? '';
  if (cmd.inputs['password-stdin'] === 'true') {
    const { readAll } = await import('../util/read-all.js');
    password = (await readAll(process.stdin))
      .toString('utf8')
      .replace(/\n$/, '')
      .replace(/\r$/, '');
  }
  const { login } = await import('./login.js');
  const file = await login({ server, username: cmd.inputs.username ?? '', password }, process.env);
  process.stderr.write(`logged in via ${file}\n`);
  return 0;
}

async function runBuilds(cmd: CliCommand, argv: readonly string[]): Promise<number> {
  const inputs = readInputs((name) => cliInput(cmd, name), process.env);
  if (cmd.command === 'run') checkRunArgs(cmd, argv);
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
  const builds = cmd.command === 'build' || cmd.command === 'run';
  // --ldflags change go build's arguments: the head start would build what nobody takes.
  if (builds && goPath && existsSync(workingDirectory) && !cmd.ko.ldflags) {
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

/** The action inputs the flags set, plus what the command's arguments mean. */
function cliInput(cmd: CliCommand, name: string): string {
  if (name === 'import-paths' && (cmd.command === 'build' || cmd.command === 'run')) {
    return cmd.command === 'build'
      ? [...cmd.args, ...cmd.afterDash].join('\n')
      : cmd.args.join('\n');
  }
  if (name === 'repo' && !cmd.inputs.repo && cmd.ko.local && !process.env.KO_DOCKER_REPO) {
    return 'ko.local'; // ko: --local with no KO_DOCKER_REPO loads as ko.local/…
  }
  return cmd.inputs[name] ?? '';
}

/** ko run's own checks (pkg/commands/run.go). */
function checkRunArgs(cmd: CliCommand, argv: readonly string[]): void {
  const first = argv[argv.indexOf('run') + 1];
  if (first === undefined) throw inputError('run', 'usage: ko-action run <package>');
  if (first.startsWith('-')) {
    throw inputError('run', `expected first arg to be positional, got "${first}"`);
  }
  if (cmd.args.length === 0) throw inputError('run', 'ko run: no importpaths listed');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`Error: ${redact(errorMessage(e))}\n`);
    process.exit(1);
  },
);
