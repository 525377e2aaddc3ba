// The workflows the e2e suite runs are the documented ones, read from the docs at test time: the
// example workflows as they are, and the YAML blocks of README.md, docs/quick-start.md and
// docs/ko-migration.md. A block that is a complete workflow runs as written; a block that is a
// list of steps runs as the steps of one job after the checkout step the examples use. Nothing is
// substituted: act serves the actions under the names and refs the YAML uses (--local-repository).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../__tests__/support/tools.js';

export interface Recipe {
  /** Also the name of the repository it runs in (acme/<name>) and of its images. */
  readonly name: string;
  /** The file the YAML comes from, and the heading it sits under ('' before the first). */
  readonly doc: string;
  readonly heading: string;
  /** The workflow file's text, as act runs it. */
  readonly workflow: string;
  /** What pushes it: a version tag (v1.2.3) or the main branch, from its `on:`. */
  readonly ref: string;
}

interface Block {
  readonly heading: string;
  readonly text: string;
}

/** The ```yaml fences of a markdown file, in order, each with the heading it sits under. */
function blocks(markdownFile: string): Block[] {
  const out: Block[] = [];
  let heading = '';
  let fence: string[] | undefined;
  for (const line of readFileSync(join(repoRoot, markdownFile), 'utf8').split('\n')) {
    if (fence) {
      if (line === '```') {
        out.push({ heading, text: fence.map((l) => `${l}\n`).join('') });
        fence = undefined;
      } else {
        fence.push(line);
      }
    } else if (line === '```yaml') {
      fence = [];
    } else if (/^#+ /.test(line)) {
      heading = line.replace(/^#+ /, '');
    }
  }
  return out;
}

/** The one ```yaml block of a markdown file under a heading matching `heading`. */
export function docBlock(markdownFile: string, heading: RegExp): string {
  const found = blocks(markdownFile).filter((b) => heading.test(b.heading));
  if (found.length !== 1) {
    throw new Error(`${markdownFile}: ${found.length} YAML blocks under a heading ${heading}`);
  }
  return (found[0] as Block).text;
}

export const EXAMPLES_DIR = 'examples/workflows';
export const TAG = 'v1.2.3';
/** The docs whose YAML blocks are recipes. */
export const RECIPE_DOCS = ['README.md', 'docs/quick-start.md', 'docs/ko-migration.md'] as const;

/** The `uses:` of the examples' checkout step, so that wrapped step lists start the same way. */
function checkoutStep(): string {
  const text = readFileSync(join(repoRoot, EXAMPLES_DIR, 'release-on-tag.yml'), 'utf8');
  const m = /^\s*- (uses: actions\/checkout@.+)$/m.exec(text);
  if (!m?.[1]) throw new Error(`${EXAMPLES_DIR}/release-on-tag.yml has no checkout step`);
  return m[1];
}

/** A step list (a doc's fragment) as the only job of a workflow pushed by a version tag. */
function asJob(name: string, steps: string): string {
  const indented = steps
    .trimEnd()
    .split('\n')
    .map((l) => (l ? `      ${l}` : l))
    .join('\n');
  return [
    `name: ${name}`,
    `on: { push: { tags: ['v*'] } }`,
    'permissions: { contents: read, packages: write }',
    'jobs:',
    '  recipe:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    `      - ${checkoutStep()}`,
    indented,
    '',
  ].join('\n');
}

const refFor = (workflow: string): string =>
  /\btags:\s*\[/.test(workflow.split('\njobs:')[0] ?? '') ? `refs/tags/${TAG}` : 'refs/heads/main';

/**
 * Why a doc block is not run on its own, or undefined when it is: the setup-ko workflow that
 * docs/ko-migration.md replaces, and excerpts of an example workflow (the matrix recipe's steps,
 * which need that workflow's other steps; a test checks them against it line by line).
 */
export function notRunnable(text: string): string | undefined {
  if (text.includes('ko-build/setup-ko')) return 'the setup-ko workflow being replaced';
  if (/steps\.refs\.outputs/.test(text) && !/id: refs\b/.test(text)) {
    return `an excerpt of ${EXAMPLES_DIR}/matrix-release.yml`;
  }
  return undefined;
}

/**
 * Every runnable recipe of the docs: each example workflow as it is, and each YAML block of the
 * recipe docs (a complete workflow as written, a step list as one job's steps), the same block
 * once however many docs repeat it. Blocks are named <doc>-<n>, n counting that doc's blocks.
 */
export function documentedRecipes(): Recipe[] {
  const recipes: Recipe[] = readdirSync(join(repoRoot, EXAMPLES_DIR))
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => {
      const workflow = readFileSync(join(repoRoot, EXAMPLES_DIR, f), 'utf8');
      const name = f.replace(/\.yml$/, '');
      return { name, doc: `${EXAMPLES_DIR}/${f}`, heading: '', workflow, ref: refFor(workflow) };
    });
  const seen = new Set<string>();
  for (const doc of RECIPE_DOCS) {
    const slug = doc
      .replace(/^docs\//, '')
      .replace(/\.md$/, '')
      .toLowerCase();
    for (const [i, block] of blocks(doc).entries()) {
      if (notRunnable(block.text) || seen.has(block.text)) continue;
      seen.add(block.text);
      const name = `${slug}-${i}`;
      const workflow = /^name:/m.test(block.text) ? block.text : asJob(name, block.text);
      recipes.push({ name, doc, heading: block.heading, workflow, ref: refFor(workflow) });
    }
  }
  return recipes;
}

/** The `owner/name@ref` of every action a workflow uses (local `./` ones aside). */
export function usedActions(workflow: string): string[] {
  const uses = [...workflow.matchAll(/^\s*-?\s*uses:\s*([\w.-]+\/[\w.-]+@[\w.-]+)/gm)].map(
    (m) => m[1] ?? '',
  );
  return [...new Set(uses)];
}

/** The literal runner labels in `runs-on:` and in matrix `runner:` entries. */
export function runnerLabels(workflow: string): string[] {
  const labels = [...workflow.matchAll(/^\s*(?:runs-on|runner):\s*([\w.-]+)\s*$/gm)].map(
    (m) => m[1] ?? '',
  );
  return [...new Set(['ubuntu-latest', ...labels])];
}
