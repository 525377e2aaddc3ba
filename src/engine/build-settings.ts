// .ko.yaml `builds` at build time: which import path each entry builds (one `go list` per
// directory), and the per-platform flags and ldflags ko renders from templates (docs/spec/ko-compat.md#72-keys,
// pkg/build/gobuild.go createTemplateData). The pure parts live in src/config.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildMatchKeys,
  checkBuildImportPaths,
  selectBuild,
  type BuildMatchKey,
  type BuildSettings,
} from '../ko/build-config.js';
import type { KoConfig } from '../ko/ko-yaml.js';
import {
  gitInfoCommands,
  gitInfoFromOutputs,
  makeTemplateData,
  parseGoEnv,
  type GitInfo,
  type GitQuery,
} from '../ko/template-data.js';
import { renderTemplates, type TemplateSource } from '../ko/templates.js';
import { KoActionError } from '../util/errors.js';
import type { Platform } from '../oci/types.js';
import type { Env } from '../util/env.js';
import { KeyedOnce } from '../util/once.js';
import { runProcess } from '../util/process.js';
import { listPackages, run } from '../go/packages.js';

const pathKind = (p: string): 'file' | 'directory' | 'missing' => {
  try {
    return statSync(p).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
};

/**
 * Build index → the import path its `main` lists as (ko's createBuildConfigMap), one `go list`
 * per distinct directory. Two entries for one package are an error (checkBuildImportPaths).
 */
export async function resolveBuilds(
  config: KoConfig,
  workingDirectory: string,
  goPath: string,
  env: Env,
): Promise<Map<number, string>> {
  const resolved = new Map<number, string>();
  if (config.builds.length === 0) return resolved;
  const byCwd = new Map<string, BuildMatchKey[]>();
  for (const key of buildMatchKeys(config, workingDirectory, pathKind)) {
    byCwd.set(key.cwd, [...(byCwd.get(key.cwd) ?? []), key]);
  }
  await Promise.all(
    [...byCwd].map(async ([cwd, keys]) => {
      const pkgs = await listKeys(config, cwd, keys, goPath, env);
      keys.forEach((k, i) => {
        const pkg = pkgs[i];
        if (pkg) resolved.set(k.buildIndex, pkg);
      });
    }),
  );
  checkBuildImportPaths(config, resolved);
  return resolved;
}

async function listKeys(
  config: KoConfig,
  cwd: string,
  keys: readonly BuildMatchKey[],
  goPath: string,
  env: Env,
): Promise<string[]> {
  const list = (patterns: string[]) => listPackages(goPath, patterns, cwd, env);
  // go list answers a repeated pattern once.
  const patterns = [...new Set(keys.map((k) => k.pattern))];
  try {
    const listed = await list(patterns);
    return keys.map((k) => listed[patterns.indexOf(k.pattern)]?.importPath ?? '');
  } catch (err) {
    if (!(err instanceof KoActionError)) throw err;
    // Which entry failed: list them one by one (only on this error path) and point at its `main`.
    for (const k of keys) {
      const failed = await list([k.pattern]).then(
        () => undefined,
        (e: unknown) => e,
      );
      if (!(failed instanceof KoActionError)) continue;
      const b = config.builds.find((x) => x.index === k.buildIndex);
      throw new KoActionError('CONFIG', `builds[${k.buildIndex}].main: ${failed.message}`, {
        where: b?.mainWhere ?? failed.where ?? 'config',
        hint: 'main must name a main package (a directory or a .go file in it) under the build’s dir',
      });
    }
    throw err;
  }
}

export interface PackageBuild {
  readonly settings: BuildSettings;
  /** Where `go build` runs: working-directory plus the build's `dir`. */
  readonly cwd: string;
  /** Undefined when no flag or ldflag is a template: then `flags`/`ldflags` are final. */
  readonly render:
    | ((platform: Platform, buildEnv: Readonly<Record<string, string>>) => Promise<Rendered>)
    | undefined;
  readonly flags: readonly string[];
  readonly ldflags: readonly string[];
}

export interface Rendered {
  readonly flags: string[];
  readonly ldflags: string[];
}

/** Template inputs shared by every package of one run: git info per directory, `go env` per env. */
export class TemplateContext {
  private readonly git = new KeyedOnce<string, GitInfo>();
  private readonly goEnv = new KeyedOnce<string, Record<string, string>>();

  constructor(
    private readonly goPath: string,
    private readonly env: Env,
    /** SOURCE_DATE_EPOCH, else the time of the run. */
    private readonly seconds: number,
  ) {}

  /** The settings for one package and how to render its flags per platform. */
  packageBuild(
    config: KoConfig,
    importPath: string,
    resolved: ReadonlyMap<number, string>,
    workingDirectory: string,
    cliLdflags?: readonly string[],
  ): PackageBuild {
    const settings = selectBuild(config, importPath, resolved, cliLdflags ? { cliLdflags } : {});
    const cwd = settings.dir ? join(workingDirectory, settings.dir) : workingDirectory;
    const templated = [...settings.flags, ...settings.ldflags].some((s) => s.text.includes('{{'));
    const plain = (l: readonly TemplateSource[]) => l.map((s) => s.text);
    return {
      settings,
      cwd,
      flags: plain(settings.flags),
      ldflags: plain(settings.ldflags),
      render: templated
        ? async (platform, buildEnv) => {
            const [git, goEnv] = await Promise.all([
              this.git.get(cwd, () => gitInfo(cwd, this.env)),
              // ko runs `go env` once, in its own directory with its own environment; the
              // build's Env entries then override same-named keys (makeTemplateData).
              this.goEnv.get(workingDirectory, () =>
                goEnvOf(this.goPath, workingDirectory, this.env),
              ),
            ]);
            const data = makeTemplateData({ buildEnv, goEnv, git, seconds: this.seconds });
            return {
              flags: renderTemplates(settings.flags, data),
              ldflags: renderTemplates(settings.ldflags, data),
            };
          }
        : undefined,
    };
  }
}

async function goEnvOf(goPath: string, cwd: string, env: Env): Promise<Record<string, string>> {
  const { stdout, stderr, code } = await run(goPath, ['env'], cwd, env);
  if (code !== 0) {
    throw new KoActionError('GO_BUILD', `go env failed: ${stderr.trim().split('\n')[0] ?? ''}`, {
      hint: 'templates need `go env`; check that the go on PATH runs in working-directory',
    });
  }
  return parseGoEnv(stdout);
}

/** ko's git.GetInfo: every command in the build directory; a failure or no git is "unknown". */
async function gitInfo(cwd: string, env: Env): Promise<GitInfo> {
  const entries = await Promise.all(
    (Object.keys(gitInfoCommands) as GitQuery[]).map(async (q) => {
      const out = await runGit([...gitInfoCommands[q]], cwd, env);
      return [q, out] as const;
    }),
  );
  const outputs: Partial<Record<GitQuery, string>> = {};
  for (const [q, out] of entries) if (out !== undefined) outputs[q] = out;
  return gitInfoFromOutputs(outputs);
}

async function runGit(args: string[], cwd: string, env: Env): Promise<string | undefined> {
  const res = await runProcess('git', ['-c', 'log.showSignature=false', ...args], { cwd, env });
  return res.code === 0 ? res.stdout : undefined;
}
