// Our OCI distribution client for one registry: blobs and manifests over the
// transport, with authentication handled once per client. Everything read is verified against
// the digest it was asked for; a mismatch is an error, never data.
import type { Readable } from 'node:stream';
import { KoActionError } from '../util/errors.js';
import { sha256, type Digest } from '../oci/digest.js';
import { MediaType, manifestAccept } from '../oci/media-types.js';
import { limit, type Limiter } from '../util/limit.js';
import { Authenticator, ping } from './auth.js';
import type { Credentials } from './credentials.js';
import { registryError, RegistryError } from './errors.js';
import { repositoryScope, type Reference } from './reference.js';
import {
  Transport,
  errorCode,
  type ClientRequest,
  type HttpResponse,
  type RetryEvent,
  type RetryOptions,
} from './transport.js';
import { cancelUpload, mountBlob, openUpload, uploadBlob, type UploadableBlob } from './upload.js';
import { verifiedStream } from './verify.js';

export type { UploadableBlob } from './upload.js';

export interface ClientOptions {
  /** Undefined: anonymous. */
  readonly credentials?: Credentials | undefined;
  /** Accept plain HTTP and unverified TLS. */
  readonly insecure?: boolean;
  /** Extra CA certificates (PEM). */
  readonly ca?: string | Buffer;
  /** Concurrent blob transfers (`jobs`). */
  readonly jobs?: number;
  readonly retry?: RetryOptions;
  /** Connect / response-headers / body-idle timeouts (defaults 30 s, 60 s, 30 s). */
  readonly timeouts?: {
    readonly connectMs?: number;
    readonly headersMs?: number;
    readonly bodyMs?: number;
  };
  readonly userAgent?: string;
  readonly log?: (line: string) => void;
  /** Every retry (request or whole upload), before its wait; messages carry no credentials. */
  readonly onRetry?: (retry: RetryEvent) => void;
}

/** ggcr reads at most 100 MiB of a manifest (pkg/v1/remote/fetcher.go manifestLimit). */
const manifestLimit = 100 * 1024 * 1024;

export interface FetchedManifest {
  readonly bytes: Buffer;
  readonly mediaType: string;
  readonly digest: Digest;
}

export interface ManifestHead {
  readonly digest: Digest;
  readonly mediaType: string;
  readonly size: number;
}

export class RegistryClient {
  readonly limit: Limiter;
  readonly transport: Transport;
  /** Plain HTTP and unverified TLS accepted (insecure-registry). */
  readonly insecure: boolean;
  private readonly session: () => Promise<Authenticator>;

  constructor(
    readonly registry: string,
    opts: ClientOptions = {},
  ) {
    this.transport = new Transport({
      registry,
      ...(opts.insecure ? { insecure: true } : {}),
      ...(opts.ca ? { ca: opts.ca } : {}),
      ...(opts.retry ? { retry: opts.retry } : {}),
      ...(opts.timeouts?.connectMs ? { connectTimeoutMs: opts.timeouts.connectMs } : {}),
      ...(opts.timeouts?.headersMs ? { headersTimeoutMs: opts.timeouts.headersMs } : {}),
      ...(opts.timeouts?.bodyMs ? { bodyTimeoutMs: opts.timeouts.bodyMs } : {}),
      ...(opts.userAgent ? { userAgent: opts.userAgent } : {}),
      ...(opts.log ? { log: opts.log } : {}),
      ...(opts.onRetry ? { onRetry: opts.onRetry } : {}),
    });
    this.limit = limit(opts.jobs ?? 4);
    this.insecure = opts.insecure ?? false;
    const start = async (): Promise<Authenticator> => {
      const insecure = opts.insecure ?? false;
      const pinged = await ping(this.transport, registry, insecure);
      const auth = new Authenticator(this.transport, registry, pinged, opts.credentials, insecure);
      opts.log?.(auth.describe());
      return auth;
    };
    // One ping per client; a failed one is not remembered, so the next call pings again.
    let pending: Promise<Authenticator> | undefined;
    this.session = () => {
      pending ??= start().catch((e: unknown) => {
        pending = undefined;
        throw e;
      });
      return pending;
    };
  }

  /** Ask for token scopes up front (push scopes, mount sources) so one token covers a push. */
  async addScopes(scopes: readonly string[]): Promise<void> {
    (await this.session()).addScopes(scopes);
  }

  /**
   * Send with auth. A 401 whose challenge we can answer (a token with more scope or a fresh one,
   * or credentials a registry that pinged anonymously wants after all) is retried once.
   */
  async send(req: ClientRequest): Promise<HttpResponse> {
    const auth = await this.session();
    const url =
      typeof req.url === 'string' && req.url.startsWith('/')
        ? new URL(req.url, auth.base)
        : new URL(req.url);
    await auth.ready();
    const { rescope = true, ...request } = req;
    const res = await this.transport.request({ ...request, url, authorize: auth.authorize });
    if (res.status !== 401 || !rescope) return res;
    const challenges = res.headerAll('www-authenticate');
    if (!auth.canAnswer(challenges)) return res;
    await res.dump();
    await auth.handleUnauthorized(challenges);
    return this.transport.request({ ...request, url, authorize: auth.authorize });
  }

