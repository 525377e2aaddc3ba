// The glob subset users write for manifests (`config/*.yaml`, `deploy/**/*.yml`, `k8s/app-?.yaml`,
// `[a-c]*.json`), on Node 20's fs (fs.glob is Node 22+). `*`, `?` and `[...]` stay within one
// path segment and skip dot-names unless the segment starts with a literal `.`; `**` matches zero
// or more directories, never dot-directories. `\` escapes the next character (POSIX only:
// on Windows it is a path separator).
import { readdir, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

/** True when `pattern` has glob syntax (an existing path of that name still wins: see inputs). */
export function hasGlobMagic(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** Paths (files and directories) matching `pattern`, relative if it is, in walk order. */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const normalised = sep === '\\' ? pattern.replaceAll('\\', '/') : pattern;
  const absolute = normalised.startsWith('/');
  const segments = normalised.split('/').filter((s) => s !== '' && s !== '.');
  const found = new Set<string>();
  await walk(absolute ? '/' : '', segments, cwd, found);
  return [...found].sort(comparePaths);
}

async function walk(base: string, segments: string[], cwd: string, found: Set<string>) {
  const [segment, ...rest] = segments;
  if (segment === undefined) {
    found.add(base === '' ? '.' : base);
    return;
  }
  if (segment === '**') {
    await walk(base, rest, cwd, found);
    // Symlinked directories are not followed here: a link cycle would never end.
    for (const dir of await entries(base, cwd, 'real-dirs')) {
      if (!dir.startsWith('.')) await walk(join(base, dir), segments, cwd, found);
    }
    return;
  }
  if (!/[*?[\\]/.test(segment)) {
    const path = join(base, segment);
    if (await kind(resolve(cwd, path), rest.length > 0)) await walk(path, rest, cwd, found);
    return;
  }
  const matcher = segmentRegExp(segment);
  const dotOk = segment.startsWith('.');
  for (const name of await entries(base, cwd, rest.length > 0 ? 'dirs' : 'all')) {
    if ((dotOk || !name.startsWith('.')) && matcher.test(name)) {
      await walk(join(base, name), rest, cwd, found);
    }
  }
}

/** Names in `base`, sorted: all, directories (links followed), or real directories only. */
async function entries(
  base: string,
  cwd: string,
  which: 'all' | 'dirs' | 'real-dirs',
): Promise<string[]> {
  const dir = resolve(cwd, base === '' ? '.' : base);
  let dirents;
  try {
    dirents = await readdir(dir, { withFileTypes: true });
  } catch {
    return []; // unreadable or not a directory: no matches below it
  }
  const names: string[] = [];
  for (const d of dirents) {
    if (which === 'all' || d.isDirectory()) names.push(d.name);
    else if (which === 'dirs' && d.isSymbolicLink() && (await kind(join(dir, d.name), true))) {
      names.push(d.name);
    }
  }
  return names.sort(compareNames);
}

/** Whether `path` exists (and, if `dirOnly`, is a directory), following symlinks. */
async function kind(path: string, dirOnly: boolean): Promise<boolean> {
  try {
    const s = await stat(path);
    return dirOnly ? s.isDirectory() : true;
  } catch {
    return false;
  }
}

/** Translates one path segment of a glob into an anchored RegExp. */
export function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charAt(i);
    if (c === '*') {
      while (segment.charAt(i + 1) === '*') i++;
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '\\' && i + 1 < segment.length) {
      re += escapeRegExp(segment.charAt(++i));
    } else if (c === '[') {
      const cls = bracketClass(segment, i);
      if (cls) {
        re += cls.re;
        i = cls.end;
      } else {
        re += '\\[';
      }
    } else {
      re += escapeRegExp(c);
    }
  }
  return new RegExp(`^${re}$`);
}

// `[abc]`, `[a-z]`, `[!x]`/`[^x]`; a `]` right after the opening (or the negation) is literal.
function bracketClass(segment: string, open: number): { re: string; end: number } | undefined {
  let i = open + 1;
  const negate = segment.charAt(i) === '!' || segment.charAt(i) === '^';
  if (negate) i++;
  let body = '';
  for (let first = true; i < segment.length; i++, first = false) {
    const c = segment.charAt(i);
    if (c === ']' && !first) return { re: `[${negate ? '^/' : ''}${body}]`, end: i };
    if (c === '\\' && i + 1 < segment.length) body += `\\${segment.charAt(++i)}`;
    else if (c === '-') body += '-';
    else body += /[\]\\^[]/.test(c) ? `\\${c}` : c;
  }
  return undefined;
}

function escapeRegExp(c: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(c) ? `\\${c}` : c;
}

/** Byte order of UTF-8, as Go's sort.Strings (ko's walk order). */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Walk order: segment by segment, a directory before everything inside it. */
export function comparePaths(a: string, b: string): number {
  const as = a.split(/[\\/]/);
  const bs = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const c = compareNames(as[i] ?? '', bs[i] ?? '');
    if (c !== 0) return c;
  }
  return as.length - bs.length;
}
