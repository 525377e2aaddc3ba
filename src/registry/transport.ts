// HTTP for one registry: a keep-alive undici Agent (custom CA or unverified TLS when asked),
// timeouts, retries with capped jittered backoff, and redirects followed by hand so the
// Authorization header never leaves the origin it was meant for.
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import type { Readable } from 'node:stream';
import { Agent, request, type Dispatcher } from 'undici';
import { KoActionError } from '../errors.js';
import { redact } from '../util/secrets.js';
import { displayUrl } from './errors.js';

export interface RetryOptions {
  /** Total attempts, first included. */
  readonly attempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Upper bound on a server's Retry-After (default 60 s); tests keep it small. */
  readonly maxRetryAfterMs?: number;
}

export interface TransportOptions {
  /** Registry host, for messages. */
  readonly registry: string;
  /** Accept any TLS certificate (plain HTTP is decided by the caller). */
  readonly insecure?: boolean;
  /** Extra trusted CA certificates (PEM), added to Node's roots and NODE_EXTRA_CA_CERTS. */
  readonly ca?: string | Buffer;
  readonly connectTimeoutMs?: number;
  readonly headersTimeoutMs?: number;
  readonly bodyTimeoutMs?: number;
  readonly retry?: RetryOptions;
  readonly userAgent?: string;
  /** Debug lines (already redacted). */
  readonly log?: (line: string) => void;
}

/** A body that can be sent again (for a retry or a 307/308 redirect). */
export type RequestBody = Uint8Array | string | (() => Readable | Promise<Readable>);

export interface HttpRequest {
  readonly method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string | URL;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: RequestBody;
  /** The Authorization value for a URL, or undefined: asked again for every redirect hop. */
  readonly authorize?: (url: URL) => string | undefined;
  /** Retry temporary statuses and connection resets (default: GET/HEAD only). */
  readonly retry?: boolean;
}

export interface HttpResponse {
  readonly status: number;
  /** The URL that answered (after redirects). */
  readonly url: URL;
  readonly body: Readable;
  header(name: string): string | undefined;
  headerAll(name: string): string[];
  text(): Promise<string>;
  bytes(): Promise<Buffer>;
  /** Discard the body so the connection can be reused. */
  dump(): Promise<void>;
}

const retryStatuses = new Set([408, 429, 499, 500, 502, 503, 504, 522]);
const retryCodes = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
const tlsCodes = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);
const maxRedirects = 10;
const maxRetryAfterMs = 60_000;

export class Transport {
  private readonly agent: Agent;
  private readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(private readonly opts: TransportOptions) {
    this.agent = new Agent({
      keepAliveTimeout: 30_000,
      headersTimeout: opts.headersTimeoutMs ?? 300_000,
      bodyTimeout: opts.bodyTimeoutMs ?? 300_000,
      connect: {
        timeout: opts.connectTimeoutMs ?? 30_000,
        ...(opts.insecure ? { rejectUnauthorized: false } : {}),
        ...(opts.ca ? { ca: trustedCAs(opts.ca) } : {}),
      },
    });
    this.attempts = Math.max(1, opts.retry?.attempts ?? 3);
    this.baseDelayMs = opts.retry?.baseDelayMs ?? 200;
    this.maxDelayMs = opts.retry?.maxDelayMs ?? 5_000;
  }

