// What Go the user asked for: the `go-version` input or a version file, parsed into an exact
// version, a range, or an alias. Version files are read as actions/setup-go reads them.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { valid, validRange } from 'semver';
import { KoActionError } from '../util/errors.js';

export type GoVersionAlias = 'stable' | 'oldstable';

export type GoVersionSpec =
  /** `1.26.8`, `go1.26.8`, `1.27rc1`: `semver` is `1.26.8` / `1.27.0-rc.1`. */
  | { readonly kind: 'exact'; readonly input: string; readonly semver: string }
  /** `1.26` (newest 1.26.x), `^1.25`, `1.x`, `>=1.25 <1.27`. */
  | { readonly kind: 'range'; readonly input: string; readonly range: string }
  | { readonly kind: 'alias'; readonly input: string; readonly alias: GoVersionAlias };

// Go's own spelling: go1.26.1, 1.26, 1.10beta1, 1.8.5rc1.
const goPattern = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(beta|rc)(\d+))?$/;

/**
 * Go's version spelling as semver, like setup-go's makeSemver: `go1.26.1` → `1.26.1`,
 * `1.13` → `1.13.0`, `1.10beta1` → `1.10.0-beta.1`, `1.14rc1` → `1.14.0-rc.1`.
 * Returns undefined for anything else.
 */
export function makeSemver(version: string): string | undefined {
  const m = goPattern.exec(version.trim());
  if (!m) return valid(version.trim().replace(/^go/, '')) ?? undefined;
  const core = `${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}`;
  return m[4] ? `${core}-${m[4]}.${m[5]}` : core;
}

/**
 * Whether `range` is a range in node-semver's syntax, which setup-go applies to `go-version`:
 * `1.26` (any 1.26.x), `^1.25`, `~1.25.3`, `1.x`, `>=1.25 <1.27`, `1.22 || 1.24`. Hyphen ranges
 * (`1.25 - 1.26`) are refused: a `-` there reads too easily as a prerelease.
 */
function isRange(range: string): boolean {
  return range !== '' && validRange(range) !== null && !/\s-\s/.test(range);
}

/** Parse a `go-version` value; `where` names the input (or file) in errors. */
export function parseGoVersionSpec(input: string, where = 'go-version'): GoVersionSpec {
  const raw = input.trim();
  if (raw === 'stable' || raw === 'oldstable') return { kind: 'alias', input: raw, alias: raw };
  // A full version (patch or prerelease given) is exact; `1.26` alone means the newest 1.26.x.
  const m = goPattern.exec(raw);
  if (m && (m[3] !== undefined || m[4] !== undefined)) {
    return { kind: 'exact', input: raw, semver: makeSemver(raw) ?? raw };
  }
  const full = valid(raw);
  if (full) return { kind: 'exact', input: raw, semver: full };
  const range = raw.replace(/^go(?=\d)/, '');
  if (isRange(range)) return { kind: 'range', input: raw, range };
  throw new KoActionError('INPUT', `'${input}' is not a Go version or version range`, {
    where,
    hint: "use a version (1.26.8), a minor (1.26), a range (^1.25, 1.x, '>=1.25 <1.27'), stable or oldstable",
  });
}

const toolchainLine = /^toolchain\s+go(1\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)\s*(?:\/\/.*)?$/m;
const goLine = /^go\s+(\d+(?:\.\d+)*(?:(?:rc|beta)\d+)?)\s*(?:\/\/.*)?$/m;
const toolVersionsLine = /^golang\s+([^\s#]+)/m;

/**
 * The version a version file asks for, or undefined when it names none. `go.mod`/`go.work`:
 * the `toolchain` line, unless GOTOOLCHAIN=local, else the `go` line. `.tool-versions`: the
 * `golang` line. Anything else (`.go-version`): its first non-comment line.
 */
export function versionFromFile(
  fileName: string,
  contents: string,
  goToolchainLocal: boolean,
): string | undefined {
  const name = basename(fileName);
  if (name === 'go.mod' || name === 'go.work') {
    const toolchain = goToolchainLocal ? undefined : toolchainLine.exec(contents)?.[1];
    return toolchain ?? goLine.exec(contents)?.[1];
  }
  if (name === '.tool-versions') return toolVersionsLine.exec(contents)?.[1];
  return contents
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('#'));
}

/** Read a version file into a spec. `env` decides whether GOTOOLCHAIN=local is in force. */
export function readGoVersionFile(
  path: string,
  env: Readonly<Record<string, string | undefined>>,
  where = 'go-version-file',
): GoVersionSpec {
  if (!existsSync(path)) {
    throw new KoActionError('INPUT', `the Go version file ${path} does not exist`, {
      where,
      hint: 'check go-version-file (relative paths are resolved from working-directory)',
    });
  }
  const version = versionFromFile(path, readFileSync(path, 'utf8'), env['GOTOOLCHAIN'] === 'local');
  if (!version) {
    throw new KoActionError('INPUT', `no Go version found in ${path}`, {
      where,
      hint: 'go.mod and go.work need a `go` line; .tool-versions a `golang` line',
    });
  }
  return parseGoVersionSpec(version, `${where} (${path})`);
}
