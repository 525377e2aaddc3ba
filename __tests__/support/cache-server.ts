// An in-process fake of the Actions cache service v2 (docs/notes/github-actions.md#10-the-actionscache-v2-protocol-for-an-in-process-fake): the three
// Twirp JSON RPCs, the Azure-style blob upload (single PUT or block + blocklist) and a plain
// GET download. It records every request and can fail or stall on demand.
//
// Like GitHub's service it is strict: an entry is immutable, and a second CreateCacheEntry for a
// key and version that exist is refused (counted in `refusals`). `lowercaseKeys` stores and
// returns keys lowercased, as act's cache server does. It counts the bytes it serves and takes.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const rpcPrefix = '/twirp/github.actions.results.api.v1.CacheService/';

export type RpcMethod =
  'GetCacheEntryDownloadURL' | 'CreateCacheEntry' | 'FinalizeCacheEntryUpload';

export interface RecordedRequest {
  readonly method: string;
  /** Path and query. */
  readonly url: string;
  /** The RPC name, for Twirp calls. */
  readonly rpc?: string;
  /** The parsed JSON body, for Twirp calls. */
  readonly body?: Record<string, unknown>;
  readonly authorization?: string;
}

export interface CacheEntry {
  readonly id: number;
  readonly key: string;
  readonly version: string;
  data: Buffer;
  blocks: Map<string, Buffer>;
  finalized: boolean;
  /** Creation order; newer entries win prefix matches. */
  readonly seq: number;
}

interface Failure {
  status: number;
  /** How many more requests fail; Infinity for all. */
  times: number;
}

export interface FakeCacheOptions {
  /** Store and hand back keys lowercased, and match them ignoring case (act's server). */
  readonly lowercaseKeys?: boolean;
}

export class FakeCacheServer {
  readonly requests: RecordedRequest[] = [];
  readonly entries: CacheEntry[] = [];
  /** CreateCacheEntry calls refused because the key (and version) existed. */
  refusals = 0;
  /** Archive bytes sent by downloads, and received by uploads. */
  bytesDownloaded = 0;
  bytesUploaded = 0;
  /** When set, a download sends half the bytes, then waits this long before the rest. */
  downloadStallMs = 0;
  private readonly failures = new Map<RpcMethod, Failure>();
  private readonly server: Server;
  private nextId = 1;
  private base = '';

