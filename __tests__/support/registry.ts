// A real distribution registry (v3, pinned in scripts/tool-versions.json) for integration tests,
// in four flavours: anonymous, basic (htpasswd), token (Bearer, in-process token server) and tls
// (HTTPS with a throwaway CA, plus basic auth).
//
// Clients never talk to the registry directly but to a recording proxy in front of it, so every
// mode records its traffic the same way. In token mode the proxy also serves the token realm at
// /token on the same origin (see token-server.ts for why). For tls the proxy terminates TLS with
// a certificate chained to a fresh CA and forwards plain HTTP to the registry (see proxy.ts):
// clients still have to trust `caFile`, exactly as with a registry that serves TLS itself, and
// the registry builds https:// upload URLs from X-Forwarded-Proto.
//
// With `hostName` (e.g. 'ghcr.io') the registry stands in for a real public host: clients address
// https://<hostName> (port 443, as the real one) and reach the proxy through the routing preload
// (hosts-preload.cjs, KO_ACTION_TEST_ROUTES=`route`); the certificate names that host, and in
// token mode the realm is https://<hostName>/token with service <hostName>, as ghcr.io's is.
import bcrypt from 'bcryptjs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, type ServerProcess } from './child.js';
import { startRecordingProxy, type RecordedRequest, type RecordingProxy } from './proxy.js';
import { makeTlsFiles } from './tls.js';
import {
  createTokenService,
  type TokenRefusal,
  type TokenRequest,
  type TokenService,
} from './token-server.js';
import { toolPath } from './tools.js';

export type { RecordedRequest } from './proxy.js';
export type { TokenRefusal, TokenRequest } from './token-server.js';

export type RegistryMode = 'anonymous' | 'basic' | 'token' | 'tls';

export interface RegistryOptions {
  /**
   * A public host name to stand in for (token or tls mode): `host` becomes it, TLS is served with
   * a certificate naming it, and clients reach it through `route` (see hosts-preload.cjs).
   */
  readonly hostName?: string;
  /** Token mode: user -> password with full access (default testuser/testpass). */
  readonly users?: Readonly<Record<string, string>>;
  /** Token mode: user -> password that may only pull. */
  readonly readOnlyUsers?: Readonly<Record<string, string>>;
  /** Token mode: how wrong credentials are refused (default 401 UNAUTHORIZED). */
  readonly refusal?: TokenRefusal;
  /** Keep blobs in files under this directory instead of in the registry's memory. */
  readonly storageDir?: string;
  /**
   * Anonymous mode: clients talk to the registry itself, with no recording proxy in between
   * (`requests` stays empty). For measurements, where the proxy's hop would be counted too.
   */
  readonly direct?: boolean;
  /**
   * Basic or token mode: `/v2/` answers 200 to anyone, and credentials are asked for only on
   * the repository (401 with the registry's own Basic or Bearer challenge), as some registries do.
   */
  readonly anonymousPing?: boolean;
}

export interface TestRegistry {
  readonly mode: RegistryMode;
  /** '127.0.0.1:PORT' as clients address it (or `hostName`). */
  readonly host: string;
  /** 'http://127.0.0.1:PORT', or 'https://127.0.0.1:PORT' for tls (or 'https://<hostName>'). */
  readonly url: string;
  /** '127.0.0.1:PORT': where the proxy really listens (`host`, unless hostName is set). */
  readonly address: string;
  /** With hostName: the KO_ACTION_TEST_ROUTES entry `<hostName>:443=127.0.0.1:PORT`. */
  readonly route?: string;
  /** 'testuser' for basic, token and tls (token mode with `users`: the first one). */
  readonly username?: string;
  /** 'testpass' for basic, token and tls (token mode with `users`: the first one's). */
  readonly password?: string;
  /** PEM of the CA (tls mode). */
  readonly caFile?: string;
  /** A directory holding only ca.crt (tls mode), for skopeo/podman `--cert-dir`. */
  readonly caDir?: string;
  /** A DOCKER_CONFIG directory whose config.json has an `auths` entry for `host` (auth modes). */
  readonly dockerConfigDir?: string;
  /** Requests seen (method, path without query, status), in order. Available in every mode. */
  readonly requests: RecordedRequest[];
  clearRequests(): void;
  stop(): Promise<void>;

