// HTTP for one registry: keep-alive node:http/https agents (custom CA or unverified TLS when
// asked), through HTTPS_PROXY/HTTP_PROXY unless NO_PROXY says otherwise (the Actions toolkit's
// rules: @actions/http-client's getProxyUrl, which also never proxies loopback), timeouts, retries
// with capped jittered backoff that honour Retry-After (docs/reliability.md), and redirects followed
// by hand so the Authorization header never leaves the origin it was meant for.
//
// node:http rather than undici: it is already in Node's start-up snapshot, where loading undici
// costs ~50 ms of every run, a fifth of a small build.
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { rootCertificates } from 'node:tls';
import { pipeline, Readable } from 'node:stream';
import { KoActionError } from '../util/errors.js';
import { readAll } from '../util/read-all.js';
import { redact } from '../util/secrets.js';
import { displayUrl, retryAfterMs } from './errors.js';
import { checkFollow } from './url-policy.js';

export interface RetryOptions {
  /** Total attempts, first included. */
  readonly attempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Upper bound on a server's Retry-After (default 60 s); tests keep it small. */
  readonly maxRetryAfterMs?: number;
}

/** One retry, reported before its wait (see TransportOptions.onRetry). */
export interface RetryEvent {
  readonly registry: string;
  /** `POST https://host/v2/…` without the query; redacted. */
  readonly request: string;
  /** The status or socket error that is retried (`429`, `ECONNRESET`, …). */
  readonly reason: string;
  /** The attempt that failed, 1-based. */
  readonly attempt: number;
  readonly delayMs: number;
  /** One line for a log or a warning, free of credentials. */
  readonly message: string;
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
  /** Every retry, before its wait: the action turns these into warnings. */
  readonly onRetry?: (retry: RetryEvent) => void;
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
  /**
   * Read the whole body within the attempt, so a body that breaks off or stalls is retried as
   * a whole request; more than `maxBytes` is an error.
   */
  readonly buffer?: { readonly maxBytes: number };
}

/** A request relative to the registry (`/v2/...`) or an absolute URL (an upload Location). */
export type ClientRequest = Omit<HttpRequest, 'url' | 'authorize'> & {
  readonly url: string | URL;
  /** Whether a 401 may fetch a token with the scope it asks for (default true). */
  readonly rescope?: boolean;
};

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
  'ECONNREFUSED',
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
/** Defaults: 5 attempts survive a 20 % fault rate (docs/reliability.md), ≤ ~8 s of waits. */
const defaultAttempts = 5;
const defaultBaseDelayMs = 200;
const defaultMaxDelayMs = 5_000;

export class Transport {
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;
  /** Agents that tunnel through a proxy, by protocol and proxy URL. */
  private readonly proxyAgents = new Map<string, Promise<http.Agent>>();
  private readonly timeouts: Timeouts;
  readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  /** A 429/503 with Retry-After holds every new request to this registry until then. */
  private notBefore = 0;

  constructor(private readonly opts: TransportOptions) {
    this.httpAgent = new http.Agent({ keepAlive: true });
    this.httpsAgent = new https.Agent({
      keepAlive: true,
      ...(opts.insecure ? { rejectUnauthorized: false } : {}),
      ...(opts.ca ? { ca: trustedCAs(opts.ca) } : {}),
    });
    this.timeouts = {
      connectMs: opts.connectTimeoutMs ?? 30_000,
      // Idle time: a registry may take a while to commit a large PUT, a body never 30 s silent.
      headersMs: opts.headersTimeoutMs ?? 60_000,
      bodyMs: opts.bodyTimeoutMs ?? 30_000,
    };
    this.attempts = Math.max(1, opts.retry?.attempts ?? defaultAttempts);
    this.baseDelayMs = opts.retry?.baseDelayMs ?? defaultBaseDelayMs;
    this.maxDelayMs = opts.retry?.maxDelayMs ?? defaultMaxDelayMs;
  }

  private tlsOptions(): https.RequestOptions {
    return {
      ...(this.opts.insecure ? { rejectUnauthorized: false } : {}),
      ...(this.opts.ca ? { ca: trustedCAs(this.opts.ca) } : {}),
    };
  }

  /** The keep-alive agent for `url`: direct, or through the proxy the environment names. */
  private async agentFor(url: URL): Promise<http.Agent> {
    const isHttps = url.protocol === 'https:';
    const direct = isHttps ? this.httpsAgent : this.httpAgent;
    if (!proxyConfigured()) return direct;
    const { getProxyUrl } = await import('@actions/http-client/lib/proxy');
    const proxy = getProxyUrl(url);
    if (!proxy) return direct;
    const key = `${url.protocol} ${proxy.href}`;
    let agent = this.proxyAgents.get(key);
    if (!agent) {
      agent = isHttps
        ? import('https-proxy-agent').then(
            ({ HttpsProxyAgent }) => new HttpsProxyAgent(proxy, { keepAlive: true }),
          )
        : import('http-proxy-agent').then(
            ({ HttpProxyAgent }) => new HttpProxyAgent(proxy, { keepAlive: true }),
          );
      this.proxyAgents.set(key, agent);
      this.opts.log?.(`${this.opts.registry}: ${url.protocol} through ${displayUrl(proxy)}`);
    }
    return agent;
  }

