// ko's flag/ldflag templates against Go's own text/template: one `go run` of
// fixtures/templates/oracle (ko's applyTemplating over ko's data shape) over the whole table. The
// answers recorded in the table, which unit/templates.test.ts holds our evaluator to, must still
// be Go's, and our evaluator must agree with Go on every case. Plus the template data built from a
// real `git` repository and real `go env` output.
//
// KO_ACTION_UPDATE_TEMPLATE_TABLE=1 rewrites the table's `expect` fields from Go's answers (after
// adding cases); the comparison with our evaluator still runs.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  gitInfoCommands,
  gitInfoFromOutputs,
  makeTemplateData,
  parseGoEnv,
  type GitOutputs,
  type GitQuery,
} from '../../src/ko/template-data.js';
import { renderTemplates, type TemplateData, type TemplateSource } from '../../src/ko/templates.js';
import { KoActionError } from '../../src/util/errors.js';
import { itWithTools } from '../support/require-tool.js';
import {
  caseData,
  src,
  templateOracleDir,
  templateTable,
  templateTablePath,
  type Expected,
} from '../support/template-table.js';
import { systemToolPath } from '../support/tools.js';

/** One entry, as ko renders each flag. */
const renderTemplate = (source: TemplateSource, data: TemplateData): string =>
  renderTemplates([source], data)[0] ?? '';

interface OracleResult {
  readonly out?: string;
  readonly err?: string;
}

const goEnv = { ...process.env, GOFLAGS: '', GOWORK: 'off', GOPROXY: 'off', GOTOOLCHAIN: 'local' };

/** Go's answer in the table's form. */
const asExpected = (r: OracleResult): Expected =>
  r.out !== undefined ? { out: r.out } : { error: r.err ?? '' };

/** Our evaluator's answer for a case, in the table's form. */
function ours(c: (typeof templateTable.cases)[number]): Expected {
  try {
    return { out: renderTemplate(src(c.template), caseData(c)) };
  } catch (e) {
    if (e instanceof KoActionError) return { error: e.message };
    throw e;
  }
}

describe('the table against Go text/template (missingkey=error, ko data)', () => {
  const cases = templateTable.cases.map((c, i) => [c.name, c, i] as const);
  let go: Expected[] = [];

  beforeAll(() => {
    const stdout = execFileSync('go', ['run', '.'], {
      cwd: templateOracleDir,
      input: JSON.stringify(templateTable),
      env: goEnv,
    });
    go = (JSON.parse(stdout.toString('utf8')) as OracleResult[]).map(asExpected);
    if (process.env.KO_ACTION_UPDATE_TEMPLATE_TABLE === '1') {
      const updated = templateTable.cases.map((c, i) => ({ ...c, expect: go[i] }));
      writeFileSync(
        templateTablePath,
        `${JSON.stringify({ ...templateTable, cases: updated }, null, 2)}\n`,
      );
    }
  });

  it(`Go answers all ${cases.length} cases`, () => {
    expect(go).toHaveLength(cases.length);
  });

  it.each(cases)('%s', (_name, c, i) => {
    const want = go[i]!;
    if (process.env.KO_ACTION_UPDATE_TEMPLATE_TABLE !== '1') expect(c.expect).toEqual(want);
    const got = ours(c);
    // Outputs are equal, and both fail or neither does (our texts are Go's too: the unit test
    // checks them against the table).
    if ('out' in want) expect(got).toEqual(want);
    else expect('error' in got).toBe(true);
  });
});

describe('template data from real tools', () => {
  itWithTools('git')('reads a real git repository through gitInfoCommands', () => {
    const gitPath = systemToolPath('git');
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
        execFileSync(gitPath, ['-c', 'log.showSignature=false', ...args], {
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
  });
});
