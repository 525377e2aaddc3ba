// ko's flag and ldflag templates (pkg/build/gobuild.go applyTemplating: Go text/template with
// missingkey=error). We evaluate the part of text/template that ko users write: field chains
// such as {{.Env.VERSION}} or {{ .Git.ShortCommit }}, comments, and {{- -}} trim markers, with
// Go's lexing and printing rules. Anything else (pipes, functions, if/range) is a clear error
// rather than a silently different result.
import { KoActionError } from '../util/errors.js';

export interface SourcePosition {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

/** One flag or ldflag as written, with where it came from. */
export interface TemplateSource {
  readonly text: string;
  /** `file:line:column` of the YAML scalar, or the variable/input it came from. */
  readonly where: string;
  /** Set when `text` sits verbatim on one source line starting here: errors then point at the exact column. */
  readonly at?: SourcePosition;
}

/** ko's `.Git` (pkg/internal/git Info.TemplateValue). */
export interface GitTemplateValue {
  readonly Branch: string;
  readonly Tag: string;
  readonly ShortCommit: string;
  readonly FullCommit: string;
  /** RFC 3339, UTC. */
  readonly CommitDate: string;
  readonly CommitTimestamp: number;
  readonly IsDirty: boolean;
  readonly IsClean: boolean;
  readonly TreeState: string;
}

/** What a template sees (ko's createTemplateData); build it with makeTemplateData. */
export interface TemplateData {
  /** The final `go build` environment plus `LDFLAGS` (default ""). */
  readonly Env: Readonly<Record<string, string>>;
  /** `go env`, with same-named Env entries applied. */
  readonly GoEnv: Readonly<Record<string, string>>;
  /** RFC 3339 of SOURCE_DATE_EPOCH (else now). */
  readonly Date: string;
  /** Unix seconds of the same instant. */
  readonly Timestamp: number;
  readonly Git: GitTemplateValue;
}

export interface RenderOptions {
  /**
   * An unset `{{.Env.X}}`: `empty` (default) renders "" and warns — users asked for this (ko PR
   * #758 only spared LDFLAGS); `error` is ko's missingkey=error.
   */
  readonly missingEnv?: 'empty' | 'error';
  readonly onWarning?: (message: string, where: string) => void;
}

const topFields = ['Env', 'GoEnv', 'Date', 'Timestamp', 'Git'];
const gitFields = [
  'Branch',
  'Tag',
  'ShortCommit',
  'FullCommit',
  'CommitDate',
  'CommitTimestamp',
  'IsDirty',
  'IsClean',
  'TreeState',
];
const supported =
  'ko-action evaluates field references only: {{.Env.NAME}}, {{.GoEnv.NAME}}, {{.Date}}, ' +
  '{{.Timestamp}} and {{.Git.<field>}}, with optional {{- -}} trim markers and {{/* comments */}}';

// text/template's isSpace: space, tab, CR, LF (not Unicode spaces).
const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\r' || c === '\n';
const identChar = /[\p{L}\p{Nd}_]/u;

/** Renders every entry, in order (ko's applyTemplating). */
export function renderTemplates(
  list: readonly TemplateSource[],
  data: TemplateData,
  options: RenderOptions = {},
): string[] {
  return list.map((source) => renderTemplate(source, data, options));
}

export function renderTemplate(
  source: TemplateSource,
  data: TemplateData,
  options: RenderOptions = {},
): string {
  const text = source.text;
  let out = '';
  let i = 0;
  for (;;) {
    const open = text.indexOf('{{', i);
    if (open < 0) return out + text.slice(i);
    let chunk = text.slice(i, open);
    let p = open + 2;
    if (text[p] === '-' && isSpace(text[p + 1])) {
      chunk = chunk.replace(/[ \t\r\n]+$/, '');
      p += 2;
    }
    out += chunk;
    const action = readAction(source, open, p);
    if (action.chain) out += evaluate(source, open, action.chain, data, options);
    i = action.end;
    if (action.trimAfter) while (isSpace(text[i])) i++;
  }
}

interface Action {
  /** Field names of `.A.B.C`; undefined for a comment. */
  readonly chain: string[] | undefined;
  /** Offset after the closing delimiter. */
  readonly end: number;
  readonly trimAfter: boolean;
}

/** Lexes one action starting after `{{` (and a left trim marker), as text/template's lexer does. */
function readAction(source: TemplateSource, open: number, start: number): Action {
  const text = source.text;
  const close = (at: number, sawSpace: boolean): Action | undefined => {
    if (sawSpace && text.startsWith('-}}', at)) return { chain: [], end: at + 3, trimAfter: true };
    if (text.startsWith('}}', at)) return { chain: [], end: at + 2, trimAfter: false };
    return undefined;
  };
  if (text.startsWith('/*', start)) {
    const endComment = text.indexOf('*/', start + 2);
    if (endComment < 0) throw templateError(source, open, 'unclosed comment');
    const after = endComment + 2;
    const done = close(after + (isSpace(text[after]) ? 1 : 0), isSpace(text[after]));
    if (!done || (isSpace(text[after]) && !done.trimAfter)) {
      throw templateError(source, open, 'comment ends before closing delimiter');
    }
    return { ...done, chain: undefined };
  }
  const chain: string[] = [];
  let p = start;
  for (;;) {
    const spaceStart = p;
    while (isSpace(text[p])) p++;
    // ` -}}` closes with a trim marker only after a space, as in text/template's lexSpace.
    const sawSpace = p > spaceStart;
    if (p >= text.length) {
      throw templateError(
        source,
        open,
        'unclosed action',
        'a space-separated flags string is split at spaces before templating: write {{.Env.X}} without spaces, or use a YAML list',
      );
    }
    const done = close(p, sawSpace);
    if (done) {
      if (chain.length === 0) throw templateError(source, open, 'empty action: missing value');
      return { ...done, chain };
    }
    if (chain.length > 0 && sawSpace) break; // a second operand: a function call or pipeline
    if (text[p] !== '.' || !identChar.test(text[p + 1] ?? '')) break;
    let q = p + 1;
    while (q < text.length && identChar.test(text[q]!)) q++;
    chain.push(text.slice(p + 1, q));
    p = q;
    if (p < text.length && text[p] !== '.' && !isSpace(text[p]) && !text.startsWith('}}', p)) {
      break;
    }
  }
  const closing = text.indexOf('}}', p);
  const shown = closing < 0 ? text.slice(open) : text.slice(open, closing + 2);
  throw templateError(
    source,
    open,
    `unsupported template action ${JSON.stringify(shown)}`,
    supported,
  );
}

function evaluate(
  source: TemplateSource,
  offset: number,
  chain: readonly string[],
  data: TemplateData,
  options: RenderOptions,
): string {
  let value: unknown = data;
  const path: string[] = [];
  for (const name of chain) {
    const holder = path.length ? `.${path.join('.')}` : 'the template data';
    if (typeof value !== 'object' || value === null) {
      throw templateError(
        source,
        offset,
        `can't evaluate field ${name} of .${path.join('.')}: it is a ${typeof value}`,
      );
    }
    if (!Object.hasOwn(value, name)) {
      if (path.length === 1 && path[0] === 'Env' && options.missingEnv !== 'error') {
        options.onWarning?.(
          `environment variable ${name} is not set; {{.Env.${name}}} renders as ""`,
          positionOf(source, offset),
        );
        return '';
      }
      throw templateError(source, offset, `${holder} has no entry "${name}"`, missingHint(path));
    }
    value = (value as Record<string, unknown>)[name];
    path.push(name);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw templateError(
    source,
    offset,
    `{{.${path.join('.')}}} is a map; name one of its entries`,
    missingHint(path),
  );
}

function missingHint(path: readonly string[]): string {
  if (path.length === 0) return `the fields are ${topFields.map((f) => `.${f}`).join(', ')}`;
  if (path[0] === 'Git') return `.Git has ${gitFields.map((f) => `.${f}`).join(', ')}`;
  if (path[0] === 'GoEnv') return 'run `go env` to see the names .GoEnv has';
  if (path[0] === 'Env') {
    return "set the variable in the step's env, or in the build's env (or defaultEnv) in .ko.yaml";
  }
  return supported;
}

function positionOf(source: TemplateSource, offset: number): string {
  if (!source.at) return source.where;
  return `${source.at.file}:${source.at.line}:${source.at.column + offset}`;
}

function templateError(
  source: TemplateSource,
  offset: number,
  message: string,
  hint?: string,
): KoActionError {
  const where = positionOf(source, offset);
  const full = `template ${JSON.stringify(source.text)}: ${message}`;
  return new KoActionError('CONFIG', full, hint ? { where, hint } : { where });
}
