// A tiny Docker/OCI distribution token service (the "realm" of a Bearer challenge), in process.
// It is mounted at /token on the registry's own origin, as ghcr.io does
// (`realm="https://ghcr.io/token"`): ggcr v0.21 (crane, ko) refuses a realm on another
// loopback/private IP literal (SSRF guard, ggcr #2258), but accepts the registry's host:port.
//
// distribution v3.1.2 verifies the JWT with go-jose v4 (registry/auth/token): the signing key is
// found from the x5c header (chained to `rootcertbundle`) or, without x5c, from the `kid` header
// looked up in a `jwks` file. We use kid + jwks, so no signer certificate is needed. The claims
// must have iss == auth.token.issuer and aud ∋ auth.token.service, exp/nbf within 60 s leeway,
// and `access` must cover every action the request needs (push needs pull and push).
import { generateKeyPair, randomUUID, sign, type KeyObject } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface TokenRequest {
  method: string;
  /** The authenticated user, or '' for anonymous (and for refused credentials). */
  user: string;
  /** The user name the client sent, right or wrong ('' when none). */
  presented: string;
  /** Requested scopes, e.g. 'repository:test:pull,push'. */
  scopes: string[];
  status: number;
  /** What the issued token allows, e.g. 'repository:test:pull' ([] when refused). */
  granted: string[];
}

export interface TokenService {
  /** The path it answers on (`/token`); the realm is this path on the registry's origin. */
  readonly path: string;
  readonly service: string;
  readonly issuer: string;
  /** A JWKS file with the signing key, for the registry's `auth.token.jwks`. */
  readonly jwksFile: string;
  readonly requests: TokenRequest[];
  /** Answers a request for `path`; returns false (and does nothing) for any other path. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

export interface TokenServiceOptions {
  /** Where to write the JWKS file. */
  dir: string;
  /** user -> password: these get every action they ask for. */
  users: Readonly<Record<string, string>>;
  /** user -> password: these may only pull (like a fork PR's read-only GITHUB_TOKEN). */
  readOnlyUsers?: Readonly<Record<string, string>>;
  /** How wrong credentials are refused; default 401 UNAUTHORIZED. */
  refusal?: TokenRefusal;
  service?: string;
  issuer?: string;
}

/** The status and distribution-style error a refused login gets. */
export interface TokenRefusal {
  status: number;
  code: string;
  message: string;
}

const DEFAULT_REFUSAL: TokenRefusal = {
  status: 401,
  code: 'UNAUTHORIZED',
  message: 'bad credentials',
};

interface ResourceAccess {
  type: string;
  name: string;
  actions: string[];
}

const KEY_ID = 'ko-action-test-signer';
const TOKEN_TTL_SECONDS = 300;
const TOKEN_PATH = '/token';

// One RSA key per test process: generating it is the slow part (~100 ms).
let signingKey: Promise<{ privateKey: KeyObject; publicKey: KeyObject }> | undefined;
function getSigningKey(): Promise<{ privateKey: KeyObject; publicKey: KeyObject }> {
  signingKey ??= promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  return signingKey;
}

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

/** Parses `repository:foo/bar:pull,push` (names may contain ':' only before the last one). */
export function parseScope(scope: string): ResourceAccess | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first < 0 || last === first) return undefined;
  return {
    type: scope.slice(0, first),
    name: scope.slice(first + 1, last),
    actions: scope
      .slice(last + 1)
      .split(',')
      .filter(Boolean),
  };
}

/** The user name in a Basic header, checked or not ('' when there is none). */
function basicUser(header: string | undefined): string {
  const [scheme, value = ''] = (header ?? '').split(' ', 2);
  if (scheme?.toLowerCase() !== 'basic') return '';
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  return decoded.includes(':') ? decoded.slice(0, decoded.indexOf(':')) : '';
}

