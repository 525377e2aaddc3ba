// Actions cache keys for the two entries ko-action keeps (docs/caching.md#keys-and-restore-order):
//
//   modules  ko-action-v2-gomod-<OS>-go<version>-<deps>-<unique>
//   build    ko-action-v2-build-<OS>-<arch>-go<version>-<platforms>-t<target>-<deps>-<unique>
//
// `<deps>` hashes the cache-dependency-path files, `<target>` what the job builds (working
// directory, import paths), `<unique>` the run and the saved content: entries are immutable, so
// each save needs a key of its own, and restore takes the newest entry under a prefix. An entry
// restored under the `…-<deps>-` prefix was saved for exactly these dependencies (and, for the
// build entry, this job): that is a cache hit. Keys are compared case-insensitively, as
// actions/cache does, because some cache servers (act's) hand keys back lowercased.
import { createHash } from 'node:crypto';

export const keyPrefix = 'ko-action-v2';
/** The service's limit. */
export const maxKeyLength = 512;
/** Room left after a prefix for saveKey's unique part. */
const maxUniqueLength = 64;
/** Platform lists longer than this are replaced by their hash. */
const maxPlatformPart = 100;

export interface ModuleKeyInput {
  /** RUNNER_OS, e.g. Linux. */
  readonly runnerOs: string;
  /** The Go version in use, e.g. 1.26.8 (a leading `go` is dropped). */
  readonly goVersion: string;
  /** Hash of the cache-dependency-path files (hex). */
  readonly dependencyHash: string;
}

export interface BuildKeyInput extends ModuleKeyInput {
  /** RUNNER_ARCH, e.g. X64. */
  readonly runnerArch: string;
  /** Target platforms as given (`linux/amd64`, `linux/arm/v7`); order and duplicates do not matter. */
  readonly platforms: readonly string[];
  /** What the job builds (see targetHash). */
  readonly target: string;
}

export interface EntryKeys {
  /**
   * The prefix of every key saved for exactly these inputs: a restored key under it is a hit.
   * Restore looks it up as its primary key (matched by prefix, newest first).
   */
  readonly exact: string;
  /** Tried after `exact`, most specific first: the nearest entry to start from. */
  readonly restoreKeys: readonly string[];
}

export function moduleKeys(input: ModuleKeyInput): EntryKeys {
  const family = join([
    `${keyPrefix}-gomod`,
    clean(input.runnerOs),
    `go${clean(input.goVersion.replace(/^go/, ''))}`,
  ]);
  // Trailing separators keep `…-go1.2-` from matching `…-go1.21-…` by prefix.
  return {
    exact: fit(`${family}-${clean(input.dependencyHash)}-`),
    restoreKeys: [fit(`${family}-`)],
  };
}

export function buildKeys(input: BuildKeyInput): EntryKeys {
  const platforms = join([
    `${keyPrefix}-build`,
    clean(input.runnerOs),
    clean(input.runnerArch),
    `go${clean(input.goVersion.replace(/^go/, ''))}`,
    platformPart(input.platforms),
  ]);
  const job = `${platforms}-t${shortHash(input.target).slice(0, 8)}`;
  return {
    exact: fit(`${job}-${clean(input.dependencyHash)}-`),
    // Same job, other dependencies; then another target on the same platforms (shares the
    // standard library and most dependencies).
    restoreKeys: [fit(`${job}-`), fit(`${platforms}-`)],
  };
}

/** The key one save uses: `exact` plus the run and a digest of what is saved. */
export function saveKey(
  keys: EntryKeys,
  run: { readonly runId: string; readonly runAttempt: string; readonly content: string },
): string {
  const ids = `${clean(run.runId)}-${clean(run.runAttempt)}`.slice(0, maxUniqueLength - 13);
  return `${keys.exact}${ids}-${shortHash(run.content).slice(0, 12)}`;
}

/** What the job builds, for the build key: the same inputs give the same string. */
export function targetString(t: {
  readonly workingDirectory: string;
  readonly importPaths: readonly string[];
  readonly resolve: readonly string[];
}): string {
  const sorted = (xs: readonly string[]): string => [...new Set(xs)].sort().join('\n');
  return `dir ${t.workingDirectory}\nimport\n${sorted(t.importPaths)}\nresolve\n${sorted(t.resolve)}`;
}

/** True when `matched` (as the service returned it) lies under `prefix`, ignoring case. */
export function keyHasPrefix(matched: string | undefined, prefix: string): boolean {
  return matched !== undefined && matched.toLowerCase().startsWith(prefix.toLowerCase());
}

/** `linux-amd64_linux-arm64`, sorted; a hash when that would be long. */
export function platformPart(platforms: readonly string[]): string {
  const list = [...new Set(platforms.map((p) => p.trim()).filter(Boolean))].sort();
  const joined = list.map((p) => clean(p.replace(/[/:]/g, '-'))).join('_') || 'default';
  if (joined.length <= maxPlatformPart) return joined;
  return `platforms${shortHash(list.join(',')).slice(0, 16)}`;
}

function join(parts: readonly string[]): string {
  return parts.join('-');
}

/** Commas are not allowed in keys; whitespace would only confuse. */
function clean(part: string): string {
  return part.replace(/[,\s]+/g, '_');
}

/**
 * A prefix short enough for saveKey's suffix. Prefixes nest, so shortening keeps the head and
 * ends in a hash of the whole, still ending in `-`.
 */
function fit(prefix: string): string {
  const limit = maxKeyLength - maxUniqueLength;
  if (prefix.length <= limit) return prefix;
  const tail = `-${shortHash(prefix).slice(0, 16)}-`;
  return prefix.slice(0, limit - tail.length) + tail;
}

function shortHash(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