  /** Whether requests carry a Bearer token (token registries; see cancelUpload). */
  async bearer(): Promise<boolean> {
    return (await this.session()).bearer;
  }

  /**
   * Runs a whole operation again (up to the transport's attempts, with its backoff and any
   * Retry-After) when it fails in a way a new try can fix; `what` names it in retry reports.
   */
  async retrying<T>(what: string, op: (attempt: number) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await op(attempt);
      } catch (e) {
        if (attempt >= this.transport.attempts || !isTemporary(e)) throw e;
        const retryAfter = e instanceof RegistryError ? e.retryAfterMs : undefined;
        await this.transport.pause(attempt, retryAfter, what, failureReason(e));
      }
    }
  }

  /** Throw the registry's error unless the status is one of `ok`. */
  async expect(
    res: HttpResponse,
    ok: readonly number[],
    method: string,
    action?: string,
  ): Promise<void> {
    if (ok.includes(res.status)) return;
    const body = method === 'HEAD' ? undefined : await res.text().catch(() => undefined);
    if (method === 'HEAD') await res.dump();
    throw registryError({
      registry: this.registry,
      method,
      url: res.url,
      status: res.status,
      body,
      retryAfter: res.header('retry-after'),
      ...(action ? { action } : {}),
    });
  }

  async blobExists(repo: string, digest: Digest): Promise<boolean> {
    await this.addScopes([repositoryScope(repo, 'pull')]);
    const res = await this.send({ method: 'HEAD', url: `/v2/${repo}/blobs/${digest}` });
    if (res.status === 404) {
      await res.dump();
      return false;
    }
    await this.expect(res, [200], 'HEAD', `checking blob ${digest}`);
    await res.dump();
    return true;
  }

  /** Stream a blob; the stream errors if its bytes do not hash to `digest`. */
  async openBlob(repo: string, digest: Digest, size?: number): Promise<Readable> {
    await this.addScopes([repositoryScope(repo, 'pull')]);
    const res = await this.send({ method: 'GET', url: `/v2/${repo}/blobs/${digest}` });
    await this.expect(res, [200], 'GET', `fetching blob ${digest} from ${repo}`);
    return verifiedStream(res.body, digest, size, `${this.registry}/${repo}`);
  }

  /**
   * A whole blob in memory, verified; a download that breaks off, stalls or arrives damaged is
   * fetched again as a whole (within the retry budget).
   */
  fetchBlob(repo: string, digest: Digest, size?: number): Promise<Buffer> {
    return this.retrying(`GET ${this.registry}/v2/${repo}/blobs/${digest}`, async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of await this.openBlob(repo, digest, size))
        chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    });
  }

  /**
   * POST then one PUT with the whole blob (retried as a whole on temporary errors); into
   * `session` (from openUpload) when given.
   */
  uploadBlob(repo: string, blob: UploadableBlob, session?: URL): Promise<void> {
    return uploadBlob(this, repo, blob, session);
  }

  /** An upload session for a blob not known yet. */
  openUpload(repo: string): Promise<URL> {
    return openUpload(this, repo);
  }

  /** Gives back an upload session that was not used. */
  cancelUpload(session: URL): Promise<void> {
    return cancelUpload(this, session);
  }

  /** Cross-repository mount; if the registry declines (202), the blob is uploaded instead. */
  mountBlob(repo: string, blob: UploadableBlob, fromRepo: string): Promise<'mounted' | 'uploaded'> {
    return mountBlob(this, repo, blob, fromRepo);
  }

  /** A manifest, verified; one that arrives damaged is fetched again (within the budget). */
  getManifest(ref: Reference): Promise<FetchedManifest> {
    return this.retrying(
      `GET ${this.registry}/v2/${ref.repository}/manifests/${ref.identifier}`,
      () => this.getManifestOnce(ref),
    );
  }

  private async getManifestOnce(ref: Reference): Promise<FetchedManifest> {
    await this.addScopes([repositoryScope(ref.repository, 'pull')]);
    const res = await this.send({
      method: 'GET',
      url: `/v2/${ref.repository}/manifests/${ref.identifier}`,
      headers: { accept: manifestAccept.join(', ') },
      // Read within the request, so a body that breaks off or stalls is retried there.
      buffer: { maxBytes: manifestLimit },
    });
    await this.expect(res, [200], 'GET', `fetching manifest ${ref.name}`);
    const bytes = await res.bytes();
    const digest = sha256(bytes);
    if (ref.digest && digest !== ref.digest) {
      throw new KoActionError(
        'DIGEST_MISMATCH',
        `manifest ${ref.name} has digest ${digest}, not the one asked for`,
        {
          where: this.registry,
          hint: 'the registry or a proxy altered the manifest; do not trust this registry path',
        },
      );
    }
    // By tag there is nothing asked for to compare with, but the registry names what it sent.
    const named = res.header('docker-content-digest');
    if (!ref.digest && named && /^sha256:[0-9a-f]{64}$/.test(named) && named !== digest) {
      throw new KoActionError(
        'DIGEST_MISMATCH',
        `manifest ${ref.name} has digest ${digest}, but the registry sent it as ${named}`,
        {
          where: this.registry,
          hint: 'the manifest was corrupted or cut short on the way; retry, and check any caching proxy',
        },
      );
    }
    return { bytes, digest, mediaType: manifestMediaType(res.header('content-type'), bytes) };
  }

  /** HEAD a manifest: undefined when the registry has no such tag or digest (404). */
  async headManifest(ref: Reference): Promise<ManifestHead | undefined> {
    await this.addScopes([repositoryScope(ref.repository, 'pull')]);
    const res = await this.send({
      method: 'HEAD',
      url: `/v2/${ref.repository}/manifests/${ref.identifier}`,
      headers: { accept: manifestAccept.join(', ') },
    });
    if (res.status === 404) {
      await res.dump();
      return undefined;
    }
    await this.expect(res, [200], 'HEAD', `checking manifest ${ref.name}`);
    await res.dump();
    const digest = res.header('docker-content-digest');
    const mediaType = res.header('content-type');
    const size = Number(res.header('content-length'));
    if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest) || !mediaType) {
      // Some registries omit the digest on HEAD: fall back to fetching the bytes.
      const got = await this.getManifest(ref);
      return { digest: got.digest, mediaType: got.mediaType, size: got.bytes.length };
    }
    return { digest: digest as Digest, mediaType: stripParams(mediaType), size };
  }

  /**
   * Whether the registry serves the referrers API for `digest` in `repo` (distribution-spec
   * v1.1 "Listing Referrers"): a 200 with an image index. A 404 means it does not, and the
   * pusher keeps the referrers tag itself; so does any other answer (older registries give
   * 400, 401 or 405 on an unknown route).
   */
  async servesReferrers(repo: string, digest: Digest): Promise<boolean> {
    await this.addScopes([repositoryScope(repo, 'pull')]);
    const res = await this.send({
      method: 'GET',
      url: `/v2/${repo}/referrers/${digest}`,
      headers: { accept: MediaType.OciIndex },
      buffer: { maxBytes: manifestLimit },
    });
    const ok =
      res.status === 200 && stripParams(res.header('content-type') ?? '') === MediaType.OciIndex;
    await res.dump();
    return ok;
  }

  /** PUT manifest bytes under a tag or digest; returns their digest. */
  async putManifest(
    repo: string,
    tagOrDigest: string,
    bytes: Uint8Array,
    mediaType: string,
  ): Promise<Digest> {
    await this.addScopes([repositoryScope(repo, 'push,pull')]);
    const res = await this.send({
      method: 'PUT',
      url: `/v2/${repo}/manifests/${tagOrDigest}`,
      headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
      body: bytes,
      retry: true,
    });
    await this.expect(
      res,
      [200, 201, 202],
      'PUT',
      `pushing manifest ${this.registry}/${repo}:${tagOrDigest}`,
    );
    await res.dump();
    return sha256(bytes);
  }

  async close(): Promise<void> {
    await this.transport.close();
  }
}

