// The CLI's head start: `go build` for every requested package and platform begins as soon as
// the arguments are read, while the engine loads, go list runs and the base image downloads.
// `ko build ./cmd/app` and `go build ./cmd/app` make the same binary as its import path does, so
// the engine takes a started build only when every input that decides the output is the same
// (compileKey); anything else, such as a .ko.yaml or KOCACHE, is simply built the usual way.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Inputs } from '../inputs/inputs.js';
import { defaultKoConfig } from '../ko/ko-yaml.js';
import { findKoConfig } from '../ko/ko-yaml-lookup.js';
import { formatPlatform } from '../oci/platform.js';
import { limit } from '../util/limit.js';
import {
  compileKey,
  compiled,
  goMaxProcs,
  runGoBuild,
  type CompileRequest,
  type TakeBuild,
} from '../go/build.js';
import type { RunResult } from '../go/packages.js';
import { stripKoScheme } from '../ko/ko-reference.js';
import { kocacheFromEnv } from '../ko/kocache-env.js';
import { planBuild } from './plan.js';
import type { Env } from '../util/env.js';

interface Started {
  readonly outFile: string;
  readonly result: Promise<RunResult>;
}

export interface HeadStart {
  /** The binary from a build started for exactly this request; each is taken at most once. */
  readonly take: TakeBuild;
  /** Stops builds nobody took and removes their outputs. */
  close(): Promise<void>;
}

/**
 * Starts the builds when nothing but the defaults can shape them: no .ko.yaml, no KOCACHE (its
 * binaries live at paths ko chooses), no default flag templates, and a platform list.
 */
export async function startBuilds(
  goPath: string,
  inputs: Inputs,
  env: Env,
): Promise<HeadStart | undefined> {
  if (kocacheFromEnv(env)) return undefined;
  const config = defaultKoConfig(env);
  if (config.defaultFlags.length || config.defaultLdflags.length) return undefined;
  let plan;
  try {
    plan = planBuild(inputs, env, config);
  } catch {
    return undefined; // the engine reports it
  }
  if (plan.platforms.all) return undefined;
  const found = await findKoConfig({
    configInput: inputs.config,
    env,
    workingDirectory: inputs.workingDirectory,
  }).catch(() => 'unreadable');
  if (found !== undefined) return undefined;

  const started = new Map<string, Started>();
  const all: Promise<RunResult>[] = [];
  const dir = await mkdtemp(join(env.RUNNER_TEMP ?? tmpdir(), 'ko-action-head-'));
  const abort = new AbortController();
  const jobs = limit(plan.jobs);
  const maxProcs = goMaxProcs(plan.importPaths.length * plan.platforms.platforms.length, plan.jobs);
  for (const requested of plan.importPaths.map(stripKoScheme)) {
    for (const platform of plan.platforms.platforms) {
      const req: CompileRequest = {
        goPath,
        importPath: requested,
        cwd: plan.workingDirectory,
        platform,
        outDir: dir,
        flags: [],
        ldflags: [],
        buildEnv: config.defaultEnv,
        debug: plan.debug,
        processEnv: env,
        ...(maxProcs !== undefined ? { maxProcs } : {}),
        tmpDir: join(dir, 'go-tmp'),
      };
      const outFile = join(dir, `${started.size}-${formatPlatform(platform).replace(/\//g, '-')}`);
      const result = jobs(() => runGoBuild(req, outFile, abort.signal));
      result.catch(() => undefined); // whoever takes it sees the failure
      all.push(result);
      started.set(takeKey(req, requested), { outFile, result });
    }
  }
  return {
    async take(req, requested) {
      const id = takeKey(req, stripKoScheme(requested));
      const hit = started.get(id);
      if (!hit) return undefined;
      started.delete(id);
      return compiled(req, hit.outFile, await hit.result);
    },
    async close() {
      started.clear();
      abort.abort();
      // The builds not taken are stopped; their folders go once they have.
      await Promise.allSettled(all);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function takeKey(req: CompileRequest, requested: string): string {
  return `${requested}\u0000${compileKey(req)}`;
}
