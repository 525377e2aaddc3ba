// The registry client under a hostile network: a fault proxy (support/fault-proxy.ts) in front of
// a real registry injects error statuses, 429s, resets, stalls, truncated and corrupted bodies.
// Every push must end either with the right digests in the registry or with a clean
// KoActionError, and no tag may ever name an incomplete image. Corrupt downloads are never
// returned as data, concurrent pushes do not trip over each other, and client errors fail fast.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { KoActionError, errorMessage } from '../../src/util/errors.js';
import type { Digest } from '../../src/oci/digest.js';
import type { Descriptor, IndexManifest, Manifest } from '../../src/oci/types.js';
import { RegistryClient, type ClientOptions } from '../../src/registry/client.js';
import { pushArtifact } from '../../src/registry/push.js';
import { parseReference } from '../../src/registry/reference.js';
import { crane } from '../support/crane.js';
import {
  faultKinds,
  startFaultProxy,
  type FaultKind,
  type FaultProxy,
} from '../support/fault-proxy.js';
import { makeIndex } from '../support/oci-fixture.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';

const SEED = 20261123;
const PUSHES = Number(process.env.RELIABILITY_PUSHES ?? 100);
const FAULT_RATE = 0.2;
/** Pushes in flight at once; each push itself uses jobs: 4. */
const PARALLEL = 4;

/**
 * Production attempt counts, small waits so hundreds of retries stay fast, and timeouts small
 * enough for stalls to end (bench/reliability.mjs measures production settings against crane).
 */
const fastClient: ClientOptions = {
  insecure: true,
  jobs: 4,
  retry: { baseDelayMs: 5, maxDelayMs: 40, maxRetryAfterMs: 40 },
  timeouts: { headersMs: 400, bodyMs: 400 },
};

let registry: TestRegistry;
let proxy: FaultProxy;
/** A client straight to the registry (through its recording proxy), never faulted. */
let direct: RegistryClient;
const clients: RegistryClient[] = [];

function faultyClient(opts: ClientOptions = fastClient): RegistryClient {
  const c = new RegistryClient(proxy.host, opts);
  clients.push(c);
  return c;
}

beforeAll(async () => {
  registry = await startRegistry('anonymous');
  const targetPort = Number(registry.host.split(':')[1]);
  proxy = await startFaultProxy({ targetPort, seed: SEED });
  direct = new RegistryClient(registry.host, { insecure: true });
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await direct?.close();
  await proxy?.stop();
  await registry?.stop();
});

/** The repository's tags, read by an independent client (crane ls). */
async function listTags(repo: string): Promise<string[]> {
  const out = await crane(['ls', `${registry.host}/${repo}`], { registry });
  return out.toString('utf8').split('\n').filter(Boolean);
}

/** Every tag's manifest, every child and every blob they name, HEADed on the registry. */
async function incompleteTags(repo: string): Promise<string[]> {
  const bad: string[] = [];
  const blobPresent = (d: Descriptor) => direct.blobExists(repo, d.digest);
  const imageComplete = async (ref: string): Promise<boolean> => {
    const got = await direct.getManifest(parseReference(ref));
    const m = JSON.parse(got.bytes.toString('utf8')) as Manifest;
    const present = await Promise.all([m.config, ...m.layers].map(blobPresent));
    return present.every(Boolean);
  };
  for (const tag of await listTags(repo)) {
    const ref = parseReference(`${registry.host}/${repo}:${tag}`);
    const head = await direct.headManifest(ref);
    if (!head) {
      bad.push(`${tag}: no manifest`);
      continue;
    }
    const got = await direct.getManifest(ref);
    const index = JSON.parse(got.bytes.toString('utf8')) as IndexManifest;
    for (const child of index.manifests) {
      const childRef = `${registry.host}/${repo}@${child.digest}`;
      const exists = await direct.headManifest(parseReference(childRef));
      if (exists?.digest !== child.digest || !(await imageComplete(childRef))) {
        bad.push(`${tag}: child ${child.digest} incomplete`);
      }
    }
  }
  return bad;
}

