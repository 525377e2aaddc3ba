// Platforms as ko reads and matches them: ggcr v1.ParsePlatform / Platform.String, ko's
// platformMatcher (exact variants, `all`, the Windows os.version rule) and the GOARM/GOAMD64
// derivation of buildEnv (docs/spec/ko-compat.md#53---platformall to docs/spec/ko-compat.md#55-matching-platformmatchermatches, docs/spec/ko-compat.md#76-build-environment-later-entries-win-as-with-exec).
import { KoActionError } from '../util/errors.js';
import { editDistance } from '../util/edit-distance.js';
import type { ConfigFile, Platform } from './types.js';

/** `go tool dist list` of Go 1.26.8. */
export const GO_DIST_LIST: readonly string[] = [
  'aix/ppc64',
  'android/386',
  'android/amd64',
  'android/arm',
  'android/arm64',
  'darwin/amd64',
  'darwin/arm64',
  'dragonfly/amd64',
  'freebsd/386',
  'freebsd/amd64',
  'freebsd/arm',
  'freebsd/arm64',
  'illumos/amd64',
  'ios/amd64',
  'ios/arm64',
  'js/wasm',
  'linux/386',
  'linux/amd64',
  'linux/arm',
  'linux/arm64',
  'linux/loong64',
  'linux/mips',
  'linux/mips64',
  'linux/mips64le',
  'linux/mipsle',
  'linux/ppc64',
  'linux/ppc64le',
  'linux/riscv64',
  'linux/s390x',
  'netbsd/386',
  'netbsd/amd64',
  'netbsd/arm',
  'netbsd/arm64',
  'openbsd/386',
  'openbsd/amd64',
  'openbsd/arm',
  'openbsd/arm64',
  'openbsd/ppc64',
  'openbsd/riscv64',
  'plan9/386',
  'plan9/amd64',
  'plan9/arm',
  'solaris/amd64',
  'wasip1/wasm',
  'windows/386',
  'windows/amd64',
  'windows/arm64',
];

/** What to build: every platform of the base (`all`), or those matching any listed spec. */
export type PlatformSpec =
  { readonly all: true } | { readonly all: false; readonly platforms: readonly Platform[] };

/** Go's strings.TrimSpace (unicode.IsSpace), which differs from String.prototype.trim. */
const goSpace =
  '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const goTrimSpace = (s: string): string =>
  s.replace(new RegExp(`^${goSpace}+`), '').replace(new RegExp(`${goSpace}+$`), '');

/** ggcr v1.ParsePlatform: `os[/arch[/variant]][:osversion]`; more than three parts is an error. */
export function parsePlatform(spec: string, where = 'platforms'): Platform {
  const colon = goTrimSpace(spec).split(':');
  const parts = colon[0]!.split('/');
  if (parts.length > 3) {
    throw new KoActionError('INPUT', `too many slashes in platform spec: ${spec}`, {
      where,
      hint: 'write a platform as os/arch[/variant][:osversion], e.g. linux/arm64 or linux/arm/v7',
    });
  }
  const p: Platform = { os: parts[0]!, architecture: parts[1] ?? '' };
  if (parts[2]) p.variant = parts[2];
  // Only `a:b` sets os.version; ggcr ignores everything after a second colon.
  if (colon.length === 2 && colon[1]) p['os.version'] = colon[1];
  return p;
}

/** ggcr Platform.String(): `os[/arch][/variant][:osversion]`, "" without an OS. */
export function formatPlatform(p: Platform): string {
  if (!p.os) return '';
  return (
    p.os +
    (p.architecture ? `/${p.architecture}` : '') +
    (p.variant ? `/${p.variant}` : '') +
    (p['os.version'] ? `:${p['os.version']}` : '')
  );
}

/**
 * Rejects an OS/architecture Go cannot build (`linux/amd65`), which ggcr would accept and then
 * silently match nothing. Variants and os.version are not checked.
 */
