// The repository's workflows and the example workflows, for unit/workflows.test.ts (pinning) and
// integration/workflows.actionlint.test.ts (actionlint).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './tools.js';

const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows'];

/** Every workflow file, relative to the repository root, sorted. */
export function workflowFiles(): string[] {
  return WORKFLOW_DIRS.flatMap((dir) =>
    readdirSync(join(repoRoot, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => `${dir}/${f}`),
  ).sort();
}
