// podman for the tests, as docs/notes/test-infra.md#5-podman-431-rootful-vfs sets it up: a private
// configuration (runc, since crun fails on hybrid cgroups; cgroupfs; low ulimits; vfs storage in
// a directory of the test's own), so no test touches the machine's images or containers. Always
// with host networking: podman's default bridge would route through 10.88.0.0/16.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execResult, type ExecResult } from './exec.js';
import { systemToolPath } from './tools.js';

/** Writes the private configuration under `dir`; returns the environment to run podman with. */
export async function podmanEnv(dir: string): Promise<NodeJS.ProcessEnv> {
  await mkdir(join(dir, 'run'), { recursive: true });
  await mkdir(join(dir, 'storage'), { recursive: true });
  await writeFile(
    join(dir, 'containers.conf'),
    '[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]\n' +
      '[engine]\nruntime = "runc"\ncgroup_manager = "cgroupfs"\nevents_logger = "file"\n',
  );
  await writeFile(
    join(dir, 'storage.conf'),
    `[storage]\ndriver = "vfs"\nrunroot = "${dir}/run"\ngraphroot = "${dir}/storage"\n`,
  );
  return {
    ...process.env,
    CONTAINERS_CONF: join(dir, 'containers.conf'),
    CONTAINERS_STORAGE_CONF: join(dir, 'storage.conf'),
  };
}

/** Runs `podman …args` with `env` (from podmanEnv). */
export function podman(args: readonly string[], env: NodeJS.ProcessEnv): Promise<ExecResult> {
  return execResult(systemToolPath('podman'), args, env);
}
