// Everything a build needs, resolved from inputs and the environment (and, later, .ko.yaml).
import { resolve } from 'node:path';
import type { Inputs } from '../action/inputs.js';
import { inputError } from '../errors.js';
import { parsePlatformSpec, validatePlatform, type PlatformSpec } from '../image/platform.js';
import { normaliseTags, type NamingMode } from '../naming/namer.js';
import { kodataEpoch } from './kodata-layer.js';

export const defaultBaseImage = 'cgr.dev/chainguard/static:latest';

export interface BuildPlan {
  readonly workingDirectory: string;
  readonly importPaths: readonly string[];
  readonly repo: string | undefined;
  readonly naming: NamingMode;
  readonly tags: readonly string[];
  readonly platforms: PlatformSpec;
  readonly baseImage: string;
  readonly push: boolean;
  readonly pushByDigest: boolean;
  readonly ociLayoutPath: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly manifestAnnotations: Readonly<Record<string, string>>;
  readonly indexAnnotations: Readonly<Record<string, string>>;
  readonly user: string | undefined;
  readonly debug: boolean;
  readonly jobs: number;
  readonly sourceDateEpoch: number | undefined;
  readonly kodataDateEpoch: number | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

export function planBuild(inputs: Inputs, env: Env): BuildPlan {
  const platforms = parsePlatformSpec(inputs.platforms ?? defaultPlatforms(env));
  if (!platforms.all) for (const p of platforms.platforms) validatePlatform(p);
  if (inputs.push && !inputs.repo) {
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
    tags: inputs.pushByDigest ? [] : normaliseTags(inputs.tags),
    platforms,
    baseImage: inputs.baseImage ?? defaultBaseImage,
    push: inputs.push,
    pushByDigest: inputs.pushByDigest,
    ociLayoutPath: resolve(inputs.ociLayoutPath),
    labels: Object.fromEntries(inputs.labels),
    ...splitAnnotations(inputs.annotations),
    user: inputs.user,
    debug: inputs.debug,
    jobs: inputs.jobs,
    sourceDateEpoch: epoch('SOURCE_DATE_EPOCH', env.SOURCE_DATE_EPOCH),
    kodataDateEpoch: env.KO_DATA_DATE_EPOCH ? kodataEpoch(env.KO_DATA_DATE_EPOCH) : undefined,
  };
}

/** ko's order after the input/KO_DEFAULTPLATFORMS: $GOOS/$GOARCH when both are set, else linux/amd64. */
function defaultPlatforms(env: Env): string[] {
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
function splitAnnotations(pairs: readonly (readonly [string, string])[]): {
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
