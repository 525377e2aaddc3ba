// Everything a build needs, resolved from inputs, the environment and .ko.yaml.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseLayoutReference } from '../oci/layout-reader.js';
import { parseReference, parseRepository } from '../registry/reference.js';
import { isLocalRepo } from '../ko/local-image.js';
import type { Inputs } from '../inputs/inputs.js';
import { defaultKoConfig, type KoConfig } from '../ko/ko-yaml.js';
import { errorMessage, inputError, KoActionError } from '../util/errors.js';
import { parsePlatformSpec, validatePlatform, type PlatformSpec } from '../oci/platform.js';
import type { NamingMode } from '../ko/naming.js';
import { kodataEpoch } from '../ko/kodata-epoch.js';
import { splitTags } from '../ko/tag-targets.js';
import type { Env } from '../util/env.js';
import type { LayerCompression } from '../oci/gzip.js';
import type { KoPublishing } from './publish/ko-publish-flags.js';

export interface BuildPlan {
  readonly workingDirectory: string;
  readonly importPaths: readonly string[];
  readonly repo: string | undefined;
  readonly naming: NamingMode;
  /** Plain tags for the ko-named image; empty when `tags` holds only full references. */
  readonly tags: readonly string[];
  /** Full references from `tags` (docker/metadata-action): repository → tags, pushed as given. */
  readonly tagRefs: ReadonlyMap<string, readonly string[]>;
  readonly platforms: PlatformSpec;
  /**
   * The default base: base-image input > KO_DEFAULTBASEIMAGE > .ko.yaml defaultBaseImage >
   * cgr.dev/chainguard/static:latest. baseImageOverrides still win per import path.
   */
  readonly baseImage: string;
  /** The .ko.yaml in effect (defaults and KO_* overrides when there is no file). */
  readonly koConfig: KoConfig;
  readonly push: boolean;
  readonly pushByDigest: boolean;
  readonly ociLayoutPath: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly manifestAnnotations: Readonly<Record<string, string>>;
  readonly indexAnnotations: Readonly<Record<string, string>>;
  readonly user: string | undefined;
  readonly debug: boolean;
  /** Attach SPDX SBOMs to pushed images (`sbom: spdx`). */
  readonly sbom: boolean;
  /** Attach SLSA provenance to pushed platform images (docs/provenance.md). */
  readonly provenance: boolean;
  /** Layer gzip encoder (`compression`). */
  readonly compression: LayerCompression;
  readonly jobs: number;
  readonly uploadJobs: number;
  readonly sourceDateEpoch: number | undefined;
  readonly kodataDateEpoch: number | undefined;
  /** $KO_DATA_PATH_ALLOWED_ROOT: where kodata symlinks may point (default: the git repository). */
  readonly kodataAllowedRoot: string | undefined;
  /** The CLI's ko publish flags: images go where ko would put them (publish/ko-publishing.ts). */
  readonly koPublishing?: KoPublishing;
  /** ko's --ldflags: they replace `ldflags`/`defaultLdflags` of .ko.yaml for every build. */
  readonly ldflags?: readonly string[];
  /** ko's --sbom-dir: every SBOM is also written there (engine/sbom-dir.ts). */
  readonly sbomDir?: string;
}

export function planBuild(
  inputs: Inputs,
  env: Env,
  koConfig: KoConfig = defaultKoConfig(env),
): BuildPlan {
  const platforms = parsePlatformSpec(requestedPlatforms(inputs, env, koConfig));
  if (!platforms.all) for (const p of platforms.platforms) validatePlatform(p);
  const targets = inputs.pushByDigest
    ? { tags: [], tagRefs: new Map<string, readonly string[]>() }
    : splitTags(inputs.tags, inputs.importPaths.length);
  if (inputs.push && !inputs.repo && (targets.tags.length > 0 || targets.tagRefs.size === 0)) {
    throw inputError(
      'repo',
      'no repository to push to',
      'set the repo input or KO_DOCKER_REPO (outside GitHub Actions there is no ghcr.io default)',
    );
  }
  return {
    workingDirectory: resolve(inputs.workingDirectory),
    importPaths: inputs.importPaths,
    repo: inputs.repo,
    naming: inputs.naming,
    tags: targets.tags,
    tagRefs: targets.tagRefs,
    platforms,
    baseImage: inputs.baseImage
      ? checkedBaseImage(inputs.baseImage)
      : koConfig.defaultBaseImage.value,
    koConfig,
    push: inputs.push,
    pushByDigest: inputs.pushByDigest,
    ociLayoutPath: resolve(inputs.ociLayoutPath),
    labels: Object.fromEntries(inputs.labels),
    ...splitAnnotations(inputs.annotations),
    user: inputs.user,
    debug: inputs.debug,
    sbom: inputs.sbom === 'spdx',
    provenance: inputs.provenance,
    compression: inputs.compression,
    jobs: inputs.jobs,
    uploadJobs: inputs.uploadJobs,
    sourceDateEpoch: epoch('SOURCE_DATE_EPOCH', env.SOURCE_DATE_EPOCH),
    kodataDateEpoch: env.KO_DATA_DATE_EPOCH ? kodataEpoch(env.KO_DATA_DATE_EPOCH) : undefined,
    kodataAllowedRoot: env.KO_DATA_PATH_ALLOWED_ROOT || undefined,
  };
}

