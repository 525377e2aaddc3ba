// One repository per workflow run, as a user's checkout: the shop fixture (a service with a real
// module dependency, a second module under app/, and modules that fail on purpose), the workflow
// under .github/workflows, committed, with origin https://github.com/acme/<name> (act derives
// github.repository from it) and the release tag. act copies it for each job, so runs never
// share a work tree.
import { execFile } from 'node:child_process';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../__tests__/support/tools.js';
import { TAG } from './recipes.js';

const run = promisify(execFile);
export const FIXTURE = join(repoRoot, 'e2e', 'fixtures', 'shop');
export const OWNER = 'acme';

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'e2e',
  GIT_AUTHOR_EMAIL: 'e2e@example.com',
  GIT_COMMITTER_NAME: 'e2e',
  GIT_COMMITTER_EMAIL: 'e2e@example.com',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};

export interface Workspace {
  readonly dir: string;
  /** The workflow file, relative to dir. */
  readonly workflowFile: string;
  /** github.sha */
  readonly sha: string;
}

export async function createWorkspace(
  parent: string,
  name: string,
  workflow: string,
): Promise<Workspace> {
  const dir = join(parent, name);
  await cp(FIXTURE, dir, { recursive: true });
  await mkdir(join(dir, '.github', 'workflows'), { recursive: true });
  const workflowFile = join('.github', 'workflows', `${name}.yml`);
  await writeFile(join(dir, workflowFile), workflow);
  const git = async (...args: string[]): Promise<string> =>
    (await run('git', args, { cwd: dir, env: gitEnv })).stdout.trim();
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'shop');
  await git('remote', 'add', 'origin', `https://github.com/${OWNER}/${name}`);
  await git('tag', TAG);
  return { dir, workflowFile, sha: await git('rev-parse', 'HEAD') };
}