describe('pushes through a network that fails 20 % of requests', () => {
  it(`${PUSHES} pushes each succeed with the right digest or fail cleanly; no tag is incomplete`, async () => {
    proxy.reset();
    proxy.setRate(FAULT_RATE);
    const repo = 'reliability/many';
    const failures: { tag: string; code: string; message: string }[] = [];
    const succeeded: { tag: string; digest: Digest }[] = [];
    const started = Date.now();

    const pushOne = async (i: number): Promise<void> => {
      const index = makeIndex(`-push-${i}`);
      const tag = `p${i}`;
      const client = new RegistryClient(proxy.host, fastClient);
      const t0 = Date.now();
      if (process.env.RELIABILITY_DEBUG) console.error(`start ${i}`);
      try {
        const res = await pushArtifact(client, parseReference(`${proxy.host}/${repo}`), index, {
          tags: [tag],
          jobs: 4,
        });
        expect(res.digest).toBe(index.digest);
        succeeded.push({ tag, digest: index.digest });
      } catch (e) {
        if (!(e instanceof KoActionError)) throw new Error(`push ${i}: not clean: ${String(e)}`);
        failures.push({ tag, code: e.code, message: errorMessage(e) });
        if (process.env.RELIABILITY_DEBUG) console.error(errorMessage(e));
      } finally {
        if (process.env.RELIABILITY_DEBUG) console.error(`end ${i} ${Date.now() - t0}`);
        await client.close();
      }
    };
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < PUSHES) await pushOne(next++);
      }),
    );
    proxy.setRate(0);
    if (process.env.RELIABILITY_DEBUG)
      console.error(proxy.requests.map((r) => `${r.method} ${r.path} ${r.fault ?? ''}`).join('\n'));
    const elapsedMs = Date.now() - started;

    // Every reported success is in the registry under its tag, with its digest.
    for (const { tag, digest } of succeeded) {
      const head = await direct.headManifest(parseReference(`${registry.host}/${repo}:${tag}`));
      expect(head?.digest).toBe(digest);
    }
    // And an independent client agrees on one of them.
    const sample = succeeded[0];
    if (!sample) throw new Error('no push survived the faults');
    const craneDigest = (
      await crane(['digest', `${registry.host}/${repo}:${sample.tag}`], { registry })
    )
      .toString('utf8')
      .trim();
    expect(craneDigest).toBe(sample.digest);
    // Failed pushes left no tag behind, and no tag names a partial image.
    const tags = await listTags(repo);
    for (const f of failures) expect(tags).not.toContain(f.tag);
    expect(await incompleteTags(repo)).toEqual([]);
    for (const f of failures) expect(f.message.length).toBeGreaterThan(10);

    const injected = faultKinds.reduce((n, k) => n + proxy.counts[k], 0);
    expect(injected).toBeGreaterThan(PUSHES); // the faults really happened
    // Issue #21's bar at a 20 % fault rate: at least 95 % of pushes get through.
    expect(succeeded.length).toBeGreaterThanOrEqual(Math.ceil(PUSHES * 0.95));
    console.log(
      `${succeeded.length}/${PUSHES} pushes succeeded in ${elapsedMs} ms; ` +
        `${proxy.retries} retries; failures: ${failures.map((f) => f.message).join(' | ') || 'none'}`,
    );
  });
});

/** A rule that faults the first `times` requests matching `method` and `path`. */
function faultFirst(
  method: string,
  path: RegExp,
  kind: FaultKind,
  times = 1,
): (r: { method: string; path: string }) => FaultKind | 'none' {
  let left = times;
  return (r) => {
    if (r.method !== method || !path.test(r.path) || left <= 0) return 'none';
    left--;
    return kind;
  };
}

