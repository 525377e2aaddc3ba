// Go's build info as ko reads it for an SBOM: `go version -m` output massaged the way ko's
// massageGoVersionM does (first line dropped, leading space trimmed), then parsed like
// runtime/debug.ParseBuildInfo. Only what the SBOM uses is kept.
import { KoActionError } from '../util/errors.js';

export interface GoModule {
  readonly path: string;
  readonly version: string;
  readonly sum: string;
  readonly replace?: GoModule;
}

export interface BuildInfo {
  /** From the first line (`<file>: go1.x`); ko's SBOM does not record it. */
  readonly goVersion: string;
  readonly path: string;
  readonly main: GoModule;
  readonly deps: readonly GoModule[];
}

const goSpace = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

function bad(line: number, why: string): KoActionError {
  return new KoActionError('GO_BUILD', `could not parse Go build info: line ${line}: ${why}`, {
    hint: 'the binary has no readable module information; set `sbom: none` to skip the SBOM',
  });
}

function moduleOf(cols: string[], line: number): GoModule {
  if (cols.length !== 2 && cols.length !== 3) {
    throw bad(line, `expected 2 or 3 columns; got ${cols.length}`);
  }
  return { path: cols[0]!, version: cols[1]!, sum: cols[2] ?? '' };
}

/** Parses `go version -m` output as ko does; empty input gives empty build info. */
export function parseGoVersionM(text: string): BuildInfo {
  // bufio.Scanner lines: split on \n, a trailing \r dropped, no empty last token.
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (text.endsWith('\n')) lines.pop();
  const goVersion = /: (go\S*)\s*$/.exec(lines[0] ?? '')?.[1] ?? '';
  let path = '';
  let main: GoModule = { path: '', version: '', sum: '' };
  const deps: GoModule[] = [];
  // Which module a `=>` line replaces: main (-1), a dep index, or none.
  let last: number | undefined;
  lines.slice(1).forEach((raw, i) => {
    const line = raw.replace(goSpace, '');
    const n = i + 1;
    const [key, ...rest] = line.split('\t');
    const tail = line.slice((key ?? '').length + 1);
    switch (line.includes('\t') ? key : undefined) {
      case 'path':
        path = tail;
        break;
      case 'mod':
        main = moduleOf(rest, n);
        last = -1;
        break;
      case 'dep':
        deps.push(moduleOf(rest, n));
        last = deps.length - 1;
        break;
      case '=>': {
        if (rest.length !== 3)
          throw bad(n, `expected 3 columns for replacement; got ${rest.length}`);
        if (last === undefined) throw bad(n, 'replacement with no module on previous line');
        const replace = { path: rest[0]!, version: rest[1]!, sum: rest[2]! };
        if (last === -1) main = { ...main, replace };
        else deps[last] = { ...deps[last]!, replace };
        last = undefined;
        break;
      }
      default:
        // build settings and unknown lines do not reach the SBOM.
        break;
    }
  });
  return { goVersion, path, main, deps };
}
