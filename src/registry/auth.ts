// Registry authentication (ggcr transport/ping.go, bearer.go, basic.go): ping `/v2/`, answer
// the Basic or Bearer challenge, exchange credentials for a scoped token, and refresh it when
// it expires or a 401 asks for more scope. Authorization only ever goes to the registry's
// own origin (and Basic credentials to the token realm's).
import { KoActionError } from '../util/errors.js';
import { addSecret, redact } from '../util/secrets.js';
import { parseChallenges, pickChallenge, type Challenge } from './challenge.js';
import type { Credentials } from './credentials.js';
import { displayUrl, registryError, RegistryError } from './errors.js';
import { defaultScheme } from './reference.js';
import type { HttpResponse, Transport } from './transport.js';
import { checkFollow } from './url-policy.js';

export const oauthClientId = 'ko-action';
const defaultExpirySeconds = 60;
/** Refresh a little early so a token does not expire in flight. */
const expirySlackMs = 10_000;
/** Token responses and `/v2/` bodies are small; more is not a registry talking. */
const smallBody = { maxBytes: 4 * 1024 * 1024 };

export interface PingResult {
  /** `https://host` or `http://host`: what answered `/v2/`. */
  readonly base: URL;
  /** Undefined when `/v2/` answered 200 (no auth needed). */
  readonly challenge: Challenge | undefined;
}

/** How long plain HTTP has alone before HTTPS is tried too (when both are allowed). */
const httpHeadStartMs = 50;

/**
 * Find the registry's scheme and challenge. Loopback/private hosts (and `insecure`) may answer
 * over HTTPS or plain HTTP, as in ggcr; the first to answer like a registry wins.
 */
export async function ping(
  transport: Transport,
  registry: string,
  insecure: boolean,
): Promise<PingResult> {
  if (!insecure && defaultScheme(registry) === 'https') {
    const outcome = await pingScheme(transport, registry, 'https');
    if (outcome.ok) return outcome.result;
    throw outcome.failure;
  }
  // Plain HTTP goes first and HTTPS follows when it fails, or after a short head start: a TLS
  // attempt costs ~20 ms of CPU for Node's root certificates, wasted on the plain-HTTP
  // registries these hosts usually run, while a TLS one answers plain HTTP with a quick 400.
  const http = pingScheme(transport, registry, 'http');
  let timer: NodeJS.Timeout | undefined;
  const headStart = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, httpHeadStartMs);
  });
  const https = Promise.race([http, headStart]).then(async (early) => {
    clearTimeout(timer);
    if (early?.ok) return undefined; // never started
    return pingScheme(transport, registry, 'https');
  });
  const outcome = await firstSuccess([http, https]);
  if (!Array.isArray(outcome)) {
    if (outcome.ok) return outcome.result;
    throw outcome.failure;
  }
  const failures = outcome.map((o) => o.failure);
  // A registry that answered plain HTTP with a real status (a 500, a 404) is a plain-HTTP
  // registry in trouble: that status is the news, not HTTPS failing to talk to it. A 400 is what
  // a TLS server says to plain HTTP: then the HTTPS failure (a certificate problem) explains more.
  const answered = failures.find(
    (e): e is RegistryError => e instanceof RegistryError && e.status !== 400,
  );
  if (answered) throw answered;
  const tls = failures.find(
    (e) => e instanceof KoActionError && /certificate|TLS|SSL/i.test(e.message + (e.hint ?? '')),
  );
  throw tls ?? failures[0];
}

/** The first attempt that succeeds or fails finally; otherwise every failure, in order. */
function firstSuccess(
  attempts: Promise<PingOutcome | undefined>[],
): Promise<PingOutcome | PingFailure[]> {
  return new Promise((resolve) => {
    const failures: (PingFailure | undefined)[] = [];
    let pending = attempts.length;
    attempts.forEach((attempt, i) => {
      void attempt.then((outcome) => {
        if (outcome?.ok || outcome?.final) return resolve(outcome);
        failures[i] = outcome;
        if (--pending === 0) resolve(failures.filter((f) => f !== undefined));
      });
    });
  });
}

interface PingFailure {
  ok: false;
  failure: unknown;
  /** No other scheme can do better (e.g. a 401 without a challenge). */
  final?: boolean;
}
type PingOutcome = { ok: true; result: PingResult } | PingFailure;

async function pingScheme(
  transport: Transport,
  registry: string,
  scheme: string,
): Promise<PingOutcome> {
  const url = new URL(`${scheme}://${registry}/v2/`);
  let res: HttpResponse;
  try {
    res = await transport.request({ method: 'GET', url, buffer: smallBody });
  } catch (e) {
    return { ok: false, failure: e };
  }
  const base = new URL(`${scheme}://${registry}`);
  if (res.status === 200) {
    await res.dump();
    return { ok: true, result: { base, challenge: undefined } };
  }
  if (res.status === 401) {
    const challenge = pickChallenge(parseChallenges(res.headerAll('www-authenticate')));
    await res.dump();
    if (!challenge) {
      const failure = new KoActionError(
        'REGISTRY_AUTH',
        `${registry} answered 401 to /v2/ without a Basic or Bearer challenge`,
        { where: registry },
      );
      return { ok: false, failure, final: true };
    }
    return { ok: true, result: { base, challenge } };
  }
  const body = await res.text();
  return {
    ok: false,
    failure: registryError({ registry, method: 'GET', url, status: res.status, body }),
  };
}

