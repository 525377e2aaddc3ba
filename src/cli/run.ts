// The CLI twin's work once its arguments are read: config, plan, then build, resolve, or one of
// the kubectl commands (apply, create, run) on top of them.
import { basename, resolve as resolvePath } from 'node:path';
import type { Inputs } from '../inputs/inputs.js';
import type { BuiltImage } from '../engine/result.js';
import { runBuild, type EngineDeps } from '../engine/engine.js';
import { checkWorkingDirectory, planBuild, pushRegistry, type BuildPlan } from '../engine/plan.js';
import { repositoryOf } from '../engine/publish/recording-publisher.js';
import type { TakeBuild } from '../go/build.js';
import type { CliCommand } from './args.js';
import { kocacheFromEnv } from '../ko/kocache-env.js';
import { loadKoConfig } from '../ko/ko-yaml-lookup.js';
import type { GoSetup } from '../go/toolchain.js';
import { ClientPool } from '../registry/client-pool.js';
import { KoActionError } from '../util/errors.js';
import { readAll } from '../util/read-all.js';
import { startProgress } from '../util/progress.js';
import { Timeline, type Span } from '../util/timeline.js';
import { requireKubectl, runKubectl } from './kubectl.js';

// `ko run`'s kubectl flags (pkg/commands/run.go).
const runDefaults = ['--attach', '--rm', '--restart=Never', '--log-flush-frequency=1s'];

export async function runCli(
  cmd: CliCommand,
  inputs: Inputs,
  goSetup: Promise<Pick<GoSetup, 'goPath'>>,
  takeBuild?: TakeBuild,
): Promise<number> {
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  for (const w of inputs.warnings) log(`warning: ${w.input}: ${w.message}`);
  // ko checks for kubectl before it builds anything.
  if (cmd.command === 'apply' || cmd.command === 'create') requireKubectl(cmd.command, process.env);
  if (cmd.command === 'resolve' && cmd.args.length) {
    throw new KoActionError(
      'INPUT',
      `unknown command "${cmd.args[0] ?? ''}" for "ko-action resolve"`,
      {
        hint: 'resolve takes files with -f, not arguments',
      },
    );
  }
  checkWorkingDirectory(resolvePath(inputs.workingDirectory));
  const koConfig = await loadKoConfig({
    configInput: inputs.config,
    env: process.env,
    workingDirectory: inputs.workingDirectory,
  });
  for (const { at, message } of koConfig.warnings) {
    log(`warning: ${at.file}:${at.line}:${at.column}: ${message}`);
  }
  const plan: BuildPlan = {
    ...planBuild(inputs, process.env, koConfig),
    koPublishing: {
      tagOnly: cmd.ko.tagOnly,
      local: cmd.ko.local,
      ...(cmd.ko.ociLayoutPath ? { ociLayoutPath: cmd.ko.ociLayoutPath } : {}),
      ...(cmd.ko.tarball ? { tarball: cmd.ko.tarball } : {}),
      ...(cmd.ko.imageRefs ? { imageRefs: cmd.ko.imageRefs } : {}),
    },
    ...(cmd.ko.ldflags ? { ldflags: cmd.ko.ldflags } : {}),
    ...(cmd.ko.sbomDir ? { sbomDir: cmd.ko.sbomDir } : {}),
  };
  const go = await goSetup;
  const clients = new ClientPool({
    env: process.env,
    targetRegistry: cmd.ko.local ? undefined : pushRegistry(plan),
    insecure: inputs.insecureRegistry,
    jobs: plan.uploadJobs,
    // As the action's warnings: a retry is said, on stderr (the message carries no credentials).
    onRetry: (retry) => log(`warning: ${retry.message}`),
  });
  const timeline = new Timeline();
  if (cmd.verbose) timeline.listen((event, span) => log(spanLine(event, span)));
  // Progress lines are for a person watching: only when stderr is a terminal.
  const stopProgress = process.stderr.isTTY
    ? startProgress({ active: () => timeline.active(), report: log })
    : () => undefined;
  // Like ko: KOCACHE is used only when set.
  const kocache = kocacheFromEnv(process.env);
  const deps: EngineDeps = {
    goPath: go.goPath,
    env: process.env,
    clients,
    log,
    timeline,
    ...(kocache ? { kocache: resolvePath(kocache) } : {}),
    ...(takeBuild ? { takeBuild } : {}),
  };
  try {
    switch (cmd.command) {
      case 'resolve':
        process.stdout.write(await resolveYaml(cmd, inputs, plan, deps));
        break;
      case 'apply':
      case 'create': {
        const yaml = await resolveYaml(cmd, inputs, plan, deps);
        // ko: `kubectl apply|create -f -` with the YAML on stdin and every other argument after.
        const args = [cmd.command, '-f', '-', ...cmd.args, ...cmd.afterDash];
        await runKubectl(args, { text: yaml }, process.env);
        break;
      }
      case 'run':
        for (const img of await runBuild(plan, deps)) await kubectlRun(img, cmd.afterDash, log);
        break;
      default:
        for (const img of await runBuild(plan, deps)) process.stdout.write(`${img.ref}\n`);
    }
  } finally {
    stopProgress();
    await clients.close();
  }
  return 0;
}

async function resolveYaml(
  cmd: CliCommand,
  inputs: Inputs,
  plan: BuildPlan,
  deps: EngineDeps,
): Promise<string> {
  if (inputs.resolve.length === 0) {
    // ko reads no file and prints nothing; say why.
    deps.log(`warning: no -f/--filename given: nothing to ${cmd.command}`);
    return '';
  }
  // Like `ko resolve`: the YAML to stdout, what was replaced to stderr.
  const { resolveFiles } = await import('../resolve/resolve-files.js');
  const request = {
    patterns: inputs.resolve,
    recursive: inputs.resolveRecursive,
    // ko reads .json and .yaml files from directories, not .yml (options/filestuff.go).
    extensions: ['.json', '.yaml'],
    ...(cmd.ko.selector !== undefined ? { selector: cmd.ko.selector } : {}),
  };
  const resolved = await resolveFiles(request, plan, deps, readStdin);
  for (const [from, to] of resolved.replaced) deps.log(`${from} -> ${to}`);
  return resolved.yaml;
}

/** `kubectl run <name> --image <ref> --attach --rm --restart=Never --log-flush-frequency=1s …`. */
async function kubectlRun(
  img: BuiltImage,
  extra: readonly string[],
  log: (line: string) => void,
): Promise<void> {
  log(`Running "${img.importPath}"`);
  const pod = basename(repositoryOf(img.ref));
  const argv = ['run', pod, '--image', img.ref, ...runDefaults, ...extra];
  log(`$ kubectl ${argv.join(' ')}`);
  requireKubectl('run', process.env);
  await runKubectl(argv, 'inherit', process.env);
}

function spanLine(event: 'start' | 'end', span: Span): string {
  const who = [span.subject, span.image].filter(Boolean).join(' ');
  if (event === 'start') return `${span.phase}: ${who} started`;
  const took = (((span.end ?? span.start) - span.start) / 1000).toFixed(1);
  return `${span.phase}: ${who} ${span.outcome ?? 'ok'} in ${took} s`;
}

/** All of stdin, for `-f -`. */
async function readStdin(): Promise<string> {
  return (await readAll(process.stdin)).toString('utf8');
}
