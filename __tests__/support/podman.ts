// podman for the tests, as docs/notes/test-infra.md#5-podman-431-rootful-vfs sets it up: a private
// configuration (runc, since crun fails on hybrid cgroups; cgroupfs; low ulimits; vfs storage in
// a directory of the test's own), so no test touches the machine's images or containers. Always
// with host networking: podman's default bridge would route through 10.88.0.0/16.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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

export interface PodmanService {
  /** The Docker-compatible API socket, for DOCKER_HOST=unix://<socket>. */
  readonly socket: string;
  /** The environment podman runs with (podmanEnv). */
  readonly env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * `podman system service` on a socket under `dir`, with podmanEnv's private configuration: the
 * Docker Engine API that ko.local / -L talk to, without a Docker daemon.
 */
export async function startPodmanService(dir: string): Promise<PodmanService> {
  const env = await podmanEnv(dir);
  const socket = join(dir, 'podman.sock');
  const service = spawn(
    systemToolPath('podman'),
    ['system', 'service', '--time=0', `unix://${socket}`],
    { env, stdio: 'ignore' },
  );
  for (let i = 0; i < 100 && !existsSync(socket); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!existsSync(socket)) throw new Error(`podman system service did not create ${socket}`);
  return {
    socket,
    env,
    stop: async () => {
      if (service.pid === undefined || service.exitCode !== null) return;
      const exited = new Promise((r) => service.once('exit', r));
      process.kill(service.pid, 'SIGTERM');
      await exited;
    },
  };
}
