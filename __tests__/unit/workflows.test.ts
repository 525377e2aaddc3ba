// The repository's workflows exist, and pin every third-party action by full commit SHA with a
// version comment (integration/workflows.actionlint.test.ts runs actionlint over them).
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/tools.js';
import { workflowFiles } from '../support/workflows.js';

const EXPECTED = [
  '.github/workflows/ci.yml',
  '.github/workflows/e2e.yml',
  '.github/workflows/release.yml',
  'examples/workflows/matrix-release.yml',
  'examples/workflows/release-on-tag.yml',
  'examples/workflows/resolve-and-deploy.yml',
  'e2e/workflows/cache.yml',
  'e2e/workflows/compile-error.yml',
  'e2e/workflows/newer-go.yml',
  'e2e/workflows/push-false.yml',
  'e2e/workflows/slow-compile.yml',
  'e2e/workflows/working-directory-resolve.yml',
];

describe('workflows', () => {
  it('has the CI, e2e, release, example and e2e-suite workflows', () => {
    expect(workflowFiles()).toEqual(expect.arrayContaining(EXPECTED));
  });

  it.each(workflowFiles())('%s pins every third-party action by commit SHA', (file) => {
    const uses = [
      ...readFileSync(join(repoRoot, file), 'utf8').matchAll(/^\s*-?\s*uses:\s*(.+)$/gm),
    ]
      .map((m) => (m[1] ?? '').trim())
      // This action itself: `./` in this repository, `@v1` (its moving major tag) in the examples.
      .filter((u) => u !== './' && !/^[\w.-]+\/ko-action@v\d+$/.test(u));
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/);
  });
});
