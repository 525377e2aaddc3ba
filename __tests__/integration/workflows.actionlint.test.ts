// The repository's workflows and the example workflows pass actionlint (v1.7.12, provisioned by
// scripts/provision-tools.mjs): syntax, expressions, step outputs, shell scripts (shellcheck, when
// installed) and the `with:` keys of `uses: ./` checked against action.yml. (unit/workflows.test.ts:
// which workflows exist, and their pinning.)
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findExecutable, repoRoot, toolPath } from '../support/tools.js';
import { workflowFiles } from '../support/workflows.js';

interface LintResult {
  code: number;
  output: string;
}

/** Runs actionlint in a project root (the repository's by default: `uses: ./` is action.yml). */
function actionlint(args: string[], cwd = repoRoot): Promise<LintResult> {
  // shellcheck checks `run:` scripts where it is installed (hosted runners have it); an empty
  // flag value switches a linter off rather than failing on its absence.
  const linters = [
    `-shellcheck=${findExecutable('shellcheck') ?? ''}`,
    `-pyflakes=${findExecutable('pyflakes') ?? ''}`,
  ];
  return new Promise((resolve, reject) => {
    execFile(
      toolPath('actionlint'),
      ['-no-color', ...linters, ...args],
      { cwd, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        if (code !== 0 && code !== 1) {
          reject(new Error(`actionlint exited ${code}: ${stderr || stdout}`));
          return;
        }
        resolve({ code, output: `${stdout}${stderr}`.trim() });
      },
    );
  });
}

describe('workflows', () => {
  it.each(workflowFiles())('%s passes actionlint', async (file) => {
    const { code, output } = await actionlint([file]);
    if (code !== 0) throw new Error(`actionlint found problems in ${file}:\n${output}`);
    expect(output).toBe('');
  });

  it('fails with actionlint’s messages on inputs and outputs action.yml does not declare', async () => {
    // A throwaway project (a .git directory marks its root) holding this action.yml, so that
    // actionlint resolves `uses: ./` exactly as it does for e2e.yml.
    const dir = await mkdtemp(join(tmpdir(), 'ko-action-actionlint-'));
    try {
      await mkdir(join(dir, '.git'));
      await mkdir(join(dir, '.github', 'workflows'), { recursive: true });
      await copyFile(join(repoRoot, 'action.yml'), join(dir, 'action.yml'));
      const bad = [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - id: ko',
        '        uses: ./',
        '        with:',
        '          import-path: ./cmd/app',
        '      - run: echo "${{ steps.ko.outputs.digests }}"',
        '',
      ].join('\n');
      await writeFile(join(dir, '.github', 'workflows', 'bad.yml'), bad);
      const { code, output } = await actionlint(['.github/workflows/bad.yml'], dir);
      expect(code).toBe(1);
      expect(output).toMatch(
        /bad\.yml:9:11: input "import-path" is not defined in action "ko-action" defined at "\.\/"/,
      );
      expect(output).toMatch(/bad\.yml:10:\d+: property "digests" is not defined/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
