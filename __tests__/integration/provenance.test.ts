// Acceptance of provenance (issue #24, docs/provenance.md): with `provenance: true` every pushed
// platform image gets a SLSA v1 statement as an OCI 1.1 referrer. distribution 3 has no
// referrers API, so the action keeps the referrers tag `sha256-<hex>`; a second push adds to it
// and keeps what is there. Against a registry that serves the API (a small proxy written for
// this test, in front of distribution, that answers /v2/<repo>/referrers/<digest> from the
// manifests with a subject it saw), the statements are listed there and no tag is written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cleanupActionRuns, describeRun, runAction } from '../support/action.js';
import { pushBaseImage, type PushedBaseImage } from '../support/base-image.js';
import { crane } from '../support/crane.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { buildTimeout } from '../support/timeouts.js';

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
  platform?: { os: string; architecture: string; variant?: string };
}
interface Index {
  manifests: Descriptor[];
}
interface Statement {
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: string;
  predicate: {
    buildDefinition: {
      externalParameters: {
        workflow?: { repository: string; ref: string; path: string };
        build: { importPath: string; platform: string; baseImage: string };
      };
      resolvedDependencies: { uri: string; digest?: Record<string, string> }[];
    };
    runDetails: { builder: { id: string }; metadata?: { invocationId: string } };
  };
}

const CANARY = 'canary-pw-7f3a91c2';
let registry: TestRegistry;
let base: PushedBaseImage;

beforeAll(async () => {
  registry = await startRegistry('anonymous');
  base = await pushBaseImage(registry);
}, buildTimeout(2));

afterAll(async () => {
  await cleanupActionRuns();
  await registry?.stop();
});

const workflowEnv = (runId: string): Record<string, string> => ({
  SOURCE_DATE_EPOCH: '1700000000',
  GITHUB_REPOSITORY: 'octo-org/shop',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_WORKFLOW_REF: 'octo-org/shop/.github/workflows/release.yml@refs/tags/v1.0.0',
  GITHUB_REF: 'refs/tags/v1.0.0',
  GITHUB_SHA: 'c0ffee'.padEnd(40, '0'),
  GITHUB_EVENT_NAME: 'push',
  GITHUB_RUN_ID: runId,
  GITHUB_RUN_ATTEMPT: '1',
  RUNNER_ENVIRONMENT: 'github-hosted',
});

function push(host: string, runId: string, repo = 'prov') {
  return runAction({
    inputs: {
      'import-paths': './cmd/hello',
      repo: `${host}/${repo}`,
      'base-image': base.ref.replace(registry.host, host),
      platforms: 'linux/amd64,linux/arm64',
      provenance: 'true',
      cache: 'false',
      'insecure-registry': 'true',
      // Canaries: neither may appear in a statement.
      username: 'canary-user',
      password: CANARY,
    },
    env: { ...workflowEnv(runId), API_TOKEN: CANARY },
  });
}

const json = async <T>(args: string[]): Promise<T> =>
  JSON.parse((await crane(args, { registry })).toString()) as T;

async function statementOf(repo: string, referrer: string): Promise<Statement> {
  const m = await json<{ layers: Descriptor[] }>(['manifest', `${repo}@${referrer}`]);
  const layer = m.layers[0];
  if (!layer) throw new Error('the referrer has no layer');
  const bytes = await crane(['blob', `${repo}@${layer.digest}`], { registry });
  return JSON.parse(bytes.toString()) as Statement;
}

