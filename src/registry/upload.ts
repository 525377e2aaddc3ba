// Blob uploads (distribution spec "pushing blobs"): POST for a session, then one PUT with the
// whole blob (its size and digest are known before it is sent).
// A cross-repository mount is a POST with `mount=&from=`: 201 means done, 202 is a session.
import type { Readable } from 'node:stream';
import { KoActionError } from '../util/errors.js';
import type { Digest } from '../oci/digest.js';
import { RegistryError } from './errors.js';
import { repositoryScope } from './reference.js';
import { errorCode } from './transport.js';
import type { ClientRequest, HttpResponse } from './transport.js';

/** What an upload needs of a registry client (client.ts passes itself). */
export interface UploadClient {
  readonly registry: string;
  readonly operationDelaysMs: readonly number[];
  addScopes(scopes: readonly string[]): Promise<void>;
  send(req: ClientRequest): Promise<HttpResponse>;
  expect(res: HttpResponse, ok: readonly number[], method: string, action?: string): Promise<void>;
}

export interface UploadableBlob {
  readonly digest: Digest;
  readonly size: number;
  /** Opens the exact bytes again for every attempt. */
  open(): Promise<Readable>;
}

const octetStream = 'application/octet-stream';
// A stalled request (timeout) is as temporary as a reset one: a retry starts a new session.
const temporaryNetworkCodes = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT']);

export async function uploadBlob(
  client: UploadClient,
  repo: string,
  blob: UploadableBlob,
  location?: URL,
): Promise<void> {
  await client.addScopes([repositoryScope(repo, 'push,pull')]);
  let session = location;
  await retryOperation(client.operationDelaysMs, async () => {
    // A session is single-use: a retry starts a new one.
    const given = session;
    session = undefined;
    if (given) {
      try {
        await putBlob(client, given, blob);
        return;
      } catch (e) {
        // A session opened ahead of time may have expired: start a new one straight away.
        if (!(e instanceof RegistryError && e.status === 404)) throw e;
      }
    }
    const loc = await startUpload(client, repo);
    if (loc === 'mounted') return;
    await putBlob(client, loc, blob);
  });
}

/** Opens an upload session ahead of the blob it will carry (see uploadBlob's `location`). */
export async function openUpload(client: UploadClient, repo: string): Promise<URL> {
  await client.addScopes([repositoryScope(repo, 'push,pull')]);
  const started = await startUpload(client, repo);
  if (started === 'mounted')
    throw new KoActionError('REGISTRY', 'registry mounted a blob it was not asked to mount');
  return started;
}

/**
 * Cancels an unused upload session, best effort: registries expire them anyway. A token
 * registry wants a `delete` scope for it, which is not worth asking for (a token server may
 * refuse the whole token over it), so there the session is left to expire.
 */
export async function cancelUpload(client: UploadClient, location: URL): Promise<void> {
  const res = await client.send({ method: 'DELETE', url: location, retry: false, rescope: false });
  await res.dump();
}

export async function mountBlob(
  client: UploadClient,
  repo: string,
  blob: UploadableBlob,
  fromRepo: string,
): Promise<'mounted' | 'uploaded'> {
  await client.addScopes([repositoryScope(repo, 'push,pull'), repositoryScope(fromRepo, 'pull')]);
  let started: URL | 'mounted' | undefined;
  try {
    started = await startUpload(client, repo, { mount: blob.digest, from: fromRepo });
  } catch {
    // A failed mount is retried once as a plain upload (ggcr does the same).
    started = undefined;
  }
  if (started === 'mounted') return 'mounted';
  await uploadBlob(client, repo, blob, started);
  return 'uploaded';
}

/** POST a session (or a mount). */
async function startUpload(
  client: UploadClient,
  repo: string,
  mount?: { mount: Digest; from: string },
): Promise<URL | 'mounted'> {
  const query = mount
    ? `?${new URLSearchParams({ from: mount.from, mount: mount.mount }).toString()}`
    : '';
  const res = await client.send({
    method: 'POST',
    url: `/v2/${repo}/blobs/uploads/${query}`,
    headers: { 'content-type': 'application/json', 'content-length': '0' },
    retry: false,
  });
  if (res.status === 201 && mount) {
    await res.dump();
    return 'mounted';
  }
  await client.expect(res, [202], 'POST', `starting an upload to ${repo}`);
  await res.dump();
  const location = res.header('location');
  if (!location) {
    throw new KoActionError('REGISTRY', `${client.registry} started an upload without a Location`, {
      where: client.registry,
    });
  }
  return new URL(location, res.url);
}

async function putBlob(client: UploadClient, location: URL, blob: UploadableBlob): Promise<void> {
  const res = await client.send({
    method: 'PUT',
    url: withDigest(location, blob.digest),
    // application/octet-stream: with a form type the registry parses the body and rejects it.
    headers: { 'content-type': octetStream, 'content-length': String(blob.size) },
    body: () => blob.open(),
    retry: false,
  });
  await client.expect(res, [201], 'PUT', `uploading blob ${blob.digest}`);
  await res.dump();
}

function withDigest(location: URL, digest: Digest): URL {
  const url = new URL(location);
  url.searchParams.set('digest', digest);
  return url;
}

export function isTemporary(e: unknown): boolean {
  if (e instanceof RegistryError) return e.temporary;
  return temporaryNetworkCodes.has(errorCode(e));
}

async function retryOperation(delaysMs: readonly number[], op: () => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await op();
      return;
    } catch (e) {
      const delay = delaysMs[attempt];
      if (delay === undefined || !isTemporary(e)) throw e;
      await new Promise((r) => setTimeout(r, delay * (0.9 + Math.random() * 0.2)));
    }
  }
}