  async request(req: HttpRequest): Promise<HttpResponse> {
    const retry = req.retry ?? (req.method === 'GET' || req.method === 'HEAD');
    for (let attempt = 1; ; attempt++) {
      const last = !retry || attempt >= this.attempts;
      await this.cooldown();
      let res: HttpResponse;
      try {
        res = await this.follow(req);
        if (req.buffer) res = await buffered(res, req.buffer.maxBytes, this.opts.registry);
      } catch (e) {
        const code = errorCode(e);
        if (last || !retryCodes.has(code)) throw this.networkError(req, e);
        await this.pause(attempt, undefined, `${req.method} ${displayUrl(req.url)}`, code);
        continue;
      }
      const retryAfter = res.header('retry-after');
      if (retryAfter && (res.status === 429 || res.status === 503)) this.holdFor(retryAfter);
      if (last || !retryStatuses.has(res.status)) return res;
      await res.dump();
      await this.pause(
        attempt,
        retryAfter,
        `${req.method} ${displayUrl(req.url)}`,
        String(res.status),
      );
    }
  }

  /**
   * The wait before retry `attempt + 1`: capped exponential backoff with jitter, at least the
   * server's Retry-After (up to a cap). Reported through onRetry first. Whole-operation retries
   * (upload.ts) wait here too, so every retry is paced and reported the same way.
   */
  async pause(
    attempt: number,
    retryAfter: string | number | undefined,
    request: string,
    reason: string,
  ): Promise<void> {
    let ms = Math.min(this.maxDelayMs, this.baseDelayMs * 3 ** (attempt - 1));
    ms *= 0.8 + Math.random() * 0.4;
    const after = typeof retryAfter === 'number' ? retryAfter : retryAfterMs(retryAfter);
    if (after !== undefined) {
      ms = Math.max(ms, Math.min(this.opts.retry?.maxRetryAfterMs ?? maxRetryAfterMs, after));
    }
    this.report(attempt, Math.round(ms), request, reason);
    await sleep(ms);
  }

  private report(attempt: number, delayMs: number, request: string, reason: string): void {
    const message = redact(
      `${this.opts.registry}: ${request} failed (${reason}), retrying in ${delayMs} ms (attempt ${attempt + 1})`,
    );
    this.opts.log?.(message);
    this.opts.onRetry?.({
      registry: this.opts.registry,
      request: redact(request),
      reason,
      attempt,
      delayMs,
      message,
    });
  }

  /** Remembers a Retry-After so requests not yet sent wait for it too (the limit is per client). */
  private holdFor(retryAfter: string): void {
    const after = retryAfterMs(retryAfter);
    if (after === undefined) return;
    const capped = Math.min(this.opts.retry?.maxRetryAfterMs ?? maxRetryAfterMs, after);
    this.notBefore = Math.max(this.notBefore, Date.now() + capped);
  }

  private async cooldown(): Promise<void> {
    const ms = this.notBefore - Date.now();
    if (ms > 0) await sleep(ms);
  }

