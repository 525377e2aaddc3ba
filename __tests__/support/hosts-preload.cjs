// Test-only network routing for a process under test, loaded with `NODE_OPTIONS=--require <this>`:
// connections to the `host:port` pairs in KO_ACTION_TEST_ROUTES go to a loopback test server
// instead. `KO_ACTION_TEST_ROUTES=ghcr.io:443=127.0.0.1:40123` makes `https://ghcr.io/v2/` reach
// the fake ghcr.io on 127.0.0.1:40123, while the client still addresses ghcr.io: URL, Host header,
// TLS server name (SNI) and certificate check are untouched. Production code has no seam for it.
//
// Why net.Socket#connect and not only dns.lookup: the real host listens on 443, which only root
// may bind (GitHub's hosted runners run tests unprivileged), so the port moves as well as the name.
// Every TCP client in Node ends up there: net.connect, tls.connect (TLSSocket inherits connect; the
// server name is taken from the caller's options before the socket connects), http(s), undici.
'use strict';

const net = require('node:net');

/** 'ghcr.io:443' -> { host: '127.0.0.1', port: 40123 } */
const routes = new Map();
for (const entry of (process.env.KO_ACTION_TEST_ROUTES || '').split(',')) {
  const m = /^\s*([^\s=]+):(\d+)=([^\s=]+):(\d+)\s*$/.exec(entry);
  if (m) routes.set(`${m[1].toLowerCase()}:${Number(m[2])}`, { host: m[3], port: Number(m[4]) });
  else if (entry.trim()) throw new Error(`KO_ACTION_TEST_ROUTES: cannot parse "${entry}"`);
}

/** A copy of connect options with host and port replaced when they are routed; else the same. */
function route(options) {
  if (typeof options !== 'object' || options === null || options.path) return options;
  const host = String(options.host || 'localhost')
    .toLowerCase()
    .replace(/\.$/, '');
  const to = routes.get(`${host}:${Number(options.port)}`);
  // A copy: tls.connect keeps the caller's object and checks the certificate against its host.
  return to ? { ...options, host: to.host, port: to.port } : options;
}

if (routes.size > 0) {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function routedConnect(...args) {
    if (Array.isArray(args[0])) {
      // net.connect passes its already normalized [options, callback] array (marked by a symbol).
      args[0][0] = route(args[0][0]);
    } else if (typeof args[0] === 'object' && args[0] !== null) {
      args[0] = route(args[0]);
    } else if (typeof args[1] === 'string') {
      // connect(port, host[, callback])
      const to = route({ port: args[0], host: args[1] });
      args[0] = to.port;
      args[1] = to.host;
    }
    return connect.apply(this, args);
  };
}
