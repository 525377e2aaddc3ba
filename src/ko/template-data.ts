// The data ko's templates see (pkg/build/gobuild.go createTemplateData, pkg/internal/git). Pure:
// the caller runs `go env` and the git commands below and passes their output in.
//
// What the caller collects, per build (ko runs both in the build's directory, working-directory
// plus the build's `dir`):
//   - `go env` stdout (with the build environment) → parseGoEnv
//   - each of gitInfoCommands as `git -c log.showSignature=false <args>`: stdout when the command
//     exits 0, undefined when it fails or git is missing → gitInfoFromOutputs
//   - the build's final environment (the env `go build` gets, docs/spec/ko-compat.md#76-build-environment-later-entries-win-as-with-exec)
//   - SOURCE_DATE_EPOCH seconds if set, else the current time
import { KoActionError } from '../util/errors.js';
import type { GitTemplateValue, TemplateData } from './templates.js';

/** ko's git.Info. */
export interface GitInfo {
  readonly branch: string;
  readonly tag: string;
  readonly shortCommit: string;
  readonly fullCommit: string;
  /** Unix seconds of HEAD's committer date; undefined is Go's zero time. */
  readonly commitSeconds: number | undefined;
  readonly dirty: boolean;
}

/** What ko reports outside a git repository, or when git is missing or fails. */
export const zeroGitInfo: GitInfo = {
  branch: '',
  tag: '',
  shortCommit: '',
  fullCommit: '',
  commitSeconds: undefined,
  dirty: false,
};

/** The git commands ko runs (pkg/internal/git/info.go), each as `git -c log.showSignature=false …`. */
export const gitInfoCommands = {
  isRepo: ['rev-parse', '--is-inside-work-tree'],
  branch: ['rev-parse', '--abbrev-ref', 'HEAD', '--quiet'],
  shortCommit: ['show', '--format=%h', 'HEAD', '--quiet'],
  fullCommit: ['show', '--format=%H', 'HEAD', '--quiet'],
  commitSeconds: ['show', "--format='%ct'", 'HEAD', '--quiet'],
  status: ['status', '--porcelain'],
  tag: ['describe', '--tags', '--abbrev=0', 'HEAD'],
} as const satisfies Record<string, readonly string[]>;

export type GitQuery = keyof typeof gitInfoCommands;
/** stdout of each command that succeeded; a missing entry means it failed. */
export type GitOutputs = Readonly<Partial<Record<GitQuery, string>>>;

// ko's clean(): first line, single quotes removed.
const clean = (s: string): string => (s.split('\n')[0] ?? '').replaceAll("'", '');

/** ko's git.GetInfo, from the commands' outputs. */
export function gitInfoFromOutputs(o: GitOutputs): GitInfo {
  if (o.isRepo?.trim() !== 'true') return zeroGitInfo;
  if (o.branch === undefined || o.shortCommit === undefined || o.fullCommit === undefined) {
    return zeroGitInfo;
  }
  if (o.commitSeconds === undefined) return zeroGitInfo;
  const ct = clean(o.commitSeconds);
  if (ct !== '' && !/^[+-]?\d+$/.test(ct)) return zeroGitInfo;
  // ko: a failed `git describe` (no tags) is v0.0.0; an empty answer is "".
  const tag =
    o.tag === undefined
      ? 'v0.0.0'
      : (clean(o.tag)
          .split('\n')
          .map((l) => l.trim())
          .find((l) => l !== '') ?? '');
  return {
    branch: clean(o.branch),
    tag,
    shortCommit: clean(o.shortCommit),
    fullCommit: clean(o.fullCommit),
    commitSeconds: ct === '' ? undefined : Number(ct),
    dirty: o.status === undefined || o.status.trim() !== '',
  };
}

/** ko's goenv(): `KEY=VALUE` lines, trimmed, one level of matching quotes removed. */
export function parseGoEnv(stdout: string): Record<string, string> {
  const env: Record<string, string> = {};
  const lines = stdout.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    const eq = line.indexOf('=');
    if (eq < 0) {
      throw new KoActionError('GO_BUILD', `go env: failed parsing line ${i + 1}: ${line}`);
    }
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    if (value.length > 1 && /^(['"]).*\1$/s.test(value)) value = value.slice(1, -1);
    env[key] = value;
  });
  return env;
}

const GO_ZERO_SECONDS = -62135596800; // 0001-01-01T00:00:00Z

/**
 * Go's time.Format(time.RFC3339) of `seconds` at a UTC offset (minutes east of UTC): "Z" for
 * offset 0, else ±hh:mm.
 */
export function formatRfc3339(seconds: number, offsetMinutes = 0): string {
  const shifted = new Date((seconds + offsetMinutes * 60) * 1000);
  const year = shifted.getUTCFullYear();
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const stamp =
    `${pad(year, 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
  if (offsetMinutes === 0) return `${stamp}Z`;
  const abs = Math.abs(offsetMinutes);
  return `${stamp}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ko's Info.TemplateValue(). */
export function gitTemplateValue(info: GitInfo): GitTemplateValue {
  const seconds = info.commitSeconds ?? GO_ZERO_SECONDS;
  return {
    Branch: info.branch,
    Tag: info.tag,
    ShortCommit: info.shortCommit,
    FullCommit: info.fullCommit,
    CommitDate: formatRfc3339(seconds),
    CommitTimestamp: seconds,
    IsDirty: info.dirty,
    IsClean: !info.dirty,
    TreeState: info.dirty ? 'dirty' : 'clean',
  };
}

export interface TemplateDataInput {
  /** The environment `go build` runs with (docs/spec/ko-compat.md#76-build-environment-later-entries-win-as-with-exec). */
  readonly buildEnv: Readonly<Record<string, string>>;
  /** parseGoEnv of `go env`. */
  readonly goEnv: Readonly<Record<string, string>>;
  readonly git: GitInfo;
  /** SOURCE_DATE_EPOCH if set, else the current time, in Unix seconds. */
  readonly seconds: number;
  /** Minutes east of UTC for `.Date` (ko formats in the local zone); default: this process's zone. */
  readonly utcOffsetMinutes?: number;
}

export function makeTemplateData(input: TemplateDataInput): TemplateData {
  const env: Record<string, string> = { LDFLAGS: '', ...input.buildEnv };
  const goEnv: Record<string, string> = { ...input.goEnv };
  // ko overrides only the go env names that exist.
  for (const [k, v] of Object.entries(env)) if (Object.hasOwn(goEnv, k)) goEnv[k] = v;
  const offset = input.utcOffsetMinutes ?? -new Date(input.seconds * 1000).getTimezoneOffset();
  return {
    Env: env,
    GoEnv: goEnv,
    Date: formatRfc3339(input.seconds, offset),
    Timestamp: input.seconds,
    Git: gitTemplateValue(input.git),
  };
}