export function validatePlatform(p: Platform, where = 'platforms'): void {
  const known = p.architecture
    ? GO_DIST_LIST.includes(`${p.os}/${p.architecture}`) ||
      (!p.os && GO_DIST_LIST.some((d) => d.endsWith(`/${p.architecture}`)))
    : GO_DIST_LIST.some((d) => d.startsWith(`${p.os}/`));
  if (known) return;
  const wanted = p.architecture ? `${p.os}/${p.architecture}` : p.os;
  const candidates = p.architecture
    ? GO_DIST_LIST
    : [...new Set(GO_DIST_LIST.map((d) => d.split('/')[0]!))];
  const best = [...candidates].sort(
    (x, y) => editDistance(wanted, x) - editDistance(wanted, y),
  )[0]!;
  const suggestion =
    editDistance(wanted, best) <= 3
      ? `did you mean "${best}"?`
      : 'run `go tool dist list` for the valid values';
  throw new KoActionError(
    'INPUT',
    `unknown platform "${formatPlatform(p) || wanted}": ${suggestion}`,
    {
      where,
      hint: 'platforms are os/arch[/variant] pairs that Go can build, e.g. linux/amd64,linux/arm64',
    },
  );
}

/**
 * Reads platform values (each may be a comma list, as ko's --platform flag is) into a spec.
 * `all` must stand alone. Empty entries are skipped.
 */
export function parsePlatformSpec(values: readonly string[], where = 'platforms'): PlatformSpec {
  const items = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (items.includes('all')) {
    if (items.length > 1) {
      throw new KoActionError('INPUT', 'all or specific platforms should be used', {
        where,
        hint: 'use either `all` or a list of platforms, not both',
      });
    }
    return { all: true };
  }
  return { all: false, platforms: items.map((s) => parsePlatform(s, where)) };
}

/** ko's platformMatcher.matches (docs/spec/ko-compat.md#55-matching-platformmatchermatches). An undefined base platform only matches `all`. */
export function platformMatches(spec: PlatformSpec, base: Platform | undefined): boolean {
  // Docker stores attestations under unknown/unknown.
  if (base && (base.os === 'unknown' || base.architecture === 'unknown')) return false;
  if (spec.all) return true;
  if (!base) return false;
  return spec.platforms.some((p) => {
    if (p.os && base.os !== p.os) return false;
    if (p.architecture && base.architecture !== p.architecture) return false;
    if (p.variant && base.variant !== p.variant) return false;
    const want = p['os.version'] ?? '';
    const have = base['os.version'] ?? '';
    if (want && want !== have) {
      // Windows only: X.Y.Z matches X.Y.Z.<build>.
      if (p.os !== 'windows') return false;
      const dots = (s: string): number => s.split('.').length - 1;
      if (dots(want) !== 2 || dots(have) !== 3) return false;
      if (want !== have.slice(0, have.lastIndexOf('.'))) return false;
    }
    return true;
  });
}

/** ko's getGoarm: v5–v7 as is, v8 and above → 7, below v5 → none. */
export function goarmFor(variant: string): string | undefined {
  const bad = (why: string): KoActionError =>
    new KoActionError('INPUT', `${why} arm variant: ${variant}`, {
      where: 'platforms',
      hint: 'arm variants are v5, v6 or v7 (e.g. linux/arm/v7)',
    });
  if (!variant.startsWith('v')) throw bad('strange');
  const vs = variant.slice(1);
  // strconv.Atoi: optional sign, decimal digits, int64 range.
  if (!/^[+-]?[0-9]+$/.test(vs) || BigInt(vs) > 2n ** 63n - 1n || BigInt(vs) < -(2n ** 63n)) {
    throw bad('cannot parse');
  }
  const n = BigInt(vs);
  if (n < 5n) return undefined;
  return n > 7n ? '7' : vs;
}

/** The GOARM / GOAMD64 entries ko's buildEnv adds for a platform's variant. */
export function goArchEnv(p: Platform): Record<string, string> {
  if (!p.variant) return {};
  if (p.architecture === 'arm') {
    const goarm = goarmFor(p.variant);
    return goarm === undefined ? {} : { GOARM: goarm };
  }
  if (p.architecture === 'amd64') return { GOAMD64: p.variant };
  return {};
}

/** docs/spec/ko-compat.md#45-platform-of-a-single-image-base: a single-image base's platform comes from its config (no variant). */
export function platformOfConfig(cf: ConfigFile): Platform {
  const p: Platform = { os: cf.os || 'linux', architecture: cf.architecture || 'amd64' };
  if (cf['os.version']) p['os.version'] = cf['os.version'];
  return p;
}
