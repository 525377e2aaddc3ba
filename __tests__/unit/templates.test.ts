// ko's flag/ldflag templates: our text/template port against what Go's own text/template renders
// (recorded in fixtures/templates/table.json; integration/templates.oracle.test.ts checks the
// recording against Go), where errors point, and the template data.
import { describe, expect, it } from '@jest/globals';
import {
  formatRfc3339,
  gitInfoFromOutputs,
  makeTemplateData,
  parseGoEnv,
  zeroGitInfo,
} from '../../src/ko/template-data.js';
import { renderTemplates, type TemplateData, type TemplateSource } from '../../src/ko/templates.js';
import { thrown } from '../support/errors.js';
import { caseData, src, templateTable } from '../support/template-table.js';

/** One entry, as ko renders each flag. */
const renderTemplate = (source: TemplateSource, data: TemplateData): string =>
  renderTemplates([source], data)[0] ?? '';

const data = caseData({});

describe('every case of the table renders as Go renders it (missingkey=error)', () => {
  const cases = templateTable.cases.map((c) => [c.name, c] as const);

  it('covers enough', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)('%s', (_name, c) => {
    const run = (): string => renderTemplate(src(c.template), caseData(c));
    if ('out' in c.expect) {
      expect(run()).toBe(c.expect.out);
    } else {
      const e = thrown(run);
      expect([e.code, e.message]).toEqual(['CONFIG', c.expect.error]);
    }
  });
});

describe('errors point at the entry in the file', () => {
  it.each([
    // [template, where, Go's message]
    [
      '-X main.token={{.Env.UNSET_TOKEN}}',
      'f.yaml:3:27',
      'template: argsTmpl:1:20: executing "argsTmpl" at <.Env.UNSET_TOKEN>: map has no entry for key "UNSET_TOKEN"',
    ],
    ['ab{{.Env.VERSION', 'f.yaml:3:9', 'template: argsTmpl:1: unclosed action'],
    ['{{ .Env.X | foo }}', 'f.yaml:3:19', 'template: argsTmpl:1: function "foo" not defined'],
    ['x {{ end }}', 'f.yaml:3:9', 'template: argsTmpl:1: unexpected {{end}}'],
    ['{{if .Git.IsDirty}}dirty', 'f.yaml:3:7', 'template: argsTmpl:1: unexpected EOF'],
    [
      'a\nb {{.Env.UNSET}}',
      'f.yaml:4:9',
      'template: argsTmpl:2:8: executing "argsTmpl" at <.Env.UNSET>: map has no entry for key "UNSET"',
    ],
    [
      '{{ index .Env.VERSION 5 }}',
      'f.yaml:3:10',
      'template: argsTmpl:1:3: executing "argsTmpl" at <index .Env.VERSION 5>: error calling index: index out of range: 5',
    ],
  ])('%j at %s', (t, where, message) => {
    const e = thrown(() => renderTemplate(src(t), data));
    expect([e.code, e.where, e.message]).toEqual(['CONFIG', where, message]);
  });

  it('an unset .Env entry says how to set it, or make it optional with index', () => {
    const e = thrown(() => renderTemplate(src('{{.Env.UNSET_TOKEN}}'), data));
    expect(e.hint).toContain("set UNSET_TOKEN in the step's env");
    expect(e.hint).toContain('{{ index .Env "UNSET_TOKEN" }} is ""');
    expect(renderTemplate(src('{{ index .Env "UNSET_TOKEN" }}'), data)).toBe('');
  });

  it('a missing .Git field lists the fields', () => {
    const e = thrown(() => renderTemplate(src('{{ .Git.Version }}'), data));
    expect(e.hint).toContain('.Git has .Branch, .Tag, .ShortCommit');
  });

  it('an unclosed action says flags strings are split at spaces', () => {
    const e = thrown(() => renderTemplate(src('-ldflags={{'), data));
    expect(e.hint).toContain('split at spaces');
  });

  it('without an exact source column, errors point at the value', () => {
    const e = thrown(() =>
      renderTemplate({ text: 'x {{.Git.Nope}}', where: 'KO_DEFAULTLDFLAGS' }, data),
    );
    expect(e.where).toBe('KO_DEFAULTLDFLAGS');
  });

  it('renders a list in order and stops at the first error, as applyTemplating does', () => {
    expect(
      renderTemplates([src('{{.Env.VERSION}}'), src('-s'), src('{{.Git.Tag}}')], data),
    ).toEqual(['v9', '-s', 'v1.2.3']);
    const e = thrown(() => renderTemplates([src('{{.Env.VERSION}}'), src('{{.Nope}}')], data));
    expect(e.message).toContain('map has no entry for key "Nope"');
  });

  // Limits Go does not have (or has higher): a config error rather than a hang or a crash.
  it.each([
    ['{{range .Timestamp}}{{end}}', /template does more than 1000000 steps$/],
    ['{{define "a"}}{{template "a"}}{{end}}{{template "a"}}', /maximum template depth \(1000\)$/],
    [`{{${'('.repeat(101)}1${')'.repeat(101)}}}`, /max expression depth exceeded$/],
    ['{{if 1}}'.repeat(20000) + '{{end}}'.repeat(20000), /Maximum call stack size exceeded$/],
  ])('%#: a template that would run for ever or too deep fails instead', (t, message) => {
    const e = thrown(() => renderTemplate(src(t), data));
    expect([e.code, e.message]).toEqual(['CONFIG', expect.stringMatching(message)]);
  });
});

