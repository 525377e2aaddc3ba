// `npm run e2e`: provisions the pinned tools the suite needs (act, the registry, crane), then runs
// jest with e2e/jest.config.js (extra arguments go to jest). Outside CI, tools that cannot be
// provisioned (no Go, no module proxy) skip the suite with the reason printed; in CI (CI set) that
// fails the run, as a missing tool fails `npm test`.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;

const provision = spawnSync(
  node,
  [join(repoRoot, 'scripts', 'provision-tools.mjs'), 'act', 'registry', 'crane'],
  { stdio: 'inherit' },
);
if (provision.status !== 0) {
  if (process.env.CI) process.exit(provision.status ?? 1);
  console.error('SKIPPED e2e: act, the registry or crane could not be provisioned (see above).');
  process.exit(0);
}

const jest = spawnSync(
  node,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--config',
    join(repoRoot, 'e2e', 'jest.config.js'),
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', cwd: repoRoot },
);
process.exit(jest.status ?? 1);
