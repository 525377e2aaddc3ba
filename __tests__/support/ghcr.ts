// A fake ghcr.io for driving the real action bundle: the test registry in token mode, served as
// https://ghcr.io with ghcr's token flow (realm https://ghcr.io/token, service ghcr.io, Basic
// <actor>:<GITHUB_TOKEN> exchanged for a Bearer token; wrong credentials are refused with 403
// DENIED "denied", as docker reports for ghcr.io).
//
// The action finds it without any seam in src/: `actionEnv` loads hosts-preload.cjs with
// NODE_OPTIONS, which routes ghcr.io:443 to the proxy's loopback port, and trusts the throwaway CA
// with NODE_EXTRA_CA_CERTS, as a user trusts a private CA. Tools that cannot load the preload (Go
// programs like crane) cannot reach it; `pullManifest` reads images back instead.
import { readFile } from 'node:fs/promises';
import { request } from 'node:https';
import { fileURLToPath } from 'node:url';
import { manifestAccept } from '../../src/oci/media-types.js';
import { startRegistry, type TestRegistry } from './registry.js';

export const GHCR = 'ghcr.io';
/** ghcr.io's refusal of a bad token at its token endpoint. */
export const GHCR_REFUSAL = { status: 403, code: 'DENIED', message: 'denied' } as const;

const preload = fileURLToPath(new URL('./hosts-preload.cjs', import.meta.url));

export interface FakeGhcr {
  readonly registry: TestRegistry;
  /** NODE_OPTIONS (the routing preload), KO_ACTION_TEST_ROUTES and NODE_EXTRA_CA_CERTS. */
  readonly actionEnv: Readonly<Record<string, string>>;
  /** GET /v2/<repository>/manifests/<reference> with a pull token for `login` (user:password). */
  pullManifest(repository: string, reference: string, login: string): Promise<PulledManifest>;
  stop(): Promise<void>;
}

export interface PulledManifest {
  readonly status: number;
  readonly mediaType: string | undefined;
  /** Docker-Content-Digest. */
  readonly digest: string | undefined;
  readonly bytes: Buffer;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export async function startFakeGhcr(accounts: {
  users: Readonly<Record<string, string>>;
  readOnlyUsers?: Readonly<Record<string, string>>;
}): Promise<FakeGhcr> {
  const registry = await startRegistry('token', {
    hostName: GHCR,
    users: accounts.users,
    ...(accounts.readOnlyUsers ? { readOnlyUsers: accounts.readOnlyUsers } : {}),
    refusal: GHCR_REFUSAL,
  });
  const ca = await readFile(registry.caFile ?? '', 'utf8');
  const [ip = '', port = ''] = registry.address.split(':');

  // Straight to the proxy, but as ghcr.io: SNI, certificate check and Host all name it.
  const get = (path: string, headers: Record<string, string>): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: ip,
          port: Number(port),
          servername: GHCR,
          path,
          headers: { host: GHCR, ...headers },
          ca,
          agent: false,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
    });

  return {
    registry,
    actionEnv: {
      NODE_OPTIONS: `--require "${preload}"`,
      KO_ACTION_TEST_ROUTES: registry.route ?? '',
      NODE_EXTRA_CA_CERTS: registry.caFile ?? '',
    },
    async pullManifest(repository, reference, login) {
      const query = new URLSearchParams({ service: GHCR, scope: `repository:${repository}:pull` });
      const basic = Buffer.from(login).toString('base64');
      const token = await get(`/token?${query.toString()}`, { authorization: `Basic ${basic}` });
      if (token.status !== 200) throw new Error(`fake ghcr.io token endpoint: ${token.status}`);
      const { token: bearer } = JSON.parse(token.body.toString('utf8')) as { token: string };
      const res = await get(`/v2/${repository}/manifests/${reference}`, {
        authorization: `Bearer ${bearer}`,
        accept: manifestAccept.join(', '),
      });
      const header = (name: string): string | undefined => {
        const v = res.headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      return {
        status: res.status,
        mediaType: header('content-type'),
        digest: header('docker-content-digest'),
        bytes: res.body,
      };
    },
    stop: () => registry.stop(),
  };
}