/** The user named by a Basic header: '' when absent, undefined when the credentials are wrong. */
function authenticate(
  header: string | undefined,
  users: Readonly<Record<string, string>>,
): string | undefined {
  if (!header) return '';
  const [scheme, value = ''] = header.split(' ', 2);
  if (scheme?.toLowerCase() !== 'basic') return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const user = decoded.slice(0, colon);
  return Object.hasOwn(users, user) && users[user] === decoded.slice(colon + 1) ? user : undefined;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function createTokenService(options: TokenServiceOptions): Promise<TokenService> {
  const service = options.service ?? 'test-registry';
  const issuer = options.issuer ?? 'test-issuer';
  const { privateKey, publicKey } = await getSigningKey();
  const jwksFile = join(options.dir, 'jwks.json');
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: KEY_ID, alg: 'RS256', use: 'sig' };
  await writeFile(jwksFile, JSON.stringify({ keys: [jwk] }));
  const requests: TokenRequest[] = [];
  const readOnly = options.readOnlyUsers ?? {};
  const accounts = { ...options.users, ...readOnly };
  const refusal = options.refusal ?? DEFAULT_REFUSAL;

  const grant = (user: string, scopes: string[]): ResourceAccess[] => {
    // Anonymous and read-only callers may only pull; a known user gets what it asks for.
    const pullOnly = !user || Object.hasOwn(readOnly, user);
    return scopes
      .map(parseScope)
      .filter((a): a is ResourceAccess => a !== undefined)
      .map((a) => (pullOnly ? { ...a, actions: a.actions.filter((x) => x === 'pull') } : a));
  };

  const issue = (user: string, access: ResourceAccess[], audience: string): string => {
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'RS256', kid: KEY_ID };
    const claims = {
      iss: issuer,
      sub: user,
      aud: audience,
      exp: now + TOKEN_TTL_SECONDS,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    return `${input}.${base64url(sign('sha256', Buffer.from(input), privateKey))}`;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://token.invalid');
    const reply = (
      status: number,
      body: object,
      user = '',
      scopes: string[] = [],
      granted: ResourceAccess[] = [],
    ): void => {
      const grants = granted.map((a) => `${a.type}:${a.name}:${a.actions.join(',')}`);
      requests.push({ method: req.method ?? '', user, presented, scopes, status, granted: grants });
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };

    let params = url.searchParams;
    let presented = basicUser(req.headers.authorization);
    let user = authenticate(req.headers.authorization, accounts);
    if (req.method === 'POST') {
      // The OAuth2 password grant (docker login's "identity token" flow uses this endpoint).
      params = new URLSearchParams(await readBody(req));
      if (params.get('grant_type') !== 'password') {
        return reply(400, { error: 'unsupported_grant_type' });
      }
      presented = params.get('username') ?? '';
      const basic = Buffer.from(`${presented}:${params.get('password')}`);
      user = authenticate(`Basic ${basic.toString('base64')}`, accounts);
    } else if (req.method !== 'GET') {
      return reply(405, { error: 'method not allowed' });
    }
    // Clients send one `scope` parameter per scope, or several scopes separated by spaces.
    const scopes = params.getAll('scope').flatMap((s) => s.split(' ').filter(Boolean));
    if (user === undefined) {
      const { status, code, message } = refusal;
      return reply(status, { errors: [{ code, message }] }, '', scopes);
    }
    const access = grant(user, scopes);
    const token = issue(user, access, params.get('service') ?? service);
    reply(
      200,
      {
        token,
        access_token: token,
        expires_in: TOKEN_TTL_SECONDS,
        issued_at: new Date().toISOString(),
      },
      user,
      scopes,
      access,
    );
  };

  return {
    path: TOKEN_PATH,
    service,
    issuer,
    jwksFile,
    requests,
    handle(req, res) {
      if (new URL(req.url ?? '/', 'http://token.invalid').pathname !== TOKEN_PATH) return false;
      handle(req, res).catch((err: unknown) => {
        res.destroy(err instanceof Error ? err : new Error(String(err)));
      });
      return true;
    },
  };
}
