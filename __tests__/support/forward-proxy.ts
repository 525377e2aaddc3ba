// A forward proxy such as a self-hosted runner sits behind: CONNECT tunnels for https, and
// absolute-URI requests for plain http. Hosts are mapped to loopback servers by `routes`
// (`registry.proxied.test:443` → `127.0.0.1:PORT`), so a client that reaches the server at all
// must have gone through the proxy: the .test names resolve nowhere. Every target is recorded.
import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

export interface ForwardProxy {
  /** `http://127.0.0.1:PORT`, for HTTPS_PROXY / HTTP_PROXY. */
  readonly url: string;
  /** `host:port` of every CONNECT and every proxied request, in order. */
  readonly targets: string[];
  stop(): Promise<void>;
}

export async function startForwardProxy(
  routes: Readonly<Record<string, string>>,
): Promise<ForwardProxy> {
  const targets: string[] = [];
  const resolve = (hostPort: string): { host: string; port: number } | undefined => {
    const to = routes[hostPort.toLowerCase()];
    if (!to) return undefined;
    const i = to.lastIndexOf(':');
    return { host: to.slice(0, i), port: Number(to.slice(i + 1)) };
  };
  const server: Server = createServer((req, res) => {
    // Plain http: the request line holds the whole URL.
    const url = new URL(req.url ?? '/');
    const hostPort = `${url.hostname}:${url.port || '80'}`;
    targets.push(hostPort);
    const to = resolve(hostPort);
    if (!to) {
      res.writeHead(502).end(`no route to ${hostPort}`);
      return;
    }
    const upstream = request(
      {
        host: to.host,
        port: to.port,
        method: req.method,
        path: url.pathname + url.search,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req, client, head) => {
    const hostPort = req.url ?? '';
    targets.push(hostPort);
    const to = resolve(hostPort);
    if (!to) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(to.port, to.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    targets,
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
