// Go's own version order (cmd/go/internal/gover, https://go.dev/doc/toolchain#version): `1.27`
// (a language version) < `1.27rc1` < `1.27.0` < `1.27.3`. Semver does not order these: in it
// `1.27` is no version at all, and a prerelease sorts differently.

interface GoVersion {
  readonly major: number;
  readonly minor: number;
  /** -1 when absent (`1.27`, `1.27rc1`). */
  readonly patch: number;
  /** '' for a language version or a release; else `alpha`, `beta`, `rc`. */
  readonly kind: string;
  readonly pre: number;
}

const pattern = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+)|(alpha|beta|rc)(\d+))?$/;

function parse(v: string): GoVersion | undefined {
  const m = pattern.exec(v.trim());
  if (!m) return undefined;
  return {
    major: Number(m[1]),
    minor: m[2] === undefined ? 0 : Number(m[2]),
    patch: m[3] === undefined ? -1 : Number(m[3]),
    kind: m[4] ?? '',
    pre: m[5] === undefined ? -1 : Number(m[5]),
  };
}

/** Whether `v` is a Go version as go.mod and `go version` spell it (`go` prefix allowed). */
export function isGoVersion(v: string): boolean {
  return parse(v) !== undefined;
}

/** gover.Compare: <0, 0, >0. Unparseable versions sort first, as Go's do. */
export function compareGoVersions(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return (x ? 1 : 0) - (y ? 1 : 0);
  // '' < 'alpha' < 'beta' < 'rc' both as Go compares the kind and as strings compare here.
  const kind = x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0;
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch || kind || x.pre - y.pre;
}

/**
 * Whether `v` names a release one can download (`1.27.3`, `1.27rc1`), not a language version
 * (`1.27`, which since Go 1.21 only says "at least the language of 1.27").
 */
export function isRelease(v: string): boolean {
  const p = parse(v);
  return !!p && (p.patch >= 0 || p.kind !== '' || p.major * 1000 + p.minor < 1021);
}

/** `1.27.3` → `1.27`: the language family of a version. */
function lang(v: string): string {
  const p = parse(v);
  return p ? `${p.major}.${p.minor}` : v;
}

function isPrerelease(v: string): boolean {
  return (parse(v)?.kind ?? '') !== '';
}

/**
 * The release GOTOOLCHAIN=auto switches to for a module needing `need`, from the releases
 * `list` (any order): Go's newerToolchain (cmd/go/internal/toolchain/switch.go). It prefers the
 * newest patch of the family before the newest one, so that 1.40.0 coming out does not move
 * every `go 1.39` module to it. Undefined when no release in `list` is at least `need`.
 */
export function newerRelease(need: string, list: readonly string[]): string | undefined {
  const sorted = list.filter(isGoVersion).sort(compareGoVersions);
  let latest = '';
  for (let i = sorted.length - 1; i >= 0; i--) {
    const v = sorted[i] ?? '';
    if (compareGoVersions(v, need) < 0) break;
    if (latest && lang(latest) === lang(v)) continue;
    const newer = latest;
    latest = v;
    if (newer && !isPrerelease(newer)) break;
  }
  return latest ? latest.replace(/^go/, '') : undefined;
}
