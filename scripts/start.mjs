// npm start: build examples/hello into an OCI layout under out/ with no registry and no network.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname ?? '.', '..');
if (!existsSync(resolve(root, 'dist/cli/index.js'))) {
  execFileSync(process.execPath, ['scripts/package.mjs'], { cwd: root, stdio: 'inherit' });
}
const layout = resolve(root, 'out/hello');
const ref = execFileSync(
  process.execPath,
  [
    resolve(root, 'dist/cli/index.js'),
    'build',
    '.',
    '--push=false',
    `--oci-layout-path=${layout}`,
    '--base-image=scratch',
    '--platform=linux/amd64,linux/arm64',
  ],
  {
    cwd: resolve(root, 'examples/hello'),
    env: { ...process.env, GOPROXY: 'off', GOTOOLCHAIN: 'local' },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
)
  .toString()
  .trim();
const digest = ref.slice(ref.lastIndexOf('@') + 1);
console.log(`
Built examples/hello for linux/amd64 and linux/arm64 without Docker or a registry.
  OCI layout: ${layout}
  digest:     ${digest}
Run it:
  podman run --rm --network none oci:${layout}:latest
Push it anywhere:
  skopeo copy --all oci:${layout}:latest docker://<registry>/hello:latest`);
