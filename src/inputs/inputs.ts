// Read every action input once into a frozen, typed object. Pure: the getter and the environment
// are passed in, so tests give a map and main gives @actions/core.
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputError } from '../util/errors.js';
import { parseNamingMode, type NamingMode } from '../ko/naming.js';
import { lineWithEmptyItem, splitList, splitPairs } from './lists.js';
import type { Env } from '../util/env.js';
import { isLayerCompression, type LayerCompression } from '../oci/gzip.js';

export interface Inputs {
  readonly importPaths: readonly string[];
  /** Explicit `repo`, else $KO_DOCKER_REPO, else ghcr.io/<owner>/<repo>. Undefined when none. */
  readonly repo: string | undefined;
  readonly naming: NamingMode;
  readonly tags: readonly string[];
  /**
   * The `platforms` input only: KO_DEFAULTPLATFORMS is read with .ko.yaml (ko/ko-yaml.ts), as
   * viper reads it, and the plan takes input > KO_DEFAULTPLATFORMS > .ko.yaml > GOOS/GOARCH.
   */
  readonly platforms: readonly string[] | undefined;
  /** The `base-image` input only: KO_DEFAULTBASEIMAGE is read with .ko.yaml (ko/ko-yaml.ts). */
  readonly baseImage: string | undefined;
  /**
   * The `config` input only. KO_CONFIG_PATH is read by findKoConfig, so that errors name the
   * source the path came from.
   */
  readonly config: string | undefined;
  readonly workingDirectory: string;
  readonly push: boolean;
  readonly ociLayoutPath: string;
  readonly labels: readonly (readonly [string, string])[];
  readonly annotations: readonly (readonly [string, string])[];
  readonly user: string | undefined;
  readonly sbom: 'spdx' | 'none';
  /** Layer gzip: `go` (ko's exact bytes, so ko's digests) or `parallel` (zlib on all cores). */
  readonly compression: LayerCompression;
  readonly pushByDigest: boolean;
  /** Attach SLSA provenance to each pushed platform image (docs/provenance.md). */
  readonly provenance: boolean;
  readonly merge: readonly string[];
  readonly resolve: readonly string[];
  /** Directories in `resolve` are walked recursively (ko's -R); default: their top level. */
  readonly resolveRecursive: boolean;
  readonly resolvedFile: string | undefined;
  readonly goVersion: string | undefined;
  readonly goVersionFile: string | undefined;
  readonly goDownloadBaseUrl: string;
  readonly cache: boolean;
  readonly cacheDependencyPath: readonly string[];
  readonly githubToken: string | undefined;
  readonly username: string | undefined;
  readonly password: string | undefined;
  readonly insecureRegistry: boolean;
  /** Concurrent builds (the `jobs` input; default: CPUs). */
  readonly jobs: number;
  /** Concurrent uploads: `jobs` when set, else at least 4 (network-bound, as ggcr's default). */
  readonly uploadJobs: number;
  readonly debug: boolean;
  /** What was read differently from what was written, or ignored: said, not failed on. */
  readonly warnings: readonly InputWarning[];
}

export interface InputWarning {
  readonly input: string;
  readonly message: string;
}

export type InputGetter = (name: string) => string;

