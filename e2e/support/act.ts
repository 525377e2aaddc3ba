// Runs one workflow under nektos/act (pinned in scripts/tool-versions.json) the way the e2e suite
// needs it: no containers (every runner label maps to `-self-hosted`), the cache and artifact
// servers on loopback, actions served from local folders under their published names
// (`--local-repository owner/name@ref=DIR`), and `--json` logs, read back into one report per job.
//
// What act's JSON log lines carry (act v0.2.89, pkg/runner/command.go and step.go):
//   {"jobID","matrix","stepID":[id],"command":"set-output","name","arg"}   a step output
//   {"command":"summary","content"}                                          GITHUB_STEP_SUMMARY
//   {"command":"error"|"warning"|"notice","kvPairs":{"file","line"},"arg"}   an annotation
//   {"raw_output":true,"msg"}                                                a line of step output
//   {"jobResult":"success"|"failure"}                                        the job's conclusion
// act never shows the job summary itself; it logs each step's summary file as a "summary" command.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { startWatchdog } from '../../__tests__/support/child.js';
import { toolPath } from '../../__tests__/support/tools.js';

export interface ActOptions {
  /** The repository: a git checkout holding .github/workflows. */
  readonly workspace: string;
  /** The workflow file, relative to the workspace. */
  readonly workflow: string;
  /** The event payload: `ref` decides github.ref (refs/tags/v1.2.3, refs/heads/main). */
  readonly event: Readonly<Record<string, unknown>>;
  /** Runner labels used by the workflow's `runs-on`, each run on this machine. */
  readonly runnerLabels: readonly string[];
  /** `owner/name@ref` → folder, for every action the workflow uses. */
  readonly actions: Readonly<Record<string, string>>;
  /** Variables for every step (`--env`); HOME is where the job's tools keep their caches. */
  readonly env: Readonly<Record<string, string>>;
  /** `secrets.<name>`; GITHUB_TOKEN is also `github.token`, as on GitHub's runners. */
  readonly secrets: Readonly<Record<string, string>>;
  readonly actor: string;
  /** act's own HOME: its work folders (~/.cache/act) and the tool cache live under it. */
  readonly actHome: string;
  /** The cache server's storage, shared by runs that should see each other's caches. */
  readonly cacheDir: string;
  /** The artifact server's storage (the server starts only with one). */
  readonly artifactDir: string;
  /** Prepended to PATH (act's host executor gives steps its own PATH). */
  readonly extraPath?: string;
  /** Every log line goes here too, for a failure's post-mortem. */
  readonly logFile: string;
  /** A private folder for the event payload and the secrets file. */
  readonly scratchDir: string;
}

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly file?: string;
  readonly line?: string;
}

export interface JobReport {
  /** The job id in the workflow (`build`), and its matrix values. */
  readonly id: string;
  readonly matrix: Readonly<Record<string, unknown>>;
  result: string;
  /** Step id → output name → value. */
  readonly outputs: Record<string, Record<string, string>>;
  /** Each step's GITHUB_STEP_SUMMARY content, in order. */
  readonly summaries: string[];
  readonly annotations: Annotation[];
  /** The steps' output lines, in order. */
  readonly log: string[];
}

export interface ActResult {
  readonly exitCode: number | null;
  readonly jobs: JobReport[];
  /** act's own messages (errors before any job ran, for example). */
  readonly actLog: string[];
}

interface ActLine {
  jobID?: string;
  matrix?: Record<string, unknown>;
  stepID?: string[];
  msg?: string;
  command?: string;
  name?: string;
  arg?: string;
  content?: string;
  kvPairs?: Record<string, string>;
  raw_output?: boolean;
  jobResult?: string;
}

