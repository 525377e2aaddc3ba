// Rebuilds dist/ from src/: one ncc bundle per entry point. CI fails when dist/ differs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const bundles = [
  ['src/action/main.ts', 'dist'],
  ['src/cli/main.ts', 'dist/cli'],
  ['src/action/post.ts', 'dist/post'],
];
// Build into a scratch directory and swap it in, so a failed build never leaves dist/ empty.
const staging = '.cache/dist-staging';
rmSync(staging, { recursive: true, force: true });
for (const [entry, dest] of bundles) {
  const out = dest.replace(/^dist/, staging);
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      entry,
      '-o',
      out,
      '--license',
      'licenses.txt',
      '--target',
      'es2022',
    ],
    { stdio: 'inherit' },
  );
  // ncc emits ESM; the nearest package.json must say so (as actions/setup-go commits it).
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/package.json`, '{ "type": "module" }\n');
}
rmSync('dist', { recursive: true, force: true });
renameSync(staging, 'dist');