  // Additions beyond the agreed API:
  /** PID of the registry process (to check that stop() really ended it). */
  readonly pid: number;
  /**
   * Environment for Go and containers tools (crane, ko, skopeo) talking to this registry:
   * DOCKER_CONFIG always (an empty config for anonymous, so ~/.docker never leaks in) and
   * SSL_CERT_FILE for tls.
   */
  readonly env: Readonly<Record<string, string>>;
  /** The token realm URL (token mode): `<url>/token`, served by the proxy, not recorded. */
  readonly tokenRealm?: string;
  /** Requests that reached the token server (token mode; else 0). Reset by clearRequests. */
  readonly tokenRequests: number;
  /** Those requests: user ('' = anonymous), scopes and status. Cleared by clearRequests. */
  readonly tokenLog: readonly TokenRequest[];
  /** The registry's own log (last few KB), to print when a test fails. */
  logTail(): string;
}

export const TEST_USERNAME = 'testuser';
export const TEST_PASSWORD = 'testpass';
const HTPASSWD_REALM = 'test-realm';

async function authConfig(
  mode: RegistryMode,
  dir: string,
  tokens: { service: TokenService; realm: string } | undefined,
): Promise<Record<string, unknown> | undefined> {
  if (mode === 'anonymous') return undefined;
  if (tokens) {
    const { service, realm } = tokens;
    return {
      token: { realm, service: service.service, issuer: service.issuer, jwks: service.jwksFile },
    };
  }
  // distribution accepts only bcrypt entries; cost 5 keeps each check ~1 ms.
  const htpasswd = join(dir, 'htpasswd');
  await writeFile(htpasswd, `${TEST_USERNAME}:${bcrypt.hashSync(TEST_PASSWORD, 5)}\n`);
  return { htpasswd: { realm: HTPASSWD_REALM, path: htpasswd } };
}

function registryConfig(
  auth: Record<string, unknown> | undefined,
  storageDir: string | undefined,
): string {
  const config = {
    version: '0.1',
    // info is needed for the "listening on" line; the access log would only add noise.
    log: { level: 'info', accesslog: { disabled: true } },
    storage: {
      ...(storageDir ? { filesystem: { rootdirectory: storageDir } } : { inmemory: {} }),
      delete: { enabled: true },
      maintenance: { uploadpurging: { enabled: false } },
    },
    http: { addr: '127.0.0.1:0', secret: 'ko-action-test-only' },
    ...(auth ? { auth } : {}),
  };
  // JSON is YAML, and the registry reads YAML.
  return JSON.stringify(config, null, 2);
}

function registryEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    // REGISTRY_* would override the config file; OTEL_* could point traces somewhere.
    if (!name.startsWith('REGISTRY_') && !name.startsWith('OTEL_')) env[name] = value;
  }
  // v3 exports OpenTelemetry traces to localhost:4318 by default.
  env.OTEL_TRACES_EXPORTER = 'none';
  return env;
}

async function writeDockerConfig(
  dir: string,
  host: string,
  login: { username: string; password: string } | undefined,
): Promise<string> {
  const configDir = join(dir, 'docker');
  await mkdir(configDir, { recursive: true });
  const auth = login && Buffer.from(`${login.username}:${login.password}`).toString('base64');
  const config = auth ? { auths: { [host]: { auth } } } : {};
  await writeFile(join(configDir, 'config.json'), JSON.stringify(config, null, 2));
  return configDir;
}

