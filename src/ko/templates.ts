// ko's flag and ldflag templates (pkg/build/gobuild.go applyTemplating): each entry is parsed as
// Go's `template.New("argsTmpl").Option("missingkey=error").Parse(entry)` and executed over ko's
// data (createTemplateData), with Go's output and Go's error texts. ./template/ is the port of
// text/template and fmt that does it (__tests__/integration/templates.oracle.test.ts holds it to
// Go's own over __tests__/fixtures/templates/table.json).
import { KoActionError } from '../util/errors.js';
import { builtins } from './template/builtins.js';
import { Executor } from './template/eval.js';
import { ExecError } from './template/exec.js';
import { ParseError, parseTemplate } from './template/parser.js';
import { bool, int, str, type MapValue, type Value } from './template/value.js';

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

const NAME = 'argsTmpl';

/** Renders every entry, in order (ko's applyTemplating): the first error stops it. */
export function renderTemplates(list: readonly TemplateSource[], data: TemplateData): string[] {
  const go = goData(data);
  return list.map((source) => render(source, go));
}

interface GoData {
  readonly value: MapValue;
  readonly env: MapValue;
  readonly goEnv: MapValue;
  readonly git: MapValue;
}

/** ko's data as Go holds it: map[string]interface {} of map[string]string, map[string]interface {}, string, int64. */
function goData(d: TemplateData): GoData {
  const strings = (r: Readonly<Record<string, string>>): MapValue => ({
    type: 'map[string]string',
    v: new Map(Object.entries(r)),
  });
  const g = d.Git;
  const git: MapValue = {
    type: 'map[string]interface {}',
    v: new Map<string, Value>([
      ['Branch', str(g.Branch)],
      ['Tag', str(g.Tag)],
      ['ShortCommit', str(g.ShortCommit)],
      ['FullCommit', str(g.FullCommit)],
      ['CommitDate', str(g.CommitDate)],
      ['CommitTimestamp', int(Math.trunc(g.CommitTimestamp), 'int64')],
      ['IsDirty', bool(g.IsDirty)],
      ['IsClean', bool(g.IsClean)],
      ['TreeState', str(g.TreeState)],
    ]),
  };
  const env = strings(d.Env);
  const goEnv = strings(d.GoEnv);
  const value: MapValue = {
    type: 'map[string]interface {}',
    v: new Map<string, Value>([
      ['Env', env],
      ['GoEnv', goEnv],
      ['Git', git],
      ['Date', str(d.Date)],
      ['Timestamp', int(Math.trunc(d.Timestamp), 'int64')],
    ]),
  };
  return { value, env, goEnv, git };
}

function render(source: TemplateSource, data: GoData): string {
  try {
    const trees = parseTemplate(NAME, source.text);
    const exec = new Executor(NAME, NAME, source.text, trees, data.value);
    exec.walk(data.value, trees.get(NAME)!);
    return exec.output();
  } catch (e) {
    if (e instanceof ParseError)
      throw templateError(source, e.pos, e.message, parseHint(e.message));
    if (e instanceof ExecError)
      throw templateError(source, e.pos ?? 0, e.message, execHint(e, data));
    // Thousands of nested {{if}}s: Go's stack grows, ours does not.
    if (e instanceof RangeError) {
      throw templateError(source, 0, `template: ${NAME}: ${e.message}`, 'nest actions less deeply');
    }
    throw e;
  }
}

const textTemplate =
  "ko parses each flag and ldflag with Go's text/template: https://pkg.go.dev/text/template";

function parseHint(message: string): string {
  if (message.endsWith('unclosed action')) {
    return 'a space-separated flags string is split at spaces before templating: write {{.Env.X}} without spaces, or use a YAML list';
  }
  if (/function ".*" not defined$/.test(message))
    return `the functions are text/template's: ${Object.keys(builtins).join(', ')}`;
  return textTemplate;
}

function execHint(e: ExecError, data: GoData): string {
  const m = e.missing;
  if (!m) return textTemplate;
  if (m.map === data.env) {
    return (
      `set ${m.key} in the step's env, or in the build's env (or defaultEnv) in .ko.yaml; ` +
      `{{ index .Env ${JSON.stringify(m.key)} }} is "" when it is not set`
    );
  }
  if (m.map === data.goEnv) return 'run `go env` to see the names .GoEnv has';
  if (m.map === data.git)
    return `.Git has ${[...data.git.v.keys()].map((k) => `.${k}`).join(', ')}`;
  if (m.map === data.value) return 'the fields are .Env, .GoEnv, .Git, .Date and .Timestamp';
  return textTemplate;
}

/** `file:line:column` of offset `offset` in the entry, when the entry's position is known exactly. */
function positionOf(source: TemplateSource, offset: number): string {
  if (!source.at) return source.where;
  const before = source.text.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  const line = source.at.line + (before.split('\n').length - 1);
  const column = nl < 0 ? source.at.column + offset : offset - nl;
  return `${source.at.file}:${line}:${column}`;
}

function templateError(
  source: TemplateSource,
  offset: number,
  message: string,
  hint: string,
): KoActionError {
  return new KoActionError('CONFIG', message, { where: positionOf(source, offset), hint });
}