/** A free loopback port: act's artifact server cannot pick one itself (port 0 is advertised). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function actArgs(
  opts: ActOptions,
  eventFile: string,
  secretFile: string,
  artifactPort: number,
): string[] {
  const args = [
    'push',
    '--workflows',
    opts.workflow,
    '--eventpath',
    eventFile,
    '--json',
    '--actor',
    opts.actor,
    '--cache-server-addr',
    '127.0.0.1',
    '--cache-server-path',
    opts.cacheDir,
    '--artifact-server-addr',
    '127.0.0.1',
    '--artifact-server-port',
    String(artifactPort),
    '--artifact-server-path',
    opts.artifactDir,
    // act reads .env from the workspace by default; the test passes everything explicitly.
    '--env-file',
    '/dev/null',
    // Secrets from a file, not act's environment: act's host executor hands its environment's
    // variables of those names to every step, which GitHub's runner never does.
    '--secret-file',
    secretFile,
  ];
  for (const label of opts.runnerLabels) args.push('-P', `${label}=-self-hosted`);
  for (const [uses, dir] of Object.entries(opts.actions)) {
    args.push('--local-repository', `${uses}=${dir}`);
  }
  for (const [name, value] of Object.entries(opts.env)) args.push('--env', `${name}=${value}`);
  return args;
}

function jobFor(jobs: JobReport[], line: ActLine): JobReport {
  const matrix = line.matrix ?? {};
  const key = JSON.stringify(matrix);
  let job = jobs.find((j) => j.id === line.jobID && JSON.stringify(j.matrix) === key);
  if (!job) {
    job = {
      id: line.jobID ?? '',
      matrix,
      result: 'unknown',
      outputs: {},
      summaries: [],
      annotations: [],
      log: [],
    };
    jobs.push(job);
  }
  return job;
}

function record(jobs: JobReport[], actLog: string[], line: ActLine): void {
  if (!line.jobID) {
    if (line.msg) actLog.push(line.msg);
    return;
  }
  const job = jobFor(jobs, line);
  const step = line.stepID?.[0] ?? '';
  if (line.jobResult) job.result = line.jobResult;
  if (line.command === 'set-output' && line.name !== undefined) {
    (job.outputs[step] ??= {})[line.name] = line.arg ?? '';
  } else if (line.command === 'summary') {
    job.summaries.push(line.content ?? '');
  } else if (line.command === 'error' || line.command === 'warning' || line.command === 'notice') {
    const kv = line.kvPairs ?? {};
    job.log.push(`::${line.command}:: ${line.arg ?? ''}`);
    job.annotations.push({
      level: line.command,
      message: line.arg ?? '',
      ...(kv.file !== undefined ? { file: kv.file } : {}),
      ...(kv.line !== undefined ? { line: kv.line } : {}),
    });
  } else if (line.raw_output && line.msg !== undefined) {
    job.log.push(line.msg.replace(/\n$/, ''));
  } else if (line.msg) {
    job.log.push(line.msg);
  }
}

/** Runs act once and resolves when it exits, with every job's outputs, summaries and annotations. */
export async function runAct(opts: ActOptions): Promise<ActResult> {
  const eventFile = join(opts.scratchDir, 'event.json');
  await mkdir(dirname(opts.logFile), { recursive: true });
  await mkdir(opts.scratchDir, { recursive: true });
  await writeFile(eventFile, JSON.stringify(opts.event));
  // dotenv: a double-quoted value takes JSON's escapes (\n), so one line holds any secret.
  const secretFile = join(opts.scratchDir, 'secrets.env');
  const secrets = Object.entries(opts.secrets).map(([k, v]) => `${k}=${JSON.stringify(v)}\n`);
  await writeFile(secretFile, secrets.join(''), { mode: 0o600 });
  const artifactPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: `${opts.extraPath ? `${opts.extraPath}:` : ''}${process.env.PATH ?? ''}`,
    HOME: opts.actHome,
    // act needs no Docker: it only warns that it found none.
    DOCKER_HOST: '',
  };
  const child = spawn(toolPath('act'), actArgs(opts, eventFile, secretFile, artifactPort), {
    cwd: opts.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const watchdog = child.pid === undefined ? undefined : startWatchdog(child.pid);
  const log = createWriteStream(opts.logFile);
  const jobs: JobReport[] = [];
  const actLog: string[] = [];
  const read = (stream: NodeJS.ReadableStream): Promise<void> =>
    new Promise((resolve) => {
      const lines = createInterface({ input: stream });
      lines.on('line', (text) => {
        let line: ActLine;
        try {
          line = JSON.parse(text) as ActLine;
        } catch {
          log.write(`${text}\n`);
          actLog.push(text);
          return;
        }
        // act's JSON log spells out what a step masked (its `::add-mask::` argument); the runner
        // never prints it, and neither does this log.
        const masked = line.command === 'add-mask' ? { ...line, arg: '***', raw: '***' } : line;
        log.write(`${JSON.stringify(masked)}\n`);
        record(jobs, actLog, line);
      });
      lines.on('close', resolve);
    });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  await Promise.all([read(child.stdout), read(child.stderr)]);
  const exitCode = await exited;
  watchdog?.kill('SIGKILL');
  await new Promise((resolve) => log.end(resolve));
  return { exitCode, jobs, actLog };
}
