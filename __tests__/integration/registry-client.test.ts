// The registry client against a real distribution registry in four modes (anonymous, basic,
// token, tls), checked by an independent client (crane) byte for byte.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { KoActionError } from '../../src/util/errors.js';
import type { Blob, ImageArtifact, IndexArtifact } from '../../src/oci/artifact.js';
import { sha256 } from '../../src/oci/digest.js';
import { MediaType } from '../../src/oci/media-types.js';
import type { Descriptor, Platform } from '../../src/oci/types.js';
import { RegistryClient } from '../../src/registry/client.js';
import { resolveCredentials, type Credentials } from '../../src/registry/credentials.js';
import { pushArtifact, PushSession } from '../../src/registry/push.js';
import { parseReference, withDigest } from '../../src/registry/reference.js';
import { errorMessage } from '../../src/util/errors.js';
import { redact } from '../../src/util/secrets.js';
import { crane } from '../support/crane.js';
import { startRegistry, type RegistryMode, type TestRegistry } from '../support/registry.js';

/** Everything our code logged or threw in this file; checked for the password at the end. */
const captured: string[] = [];
const log = (line: string): void => void captured.push(line);
async function capture<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    captured.push(errorMessage(e), String(e), JSON.stringify(e));
    throw e;
  }
}

function memBlob(mediaType: string, bytes: Buffer, mountFrom?: Blob['mountFrom']): Blob {
  const descriptor: Descriptor = { mediaType, size: bytes.length, digest: sha256(bytes) };
  return {
    descriptor,
    open: () => Promise.resolve(Readable.from([bytes])),
    ...(mountFrom ? { mountFrom } : {}),
  };
}

/** A random two-layer gzip image; descriptors and manifest computed here. */
function randomImage(platform: Platform): ImageArtifact & { bytes: Map<string, Buffer> } {
  const raws = [randomBytes(3000), randomBytes(70_000)];
  const layers = raws.map((r) => memBlob(MediaType.OciLayer, gzipSync(r)));
  const config = Buffer.from(
    JSON.stringify({
      architecture: platform.architecture,
      os: platform.os,
      config: {},
      rootfs: { type: 'layers', diff_ids: raws.map((r) => sha256(r)) },
    }),
  );
  const configBlob = memBlob(MediaType.OciConfig, config);
  const rawManifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      config: configBlob.descriptor,
      layers: layers.map((l) => l.descriptor),
    }),
  );
  const blobs = [configBlob, ...layers];
  const bytes = new Map<string, Buffer>();
  blobs.forEach((b, i) =>
    bytes.set(b.descriptor.digest, i === 0 ? config : gzipSync(raws[i - 1]!)),
  );
  return {
    kind: 'image',
    mediaType: MediaType.OciManifest,
    digest: sha256(rawManifest),
    rawManifest,
    blobs,
    platform,
    bytes,
  };
}

function randomIndex(): IndexArtifact {
  const children = [
    randomImage({ architecture: 'amd64', os: 'linux' }),
    randomImage({ architecture: 'arm64', os: 'linux' }),
  ];
  const rawManifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: children.map((c) => ({
        mediaType: c.mediaType,
        size: c.rawManifest.length,
        digest: c.digest,
        platform: c.platform,
      })),
    }),
  );
  return {
    kind: 'index',
    mediaType: MediaType.OciIndex,
    digest: sha256(rawManifest),
    rawManifest,
    children,
  };
}