export class Authenticator {
  private readonly scopes: string[] = [];
  private token: { value: string; expiresAt: number } | undefined;
  private refreshing: Promise<void> | undefined;
  private identityToken: string | undefined;
  private readonly basicHeader: string | undefined;
  /** The challenge answered: the ping's, or one a later 401 asked for. */
  private challenge: Challenge | undefined;

  constructor(
    private readonly transport: Transport,
    readonly registry: string,
    private readonly pinged: PingResult,
    private readonly creds: Credentials | undefined,
    private readonly insecure = false,
  ) {
    this.challenge = pinged.challenge;
    this.identityToken = creds?.identityToken;
    if (creds?.registryToken) addSecret(creds.registryToken);
    if (creds && (creds.username || creds.password) && !creds.identityToken) {
      addSecret(creds.password);
      const encoded = Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
      addSecret(encoded);
      this.basicHeader = `Basic ${encoded}`;
    }
  }

  get base(): URL {
    return this.pinged.base;
  }

  /** Ask for more scopes; the next request fetches a token that covers them. */
  addScopes(scopes: readonly string[]): void {
    const merged = mergeScopes(this.scopes, scopes);
    if (merged.join(' ') === this.scopes.join(' ')) return;
    this.scopes.splice(0, this.scopes.length, ...merged);
    if (!this.creds?.registryToken) this.token = undefined;
  }

  /** Make sure a valid token is at hand (Bearer only). */
  async ready(): Promise<void> {
    if (this.challenge?.scheme !== 'bearer' || this.creds?.registryToken) return;
    if (this.token && this.token.expiresAt - expirySlackMs > Date.now()) return;
    await this.refresh();
  }

  /** The Authorization header for a URL: only for the registry's own origin. */
  readonly authorize = (url: URL): string | undefined => {
    if (url.origin !== this.pinged.base.origin) return undefined;
    // A docker config `registrytoken` is a bearer token to send as it is (ggcr authn.AuthConfig).
    if (this.creds?.registryToken) return `Bearer ${this.creds.registryToken}`;
    const scheme = this.challenge?.scheme;
    if (scheme === 'bearer') return this.token ? `Bearer ${this.token.value}` : undefined;
    if (scheme === 'basic') return this.basicHeader;
    return undefined;
  };

  /**
   * Whether a 401 carrying these challenges is worth answering and retrying: a Bearer challenge
   * always (a token may be stale or lack scope, and anyone may ask for one), a Basic one when
   * we hold credentials (the caller retries only once, so wrong ones cost one more 401). A registry that pinged 200 anonymously and wants
   * credentials only on the repository lands here (ggcr handles the Basic case only).
   */
  canAnswer(wwwAuthenticate: readonly string[]): boolean {
    if (this.creds?.registryToken) return false;
    const picked = pickChallenge(parseChallenges(wwwAuthenticate));
    if (picked?.scheme === 'bearer') return !!picked.params.realm;
    // Requests sent at once all meet the 401: each retries once, with the credentials.
    return picked?.scheme === 'basic' && !!this.basicHeader;
  }

  /**
   * After a 401: adopt its challenge, merge any scope it asks for (the token may also just be
   * stale) and refresh; the caller retries once.
   */
  async handleUnauthorized(wwwAuthenticate: readonly string[]): Promise<void> {
    const challenges = parseChallenges(wwwAuthenticate);
    const picked = pickChallenge(challenges);
    if (!picked) return;
    if (picked.scheme === 'basic') {
      this.challenge = picked;
      return;
    }
    if (this.challenge?.scheme !== 'bearer' || this.challenge.params.realm !== picked.params.realm)
      this.challenge = picked;
    const wanted = challenges
      .filter((c) => c.scheme === 'bearer')
      .flatMap((c) => (c.params.scope ? c.params.scope.split(' ') : []));
    // Some registries only read the first scope, so the asked-for ones go first (as ggcr does).
    const merged = mergeScopes(wanted, this.scopes);
    this.scopes.splice(0, this.scopes.length, ...merged);
    this.token = undefined;
    await this.refresh();
  }

  /** Bearer auth in use: unused upload sessions are then left to expire (see cancelUpload). */
  get bearer(): boolean {
    return this.challenge?.scheme === 'bearer' || !!this.creds?.registryToken;
  }

