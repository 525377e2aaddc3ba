// Faults a real network and real registries produce, one at a time, each through the fault proxy
// (support/fault-proxy.ts) in front of a real distribution registry (issue #21): a PUT committed
// whose answer is lost, a body that stalls after its headers, Retry-After on every kind of
// request, a plain-HTTP registry failing its ping, and blob transfers redirected to another host.
// Each test asserts what a user would see (the image under its tag, the bytes, the error text)
// and what the wire shows (requests the proxy and the second host recorded).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RegistryClient, type ClientOptions } from '../../src/registry/client.js';
import { pushArtifact } from '../../src/registry/push.js';
import { parseReference, withTag } from '../../src/registry/reference.js';
import { sbomArtifact, sbomTag } from '../../src/ko/sbom.js';
import type { RetryEvent } from '../../src/registry/transport.js';
import { loadBase } from '../../src/engine/base/base-image.js';
import { registryReader } from '../../src/engine/base/registry-base.js';
import { crane } from '../support/crane.js';
import { thrownAsync } from '../support/errors.js';
import {
  startFaultProxy,
  type FaultKind,
  type FaultProxy,
  type FaultRule,
} from '../support/fault-proxy.js';
import { makeImage, makeIndex } from '../support/oci-fixture.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';

/** Short waits and a short stall timeout, so a test does not sit out the production 30 s. */
const fast: ClientOptions = {
  retry: { baseDelayMs: 5, maxDelayMs: 40 },
  timeouts: { headersMs: 1_000, bodyMs: 500 },
};

let registry: TestRegistry;
let basic: TestRegistry;
let proxy: FaultProxy;
let basicProxy: FaultProxy;
const clients: RegistryClient[] = [];

function client(through: FaultProxy, opts: ClientOptions = {}): RegistryClient {
  const c = new RegistryClient(through.host, { ...fast, ...opts });
  clients.push(c);
  return c;
}

beforeAll(async () => {
  [registry, basic] = await Promise.all([startRegistry('anonymous'), startRegistry('basic')]);
  proxy = await startFaultProxy({ targetPort: Number(registry.address.split(':')[1]) });
  basicProxy = await startFaultProxy({ targetPort: Number(basic.address.split(':')[1]) });
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await proxy?.stop();
  await basicProxy?.stop();
  await registry?.stop();
  await basic?.stop();
});

/** What crane (an independent client) reads under the tag. */
async function digestOf(reg: TestRegistry, ref: string): Promise<string> {
  return (await crane(['digest', `${reg.host}/${ref}`], { registry: reg })).toString('utf8').trim();
}

/** Faults the first `times` requests the predicate picks; every other request passes. */
function first(
  pick: (r: { method: string; path: string }) => boolean,
  kind: FaultKind,
  times = 1,
): FaultRule {
  let left = times;
  return (r) => {
    if (!pick(r) || left <= 0) return 'none';
    left--;
    return kind;
  };
}

const blobPut = (r: { method: string; path: string }): boolean =>
  r.method === 'PUT' && r.path.includes('/blobs/uploads/');

describe('a blob PUT committed whose response is lost', () => {
  it('every blob of a push, the SBOMs included, lands once: the client checks with HEAD instead of resending', async () => {
    proxy.reset();
    // Every blob's first PUT reaches the registry, which stores it; the answer never arrives.
    const lost = new Set<string>();
    proxy.setRule((r) => {
      if (!blobPut(r)) return 'none';
      const digest = new URLSearchParams(r.query).get('digest') ?? '';
      if (lost.has(digest)) return 'none';
      lost.add(digest);
      return 'lostResponse';
    });
    const c = client(proxy);
    const index = makeIndex('-lost');
    const target = parseReference(`${proxy.host}/faults/lost`);
    const res = await pushArtifact(c, withTag(target.context(), 'v1'), index, {
      tags: ['v1'],
      jobs: 4,
    });
    // Then the SBOMs, as the publisher attaches them: after the image, one push per image.
    const sboms = [index, ...index.children].map((img) => ({
      tag: sbomTag(img.digest),
      artifact: sbomArtifact(Buffer.from(`{"spdxVersion":"SPDX-2.3","name":"${img.digest}"}`)),
    }));
    for (const { tag, artifact } of sboms) {
      await pushArtifact(c, withTag(target.context(), tag), artifact, { tags: [tag], jobs: 4 });
    }
    proxy.setRule(undefined);

    expect(res.digest).toBe(index.digest);
    expect(await digestOf(registry, 'faults/lost:v1')).toBe(index.digest);
    for (const { tag, artifact } of sboms)
      expect(await digestOf(registry, `faults/lost:${tag}`)).toBe(artifact.digest);
    const blobs = new Set(
      [...index.children, ...sboms.map((s) => s.artifact)].flatMap((img) =>
        img.blobs.map((b) => b.descriptor.digest),
      ),
    );
    expect(proxy.counts.lostResponse).toBe(blobs.size);
    // One PUT per blob: each lost answer was followed by a HEAD that found the blob.
    const puts = proxy.requests
      .filter(blobPut)
      .map((r) => new URLSearchParams(r.query).get('digest'));
    expect(puts.sort()).toEqual([...blobs].sort());
  });
});

