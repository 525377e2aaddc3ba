// A loopback HTTP proxy that injects faults between a client and a test registry: error
// statuses, 429 with Retry-After, connections reset mid-upload or mid-download, stalls (no
// answer at all), stalled bodies (headers, part of the body, then silence), responses lost after
// the registry acted on the request (a committed PUT whose answer never arrives), truncated and
// corrupted downloads, and 307 redirects to a second host ("storage", as ghcr.io and cloud
// registries send blob transfers to object stores) that records the Authorization and query it
// gets. Faults come from per-request rules or from a seeded PRNG at a given rate, and are counted
// per kind so a test can report what it survived.
//
// The Host header is forwarded unchanged, so the registry's upload Locations point back here and
// every follow-up request passes through the proxy too.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const faultKinds = [
  'status500',
  'status502',
  'status503',
  'status429',
  'resetUpload',
  'resetDownload',
  'stall',
  'truncate',
  'corrupt',
  'lostResponse',
  'stallBody',
  'redirect',
  'status400',
  'status401',
  'status403',
  'status404',
] as const;
export type FaultKind = (typeof faultKinds)[number];
/** What a flaky network or an overloaded registry does; the PRNG's default choice. */
export const transientFaultKinds: readonly FaultKind[] = faultKinds.filter(
  (k) => !/^status4(00|01|03|04)$/.test(k) && k !== 'redirect',
);

export interface FaultRequest {
  readonly method: string;
  /** Path without the query. */
  readonly path: string;
  /** The query string, without `?` ('' when none). */
  readonly query: string;
  /** 0-based arrival order. */
  readonly seq: number;
  /**
   * 1 + the earlier requests with the same identity (method, path with upload ids masked, and
   * the `digest` parameter): the attempt number of a retried request, whatever the client.
   */
  readonly attempt: number;
  /** Arrival time (Date.now()). */
  readonly at: number;
}

/** Picks a fault for a request; undefined lets the PRNG decide, 'none' forwards it untouched. */
export type FaultRule = (req: FaultRequest) => FaultKind | 'none' | undefined;

export interface FaultProxyOptions {
  /** The registry (or its recording proxy) on 127.0.0.1. */
  readonly targetPort: number;
  readonly seed?: number;
  /** Share of requests faulted by the PRNG (0..1); default 0. */
  readonly rate?: number;
  /** Kinds the PRNG may choose from (those that fit the request); default the transient ones. */
  readonly kinds?: readonly FaultKind[];
  readonly rule?: FaultRule;
  /** Sees every request first (e.g. to collect the Authorization headers clients send). */
  readonly onRequest?: (req: IncomingMessage) => void;
  /** Retry-After of an injected 429 (default '1'). */
  readonly retryAfter?: string;
  /** What a `stallBody` fault sends of the body before going silent (default half of it). */
  readonly stallAfterBytes?: number;
}

export interface SeenRequest extends FaultRequest {
  readonly fault?: FaultKind;
}

/** A request that reached the storage host after a `redirect` fault. */
export interface StorageRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  /** The Authorization header it carried, if any (it never should). */
  readonly authorization?: string;
  readonly status: number;
}

export interface FaultProxy {
  readonly port: number;
  /** '127.0.0.1:PORT' */
  readonly host: string;
  readonly requests: readonly SeenRequest[];
  /** Faults injected, per kind. */
  readonly counts: Readonly<Record<FaultKind, number>>;
  /** Requests repeating one that was faulted (same method and path, upload ids ignored). */
  readonly retries: number;
  /** The second host redirects point at (`127.0.0.2:PORT`), and what reached it. */
  readonly storage: { readonly host: string; readonly requests: readonly StorageRequest[] };
  setRate(rate: number): void;
  setRule(rule: FaultRule | undefined): void;
  reset(): void;
  stop(): Promise<void>;
}

/** mulberry32: small, fast and good enough to spread faults reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const statusOf: Partial<Record<FaultKind, number>> = {
  status500: 500,
  status502: 502,
  status503: 503,
  status429: 429,
  status400: 400,
  status401: 401,
  status403: 403,
  status404: 404,
};

/** Kinds that make sense for a request (a HEAD has no body to corrupt, a GET none to reset). */
export function applicable(method: string, hasBody: boolean, path = ''): FaultKind[] {
  const kinds: FaultKind[] = faultKinds.filter((k) => k.startsWith('status'));
  kinds.push('stall', 'lostResponse');
  if (method === 'GET') kinds.push('resetDownload', 'truncate', 'corrupt', 'stallBody');
  if (hasBody) kinds.push('resetUpload');
  // Blob downloads and blob upload PUTs are what registries hand to object storage.
  const blobGet = method === 'GET' && /\/blobs\/sha256:/.test(path);
  const blobPut = method === 'PUT' && /\/blobs\/uploads\//.test(path);
  if (blobGet || blobPut) kinds.push('redirect');
  return kinds;
}

