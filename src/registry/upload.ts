// Blob uploads (distribution spec "pushing blobs"): POST for a session, then one PUT with the
// whole blob (its size and digest are known before it is sent).
// A cross-repository mount is a POST with `mount=&from=`: 201 means done, 202 is a session.
import type { Readable } from 'node:stream';
import { KoActionError } from '../util/errors.js';
import type { Digest } from '../oci/digest.js';
import { RegistryError } from './errors.js';
import { repositoryScope } from './reference.js';
import type { ClientRequest, HttpResponse } from './transport.js';
import { checkFollow } from './url-policy.js';

/** What an upload needs of a registry client (client.ts passes itself). */
export interface UploadClient {
  readonly registry: string;
  addScopes(scopes: readonly string[]): Promise<void>;
  send(req: ClientRequest): Promise<HttpResponse>;
  expect(res: HttpResponse, ok: readonly number[], method: string, action?: string): Promise<void>;
  blobExists(repo: string, digest: Digest): Promise<boolean>;
  bearer(): Promise<boolean>;
  retrying<T>(what: string, op: (attempt: number) => Promise<T>): Promise<T>;
  readonly insecure: boolean;
}

export interface UploadableBlob {
  readonly digest: Digest;
  readonly size: number;
  /** Opens the exact bytes again for every attempt. */
  open(): Promise<Readable>;
}

const octetStream = 'application/octet-stream';

/**
 * POST a session, PUT the blob; on a temporary failure the whole upload starts over, after a
 * HEAD: a PUT whose answer was lost may have been committed, and its session is then closed
 * (a resend would get 404 BLOB_UPLOAD_UNKNOWN). `location`: a session opened ahead.
 */
export async function uploadBlob(
  client: UploadClient,
  repo: string,
  blob: UploadableBlob,
  location?: URL,
): Promise<void> {
  await client.addScopes([repositoryScope(repo, 'push,pull')]);
  let session = location;
  await client.retrying(
    `upload of ${blob.digest} to ${client.registry}/${repo}`,
    async (attempt) => {
      if (attempt > 1 && (await client.blobExists(repo, blob.digest))) return;
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
    },
  );
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
 * Cancels an unused upload session, best effort: registries expire them anyway. Distribution
 * authorizes a DELETE with the `delete` action (registry/handlers/app.go appendAccessRecords),
 * which a push token lacks and which is not worth asking for (a token server may refuse the
 * whole token over it, and a pusher rarely holds it): with a Bearer token the session is left
 * to expire.
 */
export async function cancelUpload(client: UploadClient, location: URL): Promise<void> {
  if (await client.bearer()) return;
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
    // A repeated POST at worst opens a session nobody uses, which the registry expires.
    retry: true,
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
  const url = new URL(location, res.url);
  checkFollow(res.url, url, {
    registry: client.registry,
    insecure: client.insecure,
    what: 'the upload Location',
  });
  return url;
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