describe('a body that stalls after its headers', () => {
  const image = makeImage({ os: 'linux', architecture: 'amd64' }, '-stall');
  const layer = image.blobs[1];

  beforeAll(async () => {
    proxy.setRule(undefined);
    await pushArtifact(client(proxy), parseReference(`${proxy.host}/faults/stall`), image, {
      tags: ['v1'],
      jobs: 2,
    });
  });

  it('a manifest, a blob and a base config are fetched again; each stall is abandoned and retried', async () => {
    const retries: RetryEvent[] = [];
    const c = client(proxy, { onRetry: (r) => retries.push(r) });
    const ref = parseReference(`${proxy.host}/faults/stall:v1`);
    if (!layer) throw new Error('fixture has no layer');

    proxy.reset();
    proxy.setRule(first((r) => r.method === 'GET' && r.path.includes('/manifests/'), 'stallBody'));
    expect((await c.getManifest(ref)).digest).toBe(image.digest);

    proxy.setRule(
      first((r) => r.method === 'GET' && r.path.endsWith(layer.descriptor.digest), 'stallBody'),
    );
    const bytes = await c.fetchBlob('faults/stall', layer.descriptor.digest, layer.descriptor.size);
    expect(Buffer.compare(bytes, Buffer.from(layer.bytes))).toBe(0);

    // The base image's config, read through the engine's registry reader.
    const config = image.blobs[0];
    if (!config) throw new Error('fixture has no config');
    const configDigest = config.descriptor.digest;
    proxy.setRule(first((r) => r.method === 'GET' && r.path.endsWith(configDigest), 'stallBody'));
    const base = await loadBase(ref.name, registryReader(c, ref));
    if (base.kind !== 'image') throw new Error('expected an image');
    expect(Buffer.compare(Buffer.from(base.configBytes), Buffer.from(config.bytes))).toBe(0);
    proxy.setRule(undefined);

    expect(proxy.counts.stallBody).toBe(3);
    // Each stalled request was given up and sent again, and each retry was reported.
    for (const path of ['/manifests/v1', layer.descriptor.digest, configDigest]) {
      const sent = proxy.requests.filter((r) => r.method === 'GET' && r.path.endsWith(path));
      expect(sent.slice(0, 2).map((r) => r.fault ?? 'ok')).toEqual(['stallBody', 'ok']);
    }
    // The client reports its own retries (the config is read again by the engine, above it).
    expect(retries.filter((r) => r.reason === 'ETIMEDOUT')).toHaveLength(2);
  });

  it('a push whose blob PUT gets no answer at all recovers', async () => {
    proxy.reset();
    proxy.setRule(first(blobPut, 'stall'));
    const next = makeImage({ os: 'linux', architecture: 'arm64' }, '-stall-push');
    const res = await pushArtifact(
      client(proxy),
      parseReference(`${proxy.host}/faults/stall-push`),
      next,
      { tags: ['v1'], jobs: 1 },
    );
    proxy.setRule(undefined);
    expect(await digestOf(registry, 'faults/stall-push:v1')).toBe(res.digest);
    expect(proxy.counts.stall).toBe(1);
  });
});