/**
 * ko's order (docs/spec/ko-compat.md#56-defaults): input > KO_DEFAULTPLATFORMS > .ko.yaml defaultPlatforms > $GOOS/$GOARCH >
 * linux/amd64. ko refuses an explicit list while GOOS/GOARCH/GOARM is set: which one wins would
 * be a guess.
 */
function requestedPlatforms(inputs: Inputs, env: Env, koConfig: KoConfig): readonly string[] {
  const explicit: { value: readonly string[]; where: string } | undefined = inputs.platforms
    ? { value: inputs.platforms, where: 'platforms' }
    : koConfig.defaultPlatforms;
  if (!explicit) return goEnvPlatforms(env);
  const set = ['GOOS', 'GOARCH', 'GOARM'].filter((k) => env[k]?.trim());
  if (set.length) {
    throw new KoActionError(
      'CONFIG',
      `platforms are set (${explicit.value.join(',')}) while ${set.join('/')} is set in the environment`,
      {
        where: explicit.where,
        hint: `unset ${set.join(', ')} (ko refuses the combination too), or drop the platform list`,
      },
    );
  }
  return explicit.value;
}

/** $GOOS/$GOARCH when both are set, else linux/amd64. */
function goEnvPlatforms(env: Env): string[] {
  if (env.GOOS && env.GOARCH) {
    const arm = env.GOARCH.includes('arm') && env.GOARM ? `/v${env.GOARM}` : '';
    return [`${env.GOOS}/${env.GOARCH}${arm}`];
  }
  return ['linux/amd64'];
}

function epoch(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (!/^-?\d+$/.test(raw.trim())) {
    throw inputError(
      name,
      `"${raw}" is not a Unix time in seconds`,
      `set ${name} to a whole number`,
    );
  }
  return Number(raw.trim());
}

/**
 * docker/metadata-action prefixes annotations with the level they belong to; unprefixed ones go
 * everywhere, as ko's --image-annotation does.
 */
export function splitAnnotations(pairs: readonly (readonly [string, string])[]): {
  manifestAnnotations: Record<string, string>;
  indexAnnotations: Record<string, string>;
} {
  const manifestAnnotations: Record<string, string> = {};
  const indexAnnotations: Record<string, string> = {};
  for (const [rawKey, value] of pairs) {
    const m = /^(manifest|index|manifest-descriptor|index-descriptor):(.+)$/.exec(rawKey);
    const level = m?.[1];
    const key = m?.[2] ?? rawKey;
    if (!level || level === 'manifest') manifestAnnotations[key] = value;
    if (!level || level === 'index') indexAnnotations[key] = value;
  }
  return { manifestAnnotations, indexAnnotations };
}

/** A bad `base-image` input names it (KO_DEFAULTBASEIMAGE is checked where it is read). */
function checkedBaseImage(ref: string): string {
  if (ref === 'scratch') return ref;
  const layout = parseLayoutReference(ref);
  if (layout) {
    if (!existsSync(layout.dir) || !statSync(layout.dir).isDirectory()) {
      throw new KoActionError('INPUT', `${ref}: ${layout.dir} is not a directory`, {
        where: 'base-image',
        hint: 'oci-layout:<dir>[:<tag>] names an OCI image layout directory, relative to the workspace',
      });
    }
    return ref;
  }
  try {
    parseReference(ref);
  } catch (e) {
    throw new KoActionError('INPUT', errorMessage(e), {
      where: 'base-image',
      hint: 'use a registry reference, scratch, or oci-layout:<dir>[:<tag>]',
    });
  }
  return ref;
}

/** The working directory must exist before anything runs in it. */
export function checkWorkingDirectory(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw inputError(
      'working-directory',
      `${dir} is not a directory`,
      'check the path (it is relative to the workspace)',
    );
  }
}

/**
 * The registry the credential inputs are for: the repo's, or with only full references in `tags`,
 * the first one's. None for layouts, ko.local (a local engine) and kind.local (a kind cluster).
 */
export function pushRegistry(plan: BuildPlan): string | undefined {
  if (!plan.push) return undefined;
  const named = plan.tags.length > 0 || plan.tagRefs.size === 0;
  const repo = named ? plan.repo : [...plan.tagRefs.keys()][0];
  if (!repo || (named && isLocalRepo(repo))) return undefined;
  return parseRepository(repo).registry;
}