describe('template data', () => {
  it('formats dates as Go RFC 3339 (Z for UTC, ±hh:mm otherwise, zero time)', () => {
    expect(formatRfc3339(1700000000)).toBe('2023-11-14T22:13:20Z');
    expect(formatRfc3339(1700000000, 120)).toBe('2023-11-15T00:13:20+02:00');
    expect(formatRfc3339(1700000000, -330)).toBe('2023-11-14T16:43:20-05:30');
    expect(formatRfc3339(-62135596800)).toBe('0001-01-01T00:00:00Z');
  });

  it('GoEnv takes same-named build env values (GOOS/GOARCH of the platform); Env has LDFLAGS', () => {
    const d = makeTemplateData({
      buildEnv: { GOOS: 'linux', GOARCH: 'arm64', OTHER: 'x' },
      goEnv: { GOOS: 'darwin', GOARCH: 'amd64', GOVERSION: 'go1.26.8' },
      git: zeroGitInfo,
      seconds: 1700000123,
      utcOffsetMinutes: 0,
    });
    expect(renderTemplate(src('{{.GoEnv}} {{.Env}} {{.Date}}'), d)).toBe(
      'map[GOARCH:arm64 GOOS:linux GOVERSION:go1.26.8] map[GOARCH:arm64 GOOS:linux LDFLAGS: OTHER:x] 2023-11-14T22:15:23Z',
    );
  });

  it('has the zero Git values outside a repository, like ko', () => {
    const d = makeTemplateData({ buildEnv: {}, goEnv: {}, git: zeroGitInfo, seconds: 0 });
    expect(d.Git).toEqual({
      Branch: '',
      Tag: '',
      ShortCommit: '',
      FullCommit: '',
      CommitDate: '0001-01-01T00:00:00Z',
      CommitTimestamp: -62135596800,
      IsDirty: false,
      IsClean: true,
      TreeState: 'clean',
    });
    expect(gitInfoFromOutputs({})).toEqual(zeroGitInfo);
  });

  it('parses `go env` output as ko does (quotes removed)', () => {
    expect(parseGoEnv("A='x y'\nB=\"q\"\nC=''\n")).toEqual({ A: 'x y', B: 'q', C: '' });
    expect(() => parseGoEnv('garbage\n')).toThrow('go env: failed parsing line 1: garbage');
  });
});