/** Worth trying the whole operation again: a temporary status or network error, or bytes
 * that did not match their digest (a damaged or cut-short download). */
export function isTemporary(e: unknown): boolean {
  if (e instanceof RegistryError) return e.temporary;
  if (e instanceof KoActionError && e.code === 'DIGEST_MISMATCH') return true;
  return temporaryNetworkCodes.has(errorCode(e));
}

// A stalled request (timeout) is as temporary as a reset one.
const temporaryNetworkCodes = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT']);

function failureReason(e: unknown): string {
  if (e instanceof RegistryError) return String(e.status);
  if (e instanceof KoActionError && e.code === 'DIGEST_MISMATCH') return 'digest mismatch';
  return errorCode(e) || 'error';
}

function stripParams(contentType: string): string {
  return (contentType.split(';')[0] ?? contentType).trim();
}

/** Content-Type, unless it is generic; then the manifest's own mediaType field. */
function manifestMediaType(contentType: string | undefined, bytes: Buffer): string {
  const ct = contentType ? stripParams(contentType) : '';
  if (ct && ct !== 'application/json' && ct !== 'text/plain' && ct !== 'application/octet-stream')
    return ct;
  try {
    const mt = (JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown }).mediaType;
    if (typeof mt === 'string') return mt;
  } catch {
    // fall through
  }
  return ct || MediaType.OciManifest;
}
