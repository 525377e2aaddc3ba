// `.ko.yaml`: where ko looks for it (viper, docs/spec/ko-compat.md#71-config-file-lookup-viper) and what it may say (docs/spec/ko-compat.md#72-keys), read
// with positions so that every mistake is reported at file:line:column. Environment overrides
// (KO_DEFAULTBASEIMAGE, KO_DEFAULTPLATFORMS, …) beat the file, as viper's AutomaticEnv does.
import { stat, readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { KoActionError } from '../util/errors.js';
import { parsePlatform, validatePlatform } from '../oci/platform.js';
import { parseLayoutReference } from '../oci/layout-reader.js';
import { parseReference } from '../registry/reference.js';
import { envList, splitFields, type Located } from './fields.js';
import type { KoBuild } from './ko-builds.js';
import type { TemplateSource } from './templates.js';

export type { KoBuild } from './ko-builds.js';
export type Env = Readonly<Record<string, string | undefined>>;

/** A value and where it came from: `file:line:column`, an environment variable, or `default`. */
export interface Setting<T> {
  readonly value: T;
  readonly where: string;
}

export interface KoConfig {
  /** The file read; undefined when there is none. */
  readonly file: string | undefined;
  /** KO_DEFAULTBASEIMAGE > defaultBaseImage > cgr.dev/chainguard/static:latest. */
  readonly defaultBaseImage: Setting<string>;
  /** Lowercased import path → base image (ko looks overrides up by lowercased import path). */
  readonly baseImageOverrides: ReadonlyMap<string, Setting<string>>;
  /** KO_DEFAULTPLATFORMS > defaultPlatforms; undefined when neither is set. Validated. */
  readonly defaultPlatforms: Setting<readonly string[]> | undefined;
  /** KEY=VALUE entries used when a build has no `env`. */
  readonly defaultEnv: readonly string[];
  /** Used when a build has no `flags`. */
  readonly defaultFlags: readonly TemplateSource[];
  /** Used when a build has no `ldflags`. */
  readonly defaultLdflags: readonly TemplateSource[];
  readonly builds: readonly KoBuild[];
  /** Things ko ignores silently that the user should hear about (GoReleaser-only keys). */
  readonly warnings: readonly string[];
}

export const defaultBaseImage = 'cgr.dev/chainguard/static:latest';

/** viper's AutomaticEnv: KO_<KEY> wins over the file; an empty variable counts as unset. */
export function withEnvOverrides(config: KoConfig, env: Env): KoConfig {
  const fromEnv = (name: string): Located[] | undefined => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return undefined;
    return splitFields({ text: raw, where: name });
  };
  let { defaultBaseImage: base, defaultPlatforms: platforms, defaultEnv } = config;
  const envBase = env.KO_DEFAULTBASEIMAGE?.trim();
  if (envBase)
    base = baseImage({ text: envBase, where: 'KO_DEFAULTBASEIMAGE' }, 'KO_DEFAULTBASEIMAGE');
  const envPlatforms = fromEnv('KO_DEFAULTPLATFORMS');
  if (envPlatforms)
    platforms = platformList(envPlatforms, 'KO_DEFAULTPLATFORMS', 'KO_DEFAULTPLATFORMS');
  const envEnv = fromEnv('KO_DEFAULTENV');
  if (envEnv) defaultEnv = envList(envEnv, 'KO_DEFAULTENV');
  return {
    ...config,
    defaultBaseImage: base,
    defaultPlatforms: platforms,
    defaultEnv,
    defaultFlags: fromEnv('KO_DEFAULTFLAGS') ?? config.defaultFlags,
    defaultLdflags: fromEnv('KO_DEFAULTLDFLAGS') ?? config.defaultLdflags,
  };
}

/** The configuration when there is no file: defaults and environment overrides only. */
export function defaultKoConfig(env: Env): KoConfig {
  return withEnvOverrides(
    {
      file: undefined,
      defaultBaseImage: { value: defaultBaseImage, where: 'default' },
      baseImageOverrides: new Map(),
      defaultPlatforms: undefined,
      defaultEnv: [],
      defaultFlags: [],
      defaultLdflags: [],
      builds: [],
      warnings: [],
    },
    env,
  );
}

/**
 * A base image: a reference ggcr would parse, or one of our extensions that the `base-image`
 * input also takes (`scratch`, `oci-layout:<dir>[:<tag>]`).
 */
export function baseImage(s: Located, key: string): Setting<string> {
  const layout = parseLayoutReference(s.text);
  if (s.text === 'scratch' || (layout && layout.dir !== ''))
    return { value: s.text, where: s.where };
  try {
    parseReference(s.text);
  } catch (err) {
    throw new KoActionError('CONFIG', `${key}: ${(err as Error).message}`, {
      where: s.where,
      hint: 'write an image reference such as cgr.dev/chainguard/static:latest, or scratch',
    });
  }
  return { value: s.text, where: s.where };
}

