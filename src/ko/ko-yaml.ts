// What `.ko.yaml` may say (docs/spec/ko-compat.md#72-keys) and the defaults, read
// with positions so that every mistake is reported at file:line:column. Environment overrides
// (KO_DEFAULTBASEIMAGE, KO_DEFAULTPLATFORMS, …) beat the file, as viper's AutomaticEnv does.
import type { Env } from '../util/env.js';
import { KoActionError } from '../util/errors.js';
import { parsePlatform, validatePlatform } from '../oci/platform.js';
import { parseLayoutReference } from '../oci/layout-reader.js';
import { parseReference } from '../registry/reference.js';
import { envList, splitFields, type Located } from './fields.js';
import type { KoBuild } from './ko-builds.js';
import type { TemplateSource } from './templates.js';
import type { ConfigWarning } from './yaml-reader.js';

export type { KoBuild } from './ko-builds.js';

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
  /** Keys ko ignores (unknown ones, GoReleaser's): accepted, and reported where they are. */
  readonly warnings: readonly ConfigWarning[];
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
