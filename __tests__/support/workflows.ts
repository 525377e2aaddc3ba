// The repository's workflows, the example workflows and the e2e suite's own workflows (e2e/), for
// unit/workflows.test.ts (pinning) and integration/workflows.actionlint.test.ts (actionlint).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './tools.js';

const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows', 'e2e/workflows'];

/** Every workflow file, relative to the repository root, sorted. */
export function workflowFiles(): string[] {
  return WORKFLOW_DIRS.flatMap((dir) =>
    readdirSync(join(repoRoot, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => `${dir}/${f}`),
  ).sort();
}