describe('provenance on a registry without the referrers API (referrers tag)', () => {
  it(
    'attaches one statement per platform image, and a second push keeps the first',
    async () => {
      const first = await push(registry.host, '1001');
      expect(first.code).toBe(0);
      if (first.code !== 0) throw new Error(describeRun(first));
      const repo = first.outputs['image-name'] ?? '';
      expect(first.outputs.image).toBe(`${repo}@${first.outputs.digest}`);
      expect(repo.startsWith(`${registry.host}/prov/`)).toBe(true);
      expect(first.outputs.digest).toMatch(/^sha256:/);
      const index = await json<Index>(['manifest', `${repo}@${first.outputs.digest}`]);
      expect(index.manifests.map((m) => m.platform?.architecture).sort()).toEqual([
        'amd64',
        'arm64',
      ]);

      for (const image of index.manifests) {
        const tag = `sha256-${image.digest.slice(7)}`;
        const referrers = await json<Index>(['manifest', `${repo}:${tag}`]);
        expect(referrers.manifests).toHaveLength(1);
        const entry = referrers.manifests[0] as Descriptor;
        expect(entry.artifactType).toBe('application/vnd.in-toto+json');
        expect(entry.annotations?.['in-toto.io/predicate-type']).toBe(
          'https://slsa.dev/provenance/v1',
        );
        const artifact = await json<{ subject: Descriptor; artifactType: string }>([
          'manifest',
          `${repo}@${entry.digest}`,
        ]);
        expect(artifact.subject.digest).toBe(image.digest);
        const s = await statementOf(repo, entry.digest);
        expect(s.subject).toEqual([{ name: repo, digest: { sha256: image.digest.slice(7) } }]);
        expect(s.predicateType).toBe('https://slsa.dev/provenance/v1');
        const params = s.predicate.buildDefinition.externalParameters;
        expect(params.workflow).toEqual({
          repository: 'https://github.com/octo-org/shop',
          ref: 'refs/tags/v1.0.0',
          path: '.github/workflows/release.yml',
        });
        expect(params.build.importPath).toMatch(/\/cmd\/hello$/);
        expect(params.build.platform).toBe(
          [image.platform?.os, image.platform?.architecture, image.platform?.variant]
            .filter(Boolean)
            .join('/'),
        );
        expect(params.build.baseImage).toBe(base.ref);
        const baseDep = s.predicate.buildDefinition.resolvedDependencies[1];
        expect(baseDep?.uri).toBe(`oci://${base.ref}`);
        expect(s.predicate.buildDefinition.resolvedDependencies[0]).toEqual({
          uri: 'git+https://github.com/octo-org/shop@refs/tags/v1.0.0',
          digest: { gitCommit: 'c0ffee'.padEnd(40, '0') },
        });
        expect(s.predicate.runDetails.metadata?.invocationId).toBe(
          'https://github.com/octo-org/shop/actions/runs/1001/attempts/1',
        );
        // The canaries: the password and an environment value set for this run.
        expect(JSON.stringify(s)).not.toContain(CANARY);
      }

      // Same image, another run: its statement is new (another invocation), and the tag's
      // index keeps the first run's entry beside it.
      const second = await push(registry.host, '1002');
      if (second.code !== 0) throw new Error(describeRun(second));
      expect(second.outputs.digest).toBe(first.outputs.digest);
      const image = index.manifests[0] as Descriptor;
      const referrers = await json<Index>(['manifest', `${repo}:sha256-${image.digest.slice(7)}`]);
      expect(referrers.manifests).toHaveLength(2);
      const runs = await Promise.all(
        referrers.manifests.map(
          async (d) =>
            (await statementOf(repo, d.digest)).predicate.runDetails.metadata?.invocationId,
        ),
      );
      expect(runs.map((r) => r?.split('/runs/')[1])).toEqual([
        '1001/attempts/1',
        '1002/attempts/1',
      ]);
    },
    buildTimeout(4),
  );
});

/**
 * The referrers API, as registries with OCI 1.1 serve it, in front of distribution: written for
 * this test (distribution 3.x has none). Manifests with a `subject` are remembered as they are
 * PUT; GET /v2/<repo>/referrers/<digest> lists them; everything else is forwarded.
 */
async function startReferrersProxy(
  target: string,
): Promise<{ host: string; close(): Promise<void> }> {
  const seen = new Map<string, Descriptor[]>();
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const m = /^\/v2\/(.+)\/referrers\/(sha256:[0-9a-f]{64})$/.exec(url);
    if (req.method === 'GET' && m) {
      const body = JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: seen.get(`${m[1]}@${m[2]}`) ?? [],
      });
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.index.v1+json' });
      res.end(body);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const put = /^\/v2\/(.+)\/manifests\/(.+)$/.exec(url);
      const upstream = request(
        {
          host: target.split(':')[0],
          port: Number(target.split(':')[1]),
          method: req.method,
          path: url,
          headers: req.headers,
        },
        (up) => {
          if (req.method === 'PUT' && put && (up.statusCode ?? 500) < 300) {
            const doc = JSON.parse(body.toString()) as {
              subject?: Descriptor;
              artifactType?: string;
              annotations?: Record<string, string>;
            };
            const digest = up.headers['docker-content-digest'];
            if (doc.subject && typeof digest === 'string') {
              const key = `${put[1]}@${doc.subject.digest}`;
              seen.set(key, [
                ...(seen.get(key) ?? []),
                {
                  mediaType: 'application/vnd.oci.image.manifest.v1+json',
                  digest,
                  size: body.length,
                  ...(doc.artifactType ? { artifactType: doc.artifactType } : {}),
                  ...(doc.annotations ? { annotations: doc.annotations } : {}),
                },
              ]);
            }
          }
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

describe('provenance on a registry with the referrers API', () => {
  it(
    'lists the statements through the API and writes no referrers tag',
    async () => {
      const proxy = await startReferrersProxy(registry.address);
      try {
        const run = await push(proxy.host, '2001', 'prov-api');
        if (run.code !== 0) throw new Error(describeRun(run));
        const repo = run.outputs['image-name'] ?? '';
        const index = await json<Index>(['manifest', `${repo}@${run.outputs.digest}`]);
        for (const image of index.manifests) {
          const listed = await fetchJson<Index>(
            `http://${proxy.host}/v2/${repo.slice(proxy.host.length + 1)}/referrers/${image.digest}`,
          );
          expect(listed.manifests).toHaveLength(1);
          expect(listed.manifests[0]?.artifactType).toBe('application/vnd.in-toto+json');
          const statement = await statementOf(
            repo.replace(proxy.host, registry.host),
            listed.manifests[0]?.digest ?? '',
          );
          expect(statement.subject[0]?.digest.sha256).toBe(image.digest.slice(7));
        }
        const tags = (await crane(['ls', repo.replace(proxy.host, registry.host)], { registry }))
          .toString()
          .split('\n');
        expect(tags.filter((t) => /^sha256-[0-9a-f]{64}$/.test(t))).toEqual([]);
      } finally {
        await proxy.close();
      }
    },
    buildTimeout(3),
  );
});

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}