  async request(req: HttpRequest): Promise<HttpResponse> {
    const retry = req.retry ?? (req.method === 'GET' || req.method === 'HEAD');
    for (let attempt = 1; ; attempt++) {
      const last = !retry || attempt >= this.attempts;
      let res: HttpResponse;
      try {
        res = await this.follow(req);
      } catch (e) {
        const code = errorCode(e);
        if (last || !retryCodes.has(code)) throw this.networkError(req, e);
        await this.wait(attempt, undefined, `${req.method} ${displayUrl(req.url)}: ${code}`);
        continue;
      }
      if (last || !retryStatuses.has(res.status)) return res;
      const retryAfter = res.header('retry-after');
      await res.dump();
      await this.wait(attempt, retryAfter, `${req.method} ${displayUrl(req.url)}: ${res.status}`);
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** One attempt, following redirects; Authorization is recomputed for every hop's origin. */
  private async follow(req: HttpRequest): Promise<HttpResponse> {
    let url = new URL(req.url);
    let method: HttpRequest['method'] = req.method;
    let body = req.body;
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = {
        'user-agent': this.opts.userAgent ?? 'ko-action',
        ...req.headers,
      };
      const auth = req.authorize?.(url);
      if (auth) headers.authorization = auth;
      if (body === undefined) delete headers['content-length'];
      const res = await request(url, {
        method,
        headers,
        body: body === undefined ? null : typeof body === 'function' ? await body() : body,
        dispatcher: this.agent,
        // undici closes the connection after every HEAD unless told otherwise; registries answer
        // HEAD with Content-Length and no body, so keep the (TLS) connection for the next request.
        ...(method === 'HEAD' ? { reset: false } : {}),
      });
      const location = res.headers.location;
      if (!isRedirect(res.statusCode) || typeof location !== 'string') return wrap(res, url);
      await res.body.dump();
      if (hop >= maxRedirects) {
        throw new KoActionError('REGISTRY', `too many redirects from ${displayUrl(req.url)}`, {
          where: this.opts.registry,
        });
      }
      const next = new URL(location, url);
      if (url.protocol === 'https:' && next.protocol === 'http:' && !this.opts.insecure) {
        throw new KoActionError(
          'REGISTRY',
          `${displayUrl(url)} redirected to plain HTTP (${displayUrl(next)})`,
          {
            where: this.opts.registry,
            hint: 'set insecure-registry: true only if this is expected',
          },
        );
      }
      // 303 (and 301/302 after POST, as browsers do) turn into a GET without a body.
      if (
        res.statusCode === 303 ||
        ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')
      ) {
        method = 'GET';
        body = undefined;
      }
      this.opts.log?.(redact(`redirect ${displayUrl(url)} -> ${displayUrl(next)}`));
      url = next;
    }
  }

  private async wait(attempt: number, retryAfter: string | undefined, why: string): Promise<void> {
    let ms = Math.min(this.maxDelayMs, this.baseDelayMs * 3 ** (attempt - 1));
    ms *= 0.8 + Math.random() * 0.4;
    const after = parseRetryAfter(retryAfter);
    if (after !== undefined) {
      ms = Math.min(this.opts.retry?.maxRetryAfterMs ?? maxRetryAfterMs, Math.max(ms, after));
    }
    this.opts.log?.(redact(`retrying after ${Math.round(ms)} ms (${why})`));
    await new Promise((r) => setTimeout(r, ms));
  }

  private networkError(req: HttpRequest, e: unknown): KoActionError {
    if (e instanceof KoActionError) return e;
    const code = errorCode(e);
    const msg = e instanceof Error ? e.message : String(e);
    const tls = tlsCodes.has(code) || /certificate|SSL|TLS/i.test(msg);
    return new KoActionError(
      'REGISTRY',
      redact(`${req.method} ${displayUrl(req.url)} failed: ${code ? `${code} ` : ''}${msg}`),
      {
        where: this.opts.registry,
        cause: e,
        hint: tls
          ? `trust the registry's CA (NODE_EXTRA_CA_CERTS=<ca.pem>) or set insecure-registry: true for ${this.opts.registry}`
          : `check that ${this.opts.registry} is reachable from this runner`,
      },
    );
  }
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export function errorCode(e: unknown): string {
  let cur: unknown = e;
  // undici wraps the socket error in `cause`.
  for (let i = 0; i < 5 && typeof cur === 'object' && cur !== null; i++) {
    if (cur instanceof KoActionError) {
      cur = cur.cause; // its `code` is ours (REGISTRY), not the socket's
      continue;
    }
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR') return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return '';
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function trustedCAs(extra: string | Buffer): string[] {
  // Passing `ca` replaces Node's defaults, so keep the bundled roots and NODE_EXTRA_CA_CERTS.
  const cas = [...rootCertificates, extra.toString()];
  const extraFile = process.env.NODE_EXTRA_CA_CERTS;
  if (extraFile) {
    try {
      cas.push(readFileSync(extraFile, 'utf8'));
    } catch {
      // Node itself only warns about an unreadable NODE_EXTRA_CA_CERTS.
    }
  }
  return cas;
}

function wrap(res: Dispatcher.ResponseData, url: URL): HttpResponse {
  const all = (name: string): string[] => {
    const v = res.headers[name.toLowerCase()];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  return {
    status: res.statusCode,
    url,
    body: res.body,
    header: (name) => all(name)[0],
    headerAll: all,
    text: () => res.body.text(),
    bytes: async () => Buffer.from(await res.body.arrayBuffer()),
    dump: () => res.body.dump(),
  };
}