describe('downloads are verified', () => {
  const repo = 'reliability/verify';
  const index = makeIndex('-verify');
  const child = index.children[0];
  const layer = child?.blobs[1];

  beforeAll(async () => {
    proxy.setRate(0);
    proxy.setRule(undefined);
    await pushArtifact(direct, parseReference(`${registry.host}/${repo}`), index, {
      tags: ['v'],
      jobs: 4,
    });
  });

  it.each(['corrupt', 'truncate', 'resetDownload', 'stallBody'] as const)(
    'a %s blob download is an error, never data; one fault is fetched again',
    async (kind) => {
      if (!layer) throw new Error('fixture has no layer');
      const digest = layer.descriptor.digest;
      const blobGet = new RegExp(`/blobs/${digest}$`);
      // Faulted on every attempt: the client gives up with an error, never returns the bytes.
      proxy.setRule(faultFirst('GET', blobGet, kind, 99));
      const client = faultyClient();
      const got = client.fetchBlob(repo, digest, layer.descriptor.size);
      await expect(got).rejects.toThrow(KoActionError);
      await expect(got).rejects.toThrow(
        kind === 'corrupt' || kind === 'truncate' ? /does not match its digest/ : /./,
      );
      expect(proxy.counts[kind]).toBeGreaterThan(1);
      // Faulted once: the download is started over and returns the exact bytes.
      proxy.reset();
      proxy.setRule(faultFirst('GET', blobGet, kind, 1));
      expect(Buffer.compare(await client.fetchBlob(repo, digest), Buffer.from(layer.bytes))).toBe(
        0,
      );
      expect(proxy.requests.map((r) => r.fault ?? 'ok')).toEqual([kind, 'ok']);
      proxy.setRule(undefined);
    },
  );

  it.each(['corrupt', 'truncate'] as const)(
    'a %s manifest is rejected, by digest and by tag; one fault is fetched again',
    async (kind) => {
      if (!child) throw new Error('fixture has no child');
      const client = faultyClient();
      proxy.setRule(faultFirst('GET', /\/manifests\//, kind, 99));
      const byDigest = client.getManifest(parseReference(`${proxy.host}/${repo}@${child.digest}`));
      await expect(byDigest).rejects.toMatchObject({ code: 'DIGEST_MISMATCH' });
      const byTag = client.getManifest(parseReference(`${proxy.host}/${repo}:v`));
      await expect(byTag).rejects.toMatchObject({ code: 'DIGEST_MISMATCH' });
      proxy.setRule(faultFirst('GET', /\/manifests\//, kind, 1));
      const again = await client.getManifest(
        parseReference(`${proxy.host}/${repo}@${child.digest}`),
      );
      expect(again.digest).toBe(child.digest);
      proxy.setRule(undefined);
      const ok = await client.getManifest(parseReference(`${proxy.host}/${repo}:v`));
      expect(ok.digest).toBe(index.digest);
    },
  );

  it('a 429 with Retry-After: 1 is waited for, then retried', async () => {
    const client = faultyClient({ ...fastClient, retry: { attempts: 3, baseDelayMs: 5 } });
    await client.blobExists(repo, index.children[0]?.digest ?? ('' as Digest)).catch(() => false);
    proxy.reset();
    proxy.setRule(faultFirst('HEAD', /\/blobs\//, 'status429'));
    expect(await client.blobExists(repo, layer?.descriptor.digest ?? ('' as Digest))).toBe(true);
    proxy.setRule(undefined);
    // Read from the proxy's arrival times: the retry came no sooner than Retry-After asked.
    const [limited, retried] = proxy.requests;
    expect(limited?.fault).toBe('status429');
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1_000);
  });
});

describe('concurrent pushes', () => {
  it('4 different images to one repo and 2 of the same image all land with their digests', async () => {
    proxy.setRule(undefined);
    proxy.setRate(0);
    const repo = 'reliability/concurrent';
    const same = makeIndex('-same');
    const jobs = [0, 1, 2, 3].map((i) => ({ index: makeIndex(`-conc-${i}`), tag: `c${i}` }));
    jobs.push({ index: same, tag: 'same-a' }, { index: same, tag: 'same-b' });
    const results = await Promise.all(
      jobs.map(async ({ index, tag }) => {
        const client = faultyClient();
        const ref = parseReference(`${proxy.host}/${repo}`);
        return (await pushArtifact(client, ref, index, { tags: [tag], jobs: 4 })).digest;
      }),
    );
    expect(results).toEqual(jobs.map((j) => j.index.digest));
    for (const { index, tag } of jobs) {
      const ref = `${registry.host}/${repo}:${tag}`;
      expect((await crane(['digest', ref], { registry })).toString('utf8').trim()).toBe(
        index.digest,
      );
    }
    expect(await incompleteTags(repo)).toEqual([]);
  });
});

describe('client errors are not retried', () => {
  const repo = 'reliability/fast';
  const index = makeIndex('-fast');
  const blob = index.children[0]?.blobs[1];
  const uploadable = {
    digest: blob?.descriptor.digest ?? ('' as Digest),
    size: blob?.descriptor.size ?? 0,
    open: () => (blob ? blob.open() : Promise.reject(new Error('no blob'))),
  };
  const cases = [
    {
      status: 400,
      path: /\/manifests\/v$/,
      text: /400 \(Bad Request/,
      op: (c: RegistryClient) => c.putManifest(repo, 'v', index.rawManifest, index.mediaType),
    },
    {
      status: 401,
      path: /\/blobs\/sha256:/,
      text: /401 \(Unauthorized/,
      op: (c: RegistryClient) => c.blobExists(repo, uploadable.digest),
    },
    {
      status: 403,
      path: /\/blobs\/uploads\/$/,
      text: /403 \(Forbidden/,
      op: (c: RegistryClient) => c.uploadBlob(repo, uploadable),
    },
    {
      status: 404,
      path: /\/manifests\/v$/,
      text: /404 \(Not Found/,
      op: (c: RegistryClient) => c.getManifest(parseReference(`${proxy.host}/${repo}:v`)),
    },
  ] as const;

  it.each(cases)('$status fails after one request, with the status in the message', async (c) => {
    const kind = `status${c.status}` as FaultKind;
    const client = faultyClient();
    await client.addScopes([]); // ping first, outside the count
    proxy.reset();
    proxy.setRule((r) => (c.path.test(r.path) ? kind : 'none'));
    const done = c.op(client);
    await expect(done).rejects.toThrow(c.text);
    await expect(done).rejects.toBeInstanceOf(KoActionError);
    expect(proxy.requests.map((r) => r.fault)).toEqual([kind]);
    proxy.setRule(undefined);
  });
});
