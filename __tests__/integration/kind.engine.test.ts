// The kind publisher (repo: kind.local) against real nodes: podman containers labelled as kind
// labels its nodes, each running a real containerd (support/kind-node.ts). A build through the
// action and through the CLI is imported into every control-plane and worker node (not the load
// balancer) as `<name>:<hex>` and tagged there; the image containerd holds has the config we built
// (containerd writes its own manifest, so the config is what can be compared), and it runs in a
// node (`ctr run`, as the kubelet would). With KIND_EXPERIMENTAL_PROVIDER=podman and with
// detection, where a `docker` client with no daemon must be passed over. Real ko v0.19.1 loads
// into the same nodes, through podman's Docker API service, under the same names. Podman runs
// with a private config (support/podman.ts).
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { findKindNodes, loadIntoKind } from '../../src/engine/publish/kind.js';
import { imageName } from '../../src/ko/naming.js';
import { cleanupActionRuns, describeRun, goTestEnv, runAction } from '../support/action.js';
import { pushBaseImage, type PushedBaseImage } from '../support/base-image.js';
import { cliBundle, runNode, type NodeRun } from '../support/cli.js';
import { thrownAsync } from '../support/errors.js';
import { startKindCluster, type KindCluster, type KindNode } from '../support/kind-node.js';
import { makeImage } from '../support/oci-fixture.js';
import { podmanEnv, startPodmanService, type PodmanService } from '../support/podman.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { describeWithTools } from '../support/require-tool.js';
import { buildTimeout } from '../support/timeouts.js';
import { repoRoot, toolPath } from '../support/tools.js';

const CLUSTER = 'ko-action-kind';
const EPOCH = '1700000000';
const EXPECTED = 'hello, ko-action linux/amd64 dev from kodata\n';
const NAME = imageName('kind.local', 'example.com/koapp/cmd/hello', 'md5');

let scratch: string;
let env: NodeJS.ProcessEnv;
let cluster: KindCluster | undefined;
let registry: TestRegistry | undefined;
let base: PushedBaseImage;
let app: string;

/** The podman variables (private storage) a tool needs to see the nodes. */
const podmanVars = (): Record<string, string> => ({
  CONTAINERS_CONF: env.CONTAINERS_CONF ?? '',
  CONTAINERS_STORAGE_CONF: env.CONTAINERS_STORAGE_CONF ?? '',
});

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'ko-action-kind-'));
  env = await podmanEnv(join(scratch, 'podman'));
  // Outside any git work tree: Go stamps VCS state into binaries built inside one.
  app = join(scratch, 'app');
  await cp(join(repoRoot, '__tests__', 'fixtures', 'app'), app, { recursive: true });
  registry = await startRegistry('anonymous');
  base = await pushBaseImage(registry);
}, buildTimeout(1));

