// Loading into a kind cluster's nodes (repo kind.local…), as ko v0.19.1 does through kind's node
// helpers (pkg/publish/kind/write.go): find the cluster's node containers through the container
// engine, stream a docker-archive tarball of the image into `ctr images import` in each node, and
// tag it there. The commands are ko's and kind's (ko/kind-repo.ts); this module runs them.
//
// Unlike ko, the engine is not the first one installed but the first one that answers (see
// findKindNodes): a `docker` client with no daemon behind it, common on CI runners that use
// podman, does not stop the search.
import type { Readable } from 'node:stream';
import type { ImageArtifact } from '../../oci/artifact.js';
import { dockerArchive } from '../../oci/docker-archive.js';
import {
  CTR_IMPORT,
  ctrTagArgs,
  isInternalNodeRole,
  kindClusterName,
  kindEngines,
  listNodesArgs,
  nodeExecArgs,
  nodeRoleArgs,
  type KindEngine,
} from '../../ko/kind-repo.js';
import type { Env } from '../../util/env.js';
import { KoActionError } from '../../util/errors.js';
import { runProcess, type RunResult } from '../../util/process.js';

/** The nodes to load into, and the engine that runs them. */
export interface KindNodes {
  readonly engine: KindEngine;
  readonly cluster: string;
  readonly nodes: readonly string[];
}

/** What an engine said when it did not answer, for the error that lists them all. */
function failure(r: RunResult): string {
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'not installed' : r.error.message;
  }
  const said = lastLines(r.stderr || r.stdout, 2).replace(/\s*\n\s*/g, ' ');
  return said || `exit ${r.code ?? 'by signal'}`;
}

function lastLines(text: string, n: number): string {
  return text.trim().split('\n').slice(-n).join('\n');
}

/**
 * The control-plane and worker containers of the cluster $KIND_CLUSTER_NAME (default `kind`).
 * The engine is $KIND_EXPERIMENTAL_PROVIDER's, else the first of docker, nerdctl, finch and
 * podman whose listing of the cluster's containers succeeds (kind's order). Fails, naming the
 * cluster and every engine tried, when none answers or the cluster has no such node.
 */
export async function findKindNodes(env: Env): Promise<KindNodes> {
  const cluster = kindClusterName(env);
  const engines = kindEngines(env);
  const tried: string[] = [];
  for (const engine of engines) {
    const listed = await runProcess(engine, listNodesArgs(cluster), { env });
    if (listed.code !== 0) {
      tried.push(`${engine}: ${failure(listed)}`);
      continue;
    }
    const names = listed.stdout
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const roles = await Promise.all(names.map((n) => nodeRole(engine, n, env)));
    const nodes = names.filter((_, i) => isInternalNodeRole(roles[i] ?? ''));
    if (nodes.length > 0) return { engine, cluster, nodes };
    const others = names.length ? ` (only ${names.join(', ')}: no control-plane or worker)` : '';
    throw new KoActionError(
      'REGISTRY',
      `no nodes found for kind cluster "${cluster}" in ${engine}${others}`,
      {
        where: 'repo',
        hint:
          `create it (\`kind create cluster --name ${cluster}\`), set KIND_CLUSTER_NAME to ` +
          `the cluster's name (\`kind get clusters\`), or KIND_EXPERIMENTAL_PROVIDER to the ` +
          `engine that runs it`,
      },
    );
  }
  const chosen = env.KIND_EXPERIMENTAL_PROVIDER ? ' (KIND_EXPERIMENTAL_PROVIDER)' : '';
  throw new KoActionError(
    'REGISTRY',
    `no container engine answered to list the nodes of kind cluster "${cluster}"${chosen}: ${tried.join('; ')}`,
    {
      where: 'repo',
      hint:
        'start the engine that runs the kind cluster, or set KIND_EXPERIMENTAL_PROVIDER to it ' +
        '(docker, podman or nerdctl), or push to a registry instead of kind.local',
    },
  );
}

async function nodeRole(engine: KindEngine, node: string, env: Env): Promise<string> {
  const r = await runProcess(engine, nodeRoleArgs(node), { env });
  if (r.code !== 0) {
    throw new KoActionError('REGISTRY', `failed to get role for kind node ${node}: ${failure(r)}`, {
      where: 'repo',
    });
  }
  return r.stdout.trim();
}

/** Runs a command in a node; its output only when it fails, as ko does. */
function inNode(
  where: KindNodes,
  node: string,
  command: readonly string[],
  env: Env,
  stdin?: Readable,
): Promise<RunResult> {
  return runProcess(where.engine, nodeExecArgs(node, command, stdin !== undefined), {
    env,
    ...(stdin ? { stdin } : {}),
  });
}

function nodeError(what: string, where: KindNodes, node: string, r: RunResult): KoActionError {
  // On one line (an annotation): the last lines ctr printed say why.
  const said = lastLines(`${r.stdout}\n${r.stderr}`, 3).replace(/\s*\n\s*/g, ' | ');
  const exit = r.error ? r.error.message : `exit ${r.code ?? 'by signal'}`;
  return new KoActionError(
    'REGISTRY',
    `failed to ${what} in kind node "${node}" (${where.engine} exec): ${exit}${said ? `: ${said}` : ''}`,
    { where: 'repo' },
  );
}

/**
 * Imports `image` as `ref` into each node in turn (stopping at the first failure, as ko), then
 * tags it `<name>:<tag>` for each tag in each node. `log` prints ko's lines.
 */
export async function loadIntoKind(
  where: KindNodes,
  image: ImageArtifact,
  ref: string,
  tagRefs: readonly string[],
  env: Env,
  log: (line: string) => void,
): Promise<void> {
  log(`Loading ${ref}`);
  for (const node of where.nodes) {
    // ko's tarball.Write(tag, img): one image, named by `ref`, streamed afresh for each node.
    const archive = dockerArchive([{ image, repoTags: [ref] }]).stream;
    const r = await inNode(where, node, CTR_IMPORT, env, archive);
    if (r.code !== 0) throw nodeError(`load ${ref}`, where, node, r);
  }
  log(`Loaded ${ref}`);
  for (const tagRef of tagRefs) {
    const tag = tagRef.slice(tagRef.lastIndexOf(':') + 1);
    log(`Adding tag ${tag}`);
    for (const node of where.nodes) {
      const r = await inNode(where, node, ctrTagArgs(ref, tagRef), env);
      if (r.code !== 0) throw nodeError(`tag ${ref} as ${tagRef}`, where, node, r);
    }
    log(`Added tag ${tag}`);
  }
}