export async function startRegistry(
  mode: RegistryMode,
  options: RegistryOptions = {},
): Promise<TestRegistry> {
  const { hostName } = options;
  if (hostName !== undefined && mode !== 'token' && mode !== 'tls') {
    throw new Error(`startRegistry: hostName needs token or tls mode, not ${mode}`);
  }
  if (options.direct && mode !== 'anonymous') {
    throw new Error(`startRegistry: direct needs anonymous mode, not ${mode}`);
  }
  const users = options.users ?? { [TEST_USERNAME]: TEST_PASSWORD };
  const [firstUser] = Object.entries(users);
  const dir = await mkdtemp(join(tmpdir(), `ko-action-registry-${mode}-`));
  const cleanups: (() => Promise<void>)[] = [async () => rm(dir, { recursive: true, force: true })];
  const cleanUp = async (): Promise<void> => {
    // Last started, first stopped: the registry, then the proxy, then the files.
    for (const fn of cleanups.reverse()) await fn();
  };

  try {
    const tokenService =
      mode === 'token'
        ? await createTokenService({
            dir,
            users,
            ...(options.readOnlyUsers ? { readOnlyUsers: options.readOnlyUsers } : {}),
            ...(options.refusal ? { refusal: options.refusal } : {}),
            ...(hostName ? { service: hostName } : {}),
          })
        : undefined;
    const tls =
      mode === 'tls' || hostName ? await makeTlsFiles(dir, hostName ? [hostName] : []) : undefined;

    // The proxy comes first: its address is the registry's public one (realm, upload URLs).
    const requests: RecordedRequest[] = [];
    const proxy: RecordingProxy | undefined = options.direct
      ? undefined
      : await startRecordingProxy({
          requests,
          ...(tls
            ? {
                tls: {
                  cert: await readFile(tls.certFile, 'utf8'),
                  key: await readFile(tls.keyFile, 'utf8'),
                },
              }
            : {}),
          intercept: (req, res) => {
            if (options.anonymousPing && req.method === 'GET' && req.url === '/v2/') {
              requests.push({ method: 'GET', path: '/v2/', status: 200 });
              res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
              return true;
            }
            return tokenService?.handle(req, res) ?? false;
          },
        });
    if (proxy) cleanups.push(() => proxy.stop());
    const scheme = tls ? 'https' : 'http';
    const proxyHost = hostName ?? `127.0.0.1:${proxy?.port ?? 0}`;
    const tokens =
      tokenService && proxy
        ? { service: tokenService, realm: `${scheme}://${proxyHost}${tokenService.path}` }
        : undefined;

    const configFile = join(dir, 'config.yml');
    const auth = await authConfig(mode, dir, tokens);
    await writeFile(configFile, registryConfig(auth, options.storageDir));
    const started = await startServerProcess({
      command: toolPath('registry'),
      args: ['serve', configFile],
      env: registryEnv(),
      // v3.1.2 logs `msg="listening on 127.0.0.1:PORT"` (", tls" follows when it serves TLS).
      ready: /listening on (127\.0\.0\.1:\d+)/,
    });
    const registry: ServerProcess = started.process;
    cleanups.push(() => registry.stop());
    proxy?.setTarget(Number(started.match.split(':')[1]));
    const address = proxy ? `127.0.0.1:${proxy.port}` : started.match;
    const host = hostName ?? address;
    const url = `${scheme}://${host}`;

    const withAuth = mode !== 'anonymous';
    const login =
      mode === 'token' && firstUser
        ? { username: firstUser[0], password: firstUser[1] }
        : withAuth
          ? { username: TEST_USERNAME, password: TEST_PASSWORD }
          : undefined;
    const dockerConfigDir = await writeDockerConfig(dir, host, login);
    const env: Record<string, string> = { DOCKER_CONFIG: dockerConfigDir };
    if (tls) env.SSL_CERT_FILE = tls.caFile;

    let stopping: Promise<void> | undefined;
    const tokenLog: TokenRequest[] = tokenService?.requests ?? [];
    return {
      mode,
      host,
      url,
      address,
      ...(hostName ? { route: `${hostName}:443=${address}` } : {}),
      ...(login ? { ...login, dockerConfigDir } : {}),
      ...(tls ? { caFile: tls.caFile, caDir: tls.caDir } : {}),
      ...(tokens ? { tokenRealm: tokens.realm } : {}),
      requests,
      env,
      pid: registry.pid,
      tokenLog,
      get tokenRequests() {
        return tokenLog.length;
      },
      clearRequests() {
        requests.length = 0;
        tokenLog.length = 0;
      },
      logTail: () => registry.logTail(),
      stop() {
        stopping ??= cleanUp();
        return stopping;
      },
    };
  } catch (err) {
    await cleanUp();
    throw err;
  }
}