describe('Retry-After', () => {
  it('a 429 with Retry-After: 2 on an upload POST holds the next POST ≥ 2 s; the push succeeds', async () => {
    const slow = await startFaultProxy({
      targetPort: Number(registry.address.split(':')[1]),
      retryAfter: '2',
      rule: first((r) => r.method === 'POST' && r.path.endsWith('/blobs/uploads/'), 'status429'),
    });
    try {
      const image = makeImage({ os: 'linux', architecture: 'amd64' }, '-retry-after');
      const c = new RegistryClient(slow.host, { retry: { baseDelayMs: 5 } });
      clients.push(c);
      // One transfer at a time: no other POST is already on its way when the 429 arrives.
      const res = await pushArtifact(c, parseReference(`${slow.host}/faults/ra`), image, {
        tags: ['v1'],
        jobs: 1,
      });
      expect(await digestOf(registry, 'faults/ra:v1')).toBe(res.digest);
      const posts = slow.requests.filter((r) => r.method === 'POST');
      const limited = posts.findIndex((r) => r.fault === 'status429');
      expect(limited).toBeGreaterThanOrEqual(0);
      // Protocol behaviour, read from the proxy's arrival times: nothing sooner than asked.
      const after = slow.requests.filter((r) => r.seq > (posts[limited]?.seq ?? 0));
      const firstPostAfter = after.find((r) => r.method === 'POST');
      expect((firstPostAfter?.at ?? 0) - (posts[limited]?.at ?? 0)).toBeGreaterThanOrEqual(2_000);
    } finally {
      await slow.stop();
    }
  });

  const kinds = [
    {
      name: 'HEAD blob',
      pick: (r: { method: string; path: string }) =>
        r.method === 'HEAD' && r.path.includes('/blobs/'),
    },
    { name: 'PUT blob', pick: blobPut },
    {
      name: 'HEAD manifest',
      pick: (r: { method: string; path: string }) =>
        r.method === 'HEAD' && r.path.includes('/manifests/'),
    },
    {
      name: 'PUT manifest',
      pick: (r: { method: string; path: string }) =>
        r.method === 'PUT' && r.path.includes('/manifests/'),
    },
    {
      name: 'GET manifest',
      pick: (r: { method: string; path: string }) =>
        r.method === 'GET' && r.path.includes('/manifests/'),
    },
  ];
  it.each(kinds)(
    'a 429 on a $name is retried no sooner than its Retry-After: 1',
    async ({ name, pick }) => {
      proxy.reset();
      proxy.setRule(first(pick, 'status429'));
      const image = makeImage({ os: 'linux', architecture: 'amd64' }, `-ra-${name}`);
      const repo = `faults/ra-${name.replace(' ', '-').toLowerCase()}`;
      const c = client(proxy, { retry: { baseDelayMs: 5 } });
      await pushArtifact(c, parseReference(`${proxy.host}/${repo}`), image, {
        tags: ['v1'],
        jobs: 1,
      });
      await c.getManifest(parseReference(`${proxy.host}/${repo}:v1`));
      proxy.setRule(undefined);
      const seen = proxy.requests;
      const at = seen.findIndex((r) => r.fault === 'status429');
      const limited = seen[at];
      if (!limited) throw new Error(`no 429 was injected on a ${name}`);
      const next = seen.slice(at + 1).find((r) => r.method === limited.method && pick(r));
      expect(next).toBeDefined();
      expect((next?.at ?? 0) - limited.at).toBeGreaterThanOrEqual(1_000);
      expect(await digestOf(registry, `${repo}:v1`)).toBe(image.digest);
    },
  );
});

describe('a plain-HTTP registry that fails its ping', () => {
  it('names the status and the registry, not TLS', async () => {
    proxy.reset();
    proxy.setRule((r) => (r.path === '/v2/' ? 'status500' : 'none'));
    const c = client(proxy, { retry: { attempts: 2, baseDelayMs: 5 } });
    const err = await thrownAsync(c.blobExists('faults/ping', `sha256:${'0'.repeat(64)}`));
    proxy.setRule(undefined);
    expect(err.message).toContain('500');
    expect(err.message).toContain(proxy.host);
    expect(`${err.message} ${err.hint ?? ''}`).not.toMatch(/TLS|SSL|EPROTO|certificate/i);
  });
});