  private refresh(): Promise<void> {
    this.refreshing ??= this.fetchToken().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async fetchToken(): Promise<void> {
    const challenge = this.challenge;
    const realm = challenge?.params.realm;
    if (!realm) {
      throw new KoActionError(
        'REGISTRY_AUTH',
        `${this.registry} sent a Bearer challenge without a realm`,
        {
          where: this.registry,
        },
      );
    }
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new KoActionError(
        'REGISTRY_AUTH',
        `${this.registry} sent an invalid token realm "${realm}"`,
        {
          where: this.registry,
        },
      );
    }
    // Basic credentials go to the realm: it must not be a downgrade or a private address.
    checkFollow(this.pinged.base, url, {
      registry: this.registry,
      insecure: this.insecure,
      what: 'the token realm',
    });
    const service = challenge.params.service;
    let res = this.identityToken ? await this.postOauth(url, service) : undefined;
    if (!res || res.status === 404) {
      // Not every token server speaks OAuth2; the GET form works everywhere.
      await res?.dump();
      res = await this.getToken(url, service);
    }
    const body = await res.text();
    if (res.status !== 200) {
      throw registryError({
        registry: this.registry,
        method: this.identityToken ? 'POST' : 'GET',
        url,
        status: res.status,
        body,
        action: 'getting a registry token',
      });
    }
    let parsed: {
      token?: unknown;
      access_token?: unknown;
      expires_in?: unknown;
      refresh_token?: unknown;
    };
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      throw new KoActionError(
        'REGISTRY_AUTH',
        `the token endpoint ${displayUrl(url)} did not answer JSON`,
        {
          where: this.registry,
        },
      );
    }
    const value =
      typeof parsed.token === 'string' && parsed.token ? parsed.token : parsed.access_token;
    if (typeof value !== 'string' || !value) {
      throw new KoActionError(
        'REGISTRY_AUTH',
        `the token endpoint ${displayUrl(url)} returned no token`,
        {
          where: this.registry,
        },
      );
    }
    addSecret(value);
    if (typeof parsed.refresh_token === 'string' && parsed.refresh_token) {
      addSecret(parsed.refresh_token);
      this.identityToken = parsed.refresh_token;
    }
    const seconds =
      typeof parsed.expires_in === 'number' && parsed.expires_in > 0
        ? parsed.expires_in
        : defaultExpirySeconds;
    this.token = { value, expiresAt: Date.now() + seconds * 1000 };
  }

  private getToken(realm: URL, service: string | undefined): Promise<HttpResponse> {
    const url = new URL(realm);
    if (service) url.searchParams.set('service', service);
    for (const s of pushFirst(this.scopes)) url.searchParams.append('scope', s);
    const basic = this.basicHeader;
    return this.transport.request({
      method: 'GET',
      url,
      buffer: smallBody,
      // Credentials go to the realm's origin only, never to where it might redirect.
      authorize: (u) => (u.origin === realm.origin ? basic : undefined),
    });
  }

  private postOauth(realm: URL, service: string | undefined): Promise<HttpResponse> {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: this.identityToken ?? '',
      client_id: oauthClientId,
      scope: pushFirst(this.scopes).join(' '),
    });
    if (service) form.set('service', service);
    return this.transport.request({
      method: 'POST',
      url: realm,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      retry: true,
      buffer: smallBody,
    });
  }

  /** For debug output. */
  describe(): string {
    const how = this.challenge?.scheme ?? 'none';
    return redact(
      `${this.registry} via ${this.pinged.base.protocol}// auth=${how} creds=${this.creds?.source ?? 'anonymous'}`,
    );
  }
}

/**
 * Scopes for a token request: those with `push` first, each as `push,pull`, since some
 * registries only read the first scope (ggcr remote/write.go scopesForUploadingImage).
 */
export function pushFirst(scopes: readonly string[]): string[] {
  const withPush = (s: string): boolean => /:([^:]*,)?push(,[^:]*)?$/.test(s);
  const ordered = scopes.map((s) => s.replace(/:pull,push$/, ':push,pull'));
  return [...ordered.filter(withPush), ...ordered.filter((s) => !withPush(s))];
}

/**
 * Union of token scopes, one entry per resource with the actions merged, in first-seen order:
 * `repository:a:pull` + `repository:a:push,pull` → `repository:a:pull,push`.
 */
export function mergeScopes(first: readonly string[], second: readonly string[]): string[] {
  const order: string[] = [];
  const actions = new Map<string, string[]>();
  for (const scope of [...first, ...second]) {
    const colon = scope.lastIndexOf(':');
    // `repository:host:5000/x:pull` has colons in the name: the actions follow the last one.
    const resource = colon > 0 ? scope.slice(0, colon) : scope;
    const acts =
      colon > 0
        ? scope
            .slice(colon + 1)
            .split(',')
            .filter(Boolean)
        : [];
    let have = actions.get(resource);
    if (!have) {
      have = [];
      actions.set(resource, have);
      order.push(resource);
    }
    for (const a of acts) if (!have.includes(a)) have.push(a);
  }
  return order.map((r) => {
    const acts = actions.get(r) ?? [];
    return acts.length ? `${r}:${acts.join(',')}` : r;
  });
}
