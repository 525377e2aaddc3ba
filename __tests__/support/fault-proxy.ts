// A loopback HTTP proxy that injects faults between a client and a test registry: error
// statuses, 429 with Retry-After, connections reset mid-upload or mid-download, stalls (no
// answer at all), truncated and corrupted downloads. Faults come from per-request rules or from a
// seeded PRNG at a given rate, and are counted per kind so a test can report what it survived.
//
// The Host header is forwarded unchanged, so the registry's upload Locations point back here and
// every follow-up request passes through the proxy too.
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
  'status400',
  'status401',
  'status403',
  'status404',
] as const;
export type FaultKind = (typeof faultKinds)[number];
/** What a flaky network or an overloaded registry does; the PRNG's default choice. */
export const transientFaultKinds: readonly FaultKind[] = faultKinds.filter(
  (k) => !/^status4(00|01|03|04)$/.test(k),
);

export interface FaultRequest {
  readonly method: string;
  /** Path without the query. */
  readonly path: string;
  /** 0-based arrival order. */
  readonly seq: number;
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
}

export interface SeenRequest extends FaultRequest {
  readonly fault?: FaultKind;
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
function applicable(method: string, hasBody: boolean): FaultKind[] {
  const kinds: FaultKind[] = faultKinds.filter((k) => k.startsWith('status'));
  kinds.push('stall');
  if (method === 'GET') kinds.push('resetDownload', 'truncate', 'corrupt');
  if (hasBody) kinds.push('resetUpload');
  return kinds;
}

/** Upload sessions have random ids: a retry of the same blob upload must look the same. */
function retryKey(method: string, path: string): string {
  return `${method} ${path.replace(/\/blobs\/uploads\/[^/]+$/, '/blobs/uploads/*')}`;
}

export async function startFaultProxy(opts: FaultProxyOptions): Promise<FaultProxy> {
  const agent = new Agent({ keepAlive: true });
  let random = seededRandom(opts.seed ?? 1);
  let rate = opts.rate ?? 0;
  let rule = opts.rule;
  const allowed = new Set<FaultKind>(opts.kinds ?? transientFaultKinds);
  const requests: SeenRequest[] = [];
  const counts = Object.fromEntries(faultKinds.map((k) => [k, 0])) as Record<FaultKind, number>;
  const faulted = new Set<string>();
  let retries = 0;
  const sockets = new Set<Socket>();

  const choose = (req: FaultRequest, hasBody: boolean): FaultKind | undefined => {
    const fits = applicable(req.method, hasBody);
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
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const seq = requests.length;
    const hasBody =
      Number(req.headers['content-length'] ?? 0) > 0 || !!req.headers['transfer-encoding'];
    const key = retryKey(method, path);
    if (faulted.delete(key)) retries++;
    const fault = choose({ method, path, seq }, hasBody);
    requests.push({ method, path, seq, ...(fault ? { fault } : {}) });
    if (fault) {
      counts[fault]++;
      faulted.add(key);
    }

    const status = fault && statusOf[fault];
    if (status) {
      req.resume();
      const headers: Record<string, string> = { 'content-type': 'text/plain' };
      if (status === 429) headers['retry-after'] = '1';
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
        const bodyFault = fault === 'resetDownload' || fault === 'truncate' || fault === 'corrupt';
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

  const server = createServer(handle);
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    port,
    host: `127.0.0.1:${port}`,
    requests,
    counts,
    get retries() {
      return retries;
    },
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
      retries = 0;
      random = seededRandom(opts.seed ?? 1);
    },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
