// Actions cache keys and paths for KOCACHE and GOCACHE (docs/notes/github-actions.md#9-cache-keys-gocache-kocache-for-matrix-jobs). Each matrix
// job (runner, Go version, target platforms) gets its own key, and each run saves a new entry
// (entries are immutable), restoring the newest one of the same job, then of any dependency set.
import { createHash } from 'node:crypto';

export const keyPrefix = 'ko-action-v1';
/** The service's limit. */
export const maxKeyLength = 512;
/** Platform lists longer than this are replaced by their hash. */
const maxPlatformPart = 100;

export interface CacheKeyInput {
  /** RUNNER_OS, e.g. Linux. */
  readonly runnerOs: string;
  /** RUNNER_ARCH, e.g. X64. */
  readonly runnerArch: string;
  /** The Go version in use, e.g. 1.26.8 (a leading `go` is dropped). */
  readonly goVersion: string;
  /** Target platforms as given (`linux/amd64`, `linux/arm/v7`); order and duplicates do not matter. */
  readonly platforms: readonly string[];
  /** Hash of the cache-dependency-path files (hex). */
  readonly dependencyHash: string;
  /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT. */
  readonly runId: string;
  readonly runAttempt: string;
}

export interface CacheKeys {
  readonly primary: string;
  /**
   * Most specific first: same dependencies (a match there counts as a cache hit), then any.
   */
  readonly restoreKeys: readonly string[];
}

export function cacheKeys(input: CacheKeyInput): CacheKeys {
  const job = [
    keyPrefix,
    clean(input.runnerOs),
    clean(input.runnerArch),
    `go${clean(input.goVersion.replace(/^go/, ''))}`,
    platformPart(input.platforms),
  ].join('-');
  const deps = `${job}-${clean(input.dependencyHash)}`;
  const primary = `${deps}-${clean(input.runId)}-${clean(input.runAttempt)}`;
  // Trailing separators keep `…-go1.2-` from matching `…-go1.21-…` by prefix.
  const keys = { primary: fit(primary), restoreKeys: [fit(`${deps}-`), fit(`${job}-`)] };
  return keys;
}

/** `linux-amd64_linux-arm64`, sorted; a hash when that would be long. */
export function platformPart(platforms: readonly string[]): string {
  const list = [...new Set(platforms.map((p) => p.trim()).filter(Boolean))].sort();
  const joined = list.map((p) => clean(p.replace(/[/:]/g, '-'))).join('_') || 'default';
  if (joined.length <= maxPlatformPart) return joined;
  return `platforms${shortHash(list.join(','))}`;
}

/** The cached directories, in one fixed order: the cache version hashes these exact strings. */
export function cachePaths(dirs: {
  readonly kocache: string;
  readonly gocache: string;
  readonly gomodcache?: string | undefined;
}): string[] {
  const paths = [dirs.kocache, dirs.gocache];
  if (dirs.gomodcache) paths.push(dirs.gomodcache);
  return paths;
}

/** Commas are not allowed in keys; whitespace would only confuse. */
function clean(part: string): string {
  return part.replace(/[,\s]+/g, '_');
}

/** Keys are prefixes of each other, so shortening keeps the (hashed) tail distinctive. */
function fit(key: string): string {
  if (key.length <= maxKeyLength) return key;
  const tail = `-${shortHash(key)}`;
  return key.slice(0, maxKeyLength - tail.length) + tail;
}

function shortHash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}