  private constructor(private readonly options: FakeCacheOptions) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'internal', msg: String(err) }));
      });
    });
  }

  static async start(options: FakeCacheOptions = {}): Promise<FakeCacheServer> {
    const s = new FakeCacheServer(options);
    await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', resolve));
    s.base = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}`;
    return s;
  }

  /** ACTIONS_RESULTS_URL (with the trailing slash the runner gives). */
  get url(): string {
    return `${this.base}/`;
  }

  /** Makes the next `times` calls of `rpc` answer `status` with a Twirp error body. */
  fail(rpc: RpcMethod, status: number, times = Infinity): void {
    this.failures.set(rpc, { status, times });
  }

  /** The environment a runner step gets to use this server (cache service v2). */
  env(): Record<string, string> {
    return {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: this.url,
      ACTIONS_RUNTIME_TOKEN: 'test',
      GITHUB_SERVER_URL: 'https://github.com',
    };
  }

  /**
   * Saves `paths` under `key` with the real @actions/cache client, as a step of a runner whose
   * workspace is `workspace` would (tar stores paths relative to it): an entry an earlier run
   * left. Resolves with the entry id (-1 when the client failed).
   */
  async seed(
    paths: readonly string[],
    key: string,
    runner: { readonly workspace: string; readonly runnerTemp: string },
  ): Promise<number> {
    const vars: Record<string, string> = {
      ...this.env(),
      GITHUB_WORKSPACE: runner.workspace,
      RUNNER_TEMP: runner.runnerTemp,
    };
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
    Object.assign(process.env, vars);
    // The client logs workflow commands to stdout; a test's output is no place for them.
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = () => true;
    try {
      const cache = await import('@actions/cache');
      return await cache.saveCache([...paths], key);
    } finally {
      process.stdout.write = write;
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }

  /** Finalized entries, oldest first. */
  saved(): CacheEntry[] {
    return this.entries.filter((e) => e.finalized).sort((a, b) => a.seq - b.seq);
  }

  /** The Twirp calls of one method, oldest first. */
  calls(rpc: RpcMethod): Record<string, unknown>[] {
    return this.requests.filter((r) => r.rpc === rpc).map((r) => r.body ?? {});
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve, reject) =>
      this.server.close((err) => (err ? reject(err) : resolve())),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', this.base);
    const auth = req.headers.authorization;
    const record = { method: req.method ?? '', url: url.pathname + url.search };
    if (req.method === 'POST' && url.pathname.startsWith(rpcPrefix)) {
      const rpc = url.pathname.slice(rpcPrefix.length);
      const json = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
      this.requests.push({ ...record, rpc, body: json, ...(auth ? { authorization: auth } : {}) });
      const failure = this.failures.get(rpc as RpcMethod);
      if (failure && failure.times > 0) {
        failure.times--;
        return send(res, failure.status, { code: 'internal', msg: `injected ${failure.status}` });
      }
      return send(res, 200, this.rpc(rpc, json));
    }
    this.requests.push(record);
    const blob = /^\/devstoreaccount1\/cache\/(\d+)$/.exec(url.pathname);
    if (req.method === 'PUT' && blob) return this.put(this.entry(blob[1]), url, body, res);
    const download = /^\/download\/(\d+)$/.exec(url.pathname);
    if (req.method === 'GET' && download) {
      const entry = this.entry(download[1]);
      if (!entry?.finalized) return send(res, 404, { code: 'not_found', msg: 'no such blob' });
      return this.download(entry.data, res);
    }
    send(res, 404, { code: 'not_found', msg: `${req.method} ${url.pathname}` });
  }

  private rpc(rpc: string, req: Record<string, unknown>): Record<string, unknown> {
    const key = this.options.lowercaseKeys ? String(req.key).toLowerCase() : String(req.key);
    const version = String(req.version);
    switch (rpc) {
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = (Array.isArray(req.restore_keys) ? req.restore_keys : []).map((k) =>
          this.options.lowercaseKeys ? String(k).toLowerCase() : String(k),
        );
        const entry = this.match(key, restoreKeys, version);
        if (!entry) return { ok: false };
        return {
          ok: true,
          signed_download_url: `${this.base}/download/${entry.id}`,
          matched_key: entry.key,
        };
      }
      case 'CreateCacheEntry': {
        if (this.entries.some((e) => e.key === key && e.version === version)) {
          this.refusals++;
          return { ok: false, message: `cache entry ${key} already exists` };
        }
        const id = this.nextId++;
        this.entries.push({
          id,
          key,
          version,
          data: Buffer.alloc(0),
          blocks: new Map(),
          finalized: false,
          seq: id,
        });
        return { ok: true, signed_upload_url: `${this.base}/devstoreaccount1/cache/${id}` };
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = this.entries.find((e) => e.key === key && e.version === version);
        if (!entry) return { ok: false, message: 'no such entry' };
        if (String(entry.data.length) !== String(req.size_bytes)) {
          return { ok: false, message: `size ${entry.data.length} != ${String(req.size_bytes)}` };
        }
        entry.finalized = true;
        return { ok: true, entry_id: String(entry.id) };
      }
      default:
        throw new Error(`unknown RPC ${rpc}`);
    }
  }

  /** Exact key, then key as prefix, then each restore key as prefix; newest first. */
  private match(key: string, restoreKeys: string[], version: string): CacheEntry | undefined {
    const done = this.entries
      .filter((e) => e.finalized && e.version === version)
      .sort((a, b) => b.seq - a.seq);
    const exact = done.find((e) => e.key === key);
    if (exact) return exact;
    for (const prefix of [key, ...restoreKeys]) {
      const hit = done.find((e) => e.key.startsWith(prefix));
      if (hit) return hit;
    }
    return undefined;
  }

  private entry(id: string | undefined): CacheEntry | undefined {
    return this.entries.find((e) => String(e.id) === id);
  }

  private put(entry: CacheEntry | undefined, url: URL, body: Buffer, res: ServerResponse): void {
    if (!entry) return send(res, 404, { code: 'not_found', msg: 'no such upload' });
    if (entry.finalized) return send(res, 409, { code: 'already_exists', msg: 'immutable' });
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      entry.blocks.set(url.searchParams.get('blockid') ?? '', body);
    } else if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<Latest>([^<]*)<\/Latest>/g)].map(
        (m) => m[1] ?? '',
      );
      entry.data = Buffer.concat(ids.map((id) => entry.blocks.get(id) ?? Buffer.alloc(0)));
    } else {
      entry.data = body;
    }
    if (comp !== 'blocklist') this.bytesUploaded += body.length;
    // The Azure SDK expects a request id; etag and last-modified as a real blob would send.
    res.writeHead(201, {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2024-11-04',
      etag: `"0x${entry.id.toString(16)}"`,
      'last-modified': new Date().toUTCString(),
      'content-length': '0',
    });
    res.end();
  }

  private download(data: Buffer, res: ServerResponse): void {
    this.bytesDownloaded += data.length;
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(data.length),
    });
    if (!this.downloadStallMs) {
      res.end(data);
      return;
    }
    const half = Math.floor(data.length / 2);
    res.write(data.subarray(0, half));
    const timer = setTimeout(() => res.end(data.subarray(half)), this.downloadStallMs);
    res.on('close', () => clearTimeout(timer));
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
