// A small semver range matcher, just enough for Go versions (setup-go hands these ranges to the
// `semver` package, which we do not ship). Rules follow node-semver: partial versions are
// x-ranges, `^`/`~` carets and tildes, space means AND, `||` means OR, and a prerelease only
// matches a comparator set that names a prerelease of the same major.minor.patch.

export interface SemVer {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly pre: readonly string[];
}

type Op = '<' | '<=' | '>' | '>=' | '=';
interface Comparator {
  readonly op: Op;
  readonly v: SemVer;
}

const fullPattern = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

export function parseSemver(s: string): SemVer | undefined {
  const m = fullPattern.exec(s.trim());
  if (!m) return undefined;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    pre: m[4]?.split('.') ?? [],
  };
}

export function formatSemver(v: SemVer): string {
  const core = `${v.major}.${v.minor}.${v.patch}`;
  return v.pre.length > 0 ? `${core}-${v.pre.join('.')}` : core;
}

function compareIds(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) return Number(a) - Number(b);
  if (an !== bn) return an ? -1 : 1; // numeric identifiers sort before alphanumeric ones
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareSemver(a: SemVer, b: SemVer): number {
  const d = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (d !== 0) return d;
  // A release sorts after its prereleases.
  if (a.pre.length === 0 || b.pre.length === 0) return b.pre.length - a.pre.length;
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    const c = compareIds(a.pre[i] ?? '', b.pre[i] ?? '');
    if (c !== 0) return c;
  }
  return a.pre.length - b.pre.length;
}

const v = (major: number, minor: number, patch: number, pre: string[] = []): SemVer => ({
  major,
  minor,
  patch,
  pre,
});
// `<X.Y.0-0` excludes every prerelease of X.Y.0, as node-semver's upper bounds do.
const below = (major: number, minor: number): Comparator => ({
  op: '<',
  v: v(major, minor, 0, ['0']),
});

const partialPattern =
  /^(<=|>=|<|>|=|\^|~)?\s*v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?$/;
const wild = (s: string | undefined): boolean => s === undefined || /^[xX*]$/.test(s);

/** One token (`>=1.25`, `^1.25.3`, `1.x`) as comparators; undefined if it is not one. */
function parseToken(token: string): Comparator[] | undefined {
  const m = partialPattern.exec(token);
  if (!m) return undefined;
  const op = m[1] ?? '';
  if (wild(m[2])) return op === '<' || op === '>' ? [{ op: '<', v: v(0, 0, 0, ['0']) }] : [];
  const major = Number(m[2]);
  const minorWild = wild(m[3]);
  const patchWild = minorWild || wild(m[4]);
  const minor = minorWild ? 0 : Number(m[3]);
  const patch = patchWild ? 0 : Number(m[4]);
  const pre = m[5]?.split('.') ?? [];
  const lo = v(major, minor, patch, pre);
  // The exclusive upper bound of the partial version: 1 → 2.0.0-0, 1.25 → 1.26.0-0.
  const hi = minorWild ? below(major + 1, 0) : below(major, minor + 1);
  switch (op) {
    case '^':
      // `^0.y` is treated as `~0.y`: Go has no 0.0.z releases to tell apart.
      return [
        { op: '>=', v: lo },
        major > 0 || minorWild ? below(major + 1, 0) : below(0, minor + 1),
      ];
    case '~':
      return [{ op: '>=', v: lo }, hi];
    case '>':
      return patchWild ? [{ op: '>=', v: { ...hi.v, pre: [] } }] : [{ op: '>', v: lo }];
    case '<=':
      return patchWild ? [hi] : [{ op: '<=', v: lo }];
    case '<':
    case '>=':
      return [{ op, v: lo }];
    default:
      return patchWild ? [{ op: '>=', v: lo }, hi] : [{ op: '=', v: lo }];
  }
}

/** Parse a range into OR-ed comparator sets; undefined when it is not a range we understand. */
export function parseRange(range: string): Comparator[][] | undefined {
  const sets: Comparator[][] = [];
  for (const alt of range.split('||')) {
    // `>= 1.25` is one token: glue an operator to the version that follows it.
    const tokens = alt
      .trim()
      .replace(/(<=|>=|<|>|=|\^|~)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean);
    const set: Comparator[] = [];
    for (const t of tokens) {
      const cs = parseToken(t);
      if (!cs) return undefined;
      set.push(...cs);
    }
    sets.push(set);
  }
  return sets;
}

function test(c: Comparator, x: SemVer): boolean {
  const d = compareSemver(x, c.v);
  switch (c.op) {
    case '<':
      return d < 0;
    case '<=':
      return d <= 0;
    case '>':
      return d > 0;
    case '>=':
      return d >= 0;
    default:
      return d === 0;
  }
}

function sameCore(a: SemVer, b: SemVer): boolean {
  return a.major === b.major && a.minor === b.minor && a.patch === b.patch;
}

export function satisfies(version: string | SemVer, range: string): boolean {
  const x = typeof version === 'string' ? parseSemver(version) : version;
  const sets = parseRange(range);
  if (!x || !sets) return false;
  return sets.some(
    (set) =>
      set.every((c) => test(c, x)) &&
      (x.pre.length === 0 || set.some((c) => c.v.pre.length > 0 && sameCore(c.v, x))),
  );
}