  close(): Promise<void> {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
    for (const agent of this.proxyAgents.values()) void agent.then((a) => a.destroy());
    return Promise.resolve();
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
      const res = await this.send(url, method, headers, body, req.retry ?? !body);
      const location = res.headers.location;
      if (!isRedirect(res.statusCode ?? 0) || typeof location !== 'string') return wrap(res, url);
      await drain(res);
      if (hop >= maxRedirects) {
        throw new KoActionError('REGISTRY', `too many redirects from ${displayUrl(req.url)}`, {
          where: this.opts.registry,
        });
      }
      // The query is kept: object stores sign it (X-Amz-Signature and the like).
      const next = new URL(location, url);
      checkFollow(url, next, {
        registry: this.opts.registry,
        insecure: this.opts.insecure ?? false,
        what: 'a redirect',
      });
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

  /**
   * One request; a kept-alive connection that the server closed just as we reused it is retried
   * (Node's advice), but only for a request that may be sent twice: a reset can also mean the
   * server acted on it and the answer was lost (a committed blob PUT; upload.ts checks with HEAD).
   */
  private async send(
    url: URL,
    method: string,
    headers: Record<string, string>,
    body: RequestBody | undefined,
    resendable: boolean,
  ): Promise<http.IncomingMessage> {
    try {
      return await this.sendOnce(url, method, headers, body);
    } catch (e) {
      if (!(e instanceof StaleConnectionError) || !resendable) throw e;
      this.report(1, 0, `${method} ${displayUrl(url)}`, 'ECONNRESET on a reused connection');
      return this.sendOnce(url, method, headers, body);
    }
  }

  private async sendOnce(
    url: URL,
    method: string,
    headers: Record<string, string>,
    body: RequestBody | undefined,
  ): Promise<http.IncomingMessage> {
    const payload = typeof body === 'function' ? await body() : body;
    const whole = typeof payload === 'string' || payload instanceof Uint8Array;
    if (whole && headers['content-length'] === undefined)
      headers['content-length'] = String(Buffer.byteLength(payload));
    const isHttps = url.protocol === 'https:';
    const { connectMs, headersMs, bodyMs } = this.timeouts;
    const agent = await this.agentFor(url);
    return new Promise((resolve, reject) => {
      const req = (isHttps ? https : http).request(url, {
        method,
        headers,
        agent,
        // A proxy agent opens the TLS session to the registry itself: it takes these from here.
        ...(isHttps ? this.tlsOptions() : {}),
      });
      let response: http.IncomingMessage | undefined;
      const fail = (e: Error): void => {
        response?.destroy(e);
        req.destroy(e);
      };
      // The socket's idle timer: no response headers in time, then no body bytes in time.
      req.setTimeout(headersMs);
      req.on('timeout', () =>
        fail(response ? timeoutError('body', bodyMs) : timeoutError('headers', headersMs)),
      );
      req.once('socket', (socket) => {
        if (!socket.connecting) return;
        const timer = setTimeout(() => fail(timeoutError('connect', connectMs)), connectMs);
        socket.once('connect', () => clearTimeout(timer));
        socket.once('close', () => clearTimeout(timer));
      });
      req.on('error', (e: Error & { code?: string }) => {
        if (response) return; // the response stream reports it
        if (payload && !whole) payload.destroy();
        // Node's advice for keep-alive: a reset on a reused socket is safe to send again.
        reject(req.reusedSocket && e.code === 'ECONNRESET' ? new StaleConnectionError(e) : e);
      });
      req.once('response', (res) => {
        response = res;
        req.setTimeout(bodyMs);
        resolve(res);
      });
      if (payload === undefined) req.end();
      else if (whole) req.end(payload);
      else pipeline(payload, req, () => undefined); // errors surface on req
    });
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

export function errorCode(e: unknown): string {
  let cur: unknown = e;
  // Wrapped errors keep the socket's error in `cause`.
  for (let i = 0; i < 5 && typeof cur === 'object' && cur !== null; i++) {
    if (cur instanceof KoActionError) {
      cur = cur.cause; // its `code` is ours (REGISTRY), not the socket's
      continue;
    }
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return '';
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/** Whether any proxy variable is set: only then is the proxy code loaded (start-up time). */
function proxyConfigured(): boolean {
  return ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((k) => process.env[k]);
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

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** The response with its whole body read (at most maxBytes): a failed read throws here. */
async function buffered(
  res: HttpResponse,
  maxBytes: number,
  registry: string,
): Promise<HttpResponse> {
  const declared = Number(res.header('content-length'));
  const tooBig = (): KoActionError => {
    res.body.destroy();
    return new KoActionError(
      'REGISTRY',
      `${displayUrl(res.url)} sent more than ${maxBytes} bytes, the most read for a manifest or a token`,
      { where: registry },
    );
  };
  if (declared > maxBytes) throw tooBig();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooBig();
    chunks.push(chunk as Buffer);
  }
  const bytes = Buffer.concat(chunks);
  return {
    ...res,
    body: Readable.from([bytes]),
    text: () => Promise.resolve(bytes.toString('utf8')),
    bytes: () => Promise.resolve(bytes),
    dump: () => Promise.resolve(),
  };
}

function wrap(res: http.IncomingMessage, url: URL): HttpResponse {
  const all = (name: string): string[] => res.headersDistinct[name.toLowerCase()] ?? [];
  return {
    status: res.statusCode ?? 0,
    url,
    body: res,
    header: (name) => all(name)[0],
    headerAll: all,
    text: async () => (await readAll(res)).toString('utf8'),
    bytes: () => readAll(res),
    dump: () => drain(res),
  };
}

/** Reads a body to its end (or failure) so its connection can serve the next request. */
function drain(res: http.IncomingMessage): Promise<void> {
  if (res.readableEnded || res.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    res.once('end', resolve);
    res.once('close', resolve);
    res.once('error', () => resolve());
    res.resume();
  });
}

interface Timeouts {
  readonly connectMs: number;
  readonly headersMs: number;
  readonly bodyMs: number;
}

function timeoutError(phase: 'connect' | 'headers' | 'body', ms: number): Error {
  const what = {
    connect: 'no connection',
    headers: 'no response',
    body: 'the response body stalled',
  }[phase];
  return Object.assign(new Error(`${what} within ${ms} ms`), { code: 'ETIMEDOUT' });
}

/** A reset on a kept-alive connection before any response: the request never reached the server. */
class StaleConnectionError extends Error {
  readonly code = 'ECONNRESET';
  constructor(cause: Error) {
    super(cause.message, { cause });
  }
}