/** Platforms as ko reads them, plus commas (ko would take `a,b` as one odd platform). */
export function platformList(
  tokens: readonly Located[],
  key: string,
  where: string,
): Setting<string[]> | undefined {
  const items: Located[] = tokens.flatMap((t) => {
    let col = 0;
    return t.text.split(',').flatMap((part) => {
      const at = t.at && { ...t.at, column: t.at.column + col };
      col += part.length + 1;
      if (part === '') return [];
      return [
        at
          ? { text: part, where: `${at.file}:${at.line}:${at.column}`, at }
          : { text: part, where: t.where },
      ];
    });
  });
  if (items.length === 0) return undefined; // ko: an empty list leaves the default
  for (const item of items) {
    if (item.text === 'all') {
      if (items.length > 1) {
        throw new KoActionError('CONFIG', `${key}: "all" cannot be combined with other platforms`, {
          where: item.where,
          hint: 'use either all or a list of platforms',
        });
      }
      continue;
    }
    try {
      validatePlatform(parsePlatform(item.text, item.where), item.where);
    } catch (err) {
      const e = err as KoActionError;
      throw new KoActionError(
        'CONFIG',
        `${key}: ${e.message}`,
        e.hint ? { where: item.where, hint: e.hint } : { where: item.where },
      );
    }
  }
  return { value: items.map((i) => i.text), where };
}

// ---------------------------------------------------------------------------------------------
// Finding the file

export interface FoundKoConfig {
  /** As the user wrote it (or joined to working-directory), for messages and annotations. */
  readonly path: string;
  readonly text: string;
}

// viper v1.21's SupportedExts, in the order it tries them in a directory.
const viperExtensions = [
  'json',
  'toml',
  'yaml',
  'yml',
  'properties',
  'props',
  'prop',
  'hcl',
  'tfvars',
  'dotenv',
  'env',
  'ini',
];
// YAML is a superset of JSON, so one parser reads both.
const readableExtensions = new Set(['json', 'yaml', 'yml']);

export interface FindOptions {
  /** The `config` input (a file, or a directory holding .ko.yaml). */
  readonly configInput?: string | undefined;
  readonly env: Env;
  readonly workingDirectory: string;
  /** What relative paths are relative to; default process.cwd(). */
  readonly cwd?: string;
}

/**
 * `config` input > KO_CONFIG_PATH > `.ko.<ext>` in working-directory (viper's order). A named
 * path must exist; a missing default file is fine (undefined).
 */
export async function findKoConfig(opts: FindOptions): Promise<FoundKoConfig | undefined> {
  const cwd = opts.cwd ?? process.cwd();
  const kind = async (p: string): Promise<'file' | 'directory' | 'missing'> => {
    const s = await stat(resolve(cwd, p)).catch(() => undefined);
    return !s ? 'missing' : s.isDirectory() ? 'directory' : 'file';
  };
  const named = opts.configInput?.trim()
    ? { path: opts.configInput.trim(), source: 'config' }
    : opts.env.KO_CONFIG_PATH
      ? { path: opts.env.KO_CONFIG_PATH, source: 'KO_CONFIG_PATH' }
      : undefined;

  if (named) {
    const what = named.source === 'config' ? 'the config input' : 'KO_CONFIG_PATH';
    const k = await kind(named.path);
    if (k === 'missing') {
      throw new KoActionError('CONFIG', `${what} names ${named.path}, which does not exist`, {
        where: named.source,
        hint: `paths are relative to ${cwd} (not to working-directory); point it at a .ko.yaml file or the directory holding one`,
      });
    }
    let path = named.path;
    if (k === 'directory') {
      const inDir = [join(path, '.ko.yaml'), join(path, '.ko.yml')];
      const found = [];
      for (const p of inDir) if ((await kind(p)) === 'file') found.push(p);
      if (!found[0]) {
        throw new KoActionError(
          'CONFIG',
          `${what} names the directory ${named.path}, which has no .ko.yaml`,
          {
            where: named.source,
            hint: 'add .ko.yaml there, or name the file itself',
          },
        );
      }
      path = found[0];
    }
    checkFormat(path, named.source);
    return { path, text: await readFile(resolve(cwd, path), 'utf8') };
  }

  for (const ext of viperExtensions) {
    const path = join(opts.workingDirectory, `.ko.${ext}`);
    if ((await kind(path)) !== 'file') continue;
    checkFormat(path, path);
    return { path, text: await readFile(resolve(cwd, path), 'utf8') };
  }
  return undefined;
}

/** ko would read TOML, dotenv or INI through viper; we read YAML and JSON only, and say so. */
function checkFormat(path: string, where: string): void {
  const ext = extname(path).slice(1).toLowerCase();
  if (readableExtensions.has(ext) || !viperExtensions.includes(ext)) return;
  throw new KoActionError(
    'CONFIG',
    `${path} is a .${ext} file; ko-action reads ko's configuration as YAML or JSON only`,
    {
      where,
      hint: 'convert it to .ko.yaml',
    },
  );
}

/** findKoConfig then parseKoConfig; the defaults (with environment overrides) when there is no file. */
export async function loadKoConfig(opts: FindOptions): Promise<KoConfig> {
  const found = await findKoConfig(opts);
  if (!found) return defaultKoConfig(opts.env);
  // The YAML parser loads only when there is a file to read (it is a tenth of a build's start-up).
  const { parseKoConfig } = await import('./ko-yaml-file.js');
  return parseKoConfig(found.text, found.path, opts.env);
}
