// Stand-in kind nodes for the kind.local tests: podman containers labelled as kind labels its
// nodes (io.x-k8s.kind.cluster, io.x-k8s.kind.role), each running a real containerd with `ctr` on
// PATH, which is all ko's kind publisher uses of a node (`<engine> exec … ctr images import`). No
// kubelet and no network: the root file system is an empty directory with the pinned containerd,
// ctr and runc shim (static, scripts/tool-versions.json) bound in, and containerd's state on tmpfs
// (kind mounts /var as a volume for the same reason: overlayfs wants a non-overlay upper
// directory). The host's runc and its libraries (/usr/lib, /usr/lib64, read-only) are bound in
// too, so `ctr run` can run an imported image in the node as the kubelet would.
import { existsSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExecResult } from './exec.js';
import { podman } from './podman.js';
import { systemToolPath, toolPath } from './tools.js';

/** containerd with only what `ctr images import` needs: no CRI, so no CNI or kubelet wanted. */
const CONFIG = `version = 3
disabled_plugins = ["io.containerd.grpc.v1.cri", "io.containerd.cri.v1.runtime", "io.containerd.cri.v1.images"]
`;

/** The host's library directories runc (dynamically linked) loads from. */
const LIB_DIRS = ['/usr/lib', '/usr/lib64'].filter((d) => existsSync(d));

export type KindRole = 'control-plane' | 'worker' | 'external-load-balancer';

export interface KindNode {
  readonly name: string;
  /** `ctr -n k8s.io …args` in the node (the namespace the kubelet's images live in). */
  ctr(args: readonly string[]): Promise<ExecResult>;
}

/** The directory every node boots from; read-only for them, so one serves all. */
async function writeRootfs(dir: string): Promise<string> {
  const rootfs = join(dir, 'kind-rootfs');
  const dirs = ['proc', 'sys', 'dev', 'run', 'tmp', 'var/lib/containerd', 'etc/containerd'];
  for (const d of [...dirs, 'usr/local/bin', ...LIB_DIRS.map((l) => l.slice(1))]) {
    await mkdir(join(rootfs, d), { recursive: true });
  }
  // Merged /usr, as Debian's: the dynamic loader and libc are found at /lib64 and /lib.
  await symlink('usr/lib', join(rootfs, 'lib'));
  await symlink('usr/lib64', join(rootfs, 'lib64'));
  await writeFile(join(rootfs, 'etc/containerd/config.toml'), CONFIG);
  return rootfs;
}

/** The programs bound into each node's /usr/local/bin (on PATH), and the libraries. */
function binds(): string[] {
  const bin = {
    containerd: toolPath('containerd'),
    ctr: toolPath('ctr'),
    'containerd-shim-runc-v2': toolPath('containerd-shim-runc-v2'),
    runc: systemToolPath('runc'),
  };
  return [
    ...Object.entries(bin).map(([name, path]) => `${path}:/usr/local/bin/${name}:ro`),
    ...LIB_DIRS.map((d) => `${d}:${d}:ro`),
  ].flatMap((v) => ['--volume', v]);
}

export interface KindCluster {
  readonly nodes: readonly KindNode[];
  /** Removes every node (podman rm -f). */
  remove(): Promise<void>;
}

/**
 * Starts one node per role of cluster `cluster` under podman (`env` from podmanEnv), named
 * `<cluster>-<role>`, and waits until each containerd answers.
 */
export async function startKindCluster(
  dir: string,
  cluster: string,
  roles: readonly KindRole[],
  env: NodeJS.ProcessEnv,
): Promise<KindCluster> {
  const rootfs = await writeRootfs(dir);
  const names: string[] = [];
  const remove = async (): Promise<void> => {
    if (names.length) await podman(['rm', '--force', '--time', '0', ...names], env);
  };
  try {
    for (const role of roles) {
      const name = `${cluster}-${role}`;
      await podman(['rm', '--force', '--time', '0', name], env);
      const started = await podman(
        [
          'run',
          '--detach',
          '--privileged',
          '--network',
          'host',
          '--name',
          name,
          '--label',
          `io.x-k8s.kind.cluster=${cluster}`,
          '--label',
          `io.x-k8s.kind.role=${role}`,
          '--read-only',
          '--tmpfs',
          '/run',
          '--tmpfs',
          '/tmp',
          '--tmpfs',
          '/var/lib/containerd',
          ...binds(),
          '--rootfs',
          rootfs,
          '/usr/local/bin/containerd',
          '--config',
          '/etc/containerd/config.toml',
        ],
        env,
      );
      if (started.code !== 0) throw new Error(`podman run ${name}: ${started.stderr}`);
      names.push(name);
    }
    const nodes = names.map((name) => node(name, env));
    await Promise.all(nodes.map((n) => waitForContainerd(n)));
    return { nodes, remove };
  } catch (e) {
    await remove();
    throw e;
  }
}

function node(name: string, env: NodeJS.ProcessEnv): KindNode {
  return {
    name,
    ctr: (args) => podman(['exec', name, 'ctr', '--namespace=k8s.io', ...args], env),
  };
}

async function waitForContainerd(n: KindNode): Promise<void> {
  let last: ExecResult | undefined;
  for (let i = 0; i < 100; i++) {
    last = await n.ctr(['version']);
    if (last.code === 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`containerd in ${n.name} did not answer: ${last?.stderr ?? ''}`);
}
