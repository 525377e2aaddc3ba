// ko's image config mutation (pkg/build/gobuild.go buildOne + ggcr mutate.Append), step by step
// in ko's order so the encoded config is byte-identical to ko's (docs/spec/ko-compat.md#41-procedure-in-this-order).
import { posix } from 'node:path';
import { formatGoTime, ZERO_GO_TIME } from '../oci/go-time.js';
import { cloneConfigFile } from '../oci/config.js';
import type { Digest } from '../oci/digest.js';
import type { ConfigFile, History } from '../oci/types.js';
import { stripKoScheme } from './ko-reference.js';

export const KO_APP_DIR = '/ko-app';
export const KO_DATA_ROOT = '/var/run/ko';
const WINDOWS_APP_DIR = 'C:\\ko-app';
const WINDOWS_KO_DATA_PATH = 'KO_DATA_PATH=C:\\var\\run\\ko';
export const KO_AUTHOR = 'github.com/ko-build/ko';
/** Delve's path in debug images (ko: path.Join("/ko-app", filepath.Base(dlv))). */
export const DELVE_PATH = '/ko-app/dlv';
const DELVE_ARGS = [
  'exec',
  '--listen=:40000',
  '--headless',
  '--log',
  '--accept-multiclient',
  '--api-version=2',
  '--',
];

/** ko's appFilename: the import path's last element; "ko-app" when there is none. */
export function appFileName(importPath: string): string {
  // Go's path.Base: trailing slashes dropped; "" is "."; only slashes is "/".
  const p = stripKoScheme(importPath);
  const trimmed = p.replace(/\/+$/, '');
  const base = p === '' ? '.' : trimmed === '' ? '/' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return base === '.' || base === '/' ? 'ko-app' : base;
}

export interface KoConfigOptions {
  /** Binary name under /ko-app (see appFileName). */
  readonly appName: string;
  /** The reference as given to the builder, e.g. `ko://example.com/hello` ("ko build <ref>"). */
  readonly importRef: string;
  /** The build platform's OS (`windows` switches paths). */
  readonly os: string;
  readonly kodataDiffId: Digest;
  readonly binaryDiffId: Digest;
  /** Set when a Delve layer was appended (ko --debug on linux/amd64 or linux/arm64). */
  readonly delveDiffId?: Digest;
  /** SOURCE_DATE_EPOCH: binary (and delve) history and the top-level `created`. */
  readonly sourceDateEpoch?: number;
  /** KO_DATA_DATE_EPOCH: kodata history. */
  readonly kodataDateEpoch?: number;
  /** --image-label pairs; they override base labels. */
  readonly labels?: Readonly<Record<string, string>>;
  /** --image-user; empty keeps the base's user. */
  readonly user?: string;
}

/** ko's updatePath: append to the first PATH=, or add PATH=<dir> at the end. */
function updatePath(env: string[], dir: string): string[] {
  const out = [...env];
  const i = out.findIndex((e) => e.includes('=') && e.slice(0, e.indexOf('=')) === 'PATH');
  if (i >= 0) out[i] = `${out[i]!}:${dir}`;
  else out.push(`PATH=${dir}`);
  return out;
}

/** The image config ko writes for `base` plus the kodata, binary (and delve) layers. */
export function koConfigFile(base: ConfigFile, opts: KoConfigOptions): ConfigFile {
  const cf = cloneConfigFile(base);
  const created =
    opts.sourceDateEpoch === undefined ? ZERO_GO_TIME : formatGoTime(opts.sourceDateEpoch);
  const kodataCreated =
    opts.kodataDateEpoch === undefined ? ZERO_GO_TIME : formatGoTime(opts.kodataDateEpoch);
  const createdBy = `ko build ${opts.importRef}`;
  const appPath = posix.join(KO_APP_DIR, opts.appName);
  const windows = opts.os === 'windows';
  // Delve only exists for linux/amd64 and linux/arm64; ko's Windows --debug entrypoint, built
  // from an empty delve path, is not reproduced (docs/spec/ko-compat.md#13-summary-of-improve-items item 1).
  const delve = opts.delveDiffId !== undefined && !windows ? opts.delveDiffId : undefined;

  // mutate.Append: one history entry and one diffID per added layer, in layer order.
  const added: History[] = [
    {
      author: 'ko',
      created: kodataCreated,
      created_by: createdBy,
      comment: 'kodata contents, at $KO_DATA_PATH',
    },
    { author: 'ko', created, created_by: createdBy, comment: `go build output, at ${appPath}` },
  ];
  const diffIds: Digest[] = [opts.kodataDiffId, opts.binaryDiffId];
  if (delve) {
    added.push({
      author: 'ko',
      created,
      created_by: createdBy,
      comment: `Delve debugger, at ${DELVE_PATH}`,
    });
    diffIds.push(delve);
  }
  cf.history = [...(cf.history ?? []), ...added];
  cf.rootfs = { type: cf.rootfs.type, diff_ids: [...(cf.rootfs.diff_ids ?? []), ...diffIds] };

  const config = { ...cf.config };
  delete config.Cmd;
  if (windows) {
    config.Entrypoint = [`${WINDOWS_APP_DIR}\\${opts.appName}`];
    config.Env = [...updatePath(config.Env ?? [], WINDOWS_APP_DIR), WINDOWS_KO_DATA_PATH];
  } else {
    config.Entrypoint = delve ? [DELVE_PATH, ...DELVE_ARGS, appPath] : [appPath];
    config.Env = [...updatePath(config.Env ?? [], KO_APP_DIR), `KO_DATA_PATH=${KO_DATA_ROOT}`];
  }
  cf.author = KO_AUTHOR;

  const labels = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(config.Labels ?? {})) labels[k] = v;
  for (const [k, v] of Object.entries(opts.labels ?? {})) labels[k] = v;
  if (Object.keys(labels).length > 0) config.Labels = labels;
  else delete config.Labels;

  if (opts.user) config.User = opts.user;
  cf.config = config;
  if (opts.sourceDateEpoch !== undefined) cf.created = created;
  return cf;
}