describe('blob transfers redirected to another host', () => {
  it('the other host never sees Authorization; its signed query is kept', async () => {
    basicProxy.reset();
    basicProxy.setRule((r) => {
      const blobGet = r.method === 'GET' && r.path.includes('/blobs/sha256:');
      return blobGet || blobPut(r) ? 'redirect' : 'none';
    });
    const c = client(basicProxy, {
      credentials: {
        username: basic.username ?? '',
        password: basic.password ?? '',
        source: 'test',
      },
    });
    const image = makeImage({ os: 'linux', architecture: 'amd64' }, '-redirect');
    const res = await pushArtifact(c, parseReference(`${basicProxy.host}/faults/redirect`), image, {
      tags: ['v1'],
      jobs: 2,
    });
    const layer = image.blobs[1];
    if (!layer) throw new Error('fixture has no layer');
    const bytes = await c.fetchBlob('faults/redirect', layer.descriptor.digest);
    basicProxy.setRule(undefined);

    expect(Buffer.compare(bytes, Buffer.from(layer.bytes))).toBe(0);
    expect(await digestOf(basic, 'faults/redirect:v1')).toBe(res.digest);
    const storage = basicProxy.storage.requests;
    expect(storage.filter((r) => r.method === 'PUT').length).toBe(image.blobs.length);
    expect(storage.filter((r) => r.method === 'GET').length).toBe(1);
    // Every transfer reached storage signed (a 403 there means the signature was dropped).
    expect(storage.map((r) => r.status).filter((s) => s >= 300)).toEqual([]);
    expect(storage.every((r) => r.query.includes('X-Fault-Signature='))).toBe(true);
    expect(
      storage.filter((r) => r.method === 'PUT').every((r) => r.query.includes('digest=')),
    ).toBe(true);
    expect(storage.filter((r) => r.authorization !== undefined)).toEqual([]);
  });
});

describe('retries are reported', () => {
  it('every retry reaches onRetry, and no report carries a credential', async () => {
    basicProxy.reset();
    const seen = new Set<string>();
    basicProxy.setRule((r) => {
      const key = `${r.method} ${r.path.includes('/uploads/') ? 'upload' : r.path}`;
      if (r.path === '/v2/' || seen.has(key)) return 'none';
      seen.add(key);
      return r.method === 'PUT' ? 'lostResponse' : 'status503';
    });
    const retries: RetryEvent[] = [];
    const password = basic.password ?? '';
    const c = client(basicProxy, {
      credentials: { username: basic.username ?? '', password, source: 'test' },
      onRetry: (r) => retries.push(r),
    });
    const image = makeImage({ os: 'linux', architecture: 'amd64' }, '-reported');
    await pushArtifact(c, parseReference(`${basicProxy.host}/faults/reported`), image, {
      tags: ['v1'],
      jobs: 2,
    });
    basicProxy.setRule(undefined);
    const faults = basicProxy.requests.filter((r) => r.fault).length;
    expect(faults).toBeGreaterThan(3);
    expect(retries.length).toBeGreaterThanOrEqual(faults);
    const basicValue = Buffer.from(`${basic.username}:${password}`).toString('base64');
    for (const r of retries) {
      expect(r.message).toContain(basicProxy.host);
      expect(r.message).not.toContain(password);
      expect(r.message).not.toContain(basicValue);
      expect(r.message).not.toMatch(/[?&]_state=|digest=/);
    }
  });
});

describe('manifests are read with a size cap', () => {
  it('a manifest announced above 100 MiB (ggcr manifestLimit) is refused without reading it', async () => {
    // Distribution itself refuses manifests this big, so a small server plays the registry.
    const server = createServer((req, res) => {
      if (req.url === '/v2/') return void res.writeHead(200).end('{}');
      res.writeHead(200, {
        'content-type': 'application/vnd.oci.image.manifest.v1+json',
        'content-length': String(100 * 1024 * 1024 + 1),
      });
      res.write('{"schemaVersion":2,'); // and nothing more: a reader that waits would hang
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    const c = new RegistryClient(host, fast);
    try {
      const err = await thrownAsync(c.getManifest(parseReference(`${host}/big/app:v1`)));
      expect(err.message).toMatch(/more than 104857600 bytes/);
      expect(err.message).toContain(host);
    } finally {
      await c.close();
      server.closeAllConnections();
      server.close();
    }
  });
});
