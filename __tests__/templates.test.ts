// ko's flag/ldflag templates: our evaluator against Go's own text/template (run through a tiny
// Go program with ko's options), plus the template data built from real `git` and `go env`.
import { describe, expect, it, beforeAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KoActionError } from '../src/util/errors.js';
import {
  formatRfc3339,
  gitInfoCommands,
  gitInfoFromOutputs,
  makeTemplateData,
  parseGoEnv,
  zeroGitInfo,
  type GitOutputs,
  type GitQuery,
} from '../src/ko/template-data.js';
import {
  renderTemplate,
  renderTemplates,
  type TemplateData,
  type TemplateSource,
} from '../src/ko/templates.js';

const oracle = fileURLToPath(
  new URL('./fixtures/ko-yaml/template-oracle/main.go', import.meta.url),
);

interface OracleResult {
  out?: string;
  err?: string;
}

/** Renders with Go's text/template exactly as ko's applyTemplating does. */
function goRender(data: TemplateData, templates: readonly string[]): OracleResult[] {
  const stdout = execFileSync('go', ['run', oracle], {
    input: JSON.stringify({ data, templates }),
    env: { ...process.env, GOFLAGS: '', GOWORK: 'off' },
  });
  return JSON.parse(stdout.toString('utf8')) as OracleResult[];
}

const git = {
  branch: 'main',
  tag: 'v1.2.3',
  shortCommit: 'abc1234',
  fullCommit: 'abc1234def5678abc1234def5678abc1234def56',
  commitSeconds: 1700000000,
  dirty: true,
};
const data = makeTemplateData({
  buildEnv: { VERSION: 'v9', GOOS: 'linux', GOARCH: 'arm64', EMPTY: '', 'DASHED-NAME': 'x' },
  goEnv: { GOOS: 'darwin', GOARCH: 'amd64', GOVERSION: 'go1.26.8', GOFLAGS: '' },
  git,
  seconds: 1700000123,
  utcOffsetMinutes: 0,
});

const src = (text: string): TemplateSource => ({
  text,
  where: 'f.yaml:3:7',
  at: { file: 'f.yaml', line: 3, column: 7 },
});

function thrown(fn: () => unknown): KoActionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof KoActionError) return e;
    throw e;
  }
  throw new Error('expected a KoActionError');
}

describe('rendering matches Go text/template with missingkey=error', () => {
  const valid = [
    '-X main.version={{.Env.VERSION}}',
    '-X main.v={{ .Env.VERSION }} -X main.c={{.Git.ShortCommit}}',
    '{{.GoEnv.GOOS}}/{{.GoEnv.GOARCH}} {{.GoEnv.GOVERSION}}',
    '{{.Date}} {{.Timestamp}}',
    '{{.Git.Branch}} {{.Git.Tag}} {{.Git.FullCommit}} {{.Git.CommitDate}}',
    '{{.Git.CommitTimestamp}} {{.Git.IsDirty}} {{.Git.IsClean}} {{.Git.TreeState}}',
    'a  {{- .Env.VERSION -}}  b',
    'a \n\t {{- .Env.VERSION}}',
    '{{.Env.VERSION -}}\n\n  tail',
    'x{{/* a comment */}}y',
    'x {{- /* trimmed comment */ -}} y',
    '{{\n.Env.VERSION\n}}',
    '{{.Env.EMPTY}}|{{.Env.LDFLAGS}}',
    'no templates at all }} {',
    '{{.Env.VERSION}}{{.Env.VERSION}}',
  ];
  let go: OracleResult[];
  beforeAll(() => {
    go = goRender(data, valid);
  });

  it.each(valid.map((t, i) => [i, t]))('#%i %j', (i, t) => {
    const want = go[i as number];
    expect(want?.err).toBeUndefined();
    expect(renderTemplate(src(t as string), data)).toBe(want?.out);
  });

  it('GoEnv takes same-named build env values (GOOS/GOARCH of the platform)', () => {
    expect(renderTemplate(src('{{.GoEnv.GOOS}}/{{.GoEnv.GOARCH}}'), data)).toBe('linux/arm64');
  });

  const invalid: [string, string, string][] = [
    ['{{.Git.Commit}}', 'f.yaml:3:7', '.Git has no entry "Commit"'],
    ['v={{.Foo}}', 'f.yaml:3:9', 'the template data has no entry "Foo"'],
    ['{{.GoEnv.NOPE}}', 'f.yaml:3:7', '.GoEnv has no entry "NOPE"'],
    ['{{.Date.Year}}', 'f.yaml:3:7', "can't evaluate field Year of .Date: it is a string"],
    ['ab{{.Env.VERSION', 'f.yaml:3:9', 'unclosed action'],
    ['{{/* x */ }}', 'f.yaml:3:7', 'comment ends before closing delimiter'],
    ['{{/* x ', 'f.yaml:3:7', 'unclosed comment'],
    ['{{ }}', 'f.yaml:3:7', 'empty action: missing value'],
    ['{{.Env.A-}}', 'f.yaml:3:7', 'unsupported template action "{{.Env.A-}}"'],
  ];
  it.each(invalid)('%j fails in Go and here, at %s', (t, where, message) => {
    const [want] = goRender(data, [t]);
    expect(want?.err).toBeDefined();
    const e = thrown(() => renderTemplate(src(t), data));
    expect(e.code).toBe('CONFIG');
    expect(e.where).toBe(where);
    expect(e.message).toBe(`template ${JSON.stringify(t)}: ${message}`);
  });
});