/** Polls until `done()` holds (the registry's log fills in as requests complete). */
async function until(done: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the registry');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const uploads = (reg: TestRegistry) =>
  reg.requests.filter(
    (r) => /\/blobs\/uploads\//.test(r.path) && ['POST', 'PATCH', 'PUT'].includes(r.method),
  );

describe.each<RegistryMode>(['anonymous', 'basic', 'token', 'tls'])(
  'registry client (%s)',
  (mode) => {
    let reg: TestRegistry;
    let client: RegistryClient;
    let creds: Credentials | undefined;
    let ca: string | undefined;
    let home: string;
    const image = randomImage({ architecture: 'amd64', os: 'linux' });
    const index = randomIndex();

    beforeAll(async () => {
      reg = await startRegistry(mode);
      home = mkdtempSync(join(tmpdir(), 'ko-client-home-'));
      // The credentials come through the real lookup: DOCKER_CONFIG from the harness.
      creds = await resolveCredentials(parseReference(`${reg.host}/test/app`).context(), {
        env: { HOME: home, ...(reg.dockerConfigDir ? { DOCKER_CONFIG: reg.dockerConfigDir } : {}) },
      });
      ca = reg.caFile ? readFileSync(reg.caFile, 'utf8') : undefined;
      client = new RegistryClient(reg.host, {
        credentials: creds,
        ...(ca ? { ca } : {}),
        jobs: 3,
        log,
      });
    });
    afterAll(async () => {
      await client?.close();
      await reg?.stop();
      rmSync(home, { recursive: true, force: true });
    });

    it('found the credentials the harness configured', () => {
      if (mode === 'anonymous') expect(creds).toBeUndefined();
      else expect(creds).toMatchObject({ username: 'testuser' });
    });

    it('pushes an image that crane reads back byte for byte, and pulls it back verified', async () => {
      const target = parseReference(`${reg.host}/test/app:v1`);
      const result = await capture(pushArtifact(client, target, image, { tags: ['v1'], jobs: 3 }));
      expect(result.digest).toBe(image.digest);
      expect(result.byDigest).toBe(`${reg.host}/test/app@${image.digest}`);
      expect(result.stats.uploaded).toEqual({
        count: 3,
        bytes: image.blobs.reduce((n, b) => n + b.descriptor.size, 0),
      });
      expect(result.stats.manifestsPut).toBe(1);

      const viaCrane = await crane(['manifest', `${reg.host}/test/app:v1`], { registry: reg });
      expect(Buffer.compare(viaCrane, Buffer.from(image.rawManifest))).toBe(0);
      expect(
        (await crane(['digest', `${reg.host}/test/app:v1`], { registry: reg })).toString().trim(),
      ).toBe(image.digest);

      const got = await capture(client.getManifest(withDigest(target.context(), image.digest)));
      expect(got).toEqual({
        bytes: Buffer.from(image.rawManifest),
        digest: image.digest,
        mediaType: MediaType.OciManifest,
      });
      for (const b of image.blobs) {
        const bytes = await capture(
          client.fetchBlob('test/app', b.descriptor.digest, b.descriptor.size),
        );
        expect(sha256(bytes)).toBe(b.descriptor.digest);
        expect(Buffer.compare(bytes, image.bytes.get(b.descriptor.digest)!)).toBe(0);
      }
      expect(await client.headManifest(target)).toEqual({
        digest: image.digest,
        mediaType: MediaType.OciManifest,
        size: image.rawManifest.length,
      });
    });

    it('pushes a two-platform index: children by digest, then every tag', async () => {
      const target = parseReference(`${reg.host}/test/multi`);
      reg.clearRequests();
      const result = await capture(
        pushArtifact(client, target, index, { tags: ['a', 'b'], jobs: 2 }),
      );
      expect(result.tagged).toEqual([`${reg.host}/test/multi:a`, `${reg.host}/test/multi:b`]);
      expect(result.stats.uploaded.count).toBe(6);
      expect(result.stats.manifestsPut).toBe(4);
      // Manifests only after their blobs: a child's PUT follows at least its own three blob
      // uploads, and the index PUTs follow every blob and both children.
      const paths = reg.requests.map((r) => `${r.method} ${r.path}`);
      const isBlobPut = (p: string) => /^PUT .*\/blobs\/uploads\//.test(p);
      const firstChildPut = paths.findIndex((p) => /^PUT .*\/manifests\/sha256:/.test(p));
      expect(paths.slice(0, firstChildPut).filter(isBlobPut).length).toBeGreaterThanOrEqual(3);
      const firstIndexPut = paths.indexOf('PUT /v2/test/multi/manifests/a');
      expect(paths.slice(firstIndexPut).filter(isBlobPut)).toEqual([]);
      expect(paths.filter((p) => /^PUT .*\/manifests\//.test(p))).toEqual([
        expect.stringMatching(/manifests\/sha256:/),
        expect.stringMatching(/manifests\/sha256:/),
        'PUT /v2/test/multi/manifests/a',
        'PUT /v2/test/multi/manifests/b',
      ]);

      for (const tag of ['a', 'b']) {
        const bytes = await crane(['manifest', `${reg.host}/test/multi:${tag}`], { registry: reg });
        expect(Buffer.compare(bytes, Buffer.from(index.rawManifest))).toBe(0);
      }
      for (const child of index.children) {
        const bytes = await crane(['manifest', `${reg.host}/test/multi@${child.digest}`], {
          registry: reg,
        });
        expect(Buffer.compare(bytes, Buffer.from(child.rawManifest))).toBe(0);
        const pulled = await client.getManifest(withDigest(target.context(), child.digest));
        expect(pulled.digest).toBe(child.digest);
        for (const b of child.blobs) {
          const blob = await client.fetchBlob('test/multi', b.descriptor.digest);
          expect(sha256(blob)).toBe(b.descriptor.digest);
        }
      }
      const pulledIndex = await client.getManifest(parseReference(`${reg.host}/test/multi:b`));
      expect(pulledIndex.mediaType).toBe(MediaType.OciIndex);
      expect(pulledIndex.digest).toBe(index.digest);
      const tags = await crane(['ls', `${reg.host}/test/multi`], { registry: reg });
      expect(tags.toString().trim().split('\n').sort()).toEqual(['a', 'b']);
    });

    it('uploads nothing on a second push of the same artifacts', async () => {
      reg.clearRequests();
      const again = await capture(
        pushArtifact(client, parseReference(`${reg.host}/test/app:v1`), image, {
          tags: ['v1'],
          jobs: 3,
        }),
      );
      expect(again.stats.uploaded.count).toBe(0);
      expect(again.stats.manifestsPut).toBe(0);
      expect(again.stats.skipped.count).toBe(3);
      const idx = await capture(
        pushArtifact(client, parseReference(`${reg.host}/test/multi`), index, {
          tags: ['a', 'b'],
          jobs: 3,
        }),
      );
      expect(idx.stats.uploaded.count).toBe(0);
      expect(uploads(reg)).toEqual([]);
      expect(reg.requests.filter((r) => r.method === 'PUT')).toEqual([]);
    });

    it('mounts layers from another repository on the same registry instead of uploading', async () => {
      const from = { registry: reg.host, repository: 'test/app' };
      const mountable: ImageArtifact = {
        ...image,
        blobs: image.blobs.map((b) => ({ ...b, mountFrom: from })),
      };
      reg.clearRequests();
      const result = await capture(
        pushArtifact(client, parseReference(`${reg.host}/test/other:v1`), mountable, {
          tags: ['v1'],
          jobs: 3,
        }),
      );
      expect(result.stats.mounted.count).toBe(3);
      expect(result.stats.uploaded.count).toBe(0);
      const posts = uploads(reg);
      expect(posts).toHaveLength(3);
      // A plain upload POST answers 202; only a mount answers 201.
      for (const p of posts)
        expect(p).toEqual({ method: 'POST', path: '/v2/test/other/blobs/uploads/', status: 201 });
      const bytes = await crane(['manifest', `${reg.host}/test/other:v1`], { registry: reg });
      expect(Buffer.compare(bytes, Buffer.from(image.rawManifest))).toBe(0);
    });

    it('falls back to uploading into the session a declined mount (202) opens', async () => {
      const fresh = randomImage({ architecture: 'amd64', os: 'linux' });
      const from = { registry: reg.host, repository: 'test/never-pushed' };
      const mountable: ImageArtifact = {
        ...fresh,
        blobs: fresh.blobs.map((b) => ({ ...b, mountFrom: from })),
      };
      reg.clearRequests();
      const result = await capture(
        pushArtifact(client, parseReference(`${reg.host}/test/fallback:v1`), mountable, {
          tags: ['v1'],
          jobs: 3,
        }),
      );
      expect(result.stats.mounted.count).toBe(0);
      expect(result.stats.uploaded.count).toBe(3);
      const sent = uploads(reg);
      expect(sent.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([202, 202, 202]);
      expect(sent.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([201, 201, 201]);
      const bytes = await crane(['manifest', `${reg.host}/test/fallback:v1`], { registry: reg });
      expect(Buffer.compare(bytes, Buffer.from(fresh.rawManifest))).toBe(0);
    });

    it('starts a push before the image is done: known blobs go first, sessions opened ahead carry the rest', async () => {
      const fresh = randomImage({ architecture: 'amd64', os: 'linux' });
      const [config, first, second] = fresh.blobs as [Blob, Blob, Blob];
      const repo = parseReference(`${reg.host}/test/early`).context();
      const session = new PushSession(client, repo, 3);
      reg.clearRequests();
      // As while go build runs: the base's and kodata's layers, and two blobs still to come.
      session.known([first], 2);
      await until(() => {
        const posts = uploads(reg).filter((r) => r.method === 'POST').length;
        const puts = uploads(reg).filter((r) => r.method === 'PUT').length;
        return posts === 3 && puts === 1;
      });
      reg.clearRequests();
      session.built([config, second]);
      const result = await capture(
        session.push(parseReference(`${reg.host}/test/early:v1`), fresh, ['v1']),
      );
      expect(result.stats.uploaded.count).toBe(3);
      // The last two blobs went straight into the sessions opened ahead: no POST after the build.
      const sent = uploads(reg);
      expect(sent.filter((r) => r.method === 'POST')).toEqual([]);
      expect(sent.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([201, 201]);
      expect(
        reg.requests.filter((r) => r.path.includes('/manifests/')).map((r) => r.method),
      ).toEqual(['HEAD', 'PUT']);
      const bytes = await crane(['manifest', `${reg.host}/test/early:v1`], { registry: reg });
      expect(Buffer.compare(bytes, Buffer.from(fresh.rawManifest))).toBe(0);
      for (const b of fresh.blobs) {
        const got = await client.fetchBlob('test/early', b.descriptor.digest);
        expect(Buffer.compare(got, fresh.bytes.get(b.descriptor.digest)!)).toBe(0);
      }

      // Again, with nothing new: the sessions opened ahead are cancelled, nothing is sent.
      const again = new PushSession(client, repo, 3);
      reg.clearRequests();
      again.known([first], 2);
      again.built([config, second]);
      const repeat = await capture(
        again.push(parseReference(`${reg.host}/test/early:v1`), fresh, ['v1']),
      );
      expect(repeat.stats.uploaded.count).toBe(0);
      expect(repeat.stats.manifestsPut).toBe(0);
      const touched = reg.requests.filter((r) => r.path.includes('/blobs/uploads/'));
      expect(touched.filter((r) => r.method === 'PUT' || r.method === 'PATCH')).toEqual([]);
      expect(touched.filter((r) => r.method === 'POST')).toHaveLength(2);
      // Both are cancelled; a token registry wants a delete scope we do not ask for, so there
      // they are left to expire (no DELETE that could only answer 401).
      const cancelled = mode === 'token' ? [] : [204, 204];
      expect(touched.filter((r) => r.method === 'DELETE').map((r) => r.status)).toEqual(cancelled);
      if (mode === 'token') {
        expect(reg.tokenLog.flatMap((t) => t.scopes).some((sc) => sc.includes('delete'))).toBe(
          false,
        );
      }
    });

    it('uploads through a new session when the one opened ahead is gone', async () => {
      const bytes = randomBytes(5000);
      const blob = memBlob(MediaType.OciLayer, bytes);
      const stale = await client.openUpload('test/stale');
      // Used up (as an expired one would be): the registry no longer knows it.
      const other = memBlob(MediaType.OciLayer, randomBytes(100));
      await client.uploadBlob(
        'test/stale',
        { ...other.descriptor, open: () => other.open() },
        stale,
      );
      reg.clearRequests();
      await capture(
        client.uploadBlob('test/stale', { ...blob.descriptor, open: () => blob.open() }, stale),
      );
      expect(uploads(reg).map((r) => [r.method, r.status])).toEqual([
        ['PUT', 404],
        ['POST', 202],
        ['PUT', 201],
      ]);
      const got = await client.fetchBlob('test/stale', blob.descriptor.digest);
      expect(Buffer.compare(got, bytes)).toBe(0);
    });

    // An anonymous registry accepts any password, so the case exists only with auth.
    if (mode !== 'anonymous') {
      it('fails once, clearly, with a wrong password', async () => {
        const bad = new RegistryClient(reg.host, {
          credentials: { username: 'testuser', password: 'wrong-password', source: 'test' },
          ...(ca ? { ca } : {}),
          log,
        });
        reg.clearRequests();
        try {
          const err = await capture(
            pushArtifact(
              bad,
              parseReference(`${reg.host}/test/denied:v1`),
              randomImage({ architecture: 'amd64', os: 'linux' }),
              {
                tags: ['v1'],
                jobs: 3,
              },
            ),
          ).catch((e: unknown) => e);
          expect(err).toBeInstanceOf(KoActionError);
          const e = err as KoActionError;
          expect(e.code).toBe('REGISTRY_AUTH');
          expect(e.message).toContain(reg.host);
          expect(e.message).toMatch(/401/);
          expect(e.hint).toContain(`check the credentials for ${reg.host}`);
          expect(e.format()).not.toContain('wrong-password');
          // It stopped at the first refusal: nothing was written.
          expect(reg.requests.filter((r) => r.method === 'POST' || r.method === 'PUT')).toEqual([]);
        } finally {
          await bad.close();
        }
      });
    }

    if (mode === 'tls') {
      it('refuses a TLS registry whose CA it was not given, with a hint', async () => {
        const untrusting = new RegistryClient(reg.host, { credentials: creds, log });
        try {
          const err = await capture(untrusting.blobExists('test/app', image.digest)).catch(
            (e: unknown) => e,
          );
          expect(err).toBeInstanceOf(KoActionError);
          expect((err as KoActionError).message).toMatch(
            /certificate|UNABLE_TO_VERIFY|self.signed/i,
          );
          expect((err as KoActionError).hint).toMatch(/insecure-registry/);
        } finally {
          await untrusting.close();
        }
        const insecure = new RegistryClient(reg.host, { credentials: creds, insecure: true, log });
        try {
          expect(await insecure.blobExists('test/app', image.blobs[0]!.descriptor.digest)).toBe(
            true,
          );
        } finally {
          await insecure.close();
        }
      });
    }
  },
);

/** A scripted HTTP server for the odd behaviours a real registry will not produce on demand. */
interface Seen {
  method: string;
  url: string;
  auth: string | undefined;
  body: string;
}
async function scripted(
  handle: (req: IncomingMessage, res: ServerResponse, body: string, n: number) => void,
): Promise<{ host: string; seen: Seen[]; close: () => Promise<void> }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        auth: req.headers.authorization,
        body,
      });
      handle(req, res, body, seen.length);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    seen,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

describe('protocol details (scripted server)', () => {
  const blob = Buffer.from('blob bytes for redirect');
  const digest = sha256(blob);
  const basic = { username: 'u', password: 'scripted-pw', source: 'test' };
  const fast = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

  it('follows redirects, sending Authorization only to the registry origin', async () => {
    const cdn = await scripted((_req, res) => res.end(blob));
    const reg = await scripted((req, res) => {
      if (req.url === '/v2/') {
        res
          .writeHead(req.headers.authorization ? 200 : 401, {
            'www-authenticate': 'Basic realm="r"',
          })
          .end();
      } else if (req.url === `/v2/r/blobs/${digest}`) {
        res.writeHead(307, { location: `/moved/${digest}` }).end();
      } else {
        res.writeHead(307, { location: `http://${cdn.host}/data?sig=1` }).end();
      }
    });
    const client = new RegistryClient(reg.host, { credentials: basic, log });
    try {
      expect(Buffer.compare(await client.fetchBlob('r', digest), blob)).toBe(0);
      const hops = reg.seen.filter((s) => s.url !== '/v2/');
      expect(hops.map((s) => s.url)).toEqual([`/v2/r/blobs/${digest}`, `/moved/${digest}`]);
      for (const h of hops)
        expect(h.auth).toBe(`Basic ${Buffer.from('u:scripted-pw').toString('base64')}`);
      expect(cdn.seen).toEqual([{ method: 'GET', url: '/data?sig=1', auth: undefined, body: '' }]);
    } finally {
      await client.close();
      await reg.close();
      await cdn.close();
    }
  });

  it('retries 503, 429 (Retry-After) and a reset connection, but not a 404', async () => {
    const reg = await scripted((req, res, _b, n) => {
      if (req.url === '/v2/') return void res.end('{}');
      if (req.url?.includes('missing')) return void res.writeHead(404).end();
      if (n === 2) return void res.writeHead(503).end();
      if (n === 3) return void res.writeHead(429, { 'retry-after': '0' }).end();
      if (n === 4) return void req.socket.destroy();
      res.writeHead(200, { 'content-length': '0' }).end();
    });
    const client = new RegistryClient(reg.host, { retry: { ...fast, attempts: 4 }, log });
    try {
      expect(await client.blobExists('r', digest)).toBe(true);
      expect(reg.seen.filter((s) => s.method === 'HEAD')).toHaveLength(4);
      reg.seen.length = 0;
      expect(await client.blobExists('missing', digest)).toBe(false);
      expect(reg.seen).toHaveLength(1);
    } finally {
      await client.close();
      await reg.close();
    }
  });

  it('merges the scope a 401 asks for, refreshes the token once, and retries', async () => {
    let host = '';
    const reg = await scripted((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/v2/') {
        return void res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://${host}/token",service="svc"`,
          })
          .end();
      }
      if (url.pathname === '/token') {
        const scopes = url.searchParams.getAll('scope');
        return void res.end(JSON.stringify({ access_token: `tok:${scopes.join('|')}` }));
      }
      // The registry wants pull on a second repository too before it answers.
      if (!req.headers.authorization?.includes('repository:base:pull')) {
        return void res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://${host}/token",service="svc",error="insufficient_scope",scope="repository:base:pull"`,
          })
          .end();
      }
      res.writeHead(200, { 'content-length': '0' }).end();
    });
    host = reg.host;
    const client = new RegistryClient(reg.host, { log });
    try {
      expect(await client.blobExists('app', digest)).toBe(true);
      const tokens = reg.seen.filter((s) => s.url.startsWith('/token'));
      expect(tokens.map((t) => new URL(t.url, 'http://x').searchParams.getAll('scope'))).toEqual([
        ['repository:app:pull'],
        ['repository:base:pull', 'repository:app:pull'],
      ]);
      expect(
        tokens.every((t) => new URL(t.url, 'http://x').searchParams.get('service') === 'svc'),
      ).toBe(true);
    } finally {
      await client.close();
      await reg.close();
    }
  });

  it('refuses a manifest whose bytes do not match the digest it was fetched by', async () => {
    const reg = await scripted((req, res) => {
      if (req.url === '/v2/') return void res.end('{}');
      res.writeHead(200, { 'content-type': MediaType.OciManifest }).end('{"schemaVersion":2}');
    });
    const client = new RegistryClient(reg.host, { log });
    try {
      const err = await capture(
        client.getManifest(parseReference(`${reg.host}/app@${digest}`)),
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(KoActionError);
      expect((err as KoActionError).code).toBe('DIGEST_MISMATCH');
      expect((err as KoActionError).message).toContain(`${reg.host}/app@${digest}`);
      // By tag there is nothing to compare against: the digest is computed from the bytes.
      const byTag = await client.getManifest(parseReference(`${reg.host}/app:v1`));
      expect(byTag.digest).toBe(sha256('{"schemaVersion":2}'));
    } finally {
      await client.close();
      await reg.close();
    }
  });

  it('exchanges an identity token by OAuth2 POST, falling back to GET on 404', async () => {
    for (const oauth of [true, false]) {
      let host = '';
      const reg = await scripted((req, res, body) => {
        const url = new URL(req.url ?? '/', 'http://x');
        if (url.pathname === '/v2/') {
          return void res
            .writeHead(401, {
              'www-authenticate': `Bearer realm="http://${host}/oauth",service="svc"`,
            })
            .end();
        }
        if (url.pathname === '/oauth' && req.method === 'POST') {
          if (!oauth) return void res.writeHead(404).end();
          const form = new URLSearchParams(body);
          const ok =
            form.get('grant_type') === 'refresh_token' &&
            form.get('refresh_token') === 'id-token-7';
          return void res.writeHead(ok ? 200 : 400).end(
            JSON.stringify({
              access_token: `oauth:${form.get('client_id')}:${form.get('scope')}`,
            }),
          );
        }
        if (url.pathname === '/oauth') return void res.end(JSON.stringify({ token: 'via-get' }));
        res.writeHead(200, { 'content-length': '0' }).end();
      });
      host = reg.host;
      const creds = { username: '', password: '', identityToken: 'id-token-7', source: 'test' };
      const client = new RegistryClient(reg.host, { credentials: creds, log });
      try {
        expect(await client.blobExists('app', digest)).toBe(true);
        const head = reg.seen.find((s) => s.method === 'HEAD');
        expect(head?.auth).toBe(
          oauth ? 'Bearer oauth:ko-action:repository:app:pull' : 'Bearer via-get',
        );
      } finally {
        await client.close();
        await reg.close();
      }
    }
  });
});

describe('secrets', () => {
  it('never let the test password reach a log line or an error', () => {
    expect(captured.length).toBeGreaterThan(0);
    expect(captured.join('\n')).not.toContain('testpass');
    expect(captured.join('\n')).not.toContain(Buffer.from('testuser:testpass').toString('base64'));
    expect(redact('Authorization: Basic dGVzdHVzZXI6dGVzdHBhc3M=')).not.toContain(
      'dGVzdHVzZXI6dGVzdHBhc3M',
    );
    expect(redact('testpass')).toBe('***');
  });
});