export function readInputs(get: InputGetter, env: Env = process.env): Inputs {
  const str = (name: string): string | undefined => get(name).trim() || undefined;
  const bool = (name: string, dflt: boolean): boolean => parseBool(name, get(name), dflt);

  const naming = parseNamingMode(get('naming'));
  const sbom = str('sbom') ?? 'spdx';
  if (sbom !== 'spdx' && sbom !== 'none') {
    throw inputError('sbom', `unknown SBOM format "${sbom}"`, 'use spdx or none');
  }
  const compression = str('compression') ?? 'go';
  if (!isLayerCompression(compression)) {
    throw inputError('compression', `unknown compression "${compression}"`, 'use go or parallel');
  }
  const warnings: InputWarning[] = [];
  const tags = splitList(get('tags'));
  const importPaths = splitList(get('import-paths'));
  const jobs = parseJobs(get('jobs'));
  const platforms = splitList(get('platforms'));
  const emptyPlatform = lineWithEmptyItem(get('platforms'));
  if (emptyPlatform !== undefined) {
    // ko would read the empty item as a platform matching every one of the base's.
    throw inputError(
      'platforms',
      `"${emptyPlatform.trim()}" has an empty platform in it`,
      'remove the extra comma, or write all to build every platform of the base',
    );
  }
  const pairs = (name: string) =>
    splitPairs(get(name), name, (msg) => inputError(name, msg, 'write one key=value per line'));

  const inputs: Inputs = {
    importPaths: importPaths.length ? importPaths : ['.'],
    repo: lowercased(str('repo'), warnings) ?? (env.KO_DOCKER_REPO?.trim() || defaultGhcrRepo(env)),
    naming,
    tags: tags.length ? tags : ['latest'],
    platforms: platforms.length ? platforms : undefined,
    baseImage: str('base-image'),
    config: str('config'),
    workingDirectory: str('working-directory') ?? '.',
    push: bool('push', true),
    ociLayoutPath:
      str('oci-layout-path') ??
      // Outside the checkout, so that a build never leaves the next one's git state -dirty.
      join(env.RUNNER_TEMP || tmpdir(), 'ko-action', 'oci'),
    labels: pairs('labels'),
    annotations: pairs('annotations'),
    user: str('user'),
    sbom,
    compression,
    pushByDigest: bool('push-by-digest', false),
    provenance: bool('provenance', false),
    merge: splitList(get('merge'), { comma: false }),
    resolve: splitList(get('resolve')),
    resolveRecursive: bool('resolve-recursive', false),
    resolvedFile: str('resolved-file'),
    goVersion: str('go-version'),
    goVersionFile: str('go-version-file'),
    goDownloadBaseUrl: (str('go-download-base-url') ?? 'https://go.dev/dl').replace(/\/+$/, ''),
    cache: bool('cache', true),
    cacheDependencyPath: splitList(get('cache-dependency-path')).length
      ? splitList(get('cache-dependency-path'))
      : ['go.sum'],
    githubToken: str('github-token'),
    username: str('username'),
    password: str('password'),
    insecureRegistry: bool('insecure-registry', false),
    jobs,
    uploadJobs: get('jobs').trim() ? jobs : Math.max(4, jobs),
    debug: bool('debug', false),
    warnings,
  };
  if (inputs.pushByDigest && get('tags').trim() && !(tags.length === 1 && tags[0] === 'latest')) {
    warnings.push({
      input: 'tags',
      message: `tags (${tags.join(', ')}) are not pushed with push-by-digest: true; give them to the merge step`,
    });
  }
  return Object.freeze(inputs);
}

function parseBool(name: string, raw: string, dflt: boolean): boolean {
  const v = raw.trim();
  if (!v) return dflt;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw inputError(name, `"${v}" is not a boolean`, 'use true or false');
}

function parseJobs(raw: string): number {
  const v = raw.trim();
  if (!v) return Math.max(1, cpus().length);
  if (!/^[1-9]\d*$/.test(v)) {
    throw inputError('jobs', `"${v}" is not a positive whole number`, 'set jobs to 1 or more');
  }
  return Number(v);
}

/** ghcr.io/<owner>/<repo>, lowercased (setup-ko does the same: GHCR rejects upper case). */
function defaultGhcrRepo(env: Env): string | undefined {
  const repo = env.GITHUB_REPOSITORY?.trim();
  return repo ? `ghcr.io/${repo.toLowerCase()}` : undefined;
}

/**
 * The `repo` input, lowercased: registries take only lowercase repository names, and
 * `ghcr.io/${{ github.repository }}` keeps the owner's capitals (docker/metadata-action lowercases
 * too). KO_DOCKER_REPO is taken as written, as ko takes it.
 */
function lowercased(repo: string | undefined, warnings: InputWarning[]): string | undefined {
  if (repo === undefined || repo === repo.toLowerCase()) return repo;
  warnings.push({
    input: 'repo',
    message: `${repo} is used as ${repo.toLowerCase()}: repository names are lowercase`,
  });
  return repo.toLowerCase();
}
