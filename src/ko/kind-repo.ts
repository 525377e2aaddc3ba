// ko's kind.local convention (ko v0.19.1 pkg/publish/kind.go, pkg/publish/kind/write.go): which
// repositories are loaded into a kind cluster's nodes, which nodes, under which name, and the
// commands run in each node (which image of an index: local-image.ts). Pure: engine/publish/kind.ts
// runs them.
import { digestHex, type Digest } from '../oci/digest.js';
import type { Env } from '../util/env.js';
import { KoActionError } from '../util/errors.js';

/** ko's KindDomain: any repo starting with it is side-loaded into kind (commands/resolver.go). */
export const KIND_REPO_PREFIX = 'kind.local';

export function isKindRepo(repo: string | undefined): boolean {
  return repo?.startsWith(KIND_REPO_PREFIX) ?? false;
}

/** The cluster: $KIND_CLUSTER_NAME, else kind's default name (kind/pkg/cluster DefaultName). */
export function kindClusterName(env: Env): string {
  return env.KIND_CLUSTER_NAME || 'kind';
}

/** The labels kind puts on its node containers (kind/pkg/cluster/internal/providers/*). */
export const KIND_CLUSTER_LABEL = 'io.x-k8s.kind.cluster';
export const KIND_ROLE_LABEL = 'io.x-k8s.kind.role';

/**
 * kind's ListInternalNodes keeps the nodes whose role is control-plane or worker, leaving out
 * the external load balancer (and an external etcd): those run no containerd to import into.
 */
export function isInternalNodeRole(role: string): boolean {
  return role === 'control-plane' || role === 'worker';
}

/** The container engines kind can run nodes with; the nerdctl provider also runs finch. */
export type KindEngine = 'docker' | 'podman' | 'nerdctl' | 'finch' | 'nerdctl.lima';

/**
 * The engines to try, in order. KIND_EXPERIMENTAL_PROVIDER names one, as kind's own CLI reads it
 * (kind/pkg/internal/runtime/runtime.go; ko itself does not read it). Otherwise kind's detection
 * order (cluster.DetectNodeProvider: docker, nerdctl or finch, podman), of which the engine
 * module takes the first that answers. An unknown value is an error here (kind warns and ignores
 * it), so a typo does not quietly load into another engine.
 */
export function kindEngines(env: Env): readonly KindEngine[] {
  const chosen = env.KIND_EXPERIMENTAL_PROVIDER?.trim();
  if (!chosen) return ['docker', 'nerdctl', 'finch', 'podman'];
  const known: readonly KindEngine[] = ['docker', 'podman', 'nerdctl', 'finch', 'nerdctl.lima'];
  const engine = known.find((k) => k === chosen);
  if (engine) return [engine];
  throw new KoActionError('INPUT', `unknown KIND_EXPERIMENTAL_PROVIDER ${JSON.stringify(chosen)}`, {
    where: 'KIND_EXPERIMENTAL_PROVIDER',
    hint: `use one of ${known.join(', ')}, or unset it to use the first engine that answers`,
  });
}

/** `<engine> ps` listing every container (stopped ones too) of the cluster, one name a line. */
export function listNodesArgs(cluster: string): readonly string[] {
  return [
    'ps',
    '-a',
    '--filter',
    `label=${KIND_CLUSTER_LABEL}=${cluster}`,
    '--format',
    '{{.Names}}',
  ];
}

/** `<engine> inspect` printing a node's role label. */
export function nodeRoleArgs(node: string): readonly string[] {
  return ['inspect', '--format', `{{ index .Config.Labels "${KIND_ROLE_LABEL}"}}`, node];
}

/**
 * `<engine> exec` of a command in a node, as kind's nodes.Node runs it: privileged, and with `-i`
 * when the command reads stdin.
 */
export function nodeExecArgs(
  node: string,
  command: readonly string[],
  stdin: boolean,
): readonly string[] {
  return ['exec', '--privileged', ...(stdin ? ['-i'] : []), node, ...command];
}

/** ko's import: a docker-archive tarball on stdin into the namespace the kubelet's CRI uses. */
export const CTR_IMPORT: readonly string[] = [
  'ctr',
  '--namespace=k8s.io',
  'images',
  'import',
  '--all-platforms',
  '-',
];

/** ko's tag of an imported image: `ctr images tag --force <src> <dst>`. */
export function ctrTagArgs(src: string, dst: string): readonly string[] {
  return ['ctr', '--namespace=k8s.io', 'images', 'tag', '--force', src, dst];
}

/**
 * The name ko loads as, prints and returns: `<name>:<hex of the image's digest>`, a tag (the
 * digest of the image containerd stores differs: it writes its own manifest).
 */
export function kindReference(name: string, digest: Digest): string {
  return `${name}:${digestHex(digest)}`;
}
