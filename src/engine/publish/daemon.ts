// ko's daemon publisher (KO_DOCKER_REPO=ko.local…, docs/spec/ko-compat.md#63-printed-reference-stdout-of-ko-build-value-substituted-by-resolve to docs/spec/ko-compat.md#64-daemon--tarball--layout) without a docker CLI: the image is
// streamed as a docker-save tarball to a Docker-compatible engine's HTTP API (POST /images/load),
// loaded as `<name>:<hex>`, then tagged with each tag. Docker and podman both accept gzip layers in
// such a tarball, so layers go in exactly as built.
import { request, type IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { KoActionError } from '../../util/errors.js';
import type { Artifact, Blob, ImageArtifact } from '../../oci/artifact.js';
import { digestHex, type Digest } from '../../oci/digest.js';
import { streamTar, type TarFile } from '../../oci/tar.js';
import { imageToLoad } from '../../ko/local-image.js';
import { printedReference } from '../../ko/naming.js';
import type { Env } from '../../util/env.js';

/** Where the engine listens: a unix socket or a plain-HTTP TCP address. */
export type DaemonEndpoint =
  | { readonly socketPath: string; readonly display: string }
  | { readonly host: string; readonly port: number; readonly display: string };

const DEFAULT_SOCKET = '/var/run/docker.sock';

/** DOCKER_HOST as the docker CLI reads it: unix:///path or tcp://host:port (default socket when unset). */
export function daemonEndpoint(env: Env): DaemonEndpoint {
  const value = env.DOCKER_HOST?.trim() || `unix://${DEFAULT_SOCKET}`;
  if (value.startsWith('unix://')) {
    const socketPath = value.slice('unix://'.length);
    if (socketPath) return { socketPath, display: socketPath };
  } else if (/^(tcp|http):\/\//.test(value)) {
    if (env.DOCKER_TLS_VERIFY) {
      throw new KoActionError(
        'REGISTRY',
        `DOCKER_HOST ${value} with DOCKER_TLS_VERIFY is not supported`,
        {
          where: 'repo',
          hint: 'expose the engine on a unix socket or plain tcp://127.0.0.1:<port>',
        },
      );
    }
    const url = new URL(value.replace(/^tcp:/, 'http:'));
    const port = url.port ? Number(url.port) : 2375;
    return { host: url.hostname, port, display: value };
  }
  throw new KoActionError('REGISTRY', `unsupported DOCKER_HOST ${JSON.stringify(value)}`, {
    where: 'repo',
    hint: 'use unix:///path/to/docker.sock or tcp://host:port',
  });
}

/** A docker-save tarball of one image, tagged `repoTag`, with its total length. */
export function saveTarball(
  image: ImageArtifact,
  repoTag: string,
): { readonly length: number; readonly stream: Readable } {
  const [config, ...layers] = image.blobs;
  if (!config) throw new Error(`image ${image.digest} has no config blob`);
  const fileOf = (b: Blob): TarFile => ({
    name: `${digestHex(b.descriptor.digest)}.tar.gz`,
    size: b.descriptor.size,
    open: () => b.open(),
  });
  const layerEntries = layers.map(fileOf);
  const manifest = Buffer.from(
    JSON.stringify([
      {
        Config: `${digestHex(config.descriptor.digest)}.json`,
        RepoTags: [repoTag],
        Layers: layerEntries.map((e) => e.name),
      },
    ]),
  );
  // A layer repeated in one image is stored once; the manifest lists it twice.
  const unique = new Map<string, TarFile>();
  for (const e of layerEntries) unique.set(e.name, e);
  const entries: TarFile[] = [
    {
      name: 'manifest.json',
      size: manifest.length,
      open: () => Promise.resolve(Readable.from([manifest])),
    },
    { ...fileOf(config), name: `${digestHex(config.descriptor.digest)}.json` },
    ...unique.values(),
  ];
  return streamTar(entries);
}

interface Reply {
  readonly status: number;
  readonly body: string;
}

function call(
  endpoint: DaemonEndpoint,
  method: string,
  path: string,
  body?: { readonly stream: Readable; readonly length: number },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const target =
      'socketPath' in endpoint
        ? { socketPath: endpoint.socketPath }
        : { host: endpoint.host, port: endpoint.port };
    const req = request(
      {
        ...target,
        method,
        path,
        headers: body
          ? { 'Content-Type': 'application/x-tar', 'Content-Length': String(body.length) }
          : {},
      },
      (res: IncomingMessage) => {
        const parts: Buffer[] = [];
        res.on('data', (b: Buffer) => parts.push(b));
        res.on('error', reject);
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }),
        );
      },
    );
    req.on('error', (e) => reject(connectError(endpoint, e)));
    if (!body) {
      req.end();
      return;
    }
    body.stream.on('error', (e) => req.destroy(e));
    body.stream.pipe(req);
  });
}

const unreachable = new Set(['ECONNREFUSED', 'ENOENT', 'EACCES', 'ENOTSOCK', 'EHOSTUNREACH']);

function connectError(endpoint: DaemonEndpoint, e: Error): Error {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  if (!unreachable.has(code)) return e;
  return new KoActionError(
    'REGISTRY',
    `no Docker-compatible engine at ${endpoint.display}: set DOCKER_HOST`,
    {
      where: 'repo',
      hint: `${code}; start Docker or \`podman system service\`, or push to a registry instead of ko.local`,
      cause: e,
    },
  );
}

/** The engine's own error text: Docker's `message`/`error` JSON, podman's `cause`, or the body. */
function engineMessage(body: string): string | undefined {
  for (const line of body.split('\n')) {
    if (!line.trim()) continue;
    try {
      const j = JSON.parse(line) as { message?: string; error?: string; errorDetail?: unknown };
      if (j.error || j.errorDetail) return j.error ?? JSON.stringify(j.errorDetail);
      if (j.message) return j.message;
    } catch {
      return body.trim().slice(0, 500);
    }
  }
  return undefined;
}

function engineError(what: string, endpoint: DaemonEndpoint, reply: Reply): KoActionError {
  const detail = engineMessage(reply.body) ?? `HTTP ${reply.status}`;
  return new KoActionError('REGISTRY', `${what} failed at ${endpoint.display}: ${detail}`, {
    where: 'repo',
  });
}

/**
 * Loads `artifact` (for an index, its $GOOS/$GOARCH image) as `<name>:<hex>` and tags it with each
 * tag. Returns ko's printed reference and the loaded image's digest.
 */
export async function loadIntoDaemon(
  artifact: Artifact,
  name: string,
  tags: readonly string[],
  env: Env,
): Promise<{ ref: string; digest: Digest }> {
  const endpoint = daemonEndpoint(env);
  const image = imageToLoad(artifact, env, 'the daemon');
  const ref = printedReference({ publisher: 'daemon', name, digest: image.digest });
  const loaded = await call(endpoint, 'POST', '/images/load', saveTarball(image, ref));
  // Docker answers 200 and streams an error object when the archive is bad; podman uses a status.
  const failed = loaded.status >= 300 || /"error(Detail)?"\s*:/.test(loaded.body);
  if (failed) throw engineError(`loading ${ref}`, endpoint, loaded);
  for (const tag of tags) {
    const query = new URLSearchParams({ repo: name, tag }).toString();
    const tagged = await call(endpoint, 'POST', `/images/${ref}/tag?${query}`);
    if (tagged.status >= 300)
      throw engineError(`tagging ${ref} as ${name}:${tag}`, endpoint, tagged);
  }
  return { ref, digest: image.digest };
}
