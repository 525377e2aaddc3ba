// The CLI twin (dist/cli) for tests: the committed bundle when it is current, else a fresh one.
import { execFile, spawn } from 'node:child_process';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { actionBundle } from './action.js';
import { repoRoot } from './tools.js';

/** dist/cli/index.js when it is newer than every source, else a fresh ncc bundle in `work`. */
export async function cliBundle(work: string): Promise<string> {
  await actionBundle(); // fails early, with the bundler's output, when src/ does not compile
  const dist = join(repoRoot, 'dist', 'cli', 'index.js');
  const newest = async (dir: string): Promise<number> => {
    let t = 0;
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      t = Math.max(t, e.isDirectory() ? await newest(p) : (await stat(p)).mtimeMs);
    }
    return t;
  };
  const built = await stat(dist).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  if (built > (await newest(join(repoRoot, 'src')))) return dist;
  const out = join(work, 'cli-bundle');
  const ncc = join(repoRoot, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  await new Promise<void>((resolve, reject) =>
    execFile(
      process.execPath,
      [ncc, 'build', 'src/cli/main.ts', '-o', out, '--target', 'es2022', '--quiet'],
      { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => (err ? reject(new Error(`${stdout}${stderr}`)) : resolve()),
    ),
  );
  await writeFile(join(out, 'package.json'), '{ "type": "module" }\n');
  return join(out, 'index.js');
}

export interface NodeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <args>` in `cwd` with exactly `env`, feeding `stdin`. */
export function runNode(
  args: string[],
  opts: { stdin?: string; cwd: string },
  env: Record<string, string>,
): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: opts.cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}