afterAll(async () => {
  await cleanupActionRuns();
  await cluster?.remove();
  await registry?.stop();
  // conmon's `podman container cleanup` may still be touching the storage after `rm --force`.
  await rm(scratch, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
});

/** `ctr images ls -q` of a node: the names it holds, sorted. */
async function imageNames(node: KindNode): Promise<string[]> {
  const r = await node.ctr(['images', 'ls', '-q']);
  if (r.code !== 0) throw new Error(`ctr images ls in ${node.name}: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean).sort();
}

/** The config digest of the image `ref` names in a node (through an index if containerd made one). */
async function configDigest(node: KindNode, ref: string): Promise<string> {
  const ls = await node.ctr(['images', 'ls']);
  const row = ls.stdout.split('\n').find((l) => l.split(/\s+/)[0] === ref);
  const target = row?.split(/\s+/)[2];
  if (!target) throw new Error(`${ref} not in ${node.name}:\n${ls.stdout}`);
  const get = async (
    d: string,
  ): Promise<{ config?: { digest: string }; manifests?: { digest: string }[] }> =>
    JSON.parse((await node.ctr(['content', 'get', d])).stdout) as never;
  const top = await get(target);
  const manifest = top.manifests?.[0] ? await get(top.manifests[0].digest) : top;
  if (!manifest.config) throw new Error(`${target} in ${node.name} has no config`);
  return manifest.config.digest;
}

/** Removes every image of the cluster's nodes, so each run starts from none. */
async function clearNodes(): Promise<void> {
  for (const node of cluster?.nodes ?? []) {
    const names = await imageNames(node);
    if (names.length) await node.ctr(['images', 'rm', ...names]);
  }
}

/** Runs the CLI twin (`ko-action build …`) in the app with a kind.local repo. */
async function runCli(args: readonly string[], extra: Record<string, string>): Promise<NodeRun> {
  const cli = await cliBundle();
  return runNode([cli, ...args], { cwd: app }, { ...toolEnv(), ...extra });
}

/** What ko and the CLI run with: Go, the registry holding the base, podman's storage, the cluster. */
function toolEnv(): Record<string, string> {
  return {
    ...goTestEnv(scratch),
    ...podmanVars(),
    ...registry!.env,
    SOURCE_DATE_EPOCH: EPOCH,
    KO_DEFAULTBASEIMAGE: base.ref,
    KO_DOCKER_REPO: 'kind.local',
    KIND_CLUSTER_NAME: CLUSTER,
  };
}

describeWithTools('podman', 'runc')('repo: kind.local into containerd nodes run by podman', () => {
  let internal: KindNode[];
  let loadBalancer: KindNode;

  beforeAll(async () => {
    cluster = await startKindCluster(
      scratch,
      CLUSTER,
      ['control-plane', 'worker', 'external-load-balancer'],
      env,
    );
    const [cp0, worker, lb] = cluster.nodes;
    internal = [cp0!, worker!];
    loadBalancer = lb!;
  }, 120_000);

  // Each test starts from nodes holding no image.
  afterEach(clearNodes);

  it('finds the control-plane and worker nodes, and imports and tags as ko does', async () => {
    const kindEnv = { ...env, KIND_CLUSTER_NAME: CLUSTER, KIND_EXPERIMENTAL_PROVIDER: 'podman' };
    const where = await findKindNodes(kindEnv);
    expect({ ...where, nodes: [...where.nodes].sort() }).toEqual({
      engine: 'podman',
      cluster: CLUSTER,
      nodes: [`${CLUSTER}-control-plane`, `${CLUSTER}-worker`],
    });
    const image = makeImage({ os: 'linux', architecture: 'amd64' });
    const ref = `kind.local/fixture:${image.digest.slice('sha256:'.length)}`;
    const lines: string[] = [];
    await loadIntoKind(where, image, ref, ['kind.local/fixture:v1'], kindEnv, (l) => lines.push(l));
    expect(lines).toEqual([`Loading ${ref}`, `Loaded ${ref}`, 'Adding tag v1', 'Added tag v1']);
    for (const node of internal) {
      expect(await imageNames(node)).toEqual([ref, 'kind.local/fixture:v1'].sort());
      expect(await configDigest(node, ref)).toBe(image.blobs[0]!.descriptor.digest);
      expect(await configDigest(node, 'kind.local/fixture:v1')).toBe(
        image.blobs[0]!.descriptor.digest,
      );
    }
    expect(await imageNames(loadBalancer)).toEqual([]);
  });

  it(
    'action: loads the linux/amd64 image of a two-platform build, tagged, with our config',
    async () => {
      const inputs = {
        repo: 'kind.local',
        'import-paths': './cmd/hello',
        platforms: 'linux/amd64,linux/arm64',
        tags: 'latest,v1',
        cache: 'false',
        'base-image': base.ref,
      };
      const runEnv = {
        ...podmanVars(),
        ...registry!.env,
        SOURCE_DATE_EPOCH: EPOCH,
        KIND_CLUSTER_NAME: CLUSTER,
        KIND_EXPERIMENTAL_PROVIDER: 'podman',
      };
      const run = await runAction({ inputs, env: runEnv });
      expect({ code: run.code, errors: run.errors }).toEqual({ code: 0, errors: [] });
      const ref = run.outputs.image ?? describeRun(run);
      const hex = run.outputs.digest?.slice('sha256:'.length) ?? '';
      expect(ref).toBe(`${NAME}:${hex}`);
      expect(run.stdout).toContain(`Loaded ${ref}`);
      for (const node of internal) {
        expect(await imageNames(node)).toEqual([`${NAME}:latest`, ref, `${NAME}:v1`].sort());
      }
      expect(await imageNames(loadBalancer)).toEqual([]);
      // What the kubelet would do with it: containerd runs it (runc, through the shim).
      const ran = await internal[1]!.ctr(['run', '--rm', `${NAME}:v1`, 'hello-run']);
      expect({ code: ran.code, stdout: ran.stdout }).toEqual({ code: 0, stdout: EXPECTED });

      // The same build into an OCI layout: its amd64 image is the one loaded, config and all.
      const layout = await runAction({ inputs: { ...inputs, push: 'false' }, env: runEnv });
      expect(layout.code).toBe(0);
      const dir = layout.outputs['oci-layout-path'] ?? describeRun(layout);
      const blob = async (d: string): Promise<Record<string, unknown>> =>
        JSON.parse(await readFile(join(dir, 'blobs', 'sha256', d.slice(7)), 'utf8')) as never;
      const indexJson = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as {
        manifests: { digest: string }[];
      };
      const index = (await blob(indexJson.manifests[0]!.digest)) as {
        manifests: { digest: string; platform: { architecture: string } }[];
      };
      const amd64 = index.manifests.find((m) => m.platform.architecture === 'amd64')!;
      expect(amd64.digest).toBe(run.outputs.digest);
      const manifest = (await blob(amd64.digest)) as { config: { digest: string } };
      for (const node of internal) {
        expect(await configDigest(node, ref)).toBe(manifest.config.digest);
        expect(await configDigest(node, `${NAME}:v1`)).toBe(manifest.config.digest);
      }
    },
    buildTimeout(4),
  );

  it(
    'CLI: detects the engine (a docker client with no daemon is passed over) and loads',
    async () => {
      const dockerHost = `unix://${join(scratch, 'no-docker.sock')}`;
      const r = await runCli(['build', './cmd/hello', '-t', 'v2'], { DOCKER_HOST: dockerHost });
      expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({
        code: 0,
        stderr: '',
      });
      const ref = r.stdout.trim();
      expect(ref).toMatch(new RegExp(`^${NAME.replace(/\./g, '\\.')}:[0-9a-f]{64}$`));
      expect(r.stderr).toContain(`Loading ${ref}`);
      for (const node of internal) {
        expect(await imageNames(node)).toEqual([ref, `${NAME}:v2`].sort());
      }
    },
    buildTimeout(1),
  );

  it('CLI: no node for KIND_CLUSTER_NAME=other is a clear error before anything is built', async () => {
    const r = await runCli(['build', './cmd/hello'], {
      KIND_CLUSTER_NAME: 'other',
      KIND_EXPERIMENTAL_PROVIDER: 'podman',
    });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no nodes found for kind cluster "other" in podman');
    expect(r.stderr).toContain('KIND_CLUSTER_NAME');
    for (const node of internal) expect(await imageNames(node)).toEqual([]);
  });

  it('a node that cannot take the image, or a blob that cannot be read, fails the load', async () => {
    const image = makeImage({ os: 'linux', architecture: 'amd64' });
    const gone = { engine: 'podman' as const, cluster: CLUSTER, nodes: [`${CLUSTER}-gone`] };
    const noNode = await thrownAsync(
      loadIntoKind(gone, image, 'kind.local/fixture:x', [], env, () => undefined),
    );
    expect(noNode).toMatchObject({ code: 'REGISTRY', where: 'repo' });
    expect(noNode.message).toMatch(
      /^failed to load kind\.local\/fixture:x in kind node "ko-action-kind-gone" \(podman exec\): exit \d+: .*no such container/i,
    );
    // A layer shorter than its descriptor: the tar stream fails, ctr is stopped, nothing is named.
    const [config, layer, ...rest] = image.blobs;
    const short = { ...layer!, open: () => Promise.resolve(Readable.from([Buffer.from('x')])) };
    const broken = { ...image, blobs: [config!, short, ...rest] };
    const where = { engine: 'podman' as const, cluster: CLUSTER, nodes: [internal[0]!.name] };
    const err = await thrownAsync(
      loadIntoKind(where, broken, 'kind.local/fixture:y', [], env, () => undefined),
    );
    expect(err.message).toMatch(
      /^failed to load kind\.local\/fixture:y in kind node "\S+" \(podman exec\): \S+\.tar\.gz: read 1 bytes, expected \d+/,
    );
    expect(await imageNames(internal[0]!)).toEqual([]);
  });

  it('no engine answering is an error naming each engine tried', async () => {
    const err = await thrownAsync(
      findKindNodes({
        PATH: process.env.PATH,
        DOCKER_HOST: `unix://${join(scratch, 'no-docker.sock')}`,
        KIND_EXPERIMENTAL_PROVIDER: 'docker',
        KIND_CLUSTER_NAME: CLUSTER,
      }),
    );
    expect(err).toMatchObject({ code: 'REGISTRY', where: 'repo' });
    expect(err.message).toMatch(
      /^no container engine answered to list the nodes of kind cluster "ko-action-kind" \(KIND_EXPERIMENTAL_PROVIDER\): docker: /,
    );
    expect(err.hint).toContain('KIND_EXPERIMENTAL_PROVIDER');
  });

  // ------------------------------------------------------------------ against ko

  describe('real ko v0.19.1', () => {
    let service: PodmanService;

    beforeAll(async () => {
      // ko finds kind's nodes through the first engine client installed (kind's detection: docker,
      // nerdctl, podman). A docker client talks to podman's Docker API service here (the same
      // private storage, so the same nodes); with none, ko runs podman itself.
      service = await startPodmanService(join(scratch, 'podman'));
    });

    afterAll(() => service?.stop());

    it(
      'loads into the same nodes under the same names and tags, and prints the same reference',
      async () => {
        const args = ['build', './cmd/hello', '--platform=linux/amd64,linux/arm64', '-t', 'v1'];
        const extra = { DOCKER_HOST: `unix://${service.socket}` };
        const seen: Record<'ko' | 'ours', { stdout: string; names: string[]; config: string }> = {
          ko: { stdout: '', names: [], config: '' },
          ours: { stdout: '', names: [], config: '' },
        };
        for (const tool of ['ko', 'ours'] as const) {
          const r =
            tool === 'ko'
              ? await runKo(args, extra)
              : await runCli(args, { ...extra, KIND_EXPERIMENTAL_PROVIDER: 'podman' });
          expect({ tool, code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({
            tool,
            code: 0,
            stderr: '',
          });
          const ref = r.stdout.trim();
          seen[tool] = {
            stdout: r.stdout,
            names: await imageNames(internal[0]!),
            config: await configDigest(internal[0]!, ref),
          };
          expect(await imageNames(internal[1]!)).toEqual(seen[tool].names);
          await clearNodes();
        }
        expect(seen.ours).toEqual(seen.ko);
        expect(seen.ko.names).toEqual([seen.ko.stdout.trim(), `${NAME}:v1`].sort());
      },
      buildTimeout(4),
    );
  });
});

/** Runs ko in the app with the same environment as runCli. */
function runKo(args: readonly string[], extra: Record<string, string>): Promise<NodeRun> {
  const child = spawn(toolPath('ko'), args, { cwd: app, env: { ...toolEnv(), ...extra } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