describe('outside the supported subset', () => {
  it.each([
    ['{{ .Env.X | printf "%s" }}', 'f.yaml:3:7'],
    ['-X v={{ index .Env "A-B" }}', 'f.yaml:3:12'],
    ['{{if .Git.IsDirty}}dirty{{end}}', 'f.yaml:3:7'],
    ['{{ "{{" }}', 'f.yaml:3:7'],
    ['{{.}}', 'f.yaml:3:7'],
  ])('%j is a clear error at %s', (t, where) => {
    const e = thrown(() => renderTemplate(src(t), data));
    expect(e.where).toBe(where);
    expect(e.message).toMatch(/^template ".*": unsupported template action "\{\{/);
    expect(e.hint).toContain('{{.Env.NAME}}');
  });

  it('a whole map is refused rather than printed as Go would (map[...])', () => {
    const e = thrown(() => renderTemplate(src('{{.Env}}'), data));
    expect(e.message).toBe('template "{{.Env}}": {{.Env}} is a map; name one of its entries');
  });

  it('without an exact source column, errors point at the value and say no more', () => {
    const e = thrown(() =>
      renderTemplate({ text: 'x {{.Git.Nope}}', where: 'KO_DEFAULTLDFLAGS' }, data),
    );
    expect(e.where).toBe('KO_DEFAULTLDFLAGS');
  });
});

describe('unset {{.Env.X}}', () => {
  it('renders empty and warns by default (ko errors; users asked for empty, ko PR #758)', () => {
    const warnings: [string, string][] = [];
    const out = renderTemplates([src('-X main.token={{.Env.UNSET_TOKEN}}')], data, {
      onWarning: (m, w) => warnings.push([m, w]),
    });
    expect(out).toEqual(['-X main.token=']);
    expect(warnings).toEqual([
      [
        'environment variable UNSET_TOKEN is not set; {{.Env.UNSET_TOKEN}} renders as ""',
        'f.yaml:3:21',
      ],
    ]);
  });

  it("is ko's error with missingEnv: 'error', as Go reports it", () => {
    const [go] = goRender(data, ['{{.Env.UNSET_TOKEN}}']);
    expect(go?.err).toContain('map has no entry for key "UNSET_TOKEN"');
    const e = thrown(() =>
      renderTemplate(src('{{.Env.UNSET_TOKEN}}'), data, { missingEnv: 'error' }),
    );
    expect(e.where).toBe('f.yaml:3:7');
    expect(e.message).toBe('template "{{.Env.UNSET_TOKEN}}": .Env has no entry "UNSET_TOKEN"');
    expect(e.hint).toContain("step's env");
  });
});

describe('template data', () => {
  it('formats dates as Go RFC 3339 (Z for UTC, ±hh:mm otherwise, zero time)', () => {
    expect(formatRfc3339(1700000000)).toBe('2023-11-14T22:13:20Z');
    expect(formatRfc3339(1700000000, 120)).toBe('2023-11-15T00:13:20+02:00');
    expect(formatRfc3339(1700000000, -330)).toBe('2023-11-14T16:43:20-05:30');
    expect(formatRfc3339(-62135596800)).toBe('0001-01-01T00:00:00Z');
    expect(data.Date).toBe('2023-11-14T22:15:23Z');
    expect(data.Timestamp).toBe(1700000123);
    expect(data.Env.LDFLAGS).toBe('');
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

  it('reads a real git repository through gitInfoCommands', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ko-git-'));
    try {
      const env = {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
        GIT_COMMITTER_DATE: '@1700000000 +0000',
        GIT_AUTHOR_DATE: '@1700000000 +0000',
      };
      const g = (...args: string[]): string =>
        execFileSync('git', ['-c', 'log.showSignature=false', ...args], {
          cwd: dir,
          env,
          stdio: ['ignore', 'pipe', 'ignore'],
        }).toString();
      const collect = (): GitOutputs => {
        const out: Partial<Record<GitQuery, string>> = {};
        for (const [k, args] of Object.entries(gitInfoCommands) as [
          GitQuery,
          readonly string[],
        ][]) {
          try {
            out[k] = g(...args);
          } catch {
            // a failing command is reported as missing, as ko treats it
          }
        }
        return out;
      };
      g('init', '-q', '-b', 'release');
      writeFileSync(join(dir, 'a.txt'), 'a');
      g('add', 'a.txt');
      g('commit', '-q', '-m', 'one');
      const full = g('rev-parse', 'HEAD').trim();

      const untagged = gitInfoFromOutputs(collect());
      expect(untagged).toEqual({
        branch: 'release',
        tag: 'v0.0.0',
        shortCommit: full.slice(0, untagged.shortCommit.length),
        fullCommit: full,
        commitSeconds: 1700000000,
        dirty: false,
      });
      expect(untagged.shortCommit.length).toBeGreaterThanOrEqual(7);

      g('tag', 'v1.4.0');
      writeFileSync(join(dir, 'b.txt'), 'dirty');
      const tagged = gitInfoFromOutputs(collect());
      expect(tagged.tag).toBe('v1.4.0');
      expect(tagged.dirty).toBe(true);
      const d = makeTemplateData({
        buildEnv: {},
        goEnv: {},
        git: tagged,
        seconds: 0,
        utcOffsetMinutes: 0,
      });
      expect(renderTemplate(src('{{.Git.Tag}}-{{.Git.TreeState}}-{{.Git.CommitDate}}'), d)).toBe(
        'v1.4.0-dirty-2023-11-14T22:13:20Z',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parses real `go env` output as ko does (quotes removed)', () => {
    const plain = parseGoEnv(execFileSync('go', ['env']).toString('utf8'));
    const json = JSON.parse(execFileSync('go', ['env', '-json']).toString('utf8')) as Record<
      string,
      string
    >;
    for (const k of ['GOROOT', 'GOOS', 'GOARCH', 'GOVERSION', 'GOCACHE', 'CGO_ENABLED']) {
      expect(plain[k]).toBe(json[k]);
    }
    expect(parseGoEnv("A='x y'\nB=\"q\"\nC=''\n")).toEqual({ A: 'x y', B: 'q', C: '' });
    expect(() => parseGoEnv('garbage\n')).toThrow('go env: failed parsing line 1: garbage');
  });
});
