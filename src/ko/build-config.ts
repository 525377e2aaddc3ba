// Which .ko.yaml build (and base image) applies to an import path. ko keys each `builds[]` entry
// by the import path `go list` reports for `./<main>` run in `<working-directory>/<dir>`; this
// module says what to list and then picks the build, with ko's defaults (docs/spec/ko-compat.md#72-keys). Pure:
// the caller runs `go list` and answers file-system questions through `PathKind`.
import { join, posix } from 'node:path';
import { KoActionError } from '../util/errors.js';
import type { KoBuild } from './ko-builds.js';
import { stripKoScheme } from './ko-reference.js';
import type { KoConfig } from './ko-yaml.js';
import type { TemplateSource } from './templates.js';

export type PathKind = (absolutePath: string) => 'file' | 'directory' | 'missing';

/** One `go list <pattern>` (run in `cwd`) whose import path keys build `buildIndex`. */
export interface BuildMatchKey {
  readonly buildIndex: number;
  readonly cwd: string;
  readonly pattern: string;
}

/** What a package is built with: a build's settings, or the defaults. */
export interface BuildSettings {
  /** The matching entry, if any. */
  readonly build: KoBuild | undefined;
  /**
   * Where `go build` runs, relative to working-directory: the build's `dir`; undefined when no
   * build matched (run where the package was listed from, normally working-directory).
   */
  readonly dir: string | undefined;
  /** `env`, else `defaultEnv`: applied last to the build environment. */
  readonly env: readonly string[];
  /** `flags`, else `defaultFlags`; still to be templated. ko then appends -trimpath. */
  readonly flags: readonly TemplateSource[];
  /** CLI `--ldflags`, else `ldflags`, else `defaultLdflags`; still to be templated. */
  readonly ldflags: readonly TemplateSource[];
  readonly linuxCapabilities: readonly string[];
}

const stripScheme = (ip: string): string => stripKoScheme(ip.trim());

/**
 * For each build, what to `go list` to learn its import path. `main` naming a file means its
 * directory (as GoReleaser does); a `dir` or `main` that does not exist is an error at its
 * position in .ko.yaml (ko#483). Run one `go list` per distinct `cwd` with all its patterns.
 */
export function buildMatchKeys(
  config: KoConfig,
  workingDirectory: string,
  pathKind: PathKind,
): BuildMatchKey[] {
  return config.builds.map((b) => {
    const cwd = join(workingDirectory, b.dir);
    if (pathKind(cwd) !== 'directory') {
      throw new KoActionError(
        'CONFIG',
        `builds[${b.index}].dir: ${b.dir} is not a directory in ${workingDirectory}`,
        { where: b.dirWhere, hint: 'dir is relative to working-directory' },
      );
    }
    // Leading slashes are dropped: ko joins main onto dir even when it is absolute.
    let main = posix.normalize(b.main.replaceAll('\\', '/')).replace(/^\/+/, '') || '.';
    const kind = pathKind(join(cwd, main));
    if (kind === 'file') main = posix.dirname(main);
    else if (kind === 'missing') {
      throw new KoActionError(
        'CONFIG',
        `builds[${b.index}].main: ${b.main} does not exist in ${cwd}`,
        {
          where: b.mainWhere,
          hint: 'main is a package directory (or a .go file in it) relative to the build’s dir',
        },
      );
    }
    return { buildIndex: b.index, cwd, pattern: localPattern(main) };
  });
}

function localPattern(rel: string): string {
  if (rel === '.' || rel === '..' || rel.startsWith('../')) return rel;
  return `./${rel}`;
}

/**
 * Two builds for the same package: ko silently keeps the later one; we stop, because one of the
 * two entries is certainly not doing what its author meant.
 */
export function checkBuildImportPaths(
  config: KoConfig,
  resolved: ReadonlyMap<number, string>,
): void {
  const first = new Map<string, KoBuild>();
  for (const b of config.builds) {
    const ip = resolved.get(b.index);
    if (ip === undefined) continue;
    const before = first.get(ip);
    if (before) {
      throw new KoActionError(
        'CONFIG',
        `builds[${b.index}] (${b.id}) and builds[${before.index}] (${before.id}) both build ${ip}`,
        { where: b.where, hint: 'keep one builds entry per package' },
      );
    }
    first.set(ip, b);
  }
}

/**
 * The build for `importPath` (exact import path match, as ko's map lookup), with defaults for
 * what it leaves unset; the defaults alone when no build matches. `resolved` maps build index to
 * the import path `go list` gave for its BuildMatchKey.
 */
export function selectBuild(
  config: KoConfig,
  importPath: string,
  resolved: ReadonlyMap<number, string>,
  options: { readonly cliLdflags?: readonly string[] } = {},
): BuildSettings {
  const ip = stripScheme(importPath);
  // Later entries win, as when ko fills its map.
  const build = [...config.builds].reverse().find((b) => resolved.get(b.index) === ip);
  const cli = (options.cliLdflags ?? []).map((text) => ({ text, where: '--ldflags' }));
  const pick = <T>(own: readonly T[] | undefined, fallback: readonly T[]): readonly T[] =>
    own && own.length > 0 ? own : fallback;
  return {
    build,
    dir: build?.dir,
    env: pick(build?.env, config.defaultEnv),
    flags: pick(build?.flags, config.defaultFlags),
    ldflags: pick(cli, pick(build?.ldflags, config.defaultLdflags)),
    linuxCapabilities: build?.linuxCapabilities ?? [],
  };
}

/**
 * The base image for `importPath`: its baseImageOverrides entry (looked up lowercased, as ko
 * does), else `override` (the base-image input, which replaces only the default), else the
 * configured default.
 */
export function baseImageFor(config: KoConfig, importPath: string, override?: string): string {
  const own = config.baseImageOverrides.get(stripScheme(importPath).toLowerCase());
  if (own) return own.value;
  return override?.trim() || config.defaultBaseImage.value;
}
