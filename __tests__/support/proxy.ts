// A recording reverse proxy in front of the test registry: every request that reaches the
// registry is logged as (method, path, status), bodies are streamed both ways, never buffered.
//
// The Host header is forwarded unchanged, so the registry's absolute URLs (upload Locations) point
// back at the proxy. With `tls`, the proxy terminates TLS itself and says so with
// X-Forwarded-Proto, which distribution honours when it builds those URLs. Like Go's TLS server,
// it answers a plain-HTTP request on the TLS port with 400 (Node would just drop the connection,
// which ggcr retries as a temporary error for ~8 s).
import { once } from 'node:events';
import {
  Agent,
  createServer as createHttpServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
}

export interface RecordingProxy {
  readonly port: number;
  /** Points the proxy at the registry's plain-HTTP port on 127.0.0.1 (503 until then). */
  setTarget(port: number): void;
  stop(): Promise<void>;
}

export interface RecordingProxyOptions {
  /** Appended to as responses arrive (before the client sees them). */
  requests: RecordedRequest[];
  /** PEM server certificate chain and key: serve HTTPS instead of HTTP. */
  tls?: { cert: string; key: string };
  /** Answers some requests itself (true = handled, not forwarded, not recorded). */
  intercept?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

// Hop-by-hop headers (RFC 9110 §7.6.1) plus `expect`: Node answers 100-continue itself.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'upgrade',
  'expect',
]);
// A client must not be able to steer the registry's idea of its own URL.
const FORWARDING = new Set([
  'forwarded',
  'x-forwarded-proto',
  'x-forwarded-host',
  'x-forwarded-for',
]);

function requestHeaders(incoming: IncomingHttpHeaders, tls: boolean): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(incoming)) {
    if (!HOP_BY_HOP.has(name) && !FORWARDING.has(name)) out[name] = value;
  }
  if (tls) out['x-forwarded-proto'] = 'https';
  return out;
}

function responseHeaders(raw: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] as string;
    if (!HOP_BY_HOP.has(name.toLowerCase())) out.push(name, raw[i + 1] as string);
  }
  return out;
}

export async function startRecordingProxy(options: RecordingProxyOptions): Promise<RecordingProxy> {
  const agent = new Agent({ keepAlive: true });
  const tls = options.tls !== undefined;
  let targetPort: number | undefined;

  const forward = (req: IncomingMessage, res: ServerResponse): void => {
    if (options.intercept?.(req, res)) return;
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (targetPort === undefined) {
      options.requests.push({ method, path, status: 503 });
      res.writeHead(503).end('proxy: no registry yet');
      return;
    }
    const upstream = request(
      {
        host: '127.0.0.1',
        port: targetPort,
        method,
        path: req.url,
        headers: requestHeaders(req.headers, tls),
        agent,
      },
      (upRes) => {
        const status = upRes.statusCode ?? 502;
        options.requests.push({ method, path, status });
        res.writeHead(status, responseHeaders(upRes.rawHeaders));
        upRes.pipe(res);
        upRes.on('error', () => res.destroy());
      },
    );
    upstream.on('error', (err) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      options.requests.push({ method, path, status: 502 });
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`proxy: ${err.message}`);
    });
    // A client that goes away mid-request must not leave the upstream request hanging.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  };

  const server: Server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, forward)
    : createHttpServer(forward);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  // With TLS, clients reach the HTTPS server through a front listener that peeks at the first
  // byte (a TLS handshake starts with 0x16). It pipes TLS to the HTTPS server's own port: handing
  // the socket over in process loses the peeked byte, as TLSSocket reads the raw handle.
  const sockets = new Set<Socket>();
  const front = options.tls
    ? createNetServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        sniff(socket, (server.address() as AddressInfo).port);
      })
    : undefined;
  front?.listen(0, '127.0.0.1');
  if (front) await once(front, 'listening');
  const { port } = (front ?? server).address() as AddressInfo;

  return {
    port,
    setTarget(port) {
      targetPort = port;
    },
    async stop() {
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      const closed = (s: { close(cb: () => void): unknown }) =>
        new Promise<void>((resolve) => s.close(() => resolve()));
      await Promise.all([closed(server), ...(front ? [closed(front)] : [])]);
      agent.destroy();
    },
  };
}

// What Go's TLS server answers, so clients fail fast instead of retrying a dropped connection.
const PLAIN_HTTP_TO_TLS = [
  'HTTP/1.1 400 Bad Request',
  'Content-Type: text/plain; charset=utf-8',
  'Connection: close',
  '',
  'Client sent an HTTP request to an HTTPS server.\n',
].join('\r\n');

function sniff(socket: Socket, httpsPort: number): void {
  socket.on('error', () => socket.destroy());
  socket.once('data', (first: Buffer) => {
    if (first[0] !== 0x16) {
      socket.end(PLAIN_HTTP_TO_TLS);
      return;
    }
    socket.pause();
    const inner = connect(httpsPort, '127.0.0.1');
    inner.on('error', () => socket.destroy());
    socket.on('close', () => inner.destroy());
    inner.on('close', () => socket.destroy());
    inner.write(first);
    socket.pipe(inner).pipe(socket);
  });
}