/** Upload sessions have random ids: a retry of the same blob upload must look the same. */
function retryKey(method: string, path: string): string {
  return `${method} ${path.replace(/\/blobs\/uploads\/[^/]+$/, '/blobs/uploads/*')}`;
}

/** A request's identity across attempts: retryKey plus the blob digest a PUT names. */
function identityKey(method: string, path: string, query: string): string {
  const digest = new URLSearchParams(query).get('digest');
  return `${retryKey(method, path)}${digest ? ` ${digest}` : ''}`;
}

/** The signature a redirect adds to the storage URL, as object stores sign theirs. */
const signatureParam = 'X-Fault-Signature';

export async function startFaultProxy(opts: FaultProxyOptions): Promise<FaultProxy> {
  const agent = new Agent({ keepAlive: true });
  let random = seededRandom(opts.seed ?? 1);
  let rate = opts.rate ?? 0;
  let rule = opts.rule;
  const allowed = new Set<FaultKind>(opts.kinds ?? transientFaultKinds);
  const requests: SeenRequest[] = [];
  const counts = Object.fromEntries(faultKinds.map((k) => [k, 0])) as Record<FaultKind, number>;
  const faulted = new Set<string>();
  const attempts = new Map<string, number>();
  let retries = 0;
  const sockets = new Set<Socket>();
  /** Signed storage URLs handed out: signature -> the Authorization the registry needs. */
  const grants = new Map<string, string | undefined>();
  const storageRequests: StorageRequest[] = [];

  const choose = (req: FaultRequest, hasBody: boolean): FaultKind | undefined => {
    const fits = applicable(req.method, hasBody, req.path);
    const ruled = rule?.(req);
    if (ruled === 'none') return undefined;
    if (ruled !== undefined) return fits.includes(ruled) ? ruled : undefined;
    // Always draw twice so one request's kinds do not shift the sequence for the next.
    const hit = random() < rate;
    const pick = random();
    const candidates = fits.filter((k) => allowed.has(k));
    if (!hit || candidates.length === 0) return undefined;
    return candidates[Math.floor(pick * candidates.length)];
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    opts.onRequest?.(req);
    const method = req.method ?? 'GET';
    const [path = '/', query = ''] = (req.url ?? '/').split(/\?(.*)/s, 2);
    const seq = requests.length;
    const hasBody =
      Number(req.headers['content-length'] ?? 0) > 0 || !!req.headers['transfer-encoding'];
    const key = retryKey(method, path);
    if (faulted.delete(key)) retries++;
    const identity = identityKey(method, path, query);
    const attempt = (attempts.get(identity) ?? 0) + 1;
    attempts.set(identity, attempt);
    const seen = { method, path, query, seq, attempt, at: Date.now() };
    const fault = choose(seen, hasBody);
    requests.push({ ...seen, ...(fault ? { fault } : {}) });
    if (fault) {
      counts[fault]++;
      faulted.add(key);
    }

    const status = fault && statusOf[fault];
    if (status) {
      req.resume();
      const headers: Record<string, string> = { 'content-type': 'text/plain' };
      if (status === 429) headers['retry-after'] = opts.retryAfter ?? '1';
      const body = JSON.stringify({
        errors: [{ code: status === 429 ? 'TOOMANYREQUESTS' : 'UNKNOWN', message: 'injected' }],
      });
      // Client errors get a plain-text body: a distribution UNKNOWN code would read as temporary.
      if (status < 500 && status !== 429)
        res.writeHead(status, headers).end(`fault-proxy: injected ${status}\n`);
      else res.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(body);
      return;
    }
    if (fault === 'stall') {
      req.resume(); // never answered; the socket is destroyed by the client or by stop()
      return;
    }
    if (fault === 'resetUpload') {
      // Take the first chunk of the body, then drop the connection mid-upload.
      req.once('data', () => req.socket.destroy());
      req.once('end', () => req.socket.destroy());
      return;
    }
    if (fault === 'redirect') {
      // A signed URL on the storage host: the signature stands for the access the registry
      // granted this request, so the storage host needs (and must get) no Authorization.
      req.resume();
      const signature = randomUUID();
      grants.set(signature, req.headers.authorization);
      const sep = query ? '&' : '';
      const location = `http://${storageHost}${path}?${query}${sep}${signatureParam}=${signature}`;
      res.writeHead(307, { location, 'content-length': '0' }).end();
      return;
    }

    const upstream = request(
      {
        host: '127.0.0.1',
        port: opts.targetPort,
        method,
        path: req.url,
        headers: { ...req.headers, connection: 'keep-alive' },
        agent,
      },
      (upRes) => {
        const upStatus = upRes.statusCode ?? 502;
        if (fault === 'lostResponse') {
          // The registry acted on the request; its answer never reaches the client.
          upRes.resume();
          upRes.on('end', () => req.socket.destroy());
          return;
        }
        const bodyFault =
          fault === 'resetDownload' ||
          fault === 'truncate' ||
          fault === 'corrupt' ||
          fault === 'stallBody';
        if (!bodyFault || upStatus !== 200) {
          res.writeHead(upStatus, upRes.headers);
          upRes.pipe(res);
          upRes.on('error', () => res.destroy());
          return;
        }
        // Test images are small: buffer the body so the fault lands inside it.
        const chunks: Buffer[] = [];
        upRes.on('data', (c: Buffer) => chunks.push(c));
        upRes.on('end', () => {
          const body = Buffer.concat(chunks);
          const headers = { ...upRes.headers };
          if (fault === 'corrupt') {
            const at = Math.floor(body.length / 2);
            body[at] = (body[at] ?? 0) ^ 0x01;
            res.writeHead(upStatus, headers).end(body);
          } else if (fault === 'stallBody') {
            // Headers and part of the body, then silence: the socket stays open until the
            // client gives up on it (or stop()).
            res.writeHead(upStatus, headers);
            res.write(body.subarray(0, opts.stallAfterBytes ?? Math.floor(body.length / 2)));
          } else if (fault === 'truncate') {
            // A well-formed but short response: only the digest can tell.
            const half = body.subarray(0, Math.floor(body.length / 2));
            headers['content-length'] = String(half.length);
            res.writeHead(upStatus, headers).end(half);
          } else {
            res.writeHead(upStatus, headers);
            res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
          }
        });
      },
    );
    upstream.on('error', (err) => {
      if (res.headersSent) res.destroy();
      else res.writeHead(502, { 'content-type': 'text/plain' }).end(`fault-proxy: ${err.message}`);
    });
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  };

  // The storage host: serves a redirected request only with a valid signature, forwarding it
  // to the registry with the access the signature stands for.
  const storage = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const [path = '/', query = ''] = (req.url ?? '/').split(/\?(.*)/s, 2);
    const params = new URLSearchParams(query);
    const signature = params.get(signatureParam) ?? '';
    const record = (status: number): void => {
      storageRequests.push({
        method,
        path,
        query,
        status,
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      });
    };
    if (!grants.has(signature)) {
      req.resume();
      record(403);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('storage: bad signature\n');
      return;
    }
    const granted = grants.get(signature);
    params.delete(signatureParam);
    const rest = params.toString();
    const headers = { ...req.headers, connection: 'keep-alive', host: `127.0.0.1:${port}` };
    delete headers.authorization;
    if (granted) headers.authorization = granted;
    const upstream = request(
      {
        host: '127.0.0.1',
        port: opts.targetPort,
        method,
        path: rest ? `${path}?${rest}` : path,
        headers,
        agent,
      },
      (upRes) => {
        record(upRes.statusCode ?? 502);
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  storage.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  const server = createServer(handle);
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  // Another loopback address: a different host, not just another port of this one.
  storage.listen(0, '127.0.0.2');
  await once(storage, 'listening');
  const storageHost = `127.0.0.2:${(storage.address() as AddressInfo).port}`;

  return {
    port,
    host: `127.0.0.1:${port}`,
    requests,
    counts,
    get retries() {
      return retries;
    },
    storage: { host: storageHost, requests: storageRequests },
    setRate(r) {
      rate = r;
    },
    setRule(r) {
      rule = r;
    },
    reset() {
      requests.length = 0;
      for (const k of faultKinds) counts[k] = 0;
      faulted.clear();
      attempts.clear();
      storageRequests.length = 0;
      retries = 0;
      random = seededRandom(opts.seed ?? 1);
    },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => storage.close(() => resolve()));
      agent.destroy();
    },
  };
}
