export const id = 446;
export const ids = [446];
export const modules = {

/***/ 8446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/engine/result.ts
function emptyTimings() {
    return { goInstall: 0, compile: 0, layering: 0, upload: 0 };
}
/** The `metadata` output: keyed by import path as requested. */
function metadataJson(images) {
    const out = {};
    for (const img of images) {
        out[img.requested] = {
            image: img.ref,
            digest: img.digest,
            tags: img.tags,
            platforms: Object.fromEntries(img.platforms.map((p) => [p.platform, p.digest])),
            ...(img.sbom ? { sbom: img.sbom } : {}),
        };
    }
    return JSON.stringify(out, null, 2);
}

// EXTERNAL MODULE: ./src/engine/engine.ts + 33 modules
var engine = __webpack_require__(7297);
// EXTERNAL MODULE: ./src/engine/plan.ts + 1 modules
var engine_plan = __webpack_require__(3877);
// EXTERNAL MODULE: ./src/ko/ko-yaml.ts
var ko_yaml = __webpack_require__(8168);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(8825);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(9217);
// EXTERNAL MODULE: ./src/util/limit.ts
var limit = __webpack_require__(415);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/registry/challenge.ts
const tokenChar = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
function parseChallenges(headers) {
    const out = [];
    for (const header of typeof headers === 'string' ? [headers] : headers)
        parseOne(header, out);
    return out;
}
function parseOne(s, out) {
    let i = 0;
    const skip = (chars) => {
        while (i < s.length && chars.test(s[i] ?? ''))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < s.length && tokenChar.test(s[i] ?? ''))
            i++;
        return s.slice(start, i);
    };
    let current;
    while (i < s.length) {
        skip(/[\s,]/);
        const start = i;
        const name = token();
        if (!name) {
            i++; // not a token character: skip it rather than loop forever
            continue;
        }
        skip(/[ \t]/);
        if (s[i] === '=' && current) {
            i++;
            skip(/[ \t]/);
            current.params[name.toLowerCase()] = s[i] === '"' ? quoted() : token();
            continue;
        }
        // A token not followed by `=` starts a new challenge (or is token68, which we ignore).
        if (s[i] === '=' && !current) {
            i = start + name.length + 1;
            continue;
        }
        current = { scheme: name.toLowerCase(), params: {} };
        out.push(current);
    }
    function quoted() {
        let v = '';
        i++; // opening quote
        while (i < s.length && s[i] !== '"') {
            if (s[i] === '\\' && i + 1 < s.length)
                i++;
            v += s[i];
            i++;
        }
        i++; // closing quote
        return v;
    }
}
/** The challenge to answer: Bearer if offered, else Basic. */
function pickChallenge(challenges) {
    return (challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic'));
}

// EXTERNAL MODULE: ./src/registry/errors.ts
var registry_errors = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/registry/auth.ts
// Registry authentication (ggcr transport/ping.go, bearer.go, basic.go): ping `/v2/`, answer
// the Basic or Bearer challenge, exchange credentials for a scoped token, and refresh it when
// it expires or a 401 asks for more scope. Authorization only ever goes to the registry's
// own origin (and Basic credentials to the token realm's).






const oauthClientId = 'ko-action';
const defaultExpirySeconds = 60;
/** Refresh a little early so a token does not expire in flight. */
const expirySlackMs = 10_000;
/** How long plain HTTP has alone before HTTPS is tried too (when both are allowed). */
const httpHeadStartMs = 50;
/**
 * Find the registry's scheme and challenge. Loopback/private hosts (and `insecure`) may answer
 * over HTTPS or plain HTTP, as in ggcr; the first to answer like a registry wins.
 */
async function ping(transport, registry, insecure) {
    if (!insecure && (0,reference/* defaultScheme */.j5)(registry) === 'https') {
        const outcome = await pingScheme(transport, registry, 'https');
        if (outcome.ok)
            return outcome.result;
        throw outcome.failure;
    }
    // Plain HTTP goes first and HTTPS follows when it fails, or after a short head start: a TLS
    // attempt costs ~20 ms of CPU for Node's root certificates, wasted on the plain-HTTP
    // registries these hosts usually run, while a TLS one answers plain HTTP with a quick 400.
    const http = pingScheme(transport, registry, 'http');
    let timer;
    const headStart = new Promise((resolve) => {
        timer = setTimeout(resolve, httpHeadStartMs);
    });
    const https = Promise.race([http, headStart]).then(async (early) => {
        clearTimeout(timer);
        if (early?.ok)
            return undefined; // never started
        return pingScheme(transport, registry, 'https');
    });
    const outcome = await firstSuccess([http, https]);
    if (!Array.isArray(outcome)) {
        if (outcome.ok)
            return outcome.result;
        throw outcome.failure;
    }
    const failures = outcome.map((o) => o.failure);
    // The HTTPS failure explains more (a certificate problem) than "plain HTTP got 400".
    const tls = failures.find((e) => e instanceof errors/* KoActionError */.jV && /certificate|TLS|SSL/i.test(e.message + (e.hint ?? '')));
    throw tls ?? failures[0];
}
/** The first attempt that succeeds or fails finally; otherwise every failure, in order. */
function firstSuccess(attempts) {
    return new Promise((resolve) => {
        const failures = [];
        let pending = attempts.length;
        attempts.forEach((attempt, i) => {
            void attempt.then((outcome) => {
                if (outcome?.ok || outcome?.final)
                    return resolve(outcome);
                failures[i] = outcome;
                if (--pending === 0)
                    resolve(failures.filter((f) => f !== undefined));
            });
        });
    });
}
async function pingScheme(transport, registry, scheme) {
    const url = new URL(`${scheme}://${registry}/v2/`);
    let res;
    try {
        res = await transport.request({ method: 'GET', url });
    }
    catch (e) {
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
            const failure = new errors/* KoActionError */.jV('REGISTRY_AUTH', `${registry} answered 401 to /v2/ without a Basic or Bearer challenge`, { where: registry });
            return { ok: false, failure, final: true };
        }
        return { ok: true, result: { base, challenge } };
    }
    const body = await res.text();
    return {
        ok: false,
        failure: (0,registry_errors/* registryError */.eo)({ registry, method: 'GET', url, status: res.status, body }),
    };
}
class Authenticator {
    transport;
    registry;
    pinged;
    creds;
    scopes = [];
    token;
    refreshing;
    identityToken;
    basicHeader;
    constructor(transport, registry, pinged, creds) {
        this.transport = transport;
        this.registry = registry;
        this.pinged = pinged;
        this.creds = creds;
        this.identityToken = creds?.identityToken;
        if (creds && (creds.username || creds.password) && !creds.identityToken) {
            (0,secrets/* addSecret */.Ck)(creds.password);
            const encoded = Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
            (0,secrets/* addSecret */.Ck)(encoded);
            this.basicHeader = `Basic ${encoded}`;
        }
    }
    /** Bearer tokens can be refreshed after a 401; Basic credentials cannot. */
    get bearer() {
        return this.pinged.challenge?.scheme === 'bearer';
    }
    get base() {
        return this.pinged.base;
    }
    /** Ask for more scopes; the next request fetches a token that covers them. */
    addScopes(scopes) {
        const merged = mergeScopes(this.scopes, scopes);
        if (merged.join(' ') === this.scopes.join(' '))
            return;
        this.scopes.splice(0, this.scopes.length, ...merged);
        this.token = undefined;
    }
    /** Make sure a valid token is at hand (Bearer only). */
    async ready() {
        if (this.pinged.challenge?.scheme !== 'bearer')
            return;
        if (this.token && this.token.expiresAt - expirySlackMs > Date.now())
            return;
        await this.refresh();
    }
    /** The Authorization header for a URL: only for the registry's own origin. */
    authorize = (url) => {
        if (url.origin !== this.pinged.base.origin)
            return undefined;
        const scheme = this.pinged.challenge?.scheme;
        if (scheme === 'bearer')
            return this.token ? `Bearer ${this.token.value}` : undefined;
        if (scheme === 'basic')
            return this.basicHeader;
        return undefined;
    };
    /**
     * After a 401 to a Bearer registry: merge any scope its challenge asks for (the token may
     * also just be stale) and refresh; the caller retries once.
     */
    async handleUnauthorized(wwwAuthenticate) {
        const wanted = parseChallenges(wwwAuthenticate)
            .filter((c) => c.scheme === 'bearer')
            .flatMap((c) => (c.params.scope ? c.params.scope.split(' ') : []));
        // Some registries only read the first scope, so the asked-for ones go first (as ggcr does).
        const merged = mergeScopes(wanted, this.scopes);
        this.scopes.splice(0, this.scopes.length, ...merged);
        this.token = undefined;
        await this.refresh();
    }
    refresh() {
        this.refreshing ??= this.fetchToken().finally(() => (this.refreshing = undefined));
        return this.refreshing;
    }
    async fetchToken() {
        const challenge = this.pinged.challenge;
        const realm = challenge?.params.realm;
        if (!realm) {
            throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `${this.registry} sent a Bearer challenge without a realm`, {
                where: this.registry,
            });
        }
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `${this.registry} sent an invalid token realm "${realm}"`, {
                where: this.registry,
            });
        }
        const service = challenge.params.service;
        let res = this.identityToken ? await this.postOauth(url, service) : undefined;
        if (!res || res.status === 404) {
            // Not every token server speaks OAuth2; the GET form works everywhere.
            await res?.dump();
            res = await this.getToken(url, service);
        }
        const body = await res.text();
        if (res.status !== 200) {
            throw (0,registry_errors/* registryError */.eo)({
                registry: this.registry,
                method: this.identityToken ? 'POST' : 'GET',
                url,
                status: res.status,
                body,
                action: 'getting a registry token',
            });
        }
        let parsed;
        try {
            parsed = JSON.parse(body);
        }
        catch {
            throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `the token endpoint ${(0,registry_errors/* displayUrl */.Qy)(url)} did not answer JSON`, {
                where: this.registry,
            });
        }
        const value = typeof parsed.token === 'string' && parsed.token ? parsed.token : parsed.access_token;
        if (typeof value !== 'string' || !value) {
            throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `the token endpoint ${(0,registry_errors/* displayUrl */.Qy)(url)} returned no token`, {
                where: this.registry,
            });
        }
        (0,secrets/* addSecret */.Ck)(value);
        if (typeof parsed.refresh_token === 'string' && parsed.refresh_token) {
            (0,secrets/* addSecret */.Ck)(parsed.refresh_token);
            this.identityToken = parsed.refresh_token;
        }
        const seconds = typeof parsed.expires_in === 'number' && parsed.expires_in > 0
            ? parsed.expires_in
            : defaultExpirySeconds;
        this.token = { value, expiresAt: Date.now() + seconds * 1000 };
    }
    getToken(realm, service) {
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        for (const s of this.scopes)
            url.searchParams.append('scope', s);
        const basic = this.basicHeader;
        return this.transport.request({
            method: 'GET',
            url,
            // Credentials go to the realm's origin only, never to where it might redirect.
            authorize: (u) => (u.origin === realm.origin ? basic : undefined),
        });
    }
    postOauth(realm, service) {
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: this.identityToken ?? '',
            client_id: oauthClientId,
            scope: this.scopes.join(' '),
        });
        if (service)
            form.set('service', service);
        return this.transport.request({
            method: 'POST',
            url: realm,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: form.toString(),
            retry: true,
        });
    }
    /** For debug output. */
    describe() {
        const how = this.pinged.challenge?.scheme ?? 'none';
        return (0,secrets/* redact */.E$)(`${this.registry} via ${this.pinged.base.protocol}// auth=${how} creds=${this.creds?.source ?? 'anonymous'}`);
    }
}
/**
 * Union of token scopes, one entry per resource with the actions merged, in first-seen order:
 * `repository:a:pull` + `repository:a:push,pull` → `repository:a:pull,push`.
 */
function mergeScopes(first, second) {
    const order = [];
    const actions = new Map();
    for (const scope of [...first, ...second]) {
        const colon = scope.lastIndexOf(':');
        // `repository:host:5000/x:pull` has colons in the name: the actions follow the last one.
        const resource = colon > 0 ? scope.slice(0, colon) : scope;
        const acts = colon > 0
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
        for (const a of acts)
            if (!have.includes(a))
                have.push(a);
    }
    return order.map((r) => {
        const acts = actions.get(r) ?? [];
        return acts.length ? `${r}:${acts.join(',')}` : r;
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/util/read-all.ts
var read_all = __webpack_require__(3868);
;// CONCATENATED MODULE: ./src/registry/transport.ts
// HTTP for one registry: keep-alive node:http/https agents (custom CA or unverified TLS when
// asked), timeouts, retries with capped jittered backoff, and redirects followed by hand so the
// Authorization header never leaves the origin it was meant for.
//
// node:http rather than undici: it is already in Node's start-up snapshot, where loading undici
// costs ~50 ms of every run, a fifth of a small build.









const retryStatuses = new Set([408, 429, 499, 500, 502, 503, 504, 522]);
const retryCodes = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EAI_AGAIN',
    'ECONNREFUSED',
]);
const tlsCodes = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_SSL_WRONG_VERSION_NUMBER',
]);
const maxRedirects = 10;
const maxRetryAfterMs = 60_000;
class Transport {
    opts;
    httpAgent;
    httpsAgent;
    timeouts;
    attempts;
    baseDelayMs;
    maxDelayMs;
    constructor(opts) {
        this.opts = opts;
        this.httpAgent = new external_node_http_.Agent({ keepAlive: true });
        this.httpsAgent = new external_node_https_.Agent({
            keepAlive: true,
            ...(opts.insecure ? { rejectUnauthorized: false } : {}),
            ...(opts.ca ? { ca: trustedCAs(opts.ca) } : {}),
        });
        this.timeouts = {
            connectMs: opts.connectTimeoutMs ?? 30_000,
            headersMs: opts.headersTimeoutMs ?? 300_000,
            bodyMs: opts.bodyTimeoutMs ?? 300_000,
        };
        this.attempts = Math.max(1, opts.retry?.attempts ?? 3);
        this.baseDelayMs = opts.retry?.baseDelayMs ?? 200;
        this.maxDelayMs = opts.retry?.maxDelayMs ?? 5_000;
    }
    async request(req) {
        const retry = req.retry ?? (req.method === 'GET' || req.method === 'HEAD');
        for (let attempt = 1;; attempt++) {
            const last = !retry || attempt >= this.attempts;
            let res;
            try {
                res = await this.follow(req);
            }
            catch (e) {
                const code = errorCode(e);
                if (last || !retryCodes.has(code))
                    throw this.networkError(req, e);
                await this.wait(attempt, undefined, `${req.method} ${(0,registry_errors/* displayUrl */.Qy)(req.url)}: ${code}`);
                continue;
            }
            if (last || !retryStatuses.has(res.status))
                return res;
            const retryAfter = res.header('retry-after');
            await res.dump();
            await this.wait(attempt, retryAfter, `${req.method} ${(0,registry_errors/* displayUrl */.Qy)(req.url)}: ${res.status}`);
        }
    }
    close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
        return Promise.resolve();
    }
    /** One attempt, following redirects; Authorization is recomputed for every hop's origin. */
    async follow(req) {
        let url = new URL(req.url);
        let method = req.method;
        let body = req.body;
        for (let hop = 0;; hop++) {
            const headers = {
                'user-agent': this.opts.userAgent ?? 'ko-action',
                ...req.headers,
            };
            const auth = req.authorize?.(url);
            if (auth)
                headers.authorization = auth;
            if (body === undefined)
                delete headers['content-length'];
            const res = await this.send(url, method, headers, body);
            const location = res.headers.location;
            if (!isRedirect(res.statusCode ?? 0) || typeof location !== 'string')
                return wrap(res, url);
            await drain(res);
            if (hop >= maxRedirects) {
                throw new errors/* KoActionError */.jV('REGISTRY', `too many redirects from ${(0,registry_errors/* displayUrl */.Qy)(req.url)}`, {
                    where: this.opts.registry,
                });
            }
            const next = new URL(location, url);
            if (url.protocol === 'https:' && next.protocol === 'http:' && !this.opts.insecure) {
                throw new errors/* KoActionError */.jV('REGISTRY', `${(0,registry_errors/* displayUrl */.Qy)(url)} redirected to plain HTTP (${(0,registry_errors/* displayUrl */.Qy)(next)})`, {
                    where: this.opts.registry,
                    hint: 'set insecure-registry: true only if this is expected',
                });
            }
            // 303 (and 301/302 after POST, as browsers do) turn into a GET without a body.
            if (res.statusCode === 303 ||
                ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
            }
            this.opts.log?.((0,secrets/* redact */.E$)(`redirect ${(0,registry_errors/* displayUrl */.Qy)(url)} -> ${(0,registry_errors/* displayUrl */.Qy)(next)}`));
            url = next;
        }
    }
    /** One request; a kept-alive connection that the server closed just as we reused it is retried. */
    async send(url, method, headers, body) {
        try {
            return await this.sendOnce(url, method, headers, body);
        }
        catch (e) {
            if (!(e instanceof StaleConnectionError))
                throw e;
            return this.sendOnce(url, method, headers, body);
        }
    }
    async sendOnce(url, method, headers, body) {
        const payload = typeof body === 'function' ? await body() : body;
        const whole = typeof payload === 'string' || payload instanceof Uint8Array;
        if (whole && headers['content-length'] === undefined)
            headers['content-length'] = String(Buffer.byteLength(payload));
        const isHttps = url.protocol === 'https:';
        const { connectMs, headersMs, bodyMs } = this.timeouts;
        return new Promise((resolve, reject) => {
            const req = (isHttps ? external_node_https_ : external_node_http_).request(url, {
                method,
                headers,
                agent: isHttps ? this.httpsAgent : this.httpAgent,
            });
            let response;
            const fail = (e) => {
                response?.destroy(e);
                req.destroy(e);
            };
            // The socket's idle timer: no response headers in time, then no body bytes in time.
            req.setTimeout(headersMs);
            req.on('timeout', () => fail(response ? timeoutError('body', bodyMs) : timeoutError('headers', headersMs)));
            req.once('socket', (socket) => {
                if (!socket.connecting)
                    return;
                const timer = setTimeout(() => fail(timeoutError('connect', connectMs)), connectMs);
                socket.once('connect', () => clearTimeout(timer));
                socket.once('close', () => clearTimeout(timer));
            });
            req.on('error', (e) => {
                if (response)
                    return; // the response stream reports it
                if (payload && !whole)
                    payload.destroy();
                // Node's advice for keep-alive: a reset on a reused socket is safe to send again.
                reject(req.reusedSocket && e.code === 'ECONNRESET' ? new StaleConnectionError(e) : e);
            });
            req.once('response', (res) => {
                response = res;
                req.setTimeout(bodyMs);
                resolve(res);
            });
            if (payload === undefined)
                req.end();
            else if (whole)
                req.end(payload);
            else
                (0,external_node_stream_.pipeline)(payload, req, () => undefined); // errors surface on req
        });
    }
    async wait(attempt, retryAfter, why) {
        let ms = Math.min(this.maxDelayMs, this.baseDelayMs * 3 ** (attempt - 1));
        ms *= 0.8 + Math.random() * 0.4;
        const after = parseRetryAfter(retryAfter);
        if (after !== undefined) {
            ms = Math.min(this.opts.retry?.maxRetryAfterMs ?? maxRetryAfterMs, Math.max(ms, after));
        }
        this.opts.log?.((0,secrets/* redact */.E$)(`retrying after ${Math.round(ms)} ms (${why})`));
        await new Promise((r) => setTimeout(r, ms));
    }
    networkError(req, e) {
        if (e instanceof errors/* KoActionError */.jV)
            return e;
        const code = errorCode(e);
        const msg = e instanceof Error ? e.message : String(e);
        const tls = tlsCodes.has(code) || /certificate|SSL|TLS/i.test(msg);
        return new errors/* KoActionError */.jV('REGISTRY', (0,secrets/* redact */.E$)(`${req.method} ${(0,registry_errors/* displayUrl */.Qy)(req.url)} failed: ${code ? `${code} ` : ''}${msg}`), {
            where: this.opts.registry,
            cause: e,
            hint: tls
                ? `trust the registry's CA (NODE_EXTRA_CA_CERTS=<ca.pem>) or set insecure-registry: true for ${this.opts.registry}`
                : `check that ${this.opts.registry} is reachable from this runner`,
        });
    }
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
function parseRetryAfter(value) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
function errorCode(e) {
    let cur = e;
    // Wrapped errors keep the socket's error in `cause`.
    for (let i = 0; i < 5 && typeof cur === 'object' && cur !== null; i++) {
        if (cur instanceof errors/* KoActionError */.jV) {
            cur = cur.cause; // its `code` is ours (REGISTRY), not the socket's
            continue;
        }
        const code = cur.code;
        if (typeof code === 'string')
            return code;
        cur = cur.cause;
    }
    return '';
}
function isRedirect(status) {
    return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
function trustedCAs(extra) {
    // Passing `ca` replaces Node's defaults, so keep the bundled roots and NODE_EXTRA_CA_CERTS.
    const cas = [...external_node_tls_.rootCertificates, extra.toString()];
    const extraFile = process.env.NODE_EXTRA_CA_CERTS;
    if (extraFile) {
        try {
            cas.push((0,external_node_fs_.readFileSync)(extraFile, 'utf8'));
        }
        catch {
            // Node itself only warns about an unreadable NODE_EXTRA_CA_CERTS.
        }
    }
    return cas;
}
function wrap(res, url) {
    const all = (name) => res.headersDistinct[name.toLowerCase()] ?? [];
    return {
        status: res.statusCode ?? 0,
        url,
        body: res,
        header: (name) => all(name)[0],
        headerAll: all,
        text: async () => (await (0,read_all/* readAll */.y)(res)).toString('utf8'),
        bytes: () => (0,read_all/* readAll */.y)(res),
        dump: () => drain(res),
    };
}
/** Reads a body to its end (or failure) so its connection can serve the next request. */
function drain(res) {
    if (res.readableEnded || res.destroyed)
        return Promise.resolve();
    return new Promise((resolve) => {
        res.once('end', resolve);
        res.once('close', resolve);
        res.once('error', () => resolve());
        res.resume();
    });
}
function timeoutError(phase, ms) {
    const what = {
        connect: 'no connection',
        headers: 'no response',
        body: 'the response body stalled',
    }[phase];
    return Object.assign(new Error(`${what} within ${ms} ms`), { code: 'ETIMEDOUT' });
}
/** A reset on a kept-alive connection before any response: the request never reached the server. */
class StaleConnectionError extends Error {
    code = 'ECONNRESET';
    constructor(cause) {
        super(cause.message, { cause });
    }
}

;// CONCATENATED MODULE: ./src/registry/listing.ts
// Paginated listings: tags (`/tags/list`) and OCI 1.1 referrers, following
// `Link: <…>; rel="next"` until the registry stops sending one.



async function listTags(client, repo, pageSize) {
    await client.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'pull')]);
    const tags = [];
    const first = `/v2/${repo}/tags/list?n=${pageSize}`;
    for await (const page of pages(client, first, 'listing tags')) {
        const list = page.tags;
        if (Array.isArray(list))
            tags.push(...list.filter((t) => typeof t === 'string'));
    }
    return tags;
}
async function listReferrers(client, repo, digest, artifactType) {
    await client.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'pull')]);
    const q = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    const index = { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.OciIndex, manifests: [] };
    const first = `/v2/${repo}/referrers/${digest}${q}`;
    for await (const page of pages(client, first, 'listing referrers', media_types/* MediaType */.zu.OciIndex)) {
        const list = page.manifests;
        if (Array.isArray(list))
            index.manifests.push(...list);
    }
    return index;
}
/** JSON pages; a 404 on any page ends the listing (a missing repository, or no referrers API). */
async function* pages(client, first, action, accept) {
    let next = first;
    for (let n = 0; next && n < 10_000; n++) {
        const res = await client.send({
            method: 'GET',
            url: next,
            ...(accept ? { headers: { accept } } : {}),
        });
        if (res.status === 404) {
            await res.dump();
            return;
        }
        await client.expect(res, [200], 'GET', `${action} on ${client.registry}`);
        const body = await res.text();
        let parsed;
        try {
            parsed = JSON.parse(body);
        }
        catch {
            throw new errors/* KoActionError */.jV('REGISTRY', `${action}: ${client.registry} did not answer JSON`, {
                where: client.registry,
            });
        }
        yield parsed;
        next = nextLink(res.headerAll('link'), res.url);
    }
}
/** The `rel="next"` target of Link headers, resolved against the request URL. */
function nextLink(links, base) {
    for (const header of links) {
        for (const part of header.split(/,(?=\s*<)/)) {
            const m = /^\s*<([^>]*)>(.*)$/.exec(part);
            if (m?.[1] !== undefined && /;\s*rel="?next"?/i.test(m[2] ?? ''))
                return new URL(m[1], base);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/upload.ts





const octetStream = 'application/octet-stream';
const defaultChunkSize = 8 * 1024 * 1024;
// A stalled request (timeout) is as temporary as a reset one: a retry starts a new session.
const temporaryNetworkCodes = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT']);
async function uploadBlob(client, repo, blob, location) {
    await client.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'push,pull')]);
    let session = location;
    await retryOperation(client.operationDelaysMs, async () => {
        // A session is single-use: a retry starts a new one.
        const given = session;
        session = undefined;
        if (given) {
            try {
                await putBlob(client, given, blob);
                return;
            }
            catch (e) {
                // A session opened ahead of time may have expired: start a new one straight away.
                if (!(e instanceof registry_errors/* RegistryError */.gl && e.status === 404))
                    throw e;
            }
        }
        const loc = await startUpload(client, repo);
        if (loc === 'mounted')
            return;
        await putBlob(client, loc, blob);
    });
}
/** Opens an upload session ahead of the blob it will carry (see uploadBlob's `location`). */
async function openUpload(client, repo) {
    await client.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'push,pull')]);
    const started = await startUpload(client, repo);
    if (started === 'mounted')
        throw new errors/* KoActionError */.jV('REGISTRY', 'registry mounted a blob it was not asked to mount');
    return started;
}
/**
 * Cancels an unused upload session, best effort: registries expire them anyway. A token
 * registry wants a `delete` scope for it, which is not worth asking for (a token server may
 * refuse the whole token over it), so there the session is left to expire.
 */
async function cancelUpload(client, location) {
    const res = await client.send({ method: 'DELETE', url: location, retry: false, rescope: false });
    await res.dump();
}
async function mountBlob(client, repo, blob, fromRepo) {
    await client.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'push,pull'), (0,reference/* repositoryScope */.F7)(fromRepo, 'pull')]);
    let started;
    try {
        started = await startUpload(client, repo, { mount: blob.digest, from: fromRepo });
    }
    catch {
        // A failed mount is retried once as a plain upload (ggcr does the same).
        started = undefined;
    }
    if (started === 'mounted')
        return 'mounted';
    await uploadBlob(client, repo, blob, started);
    return 'uploaded';
}
async function uploadStream(client, repo, stream, chunkSize = defaultChunkSize) {
    let location = await openUpload(client, repo);
    const counter = new oci_digest/* DigestCounter */.VR();
    let pending = [];
    let pendingSize = 0;
    const flush = async () => {
        if (pendingSize === 0)
            return;
        const chunk = Buffer.concat(pending, pendingSize);
        const start = counter.size - pendingSize;
        pending = [];
        pendingSize = 0;
        const res = await client.send({
            method: 'PATCH',
            url: location,
            headers: {
                'content-type': octetStream,
                'content-length': String(chunk.length),
                'content-range': `${start}-${start + chunk.length - 1}`,
            },
            body: chunk,
            retry: false,
        });
        await client.expect(res, [202, 204], 'PATCH', `uploading a chunk to ${repo}`);
        await res.dump();
        location = nextLocation(res.header('location'), res.url, location);
    };
    for await (const data of stream) {
        const chunk = Buffer.isBuffer(data) ? data : Buffer.from(data);
        counter.update(chunk);
        pending.push(chunk);
        pendingSize += chunk.length;
        if (pendingSize >= chunkSize)
            await flush();
    }
    await flush();
    const digest = counter.digest();
    const res = await client.send({
        method: 'PUT',
        url: withDigest(location, digest),
        headers: { 'content-type': octetStream, 'content-length': '0' },
        retry: false,
    });
    await client.expect(res, [201], 'PUT', `committing blob ${digest} to ${repo}`);
    await res.dump();
    return { digest, size: counter.size };
}
/** POST a session (or a mount). */
async function startUpload(client, repo, mount) {
    const query = mount
        ? `?${new URLSearchParams({ from: mount.from, mount: mount.mount }).toString()}`
        : '';
    const res = await client.send({
        method: 'POST',
        url: `/v2/${repo}/blobs/uploads/${query}`,
        headers: { 'content-type': 'application/json', 'content-length': '0' },
        retry: false,
    });
    if (res.status === 201 && mount) {
        await res.dump();
        return 'mounted';
    }
    await client.expect(res, [202], 'POST', `starting an upload to ${repo}`);
    await res.dump();
    const location = res.header('location');
    if (!location) {
        throw new errors/* KoActionError */.jV('REGISTRY', `${client.registry} started an upload without a Location`, {
            where: client.registry,
        });
    }
    return new URL(location, res.url);
}
async function putBlob(client, location, blob) {
    const res = await client.send({
        method: 'PUT',
        url: withDigest(location, blob.digest),
        // application/octet-stream: with a form type the registry parses the body and rejects it.
        headers: { 'content-type': octetStream, 'content-length': String(blob.size) },
        body: () => blob.open(),
        retry: false,
    });
    await client.expect(res, [201], 'PUT', `uploading blob ${blob.digest}`);
    await res.dump();
}
function withDigest(location, digest) {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    return url;
}
function nextLocation(header, base, current) {
    return header ? new URL(header, base) : current;
}
function isTemporary(e) {
    if (e instanceof registry_errors/* RegistryError */.gl)
        return e.temporary;
    return temporaryNetworkCodes.has(errorCode(e));
}
async function retryOperation(delaysMs, op) {
    for (let attempt = 0;; attempt++) {
        try {
            await op();
            return;
        }
        catch (e) {
            const delay = delaysMs[attempt];
            if (delay === undefined || !isTemporary(e))
                throw e;
            await new Promise((r) => setTimeout(r, delay * (0.9 + Math.random() * 0.2)));
        }
    }
}

;// CONCATENATED MODULE: ./src/registry/verify.ts
// A pass-through that hashes what flows and fails at the end if the bytes are not the ones the
// digest names (ggcr's verify.ReadCloser). Consumers must treat a stream error as "no data".



function verifiedStream(source, digest, size, where) {
    const counter = new oci_digest/* DigestCounter */.VR();
    const check = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            counter.update(chunk);
            if (size !== undefined && counter.size > size) {
                done(mismatch(where, digest, `more than the expected ${size} bytes`));
                return;
            }
            done(null, chunk);
        },
        flush(done) {
            if (size !== undefined && counter.size !== size) {
                done(mismatch(where, digest, `${counter.size} bytes instead of ${size}`));
                return;
            }
            const got = counter.digest();
            done(got === digest ? null : mismatch(where, digest, `content hashes to ${got}`));
        },
    });
    // A broken download is an error too, and one a user can read (not a bare "aborted").
    source.on('error', (e) => check.destroy(e instanceof errors/* KoActionError */.jV ? e : broken(where, digest, e)));
    check.on('close', () => {
        if (!source.destroyed)
            source.destroy();
    });
    source.pipe(check);
    return check;
}
function mismatch(where, digest, why) {
    return new errors/* KoActionError */.jV('DIGEST_MISMATCH', `blob ${digest} from ${where} does not match its digest: ${why}`, {
        where,
        hint: 'the registry or a proxy returned corrupted data; retry, and check any caching proxy',
    });
}
function broken(where, digest, cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    return new errors/* KoActionError */.jV('REGISTRY', `download of blob ${digest} from ${where} broke off: ${why}`, {
        where,
        cause,
        hint: 'the connection to the registry was lost; retry the job',
    });
}

;// CONCATENATED MODULE: ./src/registry/client.ts











class RegistryClient {
    registry;
    limit;
    transport;
    /** Waits between whole-operation retries (an upload restarted from a new session). */
    operationDelaysMs;
    session;
    constructor(registry, opts = {}) {
        this.registry = registry;
        this.transport = new Transport({
            registry,
            ...(opts.insecure ? { insecure: true } : {}),
            ...(opts.ca ? { ca: opts.ca } : {}),
            ...(opts.retry ? { retry: opts.retry } : {}),
            ...(opts.timeouts?.connectMs ? { connectTimeoutMs: opts.timeouts.connectMs } : {}),
            ...(opts.timeouts?.headersMs ? { headersTimeoutMs: opts.timeouts.headersMs } : {}),
            ...(opts.timeouts?.bodyMs ? { bodyTimeoutMs: opts.timeouts.bodyMs } : {}),
            ...(opts.userAgent ? { userAgent: opts.userAgent } : {}),
            ...(opts.log ? { log: opts.log } : {}),
        });
        this.limit = (0,limit/* limit */.A)(opts.jobs ?? 4);
        // ggcr's ~1 s then ~3 s at the default 200 ms base delay.
        const base = opts.retry?.baseDelayMs ?? 200;
        this.operationDelaysMs = [base * 5, base * 15];
        const start = async () => {
            const pinged = await ping(this.transport, registry, opts.insecure ?? false);
            const auth = new Authenticator(this.transport, registry, pinged, opts.credentials);
            opts.log?.(auth.describe());
            return auth;
        };
        // One ping per client; a failed one is not remembered, so the next call pings again.
        let pending;
        this.session = () => {
            pending ??= start().catch((e) => {
                pending = undefined;
                throw e;
            });
            return pending;
        };
    }
    /** Ask for token scopes up front (push scopes, mount sources) so one token covers a push. */
    async addScopes(scopes) {
        (await this.session()).addScopes(scopes);
    }
    /** Send with auth; a 401 that more scope or a fresh token can fix is retried once. */
    async send(req) {
        const auth = await this.session();
        const url = typeof req.url === 'string' && req.url.startsWith('/')
            ? new URL(req.url, auth.base)
            : new URL(req.url);
        await auth.ready();
        const { rescope = true, ...request } = req;
        const res = await this.transport.request({ ...request, url, authorize: auth.authorize });
        if (res.status !== 401 || !auth.bearer || !rescope)
            return res;
        const challenges = res.headerAll('www-authenticate');
        await res.dump();
        await auth.handleUnauthorized(challenges);
        return this.transport.request({ ...request, url, authorize: auth.authorize });
    }
    /** Throw the registry's error unless the status is one of `ok`. */
    async expect(res, ok, method, action) {
        if (ok.includes(res.status))
            return;
        const body = method === 'HEAD' ? undefined : await res.text().catch(() => undefined);
        if (method === 'HEAD')
            await res.dump();
        throw (0,registry_errors/* registryError */.eo)({
            registry: this.registry,
            method,
            url: res.url,
            status: res.status,
            body,
            ...(action ? { action } : {}),
        });
    }
    async blobExists(repo, digest) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'pull')]);
        const res = await this.send({ method: 'HEAD', url: `/v2/${repo}/blobs/${digest}` });
        if (res.status === 404) {
            await res.dump();
            return false;
        }
        await this.expect(res, [200], 'HEAD', `checking blob ${digest}`);
        await res.dump();
        return true;
    }
    /** Stream a blob; the stream errors if its bytes do not hash to `digest`. */
    async openBlob(repo, digest, size) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'pull')]);
        const res = await this.send({ method: 'GET', url: `/v2/${repo}/blobs/${digest}` });
        await this.expect(res, [200], 'GET', `fetching blob ${digest} from ${repo}`);
        return verifiedStream(res.body, digest, size, `${this.registry}/${repo}`);
    }
    /** A whole blob in memory, verified. */
    async fetchBlob(repo, digest, size) {
        const chunks = [];
        for await (const chunk of await this.openBlob(repo, digest, size))
            chunks.push(chunk);
        return Buffer.concat(chunks);
    }
    /**
     * POST then one PUT with the whole blob (retried as a whole on temporary errors); into
     * `session` (from openUpload) when given.
     */
    uploadBlob(repo, blob, session) {
        return uploadBlob(this, repo, blob, session);
    }
    /** An upload session for a blob not known yet. */
    openUpload(repo) {
        return openUpload(this, repo);
    }
    /** Gives back an upload session that was not used. */
    cancelUpload(session) {
        return cancelUpload(this, session);
    }
    /** Chunked PATCH upload of a stream whose digest is learnt on the way. */
    uploadStream(repo, stream, chunkSize) {
        return uploadStream(this, repo, stream, chunkSize);
    }
    /** Cross-repository mount; if the registry declines (202), the blob is uploaded instead. */
    mountBlob(repo, blob, fromRepo) {
        return mountBlob(this, repo, blob, fromRepo);
    }
    async getManifest(ref) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(ref.repository, 'pull')]);
        const res = await this.send({
            method: 'GET',
            url: `/v2/${ref.repository}/manifests/${ref.identifier}`,
            headers: { accept: media_types/* manifestAccept */.K.join(', ') },
        });
        await this.expect(res, [200], 'GET', `fetching manifest ${ref.name}`);
        const bytes = await res.bytes();
        const digest = (0,oci_digest/* sha256 */.sc)(bytes);
        if (ref.digest && digest !== ref.digest) {
            throw new errors/* KoActionError */.jV('DIGEST_MISMATCH', `manifest ${ref.name} has digest ${digest}, not the one asked for`, {
                where: this.registry,
                hint: 'the registry or a proxy altered the manifest; do not trust this registry path',
            });
        }
        // By tag there is nothing asked for to compare with, but the registry names what it sent.
        const named = res.header('docker-content-digest');
        if (!ref.digest && named && /^sha256:[0-9a-f]{64}$/.test(named) && named !== digest) {
            throw new errors/* KoActionError */.jV('DIGEST_MISMATCH', `manifest ${ref.name} has digest ${digest}, but the registry sent it as ${named}`, {
                where: this.registry,
                hint: 'the manifest was corrupted or cut short on the way; retry, and check any caching proxy',
            });
        }
        return { bytes, digest, mediaType: manifestMediaType(res.header('content-type'), bytes) };
    }
    /** HEAD a manifest: undefined when the registry has no such tag or digest (404). */
    async headManifest(ref) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(ref.repository, 'pull')]);
        const res = await this.send({
            method: 'HEAD',
            url: `/v2/${ref.repository}/manifests/${ref.identifier}`,
            headers: { accept: media_types/* manifestAccept */.K.join(', ') },
        });
        if (res.status === 404) {
            await res.dump();
            return undefined;
        }
        await this.expect(res, [200], 'HEAD', `checking manifest ${ref.name}`);
        await res.dump();
        const digest = res.header('docker-content-digest');
        const mediaType = res.header('content-type');
        const size = Number(res.header('content-length'));
        if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest) || !mediaType) {
            // Some registries omit the digest on HEAD: fall back to fetching the bytes.
            const got = await this.getManifest(ref);
            return { digest: got.digest, mediaType: got.mediaType, size: got.bytes.length };
        }
        return { digest: digest, mediaType: stripParams(mediaType), size };
    }
    /** PUT manifest bytes under a tag or digest; returns their digest. */
    async putManifest(repo, tagOrDigest, bytes, mediaType) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'push,pull')]);
        const res = await this.send({
            method: 'PUT',
            url: `/v2/${repo}/manifests/${tagOrDigest}`,
            headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
            body: bytes,
            retry: true,
        });
        await this.expect(res, [200, 201, 202], 'PUT', `pushing manifest ${this.registry}/${repo}:${tagOrDigest}`);
        await res.dump();
        return (0,oci_digest/* sha256 */.sc)(bytes);
    }
    /** Every tag, following `Link: <…>; rel="next"` pages. A missing repository has none. */
    listTags(repo, pageSize = 1000) {
        return listTags(this, repo, pageSize);
    }
    /** OCI 1.1 referrers of a digest; a registry without the API (404) has none. */
    listReferrers(repo, digest, artifactType) {
        return listReferrers(this, repo, digest, artifactType);
    }
    async close() {
        await this.transport.close();
    }
}
function stripParams(contentType) {
    return (contentType.split(';')[0] ?? contentType).trim();
}
/** Content-Type, unless it is generic; then the manifest's own mediaType field. */
function manifestMediaType(contentType, bytes) {
    const ct = contentType ? stripParams(contentType) : '';
    if (ct && ct !== 'application/json' && ct !== 'text/plain' && ct !== 'application/octet-stream')
        return ct;
    try {
        const mt = JSON.parse(bytes.toString('utf8')).mediaType;
        if (typeof mt === 'string')
            return mt;
    }
    catch {
        // fall through
    }
    return ct || media_types/* MediaType */.zu.OciManifest;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/registry/credential-helper.ts
// Docker credential helpers: `docker-credential-<name> get`, the server URL on stdin,
// `{"ServerURL","Username","Secret"}` on stdout. "credentials not found" means anonymous.



const notFound = /credentials not found/i;
const timeoutMs = 60_000;
/** Run a helper; undefined when it has nothing for this server. */
async function runCredentialHelper(name, serverUrl, env) {
    const program = `docker-credential-${name}`;
    const { code, stdout, stderr, error } = await run(program, serverUrl, env);
    if (error) {
        const missing = error.code === 'ENOENT';
        throw new errors/* KoActionError */.jV('REGISTRY_AUTH', missing
            ? `credential helper ${program} is not on PATH`
            : `credential helper ${program} failed: ${error.message}`, { hint: 'install the helper, or remove it from credHelpers/credsStore in the Docker config' });
    }
    if (code !== 0) {
        if (notFound.test(stdout) || notFound.test(stderr))
            return undefined;
        // The output might hold a secret: show only a redacted first line of stderr.
        const why = (0,secrets/* redact */.E$)(stderr.trim().split('\n')[0] ?? '') || `exit code ${code}`;
        throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `credential helper ${program} failed for ${serverUrl}: ${why}`, {
            hint: 'run `echo <server> | ' + program + ' get` to check it',
        });
    }
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `credential helper ${program} printed something that is not JSON`);
    }
    const { Username, Secret } = (parsed ?? {});
    if (typeof Secret !== 'string' || Secret === '')
        return undefined;
    (0,secrets/* addSecret */.Ck)(Secret);
    return { username: typeof Username === 'string' ? Username : '', secret: Secret };
}
function run(program, input, env) {
    return new Promise((resolve) => {
        // PATH comes from the given env, so tests can put a helper on it without touching process.env.
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        // Our own timer: spawn's `timeout` leaves one behind when the program does not exist.
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        timer.unref();
        const finish = (r) => {
            clearTimeout(timer);
            resolve({ ...r, stdout, stderr });
        };
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.on('error', (error) => finish({ code: null, error }));
        child.on('close', (code) => finish({ code }));
        child.stdin.on('error', () => undefined);
        child.stdin.end(input);
    });
}

;// CONCATENATED MODULE: ./src/registry/credentials.ts
// Who we are to a registry, looked up the way ko does (ggcr authn.DefaultKeychain, then the
// GitHub keychain): explicit inputs, Docker config (credHelpers → credsStore → auths),
// podman's auth.json, then the workflow token for ghcr.io. Every secret found is registered
// with addSecret() before anything else sees it. The environment is a parameter: no globals.







/** Find credentials for a repository; undefined means anonymous. */
async function resolveCredentials(target, opts) {
    const { env } = opts;
    const ex = opts.explicit;
    if (ex && ex.registry === target.registry && ex.username && ex.password) {
        (0,secrets/* addSecret */.Ck)(ex.password);
        return { username: ex.username, password: ex.password, source: 'username/password inputs' };
    }
    const keys = lookupKeys(target);
    for (const file of authFiles(env)) {
        const config = await readAuthFile(file);
        if (!config)
            continue;
        for (const key of keys) {
            const found = await lookupKey(config, key, file, env);
            if (found)
                return found;
        }
    }
    if (opts.githubToken && target.registry === 'ghcr.io') {
        (0,secrets/* addSecret */.Ck)(opts.githubToken);
        return {
            username: env.GITHUB_ACTOR || 'unset',
            password: opts.githubToken,
            source: 'github-token',
        };
    }
    return undefined;
}
/** The full repository first, then the registry (Docker Hub under its legacy URL key). */
function lookupKeys(target) {
    const host = target.registry === reference/* dockerHubRegistry */.F$ ? reference/* dockerHubAuthKey */.PZ : target.registry;
    return [`${target.registry}/${target.repository}`, host];
}
/** Docker's config first ($DOCKER_CONFIG, else ~/.docker), then podman's auth files. */
function authFiles(env) {
    const home = env.HOME || (0,external_node_os_.homedir)();
    const docker = env.DOCKER_CONFIG
        ? (0,external_node_path_.join)(env.DOCKER_CONFIG, 'config.json')
        : (0,external_node_path_.join)(home, '.docker', 'config.json');
    const files = [docker];
    if (env.REGISTRY_AUTH_FILE)
        files.push(env.REGISTRY_AUTH_FILE);
    if (env.XDG_RUNTIME_DIR)
        files.push((0,external_node_path_.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    files.push((0,external_node_path_.join)(env.XDG_CONFIG_HOME || (0,external_node_path_.join)(home, '.config'), 'containers', 'auth.json'));
    return [...new Set(files)];
}
async function readAuthFile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `cannot read ${file}: ${e.message}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        // Never echo the content: it holds credentials.
        throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `${file} is not valid JSON`, {
            hint: 'fix or remove the file (docker login rewrites it)',
        });
    }
    if (typeof parsed !== 'object' || parsed === null)
        return undefined;
    const file_ = parsed;
    // Register every secret in the file now, whichever entry ends up used.
    for (const entry of Object.values(file_.auths ?? {})) {
        (0,secrets/* addSecret */.Ck)(entry?.auth);
        (0,secrets/* addSecret */.Ck)(entry?.password);
        (0,secrets/* addSecret */.Ck)(entry?.identitytoken);
    }
    return file_;
}
/** One key, the way docker's config.GetAuthConfig does it: a helper, else the store, else auths. */
async function lookupKey(config, key, file, env) {
    const helper = config.credHelpers?.[key] || config.credsStore;
    if (helper) {
        const got = await runCredentialHelper(helper, key, env);
        if (!got)
            return undefined;
        const source = `docker-credential-${helper} (${file})`;
        // A `<token>` user means the secret is an identity (refresh) token.
        if (got.username === '<token>') {
            return { username: '', password: '', identityToken: got.secret, source };
        }
        return { username: got.username, password: got.secret, source };
    }
    const auths = config.auths ?? {};
    const entry = auths[key] ?? Object.entries(auths).find(([k]) => hostnameOf(k) === key)?.[1];
    return entry ? fromEntry(entry, `${file} auths`) : undefined;
}
function fromEntry(entry, source) {
    let { username = '', password = '' } = entry;
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `an "auth" entry in ${source} is not base64 user:password`);
        }
        username = decoded.slice(0, colon);
        password = decoded.slice(colon + 1);
        (0,secrets/* addSecret */.Ck)(password);
    }
    if (entry.identitytoken) {
        return { username, password, identityToken: entry.identitytoken, source };
    }
    if (!username && !password)
        return undefined;
    return { username, password, source };
}
/** docker's ConvertToHostname: drop a scheme and any path. */
function hostnameOf(key) {
    const noScheme = key.replace(/^https?:\/\//, '');
    return noScheme.split('/')[0] ?? noScheme;
}

;// CONCATENATED MODULE: ./src/registry/client-pool.ts
// One registry client per registry host for the whole run, with its credentials resolved once.


class ClientPool {
    opts;
    clients = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    /** The client for a repository's registry. Credentials are looked up for the first repo asked. */
    client(repo) {
        let c = this.clients.get(repo.registry);
        if (!c) {
            c = this.make(repo);
            this.clients.set(repo.registry, c);
        }
        return c;
    }
    async make(repo) {
        const o = this.opts;
        const isTarget = repo.registry === o.targetRegistry;
        const explicit = isTarget && o.username && o.password
            ? { explicit: { registry: repo.registry, username: o.username, password: o.password } }
            : {};
        const credentials = await resolveCredentials(repo, {
            env: o.env,
            ...explicit,
            ...(o.githubToken ? { githubToken: o.githubToken } : {}),
        });
        return new RegistryClient(repo.registry, {
            credentials,
            insecure: isTarget && o.insecure,
            jobs: o.jobs,
            ...(o.log ? { log: o.log } : {}),
        });
    }
    async close() {
        const all = await Promise.allSettled([...this.clients.values()]);
        const open = all.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
        await Promise.all(open.map((c) => c.close()));
    }
}

;// CONCATENATED MODULE: ./src/cli/run.ts
// The CLI twin's work once its arguments are read: config, plan, then build or resolve.







async function runCli(cmd, inputs, goSetup, takeBuild) {
    const log = (line) => void process.stderr.write(`${line}\n`);
    (0,engine_plan/* checkWorkingDirectory */.dQ)((0,external_node_path_.resolve)(inputs.workingDirectory));
    const koConfig = await (0,ko_yaml/* loadKoConfig */.$r)({
        configInput: inputs.config,
        env: process.env,
        workingDirectory: inputs.workingDirectory,
    });
    for (const w of koConfig.warnings)
        log(`warning: ${w}`);
    const plan = (0,engine_plan/* planBuild */.C7)(inputs, process.env, koConfig);
    const go = await goSetup;
    const clients = new ClientPool({
        env: process.env,
        targetRegistry: (0,engine_plan/* pushRegistry */.at)(plan),
        insecure: inputs.insecureRegistry,
        jobs: plan.uploadJobs,
    });
    // Like ko: KOCACHE is used only when set.
    const kocache = process.env.KOCACHE?.trim();
    const deps = {
        goPath: go.goPath,
        env: process.env,
        clients,
        timings: emptyTimings(),
        log,
        ...(kocache ? { kocache: (0,external_node_path_.resolve)(kocache) } : {}),
        ...(takeBuild ? { takeBuild } : {}),
    };
    try {
        if (cmd.command === 'resolve') {
            // Like `ko resolve`: the YAML to stdout, what was replaced to stderr.
            const { resolveFiles } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(917)]).then(__webpack_require__.bind(__webpack_require__, 5917));
            const resolved = await resolveFiles(inputs.resolve, plan, deps, readStdin);
            for (const [from, to] of resolved.replaced)
                log(`${from} -> ${to}`);
            process.stdout.write(resolved.yaml);
        }
        else {
            const images = await (0,engine/* runBuild */.c)(plan, deps);
            for (const img of images)
                process.stdout.write(`${img.ref}\n`);
        }
    }
    finally {
        await clients.close();
    }
    return 0;
}
/** All of stdin, for `-f -`. */
async function readStdin() {
    return (await (0,read_all/* readAll */.y)(process.stdin)).toString('utf8');
}


/***/ }),

/***/ 7297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/oci/layout-reader.ts
var layout_reader = __webpack_require__(8387);
// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/ko/naming.ts
var naming = __webpack_require__(6572);
// EXTERNAL MODULE: ./src/ko/daemon-repo.ts
var daemon_repo = __webpack_require__(9537);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(8825);
;// CONCATENATED MODULE: ./src/oci/tar.ts
// A streaming tar writer whose bytes match Go's archive/tar for the entries ko writes (directories
// and regular files, uid/gid 0, no uname/gname). Layer diffIDs depend on every header byte, so the
// USTAR/PAX choice, field formatting and PAX record layout follow Go's writer exactly (spec §1.2,
// §1.3). Output is coalesced into large chunks: the sink is a gzip stream where each write costs a
// thread-pool round trip, and kodata trees are many small headers and files.


const TypeReg = '0';
const TypeDir = '5';
const TypeXHeader = 'x';
const block = 512;
const nameSize = 100;
const prefixSize = 155;
const maxPaxSize = 1 << 20;
// time.Time{}.Unix(): Go treats the zero time as "unset" and writes 0.
const goZeroTimeUnix = -62135596800;
// Records Go derives from header fields itself; a caller may not set them (Go would ignore them).
const basicKeys = new Set(['path', 'linkpath', 'size', 'uid', 'gid', 'uname', 'gname', 'mtime']);
function blockPadding(size) {
    return (block - (size % block)) % block;
}
/** Two zero blocks end the archive; Go writes no further record padding. */
const tarTrailer = Buffer.alloc(2 * block);
/** The header block(s) for one entry: [PAX header + records +] the entry's own header. */
function encodeHeader(h) {
    const name = Buffer.from(h.name, 'utf8');
    const size = h.typeflag === TypeDir ? 0 : (h.size ?? 0);
    const mtime = h.mtime === undefined || h.mtime === goZeroTimeUnix ? 0 : h.mtime;
    if (name.includes(0))
        throw new Error(`tar: name contains NUL: ${JSON.stringify(h.name)}`);
    if (!Number.isSafeInteger(size) || size < 0)
        throw new Error(`tar: bad size ${size}`);
    if (!Number.isSafeInteger(mtime))
        throw new Error(`tar: bad mtime ${mtime}`);
    if (!fitsInOctal(8, h.mode))
        throw new Error(`tar: bad mode ${h.mode}`);
    // Go's Header.allowedFormats: USTAR if every field fits, else PAX with records for the rest.
    const pax = new Map();
    let ustar = true;
    if (!isAscii(name) || name.length > nameSize) {
        if (!splitUstarPath(name))
            ustar = false;
        pax.set('path', name);
    }
    if (!fitsInOctal(12, size)) {
        ustar = false;
        pax.set('size', Buffer.from(String(size)));
    }
    if (!fitsInOctal(12, mtime)) {
        ustar = false;
        pax.set('mtime', Buffer.from(String(mtime)));
    }
    for (const [key, value] of Object.entries(h.pax ?? {})) {
        if (basicKeys.has(key))
            throw new Error(`tar: PAX record ${key} is derived from the header`);
        if (key === '' || key.includes('=') || key.includes('\0')) {
            throw new Error(`tar: invalid PAX key ${JSON.stringify(key)}`);
        }
        pax.set(key, typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value));
        ustar = false;
    }
    if (ustar) {
        const split = splitUstarPath(name);
        return entryBlock(h, split ? split.suffix : name, size, mtime, split?.prefix);
    }
    const records = paxRecords(pax);
    if (records.length > maxPaxSize)
        throw new Error(`tar: PAX records for ${h.name} exceed 1 MiB`);
    const raw = rawPaxBlock(paxHeaderName(h.name), records.length);
    return Buffer.concat([
        raw,
        records,
        Buffer.alloc(blockPadding(records.length)),
        entryBlock(h, toAscii(name), size, mtime, undefined),
    ]);
}
/** Go's writeUSTARHeader/templateV7Plus; in PAX mode `nameBytes` is the ASCII-only best effort. */
function entryBlock(h, nameBytes, size, mtime, prefix) {
    const b = Buffer.alloc(block);
    b[156] = h.typeflag.charCodeAt(0);
    putString(b, 0, nameSize, nameBytes);
    putOctal(b, 100, 8, h.mode);
    putOctal(b, 108, 8, 0); // uid
    putOctal(b, 116, 8, 0); // gid
    putOctal(b, 124, 12, size);
    putOctal(b, 136, 12, mtime);
    putOctal(b, 329, 8, 0); // devmajor: Go writes it for every type
    putOctal(b, 337, 8, 0); // devminor
    if (prefix)
        putString(b, 345, prefixSize, prefix);
    return finishBlock(b);
}
/** Go's writeRawFile for the 'x' entry: only name, zeroed numbers, size and magic. */
function rawPaxBlock(name, size) {
    const b = Buffer.alloc(block);
    let n = toAscii(name).subarray(0, nameSize);
    let end = n.length;
    while (end > 0 && n[end - 1] === 0x2f)
        end--;
    n = n.subarray(0, end);
    b[156] = TypeXHeader.charCodeAt(0);
    putString(b, 0, nameSize, n);
    putOctal(b, 100, 8, 0);
    putOctal(b, 108, 8, 0);
    putOctal(b, 116, 8, 0);
    putOctal(b, 124, 12, size);
    putOctal(b, 136, 12, 0);
    return finishBlock(b);
}
/** Magic `ustar\0` `00`, then the checksum as 6 octal digits, NUL, space. */
function finishBlock(b) {
    b.write('ustar\x0000', 257, 'latin1');
    let sum = 8 * 0x20; // the checksum field counts as spaces
    for (let i = 0; i < block; i++)
        if (i < 148 || i >= 156)
            sum += b[i] ?? 0;
    putOctal(b, 148, 7, sum);
    b[155] = 0x20;
    return b;
}
/** `dir/PaxHeaders.0/base` as Go's path.Join(path.Split(name)) builds it. */
function paxHeaderName(name) {
    const slash = name.lastIndexOf('/');
    const joined = external_node_path_.posix.join(name.slice(0, slash + 1), 'PaxHeaders.0', name.slice(slash + 1));
    // Go's path.Clean drops a trailing slash; Node's keeps it.
    return Buffer.from(joined.length > 1 ? joined.replace(/\/+$/, '') : joined, 'utf8');
}
/** Records sorted by key bytes, each `<len> <key>=<value>\n` where len counts itself. */
function paxRecords(records) {
    const keys = [...records.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    return Buffer.concat(keys.map((key) => {
        const value = records.get(key) ?? Buffer.alloc(0);
        const body = Buffer.concat([Buffer.from(` ${key}=`), value, Buffer.from('\n')]);
        let size = body.length + String(body.length).length;
        if (String(size).length + body.length !== size)
            size = String(size).length + body.length;
        return Buffer.concat([Buffer.from(String(size)), body]);
    }));
}
/** Go's splitUSTARPath: split at a `/` so that prefix ≤ 155 and name ≤ 100 bytes. */
function splitUstarPath(name) {
    let length = name.length;
    if (length <= nameSize || !isAscii(name))
        return undefined;
    if (length > prefixSize + 1)
        length = prefixSize + 1;
    else if (name[length - 1] === 0x2f)
        length--;
    const i = name.subarray(0, length).lastIndexOf(0x2f);
    const nlen = name.length - i - 1;
    if (i <= 0 || nlen > nameSize || nlen === 0 || i > prefixSize)
        return undefined;
    return { prefix: name.subarray(0, i), suffix: name.subarray(i + 1) };
}
function isAscii(s) {
    for (const c of s)
        if (c >= 0x80 || c === 0)
            return false;
    return true;
}
/** Go's toASCII: drop every non-ASCII character (whole UTF-8 sequences) and NUL. */
function toAscii(s) {
    return isAscii(s) ? s : Buffer.from(s.filter((c) => c < 0x80 && c !== 0));
}
function fitsInOctal(width, x) {
    return Number.isSafeInteger(x) && x >= 0 && (width >= 22 || x < 8 ** (width - 1));
}
/** Go's formatter.formatOctal: zero-padded, NUL-terminated; 0 when it does not fit. */
function putOctal(b, offset, width, x) {
    const digits = (fitsInOctal(width, x) ? x : 0).toString(8).padStart(width - 1, '0');
    putString(b, offset, width, Buffer.from(digits, 'latin1'));
}
/** Go's formatter.formatString, including its trailing-slash fix for truncated names. */
function putString(b, offset, width, s) {
    s.copy(b, offset, 0, Math.min(width, s.length));
    if (s.length < width)
        b[offset + s.length] = 0;
    if (s.length > width && b[offset + width - 1] === 0x2f) {
        let n = width - 1;
        while (n > 0 && s[n - 1] === 0x2f)
            n--;
        b[offset + n] = 0;
    }
}
const defaultChunk = 1 << 20;
/**
 * Writes entries to a sink with backpressure. Small pieces are gathered into chunks of
 * `chunkSize`; file contents are read straight into those chunks (no extra copies).
 */
class TarWriter {
    sink;
    chunkSize;
    buf;
    pos = 0;
    written = 0;
    constructor(sink, chunkSize = defaultChunk) {
        this.sink = sink;
        this.chunkSize = chunkSize;
        this.buf = Buffer.allocUnsafe(chunkSize);
    }
    /** Bytes of tar produced so far (including any still buffered). */
    get length() {
        return this.written + this.pos;
    }
    /** An entry whose content (if any) is in memory. */
    async writeEntry(h, data = new Uint8Array(0)) {
        const size = h.typeflag === TypeDir ? 0 : (h.size ?? data.length);
        if (data.length !== size) {
            throw new Error(`tar: ${h.name}: ${data.length} bytes of content for size ${size}`);
        }
        await this.append(encodeHeader({ ...h, size }));
        await this.append(data);
        await this.append(zeros.subarray(0, blockPadding(size)));
    }
    /** A regular file whose `size` bytes are streamed from `path`; a size change is an error. */
    async writeFile(h, path) {
        const size = h.size ?? 0;
        await this.append(encodeHeader(h));
        const fh = await (0,promises_.open)(path, 'r');
        try {
            let position = 0;
            while (position < size) {
                if (this.pos === this.buf.length)
                    await this.flush();
                const want = Math.min(size - position, this.buf.length - this.pos);
                const { bytesRead } = await fh.read(this.buf, this.pos, want, position);
                if (bytesRead === 0)
                    throw new Error(`${path} shrank while being read (expected ${size} bytes)`);
                this.pos += bytesRead;
                position += bytesRead;
            }
            const probe = await fh.read(Buffer.alloc(1), 0, 1, size);
            if (probe.bytesRead !== 0)
                throw new Error(`${path} grew while being read (expected ${size} bytes)`);
        }
        finally {
            await fh.close();
        }
        await this.append(zeros.subarray(0, blockPadding(size)));
    }
    /** The trailer, then everything buffered. Does not end the sink. */
    async close() {
        await this.append(tarTrailer);
        await this.flush();
    }
    async append(bytes) {
        if (bytes.length >= this.buf.length / 2) {
            // Large in-memory content: hand it over as it is.
            await this.flush();
            await this.emit(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
            return;
        }
        if (this.pos + bytes.length > this.buf.length)
            await this.flush();
        this.buf.set(bytes, this.pos);
        this.pos += bytes.length;
    }
    async flush() {
        if (this.pos === 0)
            return;
        const chunk = this.buf.subarray(0, this.pos);
        // The sink keeps `chunk`, so later bytes go to a fresh buffer.
        this.buf = Buffer.allocUnsafe(this.chunkSize);
        this.pos = 0;
        await this.emit(chunk);
    }
    async emit(chunk) {
        if (chunk.length === 0)
            return;
        if (this.sink.destroyed)
            throw this.sink.errored ?? new Error('tar: sink was closed');
        this.written += chunk.length;
        if (!this.sink.write(chunk))
            await drained(this.sink);
    }
}
const zeros = Buffer.alloc(block);
/** Resolves on 'drain'; rejects if the sink fails or closes first (a bare once('drain') would hang). */
function drained(sink) {
    return new Promise((resolve, reject) => {
        const done = (err) => {
            sink.off('drain', onDrain).off('error', onError).off('close', onClose);
            if (err)
                reject(err);
            else
                resolve();
        };
        const onDrain = () => done();
        const onError = (err) => done(err);
        const onClose = () => done(sink.errored ?? new Error('tar: sink closed before draining'));
        sink.on('drain', onDrain).on('error', onError).on('close', onClose);
    });
}

;// CONCATENATED MODULE: ./src/engine/publish/daemon.ts
// ko's daemon publisher (KO_DOCKER_REPO=ko.local…, spec §6.3–§6.4) without a docker CLI: the image is
// streamed as a docker-save tarball to a Docker-compatible engine's HTTP API (POST /images/load),
// loaded as `<name>:<hex>`, then tagged with each tag. Docker and podman both accept gzip layers in
// such a tarball, so layers go in exactly as built.






const DEFAULT_SOCKET = '/var/run/docker.sock';
/** DOCKER_HOST as the docker CLI reads it: unix:///path or tcp://host:port (default socket when unset). */
function daemonEndpoint(env) {
    const value = env.DOCKER_HOST?.trim() || `unix://${DEFAULT_SOCKET}`;
    if (value.startsWith('unix://')) {
        const socketPath = value.slice('unix://'.length);
        if (socketPath)
            return { socketPath, display: socketPath };
    }
    else if (/^(tcp|http):\/\//.test(value)) {
        if (env.DOCKER_TLS_VERIFY) {
            throw new errors/* KoActionError */.jV('REGISTRY', `DOCKER_HOST ${value} with DOCKER_TLS_VERIFY is not supported`, {
                where: 'repo',
                hint: 'expose the engine on a unix socket or plain tcp://127.0.0.1:<port>',
            });
        }
        const url = new URL(value.replace(/^tcp:/, 'http:'));
        const port = url.port ? Number(url.port) : 2375;
        return { host: url.hostname, port, display: value };
    }
    throw new errors/* KoActionError */.jV('REGISTRY', `unsupported DOCKER_HOST ${JSON.stringify(value)}`, {
        where: 'repo',
        hint: 'use unix:///path/to/docker.sock or tcp://host:port',
    });
}
/** The image ko loads for an index: the first child whose os/arch are $GOOS/$GOARCH (linux/amd64). */
function daemonImage(artifact, env) {
    if (artifact.kind === 'image')
        return artifact;
    const os = env.GOOS || 'linux';
    const arch = env.GOARCH || 'amd64';
    const match = artifact.children.find((c) => c.platform?.os === os && c.platform.architecture === arch);
    if (match)
        return match;
    const built = artifact.children.map((c) => c.platform ? `${c.platform.os}/${c.platform.architecture}` : 'unknown');
    throw new errors/* KoActionError */.jV('REGISTRY', `no ${os}/${arch} image in the index to load into the daemon`, {
        where: 'platforms',
        hint: `it holds ${built.join(', ') || 'no images'}; build ${os}/${arch} or set GOOS/GOARCH`,
    });
}
/** A docker-save tarball of one image, tagged `repoTag`, with its total length. */
function saveTarball(image, repoTag) {
    const [config, ...layers] = image.blobs;
    if (!config)
        throw new Error(`image ${image.digest} has no config blob`);
    const fileOf = (b) => ({
        name: `${(0,oci_digest/* digestHex */.sU)(b.descriptor.digest)}.tar.gz`,
        size: b.descriptor.size,
        open: () => b.open(),
    });
    const layerEntries = layers.map(fileOf);
    const manifest = Buffer.from(JSON.stringify([
        {
            Config: `${(0,oci_digest/* digestHex */.sU)(config.descriptor.digest)}.json`,
            RepoTags: [repoTag],
            Layers: layerEntries.map((e) => e.name),
        },
    ]));
    // A layer repeated in one image is stored once; the manifest lists it twice.
    const unique = new Map();
    for (const e of layerEntries)
        unique.set(e.name, e);
    const entries = [
        {
            name: 'manifest.json',
            size: manifest.length,
            open: () => Promise.resolve(external_node_stream_.Readable.from([manifest])),
        },
        { ...fileOf(config), name: `${(0,oci_digest/* digestHex */.sU)(config.descriptor.digest)}.json` },
        ...unique.values(),
    ];
    const length = entries.reduce((n, e) => n + 512 + e.size + blockPadding(e.size), 0) + tarTrailer.length;
    async function* chunks() {
        for (const e of entries) {
            yield encodeHeader({ name: e.name, typeflag: TypeReg, mode: 0o644, size: e.size });
            let seen = 0;
            for await (const chunk of await e.open()) {
                const buf = chunk;
                seen += buf.length;
                yield buf;
            }
            if (seen !== e.size)
                throw new Error(`${e.name}: read ${seen} bytes, expected ${e.size}`);
            yield Buffer.alloc(blockPadding(e.size));
        }
        yield tarTrailer;
    }
    return { length, stream: external_node_stream_.Readable.from(chunks()) };
}
function call(endpoint, method, path, body) {
    return new Promise((resolve, reject) => {
        const target = 'socketPath' in endpoint
            ? { socketPath: endpoint.socketPath }
            : { host: endpoint.host, port: endpoint.port };
        const req = (0,external_node_http_.request)({
            ...target,
            method,
            path,
            headers: body
                ? { 'Content-Type': 'application/x-tar', 'Content-Length': String(body.length) }
                : {},
        }, (res) => {
            const parts = [];
            res.on('data', (b) => parts.push(b));
            res.on('error', reject);
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
        });
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
function connectError(endpoint, e) {
    const code = e.code ?? '';
    if (!unreachable.has(code))
        return e;
    return new errors/* KoActionError */.jV('REGISTRY', `no Docker-compatible engine at ${endpoint.display}: set DOCKER_HOST`, {
        where: 'repo',
        hint: `${code}; start Docker or \`podman system service\`, or push to a registry instead of ko.local`,
        cause: e,
    });
}
/** The engine's own error text: Docker's `message`/`error` JSON, podman's `cause`, or the body. */
function engineMessage(body) {
    for (const line of body.split('\n')) {
        if (!line.trim())
            continue;
        try {
            const j = JSON.parse(line);
            if (j.error || j.errorDetail)
                return j.error ?? JSON.stringify(j.errorDetail);
            if (j.message)
                return j.message;
        }
        catch {
            return body.trim().slice(0, 500);
        }
    }
    return undefined;
}
function engineError(what, endpoint, reply) {
    const detail = engineMessage(reply.body) ?? `HTTP ${reply.status}`;
    return new errors/* KoActionError */.jV('REGISTRY', `${what} failed at ${endpoint.display}: ${detail}`, {
        where: 'repo',
    });
}
/**
 * Loads `artifact` (for an index, its $GOOS/$GOARCH image) as `<name>:<hex>` and tags it with each
 * tag. Returns ko's printed reference and the loaded image's digest.
 */
async function loadIntoDaemon(artifact, name, tags, env) {
    const endpoint = daemonEndpoint(env);
    const image = daemonImage(artifact, env);
    const ref = (0,naming/* printedReference */.aZ)({ publisher: 'daemon', name, digest: image.digest });
    const loaded = await call(endpoint, 'POST', '/images/load', saveTarball(image, ref));
    // Docker answers 200 and streams an error object when the archive is bad; podman uses a status.
    const failed = loaded.status >= 300 || /"error(Detail)?"\s*:/.test(loaded.body);
    if (failed)
        throw engineError(`loading ${ref}`, endpoint, loaded);
    for (const tag of tags) {
        const query = new URLSearchParams({ repo: name, tag }).toString();
        const tagged = await call(endpoint, 'POST', `/images/${ref}/tag?${query}`);
        if (tagged.status >= 300)
            throw engineError(`tagging ${ref} as ${name}:${tag}`, endpoint, tagged);
    }
    return { ref, digest: image.digest };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/util/open-write-stream.ts
// A file write stream that is open before anything is written to it. A stream destroyed while its
// open() is still pending emits 'close' first and creates the file afterwards, so a failed write
// could leave its file behind however long the caller waited; once open, removal is reliable.


async function openWriteStream(path, opts = {}) {
    const stream = (0,external_node_fs_.createWriteStream)(path, opts);
    await (0,external_node_events_.once)(stream, 'ready');
    return stream;
}

// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(9217);
;// CONCATENATED MODULE: ./src/util/once.ts
// Memoise a lazy computation (ggcr computes every accessor once).
function once(fn) {
    let done = false;
    let value;
    return () => {
        if (!done) {
            value = fn();
            done = true;
        }
        return value;
    };
}
/** A map of shared promises: the first caller for a key starts the work, later ones await it. */
class KeyedOnce {
    entries = new Map();
    get(key, make) {
        let p = this.entries.get(key);
        if (!p) {
            p = make();
            this.entries.set(key, p);
            // A failure is not cached: a later caller may try again.
            p.catch(() => this.entries.delete(key));
        }
        return p;
    }
}

// EXTERNAL MODULE: ./src/util/limit.ts
var limit = __webpack_require__(415);
;// CONCATENATED MODULE: ./src/oci/layout-writer.ts
// Write an image or index to an OCI image layout (`push: false`). Blobs first, then manifests,
// then index.json, each via temp file + rename: an interrupted run leaves at worst an unreferenced
// blob or a stray temp file, never a truncated blob or index.json.











const layoutMarker = '{"imageLayoutVersion":"1.0.0"}';
/** Local disk: a few streams at once keep it busy without opening every layer together. */
const blobConcurrency = 4;
/** Writes every blob and manifest of `artifact`, then records it in index.json; returns that entry. */
async function writeToLayout(dir, artifact, opts = {}) {
    if (opts.refName !== undefined && opts.refName.trim() === '') {
        throw new errors/* KoActionError */.jV('LAYOUT', 'empty ref name for the OCI layout entry', { where: dir });
    }
    await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'blobs', 'sha256'), { recursive: true });
    await ensureMarker(dir);
    const images = artifact.kind === 'index' ? artifact.children : [artifact];
    const once = new KeyedOnce();
    const run = (0,limit/* limit */.A)(blobConcurrency);
    // Let every write finish (and clean up its temp file) before reporting the first failure.
    const writes = await Promise.allSettled(images
        .flatMap((img) => img.blobs)
        .map((b) => once.get(b.descriptor.digest, () => run(() => putBlob(dir, b)))));
    const failed = writes.find((w) => w.status === 'rejected');
    if (failed)
        throw failed.reason;
    // Children before the index that names them, so every reference resolves at every moment.
    for (const img of images)
        await putManifest(dir, img);
    if (artifact.kind === 'index')
        await putManifest(dir, artifact);
    const entry = {
        mediaType: artifact.mediaType,
        size: artifact.rawManifest.length,
        digest: artifact.digest,
        ...(opts.refName === undefined ? {} : { annotations: { [layout_reader/* RefNameAnnotation */.Uf]: opts.refName } }),
    };
    await serializedPerDir(dir, () => recordInIndex(dir, entry, opts.refName));
    return entry;
}
async function ensureMarker(dir) {
    const path = (0,external_node_path_.join)(dir, 'oci-layout');
    const existing = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
    if (existing === undefined) {
        await writeAtomically(dir, path, layoutMarker);
        return;
    }
    let version;
    try {
        version = JSON.parse(existing).imageLayoutVersion;
    }
    catch {
        version = undefined;
    }
    if (typeof version !== 'string' || !version.startsWith('1.')) {
        throw new errors/* KoActionError */.jV('LAYOUT', `${path} is not an OCI layout version 1 marker`, {
            where: dir,
            hint: 'Choose an empty directory or an existing OCI image layout for oci-layout-path.',
        });
    }
}
/** Streams a blob into place, hashing as it goes; skipped when a file of the right size exists. */
async function putBlob(dir, blob) {
    const { digest, size } = blob.descriptor;
    const path = (0,layout_reader/* blobPath */.nD)(dir, digest);
    if (await hasSize(path, size))
        return;
    const tmp = tempPath(dir);
    const file = await openWriteStream(tmp, { flags: 'wx' });
    try {
        const counter = new oci_digest/* DigestCounter */.VR();
        const source = await blob.open();
        await (0,external_node_stream_promises_.pipeline)(source, async function* (chunks) {
            for await (const chunk of chunks) {
                const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
                counter.update(bytes);
                yield bytes;
            }
        }, file);
        const actual = counter.digest();
        if (actual !== digest || counter.size !== size) {
            throw new errors/* KoActionError */.jV('DIGEST_MISMATCH', `blob ${digest} (${size} bytes) read back as ${actual} (${counter.size} bytes)`, { where: dir, hint: 'A layer changed on disk while it was being written; run again.' });
        }
        await (0,promises_.rename)(tmp, path);
    }
    catch (e) {
        file.destroy();
        await (0,promises_.rm)(tmp, { force: true });
        throw e;
    }
}
async function putManifest(dir, m) {
    const actual = (0,oci_digest/* sha256 */.sc)(m.rawManifest);
    if (actual !== m.digest) {
        throw new errors/* KoActionError */.jV('DIGEST_MISMATCH', `manifest bytes hash to ${actual}, not ${m.digest}`, {
            where: dir,
        });
    }
    const path = (0,layout_reader/* blobPath */.nD)(dir, m.digest);
    if (await hasSize(path, m.rawManifest.length))
        return;
    await writeAtomically(dir, path, m.rawManifest);
}
/** Adds `entry` to index.json: replacing an entry of the same ref name, else appending. */
async function recordInIndex(dir, entry, refName) {
    const path = (0,external_node_path_.join)(dir, 'index.json');
    const text = await (0,promises_.readFile)(path, 'utf8').catch((e) => {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    });
    const index = text === undefined ? emptyIndex() : parseIndex(text, path);
    const named = (d) => refName !== undefined &&
        d?.annotations?.[layout_reader/* RefNameAnnotation */.Uf] ===
            refName;
    const at = index.manifests.findIndex(named);
    if (at < 0) {
        index.manifests.push(entry);
    }
    else {
        // Keep the entry's position; drop any later duplicates of the same name.
        index.manifests = index.manifests.flatMap((d, i) => (i === at ? [entry] : named(d) ? [] : [d]));
    }
    await writeAtomically(dir, path, JSON.stringify(index));
}
function emptyIndex() {
    return { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.OciIndex, manifests: [] };
}
/** Parses index.json keeping every field it has, so foreign entries survive a rewrite. */
function parseIndex(text, path) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        v = undefined;
    }
    if (typeof v !== 'object' || v === null || !Array.isArray(v.manifests)) {
        throw new errors/* KoActionError */.jV('LAYOUT', `${path} is not a valid OCI index`, {
            where: path,
            hint: 'Fix or remove it, or choose another oci-layout-path.',
        });
    }
    return v;
}
async function hasSize(path, size) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    return info?.isFile() === true && info.size === size;
}
/** Temp files live in the layout root (as skopeo's do): same filesystem, so rename is atomic. */
function tempPath(dir) {
    return (0,external_node_path_.join)(dir, `.ko-action-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.tmp`);
}
async function writeAtomically(dir, path, data) {
    const tmp = tempPath(dir);
    try {
        await (0,promises_.writeFile)(tmp, data, { flag: 'wx' });
        await (0,promises_.rename)(tmp, path);
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { force: true });
        throw e;
    }
}
const indexQueues = new Map();
/** index.json is read-modify-write: writes to one layout from this process take turns. */
function serializedPerDir(dir, task) {
    const key = (0,external_node_path_.resolve)(dir);
    const result = (indexQueues.get(key) ?? Promise.resolve()).then(task, task);
    const tail = result.catch(() => undefined);
    indexQueues.set(key, tail);
    void tail.then(() => {
        if (indexQueues.get(key) === tail)
            indexQueues.delete(key);
    });
    return result;
}

// EXTERNAL MODULE: ./src/registry/errors.ts
var registry_errors = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/registry/push.ts





async function pushArtifact(client, target, artifact, opts) {
    return new PushSession(client, target.context(), opts.jobs).push(target, artifact, opts.tags);
}
/** Pushes to one repository; blobs are shared by everything pushed through the same session. */
class PushSession {
    client;
    repo;
    stats = {
        uploaded: { count: 0, bytes: 0 },
        mounted: { count: 0, bytes: 0 },
        skipped: { count: 0, bytes: 0 },
        manifestsPut: 0,
        manifestsSkipped: 0,
    };
    blobsDone = new KeyedOnce();
    /** Digests already accounted for in the stats. */
    counted = new Set();
    /** Transfers started before push(), awaited by settle(). */
    prepared = [];
    /** Upload sessions opened ahead; undefined where opening one failed. */
    spare = [];
    cancelling = [];
    run;
    constructor(client, repo, jobs) {
        this.client = client;
        this.repo = repo;
        this.run = (0,limit/* limit */.A)(jobs);
    }
    /**
     * Blobs of an image not finished yet (base layers, kodata) start now, and `more` upload
     * sessions are opened for the blobs still to come (see built()). Failures surface when push()
     * needs the same blob, and a session that fails to open is simply not used: this never throws.
     */
    known(blobs, more) {
        const scoped = this.start(blobs, false);
        for (let i = 0; i < more; i++) {
            this.spare.push(scoped.then(() => this.client.openUpload(this.repo.repository)).catch(() => undefined));
        }
    }
    /** An image's last blobs (binary layer, config), as soon as they are made; see known(). */
    built(blobs) {
        void this.start(blobs, true);
    }
    start(blobs, spare) {
        const scoped = this.client.addScopes(this.scopes(blobs));
        for (const b of blobs) {
            const sent = scoped.then(() => this.blob(b, Promise.resolve(true), spare));
            sent.catch(() => undefined);
            this.prepared.push(sent);
        }
        return scoped;
    }
    /** Waits for everything known() and built() started, and cancels sessions nobody used. */
    async settle() {
        await Promise.allSettled(this.prepared.splice(0));
        this.release();
        await Promise.allSettled(this.cancelling.splice(0));
    }
    /** Cancels the sessions opened ahead that are still unused. */
    release() {
        for (const s of this.spare.splice(0)) {
            this.cancelling.push(s
                .then(async (url) => {
                if (url)
                    await this.client.cancelUpload(url);
            })
                .catch(() => undefined));
        }
    }
    async push(target, artifact, tags) {
        const repo = this.repo;
        const tagRefs = tags.map((t) => (0,reference/* withTag */.Rd)(repo, t)); // validates every tag before any I/O
        try {
            const images = artifact.kind === 'image' ? [artifact] : artifact.children;
            await this.client.addScopes(this.scopes(images.flatMap((i) => i.blobs)));
            const [first, ...more] = tagRefs.length ? tagRefs : [(0,reference/* withDigest */.hQ)(repo, artifact.digest)];
            if (first) {
                if (artifact.kind === 'image')
                    await this.image(artifact, first, Promise.resolve(true), true);
                else
                    await this.index(artifact, first);
            }
            for (const ref of more)
                await this.manifest(artifact, ref);
        }
        finally {
            await this.settle();
        }
        return {
            digest: artifact.digest,
            byDigest: `${repo.name}@${artifact.digest}`,
            tagged: tagRefs.map((r) => r.name),
            stats: this.stats,
        };
    }
    /** Push, plus pull scopes for every same-registry repository we may mount from. */
    scopes(blobs) {
        const repos = new Set();
        for (const b of blobs) {
            if (this.mountable(b) && b.mountFrom)
                repos.add(b.mountFrom.repository);
        }
        return [
            (0,reference/* repositoryScope */.F7)(this.repo.repository, 'push,pull'),
            ...[...repos].map((r) => (0,reference/* repositoryScope */.F7)(r, 'pull')),
        ];
    }
    /**
     * The manifest HEAD and the blob HEADs go at once; blobs are sent only once the registry has
     * said it lacks the manifest, and `needed` (the parent index's answer) is true.
     */
    async image(img, ref, needed, top = false) {
        const present = this.present(ref, img.digest);
        const send = Promise.all([present, needed]).then(([has, wanted]) => !has && wanted);
        send.catch(() => undefined); // the blobs below, or `present`, report it
        const [has, wanted] = await Promise.all([
            present,
            needed,
            Promise.all(img.blobs.map((b) => this.blob(b, send))),
        ]);
        if (top)
            this.release(); // every blob is there: the DELETEs overlap the manifest PUT
        if (has || !wanted) {
            if (has)
                this.countSkippedImage(img);
            return;
        }
        await this.put(img, ref);
    }
    async index(artifact, ref) {
        const present = this.present(ref, artifact.digest);
        const needed = present.then((has) => !has);
        needed.catch(() => undefined);
        // Children go by digest, concurrently; their blobs share the limiter and the dedup map.
        const [has] = await Promise.all([
            present,
            ...artifact.children.map((c) => this.image(c, (0,reference/* withDigest */.hQ)(this.repo, c.digest), needed)),
        ]);
        this.release();
        if (has) {
            artifact.children.forEach((c) => this.countSkippedImage(c));
            return;
        }
        await this.put(artifact, ref);
    }
    /** An extra tag: HEAD, then PUT the same bytes if the tag points elsewhere. */
    async manifest(artifact, ref) {
        if (await this.present(ref, artifact.digest))
            return;
        await this.put(artifact, ref);
    }
    async put(artifact, ref) {
        await this.client.putManifest(this.repo.repository, ref.identifier, artifact.rawManifest, artifact.mediaType);
        this.stats.manifestsPut++;
    }
    /** Does the registry already hold these exact manifest bytes under `ref`? */
    async present(ref, digest) {
        let head;
        try {
            head = await this.client.headManifest(ref);
        }
        catch (e) {
            // Some registries answer 403 for a tag that does not exist yet (ggcr treats it as absent).
            if (e instanceof registry_errors/* RegistryError */.gl && e.status === 403)
                return false;
            throw e;
        }
        if (head?.digest !== digest)
            return false;
        this.stats.manifestsSkipped++;
        return true;
    }
    /** `spare`: may use a session opened ahead (those are kept for blobs on the critical path). */
    blob(blob, send, spare = true) {
        const d = blob.descriptor;
        // Foreign (non-distributable) layers are never pushed, as in ggcr.
        if (d.mediaType === media_types/* MediaType */.zu.DockerForeignLayer)
            return Promise.resolve();
        return this.blobsDone.get(d.digest, () => this.run(() => this.client.limit(() => this.transfer(blob, send, spare))));
    }
    async transfer(blob, send, spare) {
        const d = blob.descriptor;
        const repo = this.repo.repository;
        const uploadable = { digest: d.digest, size: d.size, open: () => blob.open() };
        // Already accounted for: named by a manifest the registry had, or sent.
        if (this.counted.has(d.digest))
            return;
        if ((await this.client.blobExists(repo, d.digest)) || !(await send)) {
            // Absent but not sent: its manifest is there after all, so it is too.
            this.count(this.stats.skipped, d);
            return;
        }
        if (this.mountable(blob) && blob.mountFrom) {
            const how = await this.client.mountBlob(repo, uploadable, blob.mountFrom.repository);
            this.count(how === 'mounted' ? this.stats.mounted : this.stats.uploaded, d);
            return;
        }
        const session = spare ? await this.spare.shift() : undefined;
        await this.client.uploadBlob(repo, uploadable, session);
        this.count(this.stats.uploaded, d);
    }
    mountable(blob) {
        const from = blob.mountFrom;
        return (!!from && from.registry === this.repo.registry && from.repository !== this.repo.repository);
    }
    countSkippedImage(img) {
        for (const b of img.blobs)
            this.count(this.stats.skipped, b.descriptor);
    }
    /** Each blob is counted once, when it is known to be in the repository. */
    count(t, d) {
        if (this.counted.has(d.digest))
            return;
        this.counted.add(d.digest);
        t.count++;
        t.bytes += d.size;
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/oci/go-time.ts
// Times as ggcr's v1.Time (an embedded Go time.Time) reads and writes them. Re-serialising a base
// config must reproduce Go exactly: time.Time.UnmarshalJSON parses with the RFC 3339 layout
// (Go's lenient `time.Parse`, since strict checks are disabled upstream) and MarshalJSON prints
// RFC3339Nano in the parsed offset.
/** Go's zero time.Time, as MarshalJSON prints it. */
const ZERO_GO_TIME = '0001-01-01T00:00:00Z';
class GoTimeError extends Error {
    name = 'GoTimeError';
}
const isDigit = (s, i) => i < s.length && s[i] >= '0' && s[i] <= '9';
function daysIn(month, year) {
    if (month === 2)
        return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
/** Go's getnum: one or two digits, two when `fixed`. */
function getnum(s, at, fixed) {
    if (!isDigit(s, at))
        return undefined;
    if (!isDigit(s, at + 1))
        return fixed ? undefined : [Number(s[at]), at + 1];
    return [Number(s.slice(at, at + 2)), at + 2];
}
function parseRfc3339(value) {
    const bad = (what = '') => new GoTimeError(`parsing time ${JSON.stringify(value)}${what || ' as RFC 3339'}`);
    let at = 0;
    const literal = (c) => {
        if (value[at] !== c)
            throw bad();
        at++;
    };
    const num = (fixed) => {
        const r = getnum(value, at, fixed);
        if (!r)
            throw bad();
        at = r[1];
        return r[0];
    };
    // "2006": exactly four characters, the first a digit, all digits (atoi).
    if (value.length < 4 || !/^[0-9]{4}$/.test(value.slice(0, 4)))
        throw bad();
    const year = Number(value.slice(0, 4));
    at = 4;
    literal('-');
    const month = num(true);
    literal('-');
    const day = num(true);
    literal('T');
    const hour = num(false);
    literal(':');
    const minute = num(true);
    literal(':');
    const second = num(true);
    let fraction = '';
    if ((value[at] === '.' || value[at] === ',') && isDigit(value, at + 1)) {
        let end = at + 1;
        while (isDigit(value, end))
            end++;
        fraction = value.slice(at + 1, Math.min(end, at + 10)); // Go truncates past nanoseconds
        at = end;
    }
    let offsetMinutes = 0;
    if (value[at] === 'Z') {
        at++;
    }
    else {
        if (value.length - at < 6 || value[at + 3] !== ':')
            throw bad();
        const sign = value[at];
        const hh = getnum(value.slice(at + 1, at + 3), 0, true);
        const mm = getnum(value.slice(at + 4, at + 6), 0, true);
        if (!hh || !mm || (sign !== '+' && sign !== '-'))
            throw bad();
        if (hh[0] > 24)
            throw bad(': time zone offset hour out of range');
        if (mm[0] > 60)
            throw bad(': time zone offset minute out of range');
        offsetMinutes = (sign === '-' ? -1 : 1) * (hh[0] * 60 + mm[0]);
        at += 6;
    }
    if (at !== value.length)
        throw bad(`: extra text: ${JSON.stringify(value.slice(at))}`);
    if (month < 1 || month > 12)
        throw bad(': month out of range');
    if (hour > 23)
        throw bad(': hour out of range');
    if (minute > 59)
        throw bad(': minute out of range');
    if (second > 59)
        throw bad(': second out of range');
    if (day < 1 || day > daysIn(month, year))
        throw bad(': day out of range');
    return { year, month, day, hour, minute, second, fraction, offsetMinutes };
}
const pad = (n, width) => String(n).padStart(width, '0');
/** time.Time.MarshalJSON: RFC3339Nano, trailing fraction zeros trimmed, `Z` for a zero offset. */
function formatTime(t) {
    const fraction = t.fraction.replace(/0+$/, '');
    let zone = 'Z';
    if (t.offsetMinutes !== 0) {
        const abs = Math.abs(t.offsetMinutes);
        if (abs >= 24 * 60)
            throw new GoTimeError('Time.MarshalJSON: timezone hour outside of range [0,23]');
        zone = `${t.offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
    }
    return (`${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}` +
        `T${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}` +
        (fraction ? `.${fraction}` : '') +
        zone);
}
/**
 * What Go prints after parsing `rfc3339` into a time.Time and marshalling it again
 * (`.120000000` → `.12`, `+00:00` → `Z`, `+05:60` → `+06:00`). Throws GoTimeError where Go fails.
 */
function normaliseGoTime(rfc3339) {
    return formatTime(parseRfc3339(rfc3339));
}
/**
 * An epoch in seconds as ko records SOURCE_DATE_EPOCH / KO_DATA_DATE_EPOCH. ko uses the host's
 * local zone; we always print UTC (`Z`), which equals ko on UTC hosts such as CI runners.
 */
function formatGoTime(epochSeconds) {
    if (!Number.isSafeInteger(epochSeconds)) {
        throw new GoTimeError(`epoch ${epochSeconds} is not a whole number of seconds`);
    }
    const ms = epochSeconds * 1000;
    const d = new Date(ms);
    const year = Math.abs(ms) <= 8.64e15 ? d.getUTCFullYear() : NaN;
    if (!(year >= 0 && year <= 9999)) {
        throw new GoTimeError('Time.MarshalJSON: year outside of range [0,9999]');
    }
    return formatTime({
        year,
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        fraction: '',
        offsetMinutes: 0,
    });
}

;// CONCATENATED MODULE: ./src/oci/go-schema.ts
// ggcr's structs (pkg/v1/config.go, manifest.go, platform.go) as data: field order, JSON names and
// omitempty, exactly as declared in Go. The encoder and decoder both walk these tables, so field
// order never depends on how a JavaScript object happened to be built.
const str = { t: 'string' };
const bool = { t: 'bool' };
const go_schema_int = { t: 'int' };
const time = { t: 'time' };
const hash = { t: 'hash' };
const strings = { t: 'slice', elem: str };
const stringMap = { t: 'map', elem: str };
/** map[string]struct{}: values encode as `{}`. */
const stringSet = { t: 'map', elem: { t: 'struct', name: 'struct {}', fields: [] } };
const f = (name, type, omitempty = true) => ({ name, type, omitempty });
const struct = (name, fields) => ({
    t: 'struct',
    name,
    fields,
});
const go_schema_PlatformType = struct('Platform', [
    f('architecture', str, false),
    f('os', str, false),
    f('os.version', str),
    f('os.features', strings),
    f('variant', str),
    f('features', strings),
]);
const descriptorFields = [
    f('mediaType', str, false),
    f('size', go_schema_int, false),
    f('digest', hash, false),
    f('data', { t: 'bytes' }),
    f('urls', strings),
    f('annotations', stringMap),
    f('platform', { t: 'ptr', elem: go_schema_PlatformType }),
    f('artifactType', str),
];
const go_schema_DescriptorType = struct('Descriptor', descriptorFields);
const go_schema_ManifestType = struct('Manifest', [
    f('schemaVersion', go_schema_int, false),
    f('mediaType', str),
    f('config', go_schema_DescriptorType, false),
    f('layers', { t: 'slice', elem: go_schema_DescriptorType }, false),
    f('annotations', stringMap),
    f('subject', { t: 'ptr', elem: go_schema_DescriptorType }),
    f('artifactType', str),
]);
const go_schema_IndexManifestType = struct('IndexManifest', [
    f('schemaVersion', go_schema_int, false),
    f('mediaType', str),
    f('manifests', { t: 'slice', elem: go_schema_DescriptorType }, false),
    f('annotations', stringMap),
    f('subject', { t: 'ptr', elem: go_schema_DescriptorType }),
    f('artifactType', str),
]);
const HistoryType = struct('History', [
    f('author', str),
    f('created', time),
    f('created_by', str),
    f('comment', str),
    f('empty_layer', bool),
]);
const duration = { t: 'int', big: true };
const HealthConfigType = struct('HealthConfig', [
    f('Test', strings),
    f('Interval', duration),
    f('Timeout', duration),
    f('StartPeriod', duration),
    f('Retries', duration),
]);
const ContainerConfigType = struct('Config', [
    f('AttachStderr', bool),
    f('AttachStdin', bool),
    f('AttachStdout', bool),
    f('Cmd', strings),
    f('Healthcheck', { t: 'ptr', elem: HealthConfigType }),
    f('Domainname', str),
    f('Entrypoint', strings),
    f('Env', strings),
    f('Hostname', str),
    f('Image', str),
    f('Labels', stringMap),
    f('OnBuild', strings),
    f('OpenStdin', bool),
    f('StdinOnce', bool),
    f('Tty', bool),
    f('User', str),
    f('Volumes', stringSet),
    f('WorkingDir', str),
    f('ExposedPorts', stringSet),
    f('ArgsEscaped', bool),
    f('NetworkDisabled', bool),
    f('MacAddress', str),
    f('StopSignal', str),
    f('Shell', strings),
]);
const RootFSType = struct('RootFS', [
    f('type', str, false),
    f('diff_ids', { t: 'slice', elem: hash }, false),
]);
const ConfigFileType = struct('ConfigFile', [
    f('architecture', str, false),
    f('author', str),
    f('container', str),
    f('created', time),
    f('docker_version', str),
    f('history', { t: 'slice', elem: HistoryType }),
    f('os', str, false),
    f('rootfs', RootFSType, false),
    f('config', ContainerConfigType, false),
    f('os.version', str),
    f('variant', str),
    f('os.features', strings),
]);

;// CONCATENATED MODULE: ./src/oci/go-json.ts
// Byte-exact Go encoding/json (json.Marshal) output for ggcr's structs: compact, struct fields in
// declaration order with omitempty, map keys sorted by UTF-8 bytes, HTML-safe string escaping.
// Config, manifest and index digests depend on every byte, so nothing here goes through
// JSON.stringify's handling of objects.




const hex = '0123456789abcdef';
const shortEscapes = {
    0x22: '\\"',
    0x5c: '\\\\',
    0x08: '\\b',
    0x0c: '\\f',
    0x0a: '\\n',
    0x0d: '\\r',
    0x09: '\\t',
};
const plain = /^[\x20-\x21\x23-\x25\x27-\x3b\x3d\x3f-\x5b\x5d-\x7f]*$/;
/**
 * A JSON string literal as Go writes it: `<` `>` `&` U+2028 U+2029 and control characters as
 * \u00xx (lowercase), short escapes for \b \f \n \r \t, everything else raw. A lone surrogate
 * (JavaScript's invalid UTF-16, Go's invalid UTF-8) becomes the six characters `\ufffd`.
 */
function goQuote(s) {
    if (plain.test(s))
        return `"${s}"`;
    let out = '"';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80) {
            const short = shortEscapes[c];
            if (short !== undefined)
                out += short;
            else if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26) {
                out += `\\u00${hex[c >> 4]}${hex[c & 15]}`;
            }
            else
                out += s[i];
        }
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                out += s[i] + s[i + 1];
                i++;
            }
            else
                out += '\\ufffd';
        }
        else if (c >= 0xd800 && c <= 0xdfff)
            out += '\\ufffd';
        else if (c === 0x2028 || c === 0x2029)
            out += `\\u${c.toString(16)}`;
        else
            out += s[i];
    }
    return out + '"';
}
const utf8 = new TextEncoder();
/** Go sorts map keys with strings.Compare, i.e. by UTF-8 bytes (= code point order). */
function compareGoStrings(a, b) {
    return external_node_buffer_.Buffer.compare(utf8.encode(a), utf8.encode(b));
}
/** base64.StdEncoding.DecodeString: padding required, CR/LF ignored. Throws on bad input. */
function decodeGoBase64(s) {
    const t = s.replace(/[\r\n]/g, '');
    if (t.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(t)) {
        throw new TypeError('illegal base64 data');
    }
    return Uint8Array.from(external_node_buffer_.Buffer.from(t, 'base64'));
}
/** Go's omitempty test: false, 0, "", nil pointer, and empty slice/map/[]byte. Structs never. */
function isEmptyGoValue(v, type) {
    if (v === undefined || v === null)
        return type.t !== 'struct' && type.t !== 'time';
    switch (type.t) {
        case 'string':
        case 'bytes':
            return v === '';
        case 'bool':
            return v === false;
        case 'int':
            return v === 0 || v === 0n;
        case 'slice':
            return Array.isArray(v) && v.length === 0;
        case 'map':
            return typeof v === 'object' && Object.keys(v).length === 0;
        default:
            return false;
    }
}
const mismatch = (type, v) => new TypeError(`cannot encode ${typeof v} ${JSON.stringify(v)} as Go ${type.t}`);
/** json.Marshal of `value` read as Go type `type`; undefined/null are Go's zero values. */
function encodeGo(value, type) {
    const v = value ?? undefined;
    switch (type.t) {
        case 'string':
            if (v !== undefined && typeof v !== 'string')
                throw mismatch(type, v);
            return goQuote(v ?? '');
        case 'bool':
            if (v !== undefined && typeof v !== 'boolean')
                throw mismatch(type, v);
            return v ? 'true' : 'false';
        case 'int':
            if (typeof v === 'bigint' && type.big)
                return String(v);
            if (v !== undefined && !Number.isSafeInteger(v))
                throw mismatch(type, v);
            return String(v ?? 0).replace(/^-0$/, '0');
        case 'time':
            if (v !== undefined && typeof v !== 'string')
                throw mismatch(type, v);
            return `"${v === undefined ? ZERO_GO_TIME : normaliseGoTime(v)}"`;
        case 'hash':
            if (v !== undefined && typeof v !== 'string')
                throw mismatch(type, v);
            return goQuote(v ?? ':');
        case 'bytes':
            if (v === undefined)
                return 'null';
            if (typeof v !== 'string')
                throw mismatch(type, v);
            return `"${external_node_buffer_.Buffer.from(decodeGoBase64(v)).toString('base64')}"`;
        case 'slice':
            if (v === undefined)
                return 'null';
            if (!Array.isArray(v))
                throw mismatch(type, v);
            return `[${v.map((e) => encodeGo(e, type.elem)).join(',')}]`;
        case 'map': {
            if (v === undefined)
                return 'null';
            if (typeof v !== 'object' || Array.isArray(v))
                throw mismatch(type, v);
            const entries = Object.entries(v);
            entries.sort(([a], [b]) => compareGoStrings(a, b));
            return `{${entries.map(([k, e]) => `${goQuote(k)}:${encodeGo(e, type.elem)}`).join(',')}}`;
        }
        case 'ptr':
            return v === undefined ? 'null' : encodeGo(v, type.elem);
        case 'struct': {
            if (v !== undefined && (typeof v !== 'object' || Array.isArray(v)))
                throw mismatch(type, v);
            const obj = (v ?? {});
            const parts = [];
            for (const field of type.fields) {
                const fv = obj[field.name];
                if (field.omitempty && isEmptyGoValue(fv, field.type))
                    continue;
                parts.push(`${goQuote(field.name)}:${encodeGo(fv, field.type)}`);
            }
            return `{${parts.join(',')}}`;
        }
    }
}
/** The UTF-8 bytes of an encoding (lone surrogates were already escaped, so this is exact). */
function goJsonBytes(json) {
    return utf8.encode(json);
}
const encodeConfigFile = (cf) => encodeGo(cf, ConfigFileType);
const encodeManifest = (m) => encodeGo(m, go_schema_ManifestType);
const encodeIndexManifest = (m) => encodeGo(m, go_schema_IndexManifestType);
const encodeDescriptor = (d) => encodeGo(d, DescriptorType);
const encodePlatform = (p) => encodeGo(p, PlatformType);
const marshalConfigFile = (cf) => goJsonBytes(encodeConfigFile(cf));
const marshalManifest = (m) => goJsonBytes(encodeManifest(m));
const marshalIndexManifest = (m) => goJsonBytes(encodeIndexManifest(m));

;// CONCATENATED MODULE: ./src/oci/json-scan.ts
// A byte-level JSON reader with Go's encoding/json semantics, for what JSON.parse cannot tell us:
// duplicate keys (Go merges them into the same struct), invalid UTF-8 (Go replaces each bad byte
// with U+FFFD), lone surrogate escapes (U+FFFD), and the raw text of strings (time.Time parses
// the quoted bytes without unescaping). Like json.Decoder.Decode, it reads the first value and
// ignores whatever follows it.
class JsonSyntaxError extends Error {
    name = 'JsonSyntaxError';
}
/** Go's scanner limit (encoding/json maxNestingDepth). */
const MAX_DEPTH = 10000;
const isSpace = (c) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** Length of the valid UTF-8 sequence at `i` (Go's utf8.DecodeRune rules), or 0 if invalid. */
function utf8Length(b, i) {
    const c = b[i];
    const cont = (k, lo = 0x80, hi = 0xbf) => {
        const x = b[i + k];
        return x !== undefined && x >= lo && x <= hi;
    };
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf)
        return cont(1) ? 2 : 0;
    if (c === 0xe0)
        return cont(1, 0xa0) && cont(2) ? 3 : 0;
    if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef)
        return cont(1) && cont(2) ? 3 : 0;
    if (c === 0xed)
        return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
    if (c === 0xf0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xf1 && c <= 0xf3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c === 0xf4)
        return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const latin1 = new TextDecoder('latin1');
/** Parses the first JSON value in `input` as Go's json.Decoder would. */
function scanJson(input) {
    const b = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    let i = 0;
    const fail = (what) => {
        if (i >= b.length)
            throw new JsonSyntaxError('unexpected EOF');
        const c = b[i];
        const shown = c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16)}`;
        throw new JsonSyntaxError(`invalid character ${shown} ${what} (offset ${i})`);
    };
    const skipSpace = () => {
        while (isSpace(b[i]))
            i++;
    };
    const hex4 = (at) => {
        if (at + 4 > b.length)
            return -1;
        const s = latin1.decode(b.subarray(at, at + 4));
        return /^[0-9a-fA-F]{4}$/.test(s) ? parseInt(s, 16) : -1;
    };
    const readString = () => {
        i++; // opening quote
        const start = i;
        let out = '';
        let run = i; // start of bytes copied verbatim
        const flush = (end) => {
            if (end > run)
                out += decoder.decode(b.subarray(run, end));
        };
        for (;;) {
            const c = b[i];
            if (c === undefined)
                return fail('in string literal');
            if (c === 0x22)
                break;
            if (c < 0x20)
                return fail('in string literal');
            if (c === 0x5c) {
                flush(i);
                const e = b[i + 1];
                const simple = {
                    0x22: '"',
                    0x5c: '\\',
                    0x2f: '/',
                    0x62: '\b',
                    0x66: '\f',
                    0x6e: '\n',
                    0x72: '\r',
                    0x74: '\t',
                };
                if (e !== undefined && simple[e] !== undefined) {
                    out += simple[e];
                    i += 2;
                }
                else if (e === 0x75) {
                    const u = hex4(i + 2);
                    if (u < 0) {
                        i += 2;
                        return fail('in \\u hexadecimal character escape');
                    }
                    i += 6;
                    if (u >= 0xd800 && u <= 0xdfff) {
                        // Go pairs a high surrogate with a following \u low surrogate, else writes U+FFFD.
                        const lo = b[i] === 0x5c && b[i + 1] === 0x75 ? hex4(i + 2) : -1;
                        if (u <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) {
                            out += String.fromCharCode(u, lo);
                            i += 6;
                        }
                        else {
                            out += '\ufffd';
                        }
                    }
                    else {
                        out += String.fromCharCode(u);
                    }
                }
                else {
                    i++;
                    return fail('in string escape code');
                }
                run = i;
                continue;
            }
            if (c < 0x80) {
                i++;
                continue;
            }
            const n = utf8Length(b, i);
            if (n === 0) {
                flush(i);
                out += '\ufffd';
                i++;
                run = i;
            }
            else {
                i += n;
            }
        }
        flush(i);
        const raw = latin1.decode(b.subarray(start, i));
        i++; // closing quote
        return { kind: 'string', value: out, raw };
    };
    const readNumber = () => {
        const start = i;
        const digits = () => {
            const s = i;
            while (b[i] !== undefined && b[i] >= 0x30 && b[i] <= 0x39)
                i++;
            return i - s;
        };
        if (b[i] === 0x2d)
            i++;
        if (b[i] === 0x30)
            i++;
        else if (digits() === 0)
            return fail('in numeric literal');
        if (b[i] === 0x2e) {
            i++;
            if (digits() === 0)
                return fail('after decimal point in numeric literal');
        }
        if (b[i] === 0x65 || b[i] === 0x45) {
            i++;
            if (b[i] === 0x2b || b[i] === 0x2d)
                i++;
            if (digits() === 0)
                return fail('in exponent of numeric literal');
        }
        return { kind: 'number', text: latin1.decode(b.subarray(start, i)) };
    };
    const readLiteral = (word, value) => {
        for (let k = 0; k < word.length; k++, i++) {
            if (b[i] !== word.charCodeAt(k))
                return fail(`in literal ${word} (expecting '${word[k]}')`);
        }
        return value;
    };
    const readKey = () => {
        skipSpace();
        if (b[i] !== 0x22)
            return fail('looking for beginning of object key string');
        const key = readString().value;
        skipSpace();
        if (b[i] !== 0x3a)
            return fail('after object key');
        i++;
        return key;
    };
    skipSpace();
    if (i >= b.length)
        throw new JsonSyntaxError('EOF');
    const stack = [];
    for (;;) {
        skipSpace();
        let value;
        const c = b[i];
        if (c === 0x7b || c === 0x5b) {
            if (stack.length >= MAX_DEPTH)
                throw new JsonSyntaxError('exceeded max depth');
            i++;
            skipSpace();
            if (c === 0x7b && b[i] === 0x7d) {
                i++;
                value = { kind: 'object', entries: [] };
            }
            else if (c === 0x5b && b[i] === 0x5d) {
                i++;
                value = { kind: 'array', items: [] };
            }
            else {
                if (c === 0x7b) {
                    stack.push({ kind: 'object', value: { kind: 'object', entries: [] }, key: readKey() });
                }
                else {
                    stack.push({ kind: 'array', value: { kind: 'array', items: [] } });
                }
                continue;
            }
        }
        else if (c === 0x22)
            value = readString();
        else if (c === 0x74)
            value = readLiteral('true', { kind: 'bool', value: true });
        else if (c === 0x66)
            value = readLiteral('false', { kind: 'bool', value: false });
        else if (c === 0x6e)
            value = readLiteral('null', { kind: 'null' });
        else if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39))
            value = readNumber();
        else
            return fail('looking for beginning of value');
        // Attach the finished value to its parents, closing every container that ends here.
        for (;;) {
            const top = stack[stack.length - 1];
            if (!top)
                return value;
            if (top.kind === 'array')
                top.value.items.push(value);
            else
                top.value.entries.push([top.key, value]);
            skipSpace();
            if (b[i] === 0x2c) {
                i++;
                if (top.kind === 'object')
                    top.key = readKey();
                break;
            }
            const close = top.kind === 'array' ? 0x5d : 0x7d;
            if (b[i] !== close) {
                return fail(top.kind === 'array' ? 'after array element' : 'after object key:value pair');
            }
            i++;
            stack.pop();
            value = top.value;
        }
    }
}

;// CONCATENATED MODULE: ./src/oci/go-decode.ts
// json.Unmarshal (Go encoding/json v1) into ggcr's structs, driven by the tables in go-schema.ts.
// What ko re-serialises is what Go decoded, so we follow Go's rules rather than JSON.parse's:
// unknown fields dropped; keys matched exactly, else case-insensitively; a repeated key decodes
// into the value already there (structs and maps merge, slices reuse their elements); null is a
// no-op except for slices, maps and pointers (set to nil); any type mismatch is an error.
// Not reproduced: a slice's spare capacity re-appearing when a repeated key grows it again.




class go_decode_GoDecodeError extends Error {
    name = 'GoDecodeError';
}
/** Go's foldName, enough to compare against ASCII field names (K and ſ fold to K and S). */
const fold = (key) => key.replace(/[a-z\u017f\u212a]/g, (ch) => ch === '\u017f' ? 'S' : ch === '\u212a' ? 'K' : ch.toUpperCase());
const kindName = (n) => n.kind === 'bool' ? 'bool' : n.kind === 'number' ? `number ${n.text}` : n.kind;
const goTypeName = (t) => {
    switch (t.t) {
        case 'int':
            return 'int64';
        case 'time':
            return 'v1.Time';
        case 'hash':
            return 'v1.Hash';
        case 'bytes':
            return '[]uint8';
        case 'slice':
            return `[]${goTypeName(t.elem)}`;
        case 'map':
            return `map[string]${goTypeName(t.elem)}`;
        case 'ptr':
            return `*${goTypeName(t.elem)}`;
        case 'struct':
            return t.name;
        default:
            return t.t;
    }
};
const typeError = (n, t, path) => new go_decode_GoDecodeError(`cannot unmarshal ${kindName(n)} into Go value ${path} of type ${goTypeName(t)}`);
function parseInteger(n, t, path, min, max) {
    if (n.kind !== 'number' || !/^-?\d+$/.test(n.text))
        throw typeError(n, t, path);
    const big = BigInt(n.text);
    if (big < min || big > max)
        throw typeError(n, t, path);
    const v = Number(big);
    if (Number.isSafeInteger(v))
        return v === 0 ? 0 : v;
    if (t.t === 'int' && t.big)
        return big;
    throw new go_decode_GoDecodeError(`number ${n.text} at ${path} is too large to handle exactly`);
}
/** ggcr Hash.parse: `sha256:` and 64 lowercase hex digits (other algorithms are unsupported). */
function parseHash(s) {
    const colon = s.indexOf(':');
    const algo = colon < 0 ? '' : s.slice(0, colon);
    const body = colon < 0 ? '' : s.slice(colon + 1);
    if (!algo || !body)
        throw new go_decode_GoDecodeError(`cannot parse hash: ${JSON.stringify(s)}`);
    const bad = /[^0-9a-f]/.exec(body);
    if (bad)
        throw new go_decode_GoDecodeError(`found non-hex character in hash: ${bad[0]}`);
    if (algo !== 'sha256')
        throw new go_decode_GoDecodeError(`unsupported hash: ${JSON.stringify(algo)}`);
    if (body.length !== 64)
        throw new go_decode_GoDecodeError(`wrong number of hex digits for sha256: ${body}`);
    return s;
}
const INT64 = [-(2n ** 63n), 2n ** 63n - 1n];
function decodeValue(n, t, cur, path) {
    if (n.kind === 'null') {
        if (t.t === 'slice' || t.t === 'map' || t.t === 'ptr' || t.t === 'bytes')
            return undefined;
        if (t.t === 'hash')
            return parseHash(''); // Hash.UnmarshalJSON is called with null
        return cur;
    }
    switch (t.t) {
        case 'string':
            if (n.kind !== 'string')
                throw typeError(n, t, path);
            return n.value;
        case 'bool':
            if (n.kind !== 'bool')
                throw typeError(n, t, path);
            return n.value;
        case 'int':
            return parseInteger(n, t, path, INT64[0], INT64[1]);
        case 'time':
            if (n.kind !== 'string')
                throw new go_decode_GoDecodeError('Time.UnmarshalJSON: input is not a JSON string');
            try {
                return normaliseGoTime(n.raw); // Go parses the quoted bytes without unescaping them
            }
            catch (e) {
                if (e instanceof GoTimeError)
                    throw new go_decode_GoDecodeError(e.message);
                throw e;
            }
        case 'hash':
            if (n.kind !== 'string')
                throw typeError(n, { t: 'string' }, path);
            return parseHash(n.value);
        case 'bytes': {
            let bytes;
            if (n.kind === 'string') {
                try {
                    bytes = decodeGoBase64(n.value);
                }
                catch {
                    throw new go_decode_GoDecodeError(`illegal base64 data at ${path}`);
                }
            }
            else if (n.kind === 'array') {
                const byte = { t: 'int' };
                bytes = Uint8Array.from(n.items, (it) => it.kind === 'null' ? 0 : Number(parseInteger(it, byte, path, 0n, 255n)));
            }
            else
                throw typeError(n, t, path);
            return external_node_buffer_.Buffer.from(bytes).toString('base64');
        }
        case 'slice': {
            if (n.kind !== 'array')
                throw typeError(n, t, path);
            const old = Array.isArray(cur) ? cur : [];
            return n.items.map((it, i) => decodeValue(it, t.elem, old[i], path));
        }
        case 'map': {
            if (n.kind !== 'object')
                throw typeError(n, t, path);
            const m = (cur ?? Object.create(null));
            for (const [k, v] of n.entries)
                m[k] = decodeValue(v, t.elem, undefined, path);
            return m;
        }
        case 'ptr':
            return decodeValue(n, t.elem, cur, path);
        case 'struct': {
            if (n.kind !== 'object')
                throw typeError(n, t, path);
            const obj = (cur ?? {});
            for (const [k, v] of n.entries) {
                const field = t.fields.find((fl) => fl.name === k) ?? t.fields.find((fl) => fold(fl.name) === fold(k));
                if (!field)
                    continue;
                obj[field.name] = decodeValue(v, field.type, obj[field.name], `${path}.${field.name}`);
            }
            return obj;
        }
    }
}
/** Go's zero value for a field that is always written. */
function zero(t) {
    switch (t.t) {
        case 'string':
            return '';
        case 'bool':
            return false;
        case 'int':
            return 0;
        case 'time':
            return ZERO_GO_TIME;
        case 'hash':
            return ':';
        case 'struct':
            return finish(undefined, t);
        default:
            return null; // nil slice, map or pointer
    }
}
/**
 * Shapes a decoded value like src/image/types.ts: always-written fields hold their zero values,
 * omitempty fields that Go would omit are left out. A `data: ''` is kept: Go decodes it to a
 * non-nil empty []byte, which ggcr treats as "refresh the embedded config".
 */
function finish(v, t) {
    switch (t.t) {
        case 'struct': {
            const src = (v ?? {});
            const out = {};
            for (const field of t.fields) {
                const fv = finish(src[field.name], field.type);
                if (field.type.t === 'time' || field.type.t === 'struct') {
                    out[field.name] = fv ?? zero(field.type); // never omitted by Go
                }
                else if (field.omitempty) {
                    if (fv === undefined || fv === null)
                        continue;
                    if (field.type.t !== 'bytes' && isEmptyGoValue(fv, field.type))
                        continue;
                    out[field.name] = fv;
                }
                else {
                    out[field.name] = fv ?? zero(field.type);
                }
            }
            return out;
        }
        case 'slice':
            return Array.isArray(v)
                ? v.map((e) => finish(e, t.elem) ?? zero(t.elem))
                : undefined;
        case 'map': {
            if (v === undefined || v === null)
                return undefined;
            const out = Object.create(null);
            for (const [k, e] of Object.entries(v))
                out[k] = finish(e, t.elem) ?? zero(t.elem);
            return out;
        }
        case 'ptr':
            return v === undefined || v === null ? undefined : finish(v, t.elem);
        default:
            return v;
    }
}
/** Decodes the first JSON value in `input` into Go type `t` (normally a struct). */
function go_decode_decodeGo(input, t) {
    let node;
    try {
        node = scanJson(input);
    }
    catch (e) {
        if (e instanceof JsonSyntaxError)
            throw new go_decode_GoDecodeError(e.message);
        throw e;
    }
    const name = t.t === 'struct' ? t.name : goTypeName(t);
    return finish(decodeValue(node, t, undefined, name), t);
}

;// CONCATENATED MODULE: ./src/oci/manifest.ts
// Image manifests and indexes as ko produces them through ggcr's mutate package (spec §5): the
// base manifest re-encoded with the new config and layers appended, base annotations added, and
// multi-platform indexes built from ggcr's empty index in base order.







const ANNOTATION_BASE_DIGEST = 'org.opencontainers.image.base.digest';
const ANNOTATION_BASE_NAME = 'org.opencontainers.image.base.name';
function encoded(value, json) {
    const bytes = goJsonBytes(json);
    return { value, bytes, digest: (0,oci_digest/* sha256 */.sc)(bytes), size: bytes.length };
}
function parse(raw, type, what, where) {
    try {
        return decodeGo(raw, type);
    }
    catch (e) {
        if (!(e instanceof GoDecodeError))
            throw e;
        throw new KoActionError('REGISTRY', `cannot parse the ${what}: ${e.message}`, {
            ...(where ? { where } : {}),
            cause: e,
        });
    }
}
/** v1.ParseManifest: unknown fields dropped. A missing `layers` reads as an empty list. */
function parseManifest(raw, where) {
    const m = parse(raw, ManifestType, 'image manifest', where);
    return { ...m, layers: m.layers ?? [] };
}
/** v1.ParseIndexManifest: unknown fields dropped. A missing `manifests` reads as an empty list. */
function parseIndexManifest(raw, where) {
    const m = parse(raw, IndexManifestType, 'image index', where);
    return { ...m, manifests: m.manifests ?? [] };
}
/** §3.3: new layers follow the base manifest's type, so no image mixes layer types. */
function layerMediaTypeFor(manifestMediaType) {
    if (manifestMediaType === media_types/* MediaType */.zu.OciManifest)
        return media_types/* MediaType */.zu.OciLayer;
    if (manifestMediaType === media_types/* MediaType */.zu.DockerManifest)
        return media_types/* MediaType */.zu.DockerLayer;
    throw new errors/* KoActionError */.jV('REGISTRY', `base image media type ${JSON.stringify(manifestMediaType ?? '')} is not an image manifest`, {
        hint: 'use a base image that is an OCI or Docker v2 image or index',
    });
}
const isImageConfig = (mt) => mt === media_types/* MediaType */.zu.OciConfig || mt === media_types/* MediaType */.zu.DockerConfig;
const nonEmpty = (v) => v !== undefined && Object.keys(v).length > 0;
/** Annotations on a fresh null-prototype map, later sources winning. */
function mergeAnnotations(...sources) {
    const out = Object.create(null);
    for (const s of sources)
        for (const [k, v] of Object.entries(s ?? {}))
            out[k] = v;
    return out;
}
/** The base.digest / base.name annotations; a base without a reference (scratch) gets none. */
function baseAnnotations(digest, name) {
    return {
        ...(digest !== undefined ? { [ANNOTATION_BASE_DIGEST]: digest } : {}),
        ...(name !== undefined ? { [ANNOTATION_BASE_NAME]: name } : {}),
    };
}
/** ko's image manifest: base manifest + new config + appended layers + annotations (§5.1). */
function buildImageManifest(opts) {
    const { base } = opts;
    if (!isImageConfig(base.config.mediaType)) {
        throw new errors/* KoActionError */.jV('REGISTRY', `base image config media type ${JSON.stringify(base.config.mediaType)} is not an image config`, {
            hint: 'use a base image whose config is application/vnd.oci.image.config.v1+json or application/vnd.docker.container.image.v1+json',
        });
    }
    const config = {
        ...base.config,
        size: opts.config.length,
        digest: (0,oci_digest/* sha256 */.sc)(opts.config),
        // ggcr refreshes embedded config data only when the base embedded it.
        ...(base.config.data !== undefined
            ? { data: external_node_buffer_.Buffer.from(opts.config).toString('base64') }
            : {}),
    };
    const manifest = {
        schemaVersion: base.schemaVersion,
        ...(base.mediaType !== undefined ? { mediaType: base.mediaType } : {}),
        config,
        layers: [...base.layers, ...opts.layers.map((l) => ({ ...l }))],
        annotations: mergeAnnotations(base.annotations, opts.annotations, baseAnnotations(opts.baseDigest, opts.baseName)),
        // mutate drops the base's subject; its artifactType stays.
        ...(base.artifactType !== undefined ? { artifactType: base.artifactType } : {}),
    };
    return encoded(manifest, encodeManifest(manifest));
}
/** ggcr's empty.Index: `{"schemaVersion":2,"mediaType":"…index.v1+json","manifests":[]}`. */
function manifest_emptyIndex() {
    return { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.OciIndex, manifests: [] };
}
/** An index built from ggcr's empty index: manifests in the order given. */
function buildIndex(opts) {
    const index = {
        ...manifest_emptyIndex(),
        mediaType: opts.mediaType ?? media_types/* MediaType */.zu.OciIndex,
        manifests: opts.manifests.map((d) => ({ ...d })),
    };
    if (opts.annotations !== undefined)
        index.annotations = mergeAnnotations(opts.annotations);
    return encoded(index, encodeIndexManifest(index));
}
/**
 * The descriptor of a built image inside ko's index (ggcr partial.Descriptor + IndexAddendum):
 * size and digest of the new image, mediaType/urls/annotations/platform from the base entry,
 * artifactType = the image's artifactType, else its config media type.
 */
function childDescriptor(baseEntry, image) {
    const d = {
        mediaType: baseEntry.mediaType || (image.value.mediaType ?? ''),
        size: image.size,
        digest: image.digest,
    };
    if (nonEmpty(baseEntry.urls))
        d.urls = [...baseEntry.urls];
    if (nonEmpty(baseEntry.annotations))
        d.annotations = mergeAnnotations(baseEntry.annotations);
    if (baseEntry.platform)
        d.platform = structuredClone(baseEntry.platform);
    const artifactType = image.value.artifactType || image.value.config.mediaType;
    if (artifactType)
        d.artifactType = artifactType;
    return d;
}
/** ko's multi-platform result (§5.2 step 4). */
function buildKoIndex(opts) {
    return buildIndex({
        mediaType: opts.mediaType,
        manifests: opts.children.map((c) => childDescriptor(c.baseEntry, c.image)),
        annotations: mergeAnnotations(opts.annotations, baseAnnotations(opts.baseDigest, opts.baseName)),
    });
}
/**
 * The `base.digest` ko writes on an index. ko annotates an OCI base index (user annotations +
 * base.digest + base.name, subject dropped) before reading its digest, so for OCI indexes the
 * recorded value is the digest of that re-encoded index, not of the base as fetched. Docker
 * manifest lists are not annotated and keep their own digest.
 */
function koBaseIndexDigest(opts) {
    if (opts.mediaType === media_types/* MediaType */.zu.DockerManifestList)
        return opts.digest;
    const annotated = {
        ...opts.index,
        annotations: mergeAnnotations(opts.index.annotations, opts.annotations, {
            [ANNOTATION_BASE_DIGEST]: opts.digest,
            [ANNOTATION_BASE_NAME]: opts.baseName,
        }),
    };
    delete annotated.subject;
    return (0,oci_digest/* sha256 */.sc)(goJsonBytes(encodeIndexManifest(annotated)));
}

;// CONCATENATED MODULE: ./src/go/build-info.ts
// Go's build info as ko reads it for an SBOM: `go version -m` output massaged the way ko's
// massageGoVersionM does (first line dropped, leading space trimmed), then parsed like
// runtime/debug.ParseBuildInfo. Only what the SBOM uses is kept.

const goSpace = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
function bad(line, why) {
    return new errors/* KoActionError */.jV('GO_BUILD', `could not parse Go build info: line ${line}: ${why}`, {
        hint: 'the binary has no readable module information; set `sbom: none` to skip the SBOM',
    });
}
function moduleOf(cols, line) {
    if (cols.length !== 2 && cols.length !== 3) {
        throw bad(line, `expected 2 or 3 columns; got ${cols.length}`);
    }
    return { path: cols[0], version: cols[1], sum: cols[2] ?? '' };
}
/** Parses `go version -m` output as ko does; empty input gives empty build info. */
function parseGoVersionM(text) {
    // bufio.Scanner lines: split on \n, a trailing \r dropped, no empty last token.
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    if (text.endsWith('\n'))
        lines.pop();
    const goVersion = /: (go\S*)\s*$/.exec(lines[0] ?? '')?.[1] ?? '';
    let path = '';
    let main = { path: '', version: '', sum: '' };
    const deps = [];
    // Which module a `=>` line replaces: main (-1), a dep index, or none.
    let last;
    lines.slice(1).forEach((raw, i) => {
        const line = raw.replace(goSpace, '');
        const n = i + 1;
        const [key, ...rest] = line.split('\t');
        const tail = line.slice((key ?? '').length + 1);
        switch (line.includes('\t') ? key : undefined) {
            case 'path':
                path = tail;
                break;
            case 'mod':
                main = moduleOf(rest, n);
                last = -1;
                break;
            case 'dep':
                deps.push(moduleOf(rest, n));
                last = deps.length - 1;
                break;
            case '=>': {
                if (rest.length !== 3)
                    throw bad(n, `expected 3 columns for replacement; got ${rest.length}`);
                if (last === undefined)
                    throw bad(n, 'replacement with no module on previous line');
                const replace = { path: rest[0], version: rest[1], sum: rest[2] };
                if (last === -1)
                    main = { ...main, replace };
                else
                    deps[last] = { ...deps[last], replace };
                last = undefined;
                break;
            }
            default:
                // build settings and unknown lines do not reach the SBOM.
                break;
        }
    });
    return { goVersion, path, main, deps };
}

;// CONCATENATED MODULE: ./src/ko/spdx.ts
// ko's SPDX 2.3 documents (internal/sbom/spdx.go): one per image (image → main module → deps,
// plus the base image) and one per index (index → each platform image). Bytes are Go's
// json.Encoder with two-space indent: struct field order, omitempty, HTML-safe escaping, and a
// trailing newline.








/** What ko reports as its version (`Tool: ko <version>`) when none is given. */
const DEFAULT_KO_VERSION = 'v0.19.1';
const NOASSERTION = 'NOASSERTION';
/** json.MarshalIndent(v, "", "  "); undefined members are left out (omitempty). */
function encodeIndented(v, indent = '') {
    if (typeof v === 'string')
        return goQuote(v);
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
        const items = v;
        if (items.length === 0)
            return '[]';
        return `[\n${items.map((e) => inner + encodeIndented(e, inner)).join(',\n')}\n${indent}]`;
    }
    const entries = Object.entries(v).filter((e) => e[1] !== undefined);
    if (entries.length === 0)
        return '{}';
    const body = entries.map(([k, e]) => `${inner}${goQuote(k)}: ${encodeIndented(e, inner)}`);
    return `{\n${body.join(',\n')}\n${indent}}`;
}
/** Go's url.QueryEscape: unreserved bytes kept, space as +, the rest %XX. */
function queryEscape(s) {
    return encodeURIComponent(s)
        .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, '+');
}
/** ko's ociRef: a purl whose qualifiers are url.Values.Encode()d (sorted by key). */
function ociPurl(kind, digest, quals) {
    const purl = `pkg:oci/${kind}@${digest}`;
    if (quals.length === 0)
        return purl;
    const keys = [...new Set(quals.map(([k]) => k))].sort(compareGoStrings);
    const parts = keys.flatMap((k) => quals.filter(([q]) => q === k).map(([, v]) => `${queryEscape(k)}=${queryEscape(v)}`));
    return `${purl}?${parts.join('&')}`;
}
function spdxPackage(p) {
    return {
        SPDXID: p.id,
        name: p.name,
        versionInfo: p.version || undefined,
        filesAnalyzed: false,
        licenseDeclared: NOASSERTION,
        licenseConcluded: NOASSERTION,
        downloadLocation: p.downloadLocation,
        copyrightText: NOASSERTION,
        primaryPackagePurpose: p.primaryPurpose,
        checksums: p.checksum === undefined ? undefined : [{ algorithm: 'SHA256', checksumValue: p.checksum }],
        externalRefs: [
            { referenceCategory: 'PACKAGE-MANAGER', referenceLocator: p.purl, referenceType: 'purl' },
        ],
    };
}
const relationship = (element, type, related) => ({
    spdxElementId: element,
    relationshipType: type,
    relatedSpdxElement: related,
});
const ociPackageId = (d) => `SPDXRef-Package-sha256-${(0,oci_digest/* digestHex */.sU)(d)}`;
const modulePackageId = (m) => `SPDXRef-Package-${m.path.replaceAll('/', '.')}-${m.version}`;
/** purl-spec golang: the first two path elements lowercased. */
function goPurl(m) {
    const parts = m.path.split('/');
    const path = parts.length > 2
        ? [parts[0].toLowerCase(), parts[1].toLowerCase(), ...parts.slice(2)].join('/')
        : m.path;
    return `pkg:golang/${path}@${m.version}?type=module`;
}
/** ko's h1ToSHA256: the hex of an `h1:` go.sum hash, else "". */
function h1ToSha256(sum) {
    if (!sum.startsWith('h1:'))
        return '';
    try {
        return Buffer.from(decodeGoBase64(sum.slice(3))).toString('hex');
    }
    catch {
        return '';
    }
}
/** Go's `2006-01-02T15:04:05Z` layout: the config time's wall clock, fraction and zone dropped. */
function spdxDate(created) {
    return `${normaliseGoTime(created).slice(0, 19)}Z`;
}
function spdx_document(digest, created, koVersion, g) {
    const doc = {
        SPDXID: 'SPDXRef-DOCUMENT',
        name: `sbom-${digest}`,
        spdxVersion: 'SPDX-2.3',
        creationInfo: { created: spdxDate(created), creators: [`Tool: ko ${koVersion}`] },
        dataLicense: 'CC0-1.0',
        documentNamespace: `http://spdx.org/spdxdocs/ko/${digest}`,
        documentDescribes: [ociPackageId(digest)],
        packages: g.packages.length ? g.packages : undefined,
        relationships: g.relationships.length ? g.relationships : undefined,
    };
    return goJsonBytes(`${encodeIndented(doc)}\n`);
}
/** ko's addBaseImage: the base named by the base.name/base.digest annotations, if both exist. */
function addBaseImage(g, annotations, of) {
    const name = annotations[ANNOTATION_BASE_NAME];
    const raw = annotations[ANNOTATION_BASE_DIGEST];
    if (name === undefined || raw === undefined)
        return;
    const ref = (0,reference/* parseReference */.F2)(name);
    if (!(0,oci_digest/* isDigest */.Bc)(raw)) {
        throw new errors/* KoActionError */.jV('REGISTRY', `base image digest ${JSON.stringify(raw)} is not sha256`, {
            hint: 'the base.digest annotation must be sha256:<64 hex>',
        });
    }
    const repo = ref.context();
    g.relationships.push(relationship(ociPackageId(of), 'DESCENDANT_OF', ociPackageId(raw)));
    // A reference with a digest is a ggcr name.Digest: no tag qualifier.
    const quals = [['repository_url', repo.name]];
    if (ref.digest === undefined && ref.tag !== undefined)
        quals.push(['tag', ref.tag]);
    g.packages.push(spdxPackage({
        id: ociPackageId(raw),
        name: `${repo.name}@${raw}`,
        version: ref.original,
        downloadLocation: NOASSERTION,
        checksum: (0,oci_digest/* digestHex */.sU)(raw),
        purl: ociPurl('image', raw, quals),
    }));
}
/** ko's GenerateImageSPDX from `go version -m` output. */
function spdxFromBuildInfo(goVersionM, opts) {
    const bi = parseGoVersionM(goVersionM);
    const image = ociPackageId(opts.imageDigest);
    const g = {
        packages: [
            spdxPackage({
                id: image,
                name: opts.imageDigest,
                downloadLocation: NOASSERTION,
                primaryPurpose: 'CONTAINER',
                purl: ociPurl('image', opts.imageDigest, [['mediaType', opts.manifestMediaType]]),
            }),
        ],
        relationships: [relationship('SPDXRef-DOCUMENT', 'DESCRIBES', image)],
    };
    addBaseImage(g, opts.annotations ?? {}, opts.imageDigest);
    const main = modulePackageId(bi.main);
    g.relationships.push(relationship(image, 'CONTAINS', main));
    g.packages.push(spdxPackage({
        id: main,
        name: bi.main.path,
        downloadLocation: `https://${bi.main.path}`,
        purl: goPurl(bi.main),
    }));
    for (const dep of bi.deps) {
        const id = modulePackageId(dep);
        g.relationships.push(relationship(main, 'DEPENDS_ON', id));
        g.packages.push(spdxPackage({
            id,
            name: dep.path,
            version: dep.version,
            downloadLocation: `https://proxy.golang.org/${dep.path}/@v/${dep.version}.zip`,
            checksum: dep.sum ? h1ToSha256(dep.sum) : undefined,
            purl: goPurl(dep),
        }));
    }
    return spdx_document(opts.imageDigest, opts.created, opts.koVersion ?? DEFAULT_KO_VERSION, g);
}
/** ko's GenerateIndexSPDX: the index and a VARIANT_OF package per platform image. */
function spdxForIndex(opts) {
    const index = ociPackageId(opts.indexDigest);
    const g = {
        packages: [
            spdxPackage({
                id: index,
                name: opts.indexDigest,
                downloadLocation: NOASSERTION,
                primaryPurpose: 'CONTAINER',
                checksum: (0,oci_digest/* digestHex */.sU)(opts.indexDigest),
                purl: ociPurl('index', opts.indexDigest, [['mediaType', opts.indexMediaType]]),
            }),
        ],
        relationships: [],
    };
    addBaseImage(g, opts.annotations ?? {}, opts.indexDigest);
    for (const c of opts.children) {
        const p = c.platform;
        const quals = [
            ['mediaType', c.mediaType],
            ['arch', p.architecture],
            ['os', p.os],
        ];
        if (p.variant)
            quals.push(['variant', p.variant]);
        if (p['os.version'])
            quals.push(['os-version', p['os.version']]);
        for (const f of p['os.features'] ?? [])
            quals.push(['os-feature', f]);
        g.relationships.push(relationship(index, 'VARIANT_OF', ociPackageId(c.digest)));
        g.packages.push(spdxPackage({
            id: ociPackageId(c.digest),
            name: c.digest,
            version: (0,oci_platform/* formatPlatform */.Bq)(p),
            downloadLocation: NOASSERTION,
            primaryPurpose: 'CONTAINER',
            checksum: (0,oci_digest/* digestHex */.sU)(c.digest),
            purl: ociPurl('image', c.digest, quals),
        }));
    }
    return spdx_document(opts.indexDigest, opts.created, opts.koVersion ?? DEFAULT_KO_VERSION, g);
}

;// CONCATENATED MODULE: ./src/ko/sbom.ts
// ko's SBOM attachment (cosign's static.NewFile + the `.sbom` tag scheme): an OCI image made of
// ggcr's empty image, one uncompressed `text/spdx+json` layer holding the SBOM, and the config
// that mutate.Append gives it (one diffID, one empty history entry).





/** cosign's tag for the SBOM of `digest`: `sha256-<hex>.sbom`. */
function sbomTag(digest) {
    return `sha256-${(0,oci_digest/* digestHex */.sU)(digest)}.sbom`;
}
function memoryBlob(mediaType, bytes) {
    const descriptor = { mediaType, size: bytes.length, digest: (0,oci_digest/* sha256 */.sc)(bytes) };
    return { descriptor, open: () => Promise.resolve(external_node_stream_.Readable.from([Buffer.from(bytes)])) };
}
/** The SBOM as an image to push under sbomTag(imageDigest). */
function sbomArtifact(sbom, mediaType = media_types/* MediaType */.zu.SpdxJson) {
    const layer = memoryBlob(mediaType, sbom);
    const config = {
        architecture: '',
        created: ZERO_GO_TIME,
        history: [{}],
        os: '',
        rootfs: { type: 'layers', diff_ids: [layer.descriptor.digest] },
        config: {},
    };
    const configBlob = memoryBlob(media_types/* MediaType */.zu.OciConfig, goJsonBytes(encodeConfigFile(config)));
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.OciManifest,
        config: configBlob.descriptor,
        layers: [layer.descriptor],
    };
    const rawManifest = goJsonBytes(encodeManifest(manifest));
    return {
        kind: 'image',
        mediaType: media_types/* MediaType */.zu.OciManifest,
        digest: (0,oci_digest/* sha256 */.sc)(rawManifest),
        rawManifest,
        blobs: [configBlob, layer],
    };
}

// EXTERNAL MODULE: ./src/util/read-all.ts
var read_all = __webpack_require__(3868);
;// CONCATENATED MODULE: ./src/engine/base/base-image.ts




async function loadBase(name, reader) {
    const root = await reader.root();
    const mediaType = root.mediaType || sniffMediaType(root.bytes);
    if ((0,media_types/* isIndexMediaType */.$$)(mediaType)) {
        const index = JSON.parse(Buffer.from(root.bytes).toString('utf8'));
        const images = new KeyedOnce();
        return {
            kind: 'index',
            name,
            digest: root.digest,
            mediaType,
            index,
            image: (entry) => {
                if (!(0,media_types/* isImageManifestMediaType */.d6)(entry.mediaType)) {
                    throw new errors/* KoActionError */.jV('REGISTRY', `base image ${name ?? ''} holds a nested index (${entry.digest})`, {
                        hint: 'ko needs each entry of a base index to be an image manifest',
                    });
                }
                return images.get(entry.digest, async () => loadImage(name, await reader.manifest(entry), reader, entry.platform));
            },
        };
    }
    if (!(0,media_types/* isImageManifestMediaType */.d6)(mediaType)) {
        throw new errors/* KoActionError */.jV('REGISTRY', `base image ${name ?? ''} has unsupported media type ${mediaType}`, {
            hint: 'use an OCI or Docker v2 image or index as the base',
        });
    }
    return loadImage(name, { ...root, mediaType }, reader, undefined);
}
async function loadImage(name, raw, reader, platform) {
    const manifest = JSON.parse(Buffer.from(raw.bytes).toString('utf8'));
    const configBytes = await (0,read_all/* readAll */.y)(await reader.blob(manifest.config));
    const config = JSON.parse(Buffer.from(configBytes).toString('utf8'));
    const layers = manifest.layers.map((descriptor) => ({
        descriptor,
        open: () => reader.blob(descriptor),
        ...(reader.mountFrom ? { mountFrom: reader.mountFrom } : {}),
    }));
    return {
        kind: 'image',
        name,
        digest: raw.digest,
        manifest,
        manifestMediaType: manifest.mediaType ?? raw.mediaType,
        config,
        configBytes,
        layers,
        platform,
    };
}
function sniffMediaType(bytes) {
    const doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
    if (doc.mediaType)
        return doc.mediaType;
    return doc.manifests ? media_types/* MediaType */.zu.OciIndex : media_types/* MediaType */.zu.OciManifest;
}

;// CONCATENATED MODULE: ./src/ko/build-config.ts
// Which .ko.yaml build (and base image) applies to an import path. ko keys each `builds[]` entry
// by the import path `go list` reports for `./<main>` run in `<working-directory>/<dir>`; this
// module says what to list and then picks the build, with ko's defaults (ko-compat §7.2). Pure:
// the caller runs `go list` and answers file-system questions through `PathKind`.


const stripScheme = (ip) => ip.trim().replace(/^ko:\/\//, '');
/**
 * For each build, what to `go list` to learn its import path. `main` naming a file means its
 * directory (as GoReleaser does); a `dir` or `main` that does not exist is an error at its
 * position in .ko.yaml (ko#483). Run one `go list` per distinct `cwd` with all its patterns.
 */
function buildMatchKeys(config, workingDirectory, pathKind) {
    return config.builds.map((b) => {
        const cwd = (0,external_node_path_.join)(workingDirectory, b.dir);
        if (pathKind(cwd) !== 'directory') {
            throw new errors/* KoActionError */.jV('CONFIG', `builds[${b.index}].dir: ${b.dir} is not a directory in ${workingDirectory}`, { where: b.dirWhere, hint: 'dir is relative to working-directory' });
        }
        // Leading slashes are dropped: ko joins main onto dir even when it is absolute.
        let main = external_node_path_.posix.normalize(b.main.replaceAll('\\', '/')).replace(/^\/+/, '') || '.';
        const kind = pathKind((0,external_node_path_.join)(cwd, main));
        if (kind === 'file')
            main = external_node_path_.posix.dirname(main);
        else if (kind === 'missing') {
            throw new errors/* KoActionError */.jV('CONFIG', `builds[${b.index}].main: ${b.main} does not exist in ${cwd}`, {
                where: b.mainWhere,
                hint: 'main is a package directory (or a .go file in it) relative to the build’s dir',
            });
        }
        return { buildIndex: b.index, cwd, pattern: localPattern(main) };
    });
}
function localPattern(rel) {
    if (rel === '.' || rel === '..' || rel.startsWith('../'))
        return rel;
    return `./${rel}`;
}
/**
 * Two builds for the same package: ko silently keeps the later one; we stop, because one of the
 * two entries is certainly not doing what its author meant.
 */
function checkBuildImportPaths(config, resolved) {
    const first = new Map();
    for (const b of config.builds) {
        const ip = resolved.get(b.index);
        if (ip === undefined)
            continue;
        const before = first.get(ip);
        if (before) {
            throw new errors/* KoActionError */.jV('CONFIG', `builds[${b.index}] (${b.id}) and builds[${before.index}] (${before.id}) both build ${ip}`, { where: b.where, hint: 'keep one builds entry per package' });
        }
        first.set(ip, b);
    }
}
/**
 * The build for `importPath` (exact import path match, as ko's map lookup), with defaults for
 * what it leaves unset; the defaults alone when no build matches. `resolved` maps build index to
 * the import path `go list` gave for its BuildMatchKey.
 */
function selectBuild(config, importPath, resolved, options = {}) {
    const ip = stripScheme(importPath);
    // Later entries win, as when ko fills its map.
    const build = [...config.builds].reverse().find((b) => resolved.get(b.index) === ip);
    const cli = (options.cliLdflags ?? []).map((text) => ({ text, where: '--ldflags' }));
    const pick = (own, fallback) => own && own.length > 0 ? own : fallback;
    return {
        build,
        dir: build?.dir,
        env: pick(build?.env, config.defaultEnv),
        flags: pick(build?.flags, config.defaultFlags),
        ldflags: pick(cli, pick(build?.ldflags, config.defaultLdflags)),
        linuxCapabilities: build?.linuxCapabilities ?? [],
    };
}
/**
 * For a local import path (`./app/cmd/foo`), the build directories that contain it, most specific
 * first, with the path relative to each: list the package there so a nested module under a
 * build's `dir` resolves (ko's gobuilds.builder second step, which tries its builds in random
 * map order). Empty for a full import path or when no build's dir contains it.
 */
function localBuildCandidates(config, localPath) {
    const p = stripScheme(localPath);
    if (!(p === '.' || p === '..' || p.startsWith('./') || p.startsWith('../')))
        return [];
    const seen = new Set();
    const out = [];
    for (const b of config.builds) {
        const dir = posix.normalize(b.dir.replaceAll('\\', '/'));
        if (dir === '.' || seen.has(dir))
            continue;
        const rel = posix.relative(dir, p);
        if (rel === '..' || rel.startsWith('../') || posix.isAbsolute(rel))
            continue;
        seen.add(dir);
        out.push({ dir, pattern: localPattern(rel || '.'), depth: dir.split('/').length });
    }
    return out.sort((a, b) => b.depth - a.depth).map(({ dir, pattern }) => ({ dir, pattern }));
}
/**
 * The base image for `importPath`: its baseImageOverrides entry (looked up lowercased, as ko
 * does), else `override` (the base-image input, which replaces only the default), else the
 * configured default.
 */
function baseImageFor(config, importPath, override) {
    const own = config.baseImageOverrides.get(stripScheme(importPath).toLowerCase());
    if (own)
        return own.value;
    return override?.trim() || config.defaultBaseImage.value;
}

;// CONCATENATED MODULE: ./src/oci/config.ts
// Reading a base image's config the way ggcr does (v1.ParseConfigFile): unknown fields such as
// `container_config` are dropped and times are normalised, so re-encoding gives ko's bytes.



/**
 * Parses config JSON into ggcr's ConfigFile. `where` names the image for error messages.
 * Throws KoActionError('REGISTRY') where ggcr would fail to parse.
 */
function parseConfigFile(raw, where) {
    try {
        return go_decode_decodeGo(raw, ConfigFileType);
    }
    catch (e) {
        if (!(e instanceof go_decode_GoDecodeError))
            throw e;
        throw new errors/* KoActionError */.jV('REGISTRY', `cannot parse the image config: ${e.message}`, {
            ...(where ? { where } : {}),
            hint: 'the base image config must be a valid OCI or Docker image config',
            cause: e,
        });
    }
}
/** A deep copy, so a mutation never reaches the caller's (possibly shared) config. */
function cloneConfigFile(cf) {
    return structuredClone(cf);
}

;// CONCATENATED MODULE: ./src/ko/image-config.ts
// ko's image config mutation (pkg/build/gobuild.go buildOne + ggcr mutate.Append), step by step
// in ko's order so the encoded config is byte-identical to ko's (spec §4.1).



const KO_APP_DIR = '/ko-app';
const KO_DATA_ROOT = '/var/run/ko';
const WINDOWS_APP_DIR = 'C:\\ko-app';
const WINDOWS_KO_DATA_PATH = 'KO_DATA_PATH=C:\\var\\run\\ko';
const KO_AUTHOR = 'github.com/ko-build/ko';
/** Delve's path in debug images (ko: path.Join("/ko-app", filepath.Base(dlv))). */
const DELVE_PATH = '/ko-app/dlv';
const DELVE_ARGS = [
    'exec',
    '--listen=:40000',
    '--headless',
    '--log',
    '--accept-multiclient',
    '--api-version=2',
    '--',
];
/** ko's appFilename: the import path's last element; "ko-app" when there is none. */
function appFileName(importPath) {
    // Go's path.Base: trailing slashes dropped; "" is "."; only slashes is "/".
    const p = importPath.replace(/^ko:\/\//, '');
    const trimmed = p.replace(/\/+$/, '');
    const base = p === '' ? '.' : trimmed === '' ? '/' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
    return base === '.' || base === '/' ? 'ko-app' : base;
}
/** ko's updatePath: append to the first PATH=, or add PATH=<dir> at the end. */
function updatePath(env, dir) {
    const out = [...env];
    const i = out.findIndex((e) => e.includes('=') && e.slice(0, e.indexOf('=')) === 'PATH');
    if (i >= 0)
        out[i] = `${out[i]}:${dir}`;
    else
        out.push(`PATH=${dir}`);
    return out;
}
/** The image config ko writes for `base` plus the kodata, binary (and delve) layers. */
function koConfigFile(base, opts) {
    const cf = cloneConfigFile(base);
    const created = opts.sourceDateEpoch === undefined ? ZERO_GO_TIME : formatGoTime(opts.sourceDateEpoch);
    const kodataCreated = opts.kodataDateEpoch === undefined ? ZERO_GO_TIME : formatGoTime(opts.kodataDateEpoch);
    const createdBy = `ko build ${opts.importRef}`;
    const appPath = external_node_path_.posix.join(KO_APP_DIR, opts.appName);
    const windows = opts.os === 'windows';
    // Delve only exists for linux/amd64 and linux/arm64; ko's Windows --debug entrypoint, built
    // from an empty delve path, is not reproduced (spec §13 item 1).
    const delve = opts.delveDiffId !== undefined && !windows ? opts.delveDiffId : undefined;
    // mutate.Append: one history entry and one diffID per added layer, in layer order.
    const added = [
        {
            author: 'ko',
            created: kodataCreated,
            created_by: createdBy,
            comment: 'kodata contents, at $KO_DATA_PATH',
        },
        { author: 'ko', created, created_by: createdBy, comment: `go build output, at ${appPath}` },
    ];
    const diffIds = [opts.kodataDiffId, opts.binaryDiffId];
    if (delve) {
        added.push({
            author: 'ko',
            created,
            created_by: createdBy,
            comment: `Delve debugger, at ${DELVE_PATH}`,
        });
        diffIds.push(delve);
    }
    cf.history = [...(cf.history ?? []), ...added];
    cf.rootfs = { type: cf.rootfs.type, diff_ids: [...(cf.rootfs.diff_ids ?? []), ...diffIds] };
    const config = { ...cf.config };
    delete config.Cmd;
    if (windows) {
        config.Entrypoint = [`${WINDOWS_APP_DIR}\\${opts.appName}`];
        config.Env = [...updatePath(config.Env ?? [], WINDOWS_APP_DIR), WINDOWS_KO_DATA_PATH];
    }
    else {
        config.Entrypoint = delve ? [DELVE_PATH, ...DELVE_ARGS, appPath] : [appPath];
        config.Env = [...updatePath(config.Env ?? [], KO_APP_DIR), `KO_DATA_PATH=${KO_DATA_ROOT}`];
    }
    cf.author = KO_AUTHOR;
    const labels = Object.create(null);
    for (const [k, v] of Object.entries(config.Labels ?? {}))
        labels[k] = v;
    for (const [k, v] of Object.entries(opts.labels ?? {}))
        labels[k] = v;
    if (Object.keys(labels).length > 0)
        config.Labels = labels;
    else
        delete config.Labels;
    if (opts.user)
        config.User = opts.user;
    cf.config = config;
    if (opts.sourceDateEpoch !== undefined)
        cf.created = created;
    return cf;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/oci/gzip.ts
// Gzip that compresses blocks in parallel on libuv's thread pool, as pigz does: each block is an
// independent raw deflate stream primed with the previous 32 KiB as its dictionary and ended with
// a sync flush (so blocks concatenate into one valid deflate stream), the last one with BFINAL.
// The result is one ordinary gzip member, and deterministic for a given input and block size.
// Compression is the slowest step of making a layer, and one zlib stream uses only one core.



// Go's compress/gzip header at BestSpeed: no name, mtime 0, XFL 4 (fastest), OS 255 (unknown).
const header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x04, 0xff]);
const gzip_window = 32 * 1024;
function compress(data, opts) {
    return new Promise((resolve, reject) => {
        (0,external_node_zlib_.deflateRaw)(data, opts, (err, out) => (err ? reject(err) : resolve(out)));
    });
}
const defaultBlockSize = 1 << 20;
/** Options for one block: the previous block primes it, and only the last one ends the stream. */
function blockOptions(level, blockSize, previous, last) {
    return {
        level,
        // Room for the whole output in one go: fewer thread-pool round trips per block.
        chunkSize: Math.max(64 * 1024, Math.ceil(blockSize / 2)),
        finishFlush: last ? external_node_zlib_.constants.Z_FINISH : external_node_zlib_.constants.Z_SYNC_FLUSH,
        ...(previous && { dictionary: previous.subarray(Math.max(0, previous.length - gzip_window)) }),
    };
}
function trailer(crc, length) {
    const t = Buffer.alloc(8);
    t.writeUInt32LE(crc >>> 0, 0);
    t.writeUInt32LE(length % 2 ** 32, 4);
    return t;
}
/**
 * Gzip for data already in memory: every block starts at once instead of as a stream arrives.
 * With the same block size it makes the same bytes as createParallelGzip.
 */
async function gzipBuffer(data, opts = {}) {
    const level = opts.level ?? 1;
    const blockSize = opts.blockSize ?? defaultBlockSize;
    const blocks = [];
    for (let at = 0; at === 0 || at < data.length; at += blockSize) {
        const last = at + blockSize >= data.length;
        const previous = at > 0 ? data.subarray(Math.max(0, at - gzip_window), at) : undefined;
        const block = data.subarray(at, at + blockSize);
        blocks.push(compress(block, blockOptions(level, blockSize, previous, last)));
    }
    const out = await Promise.all(blocks);
    return [header, ...out, trailer((0,external_node_zlib_.crc32)(data), data.length)];
}
function createParallelGzip(opts = {}) {
    const level = opts.level ?? 1;
    const blockSize = opts.blockSize ?? defaultBlockSize;
    const concurrency = opts.concurrency ?? Math.max(1, Math.min(4, (0,external_node_os_.availableParallelism)()));
    let pending = [];
    let pendingBytes = 0;
    let previous;
    let crc = 0;
    let length = 0;
    const inFlight = [];
    let started = false;
    const start = (block, last) => {
        crc = (0,external_node_zlib_.crc32)(block, crc);
        length += block.length;
        const out = compress(block, blockOptions(level, blockSize, previous, last));
        // Awaited in order later; until then a failure must not count as unhandled.
        out.catch(() => undefined);
        inFlight.push(out);
        previous = block;
    };
    const takeBlock = () => {
        // Usually the first piece alone is a whole block (the tar writer sends 1 MiB chunks).
        const first = pending[0];
        const all = first.length >= blockSize ? first : Buffer.concat(pending);
        const rest = all.subarray(blockSize);
        pending = all === first ? pending.slice(1) : [];
        if (rest.length > 0)
            pending.unshift(rest);
        pendingBytes -= Math.min(blockSize, all.length);
        return all.subarray(0, blockSize);
    };
    const gzip = new external_node_stream_.Transform({
        highWaterMark: blockSize,
        transform(chunk, _enc, cb) {
            pending.push(chunk);
            pendingBytes += chunk.length;
            void (async () => {
                // Keep the last block back: only flush() knows whether it is the final one.
                while (pendingBytes > blockSize) {
                    start(takeBlock(), false);
                    while (inFlight.length >= concurrency)
                        emit(await inFlight.shift());
                }
            })().then(() => cb(), cb);
        },
        flush(cb) {
            void (async () => {
                while (pendingBytes > blockSize)
                    start(takeBlock(), false);
                start(pending.length > 0 ? takeBlock() : Buffer.alloc(0), true);
                for (const p of inFlight.splice(0))
                    emit(await p);
                emit(trailer(crc, length));
            })().then(() => cb(), cb);
        },
    });
    const emit = (data) => {
        if (!started)
            gzip.push(header);
        started = true;
        gzip.push(data);
    };
    return gzip;
}

;// CONCATENATED MODULE: ./src/oci/layer.ts
// A layer is made in one streamed pass: tar bytes → sha256 (diffID) → gzip level 1 → sha256 and
// byte count (digest, size) → a temp file. Nothing holds a large layer in memory, and every
// descriptor is known before anything is pushed. The gzip is zlib's, in parallel blocks, so
// compressed digests differ from ko's (Go's compress/flate) while diffIDs match (spec §3.2).











// Large chunks keep per-chunk costs (thread-pool hops, hash calls) negligible.
const chunk = 1 << 20;
/**
 * Up to this, a layer's tar and gzip are held in memory: every gzip block then starts at once and
 * the tar is hashed meanwhile, where the stream waits for each block to fill. Larger layers
 * stream, so memory stays flat whatever the binary's size.
 */
const inMemoryLayerLimit = 16 << 20;
async function createLayer(writeTar, opts) {
    await (0,promises_.mkdir)(opts.tmpDir, { recursive: true });
    if (opts.expectedSize !== undefined && opts.expectedSize <= inMemoryLayerLimit) {
        return createSmallLayer(writeTar, opts);
    }
    const path = (0,external_node_path_.join)(opts.tmpDir, `layer-${(0,external_node_crypto_.randomUUID)()}.tar.gz`);
    const tar = new oci_digest/* DigestCounter */.VR();
    const gz = new oci_digest/* DigestCounter */.VR();
    const head = hashing(tar, chunk);
    const file = await openWriteStream(path, { flags: 'wx', highWaterMark: chunk });
    const done = (0,external_node_stream_promises_.pipeline)(head, createParallelGzip({ level: 1 }), hashing(gz, chunk), file);
    const produce = (async () => {
        await writeTar(head);
        head.end();
    })();
    try {
        await Promise.all([produce, done]);
    }
    catch (err) {
        head.destroy(err instanceof Error ? err : new Error(String(err)));
        await Promise.allSettled([produce, done]);
        await (0,promises_.rm)(path, { force: true });
        throw err;
    }
    return fileLayer(path, tar.digest(), {
        mediaType: opts.mediaType,
        size: gz.size,
        digest: gz.digest(),
    });
}
async function createSmallLayer(writeTar, opts) {
    const parts = [];
    await writeTar(new external_node_stream_.Writable({
        highWaterMark: chunk,
        write(data, _enc, cb) {
            parts.push(data);
            cb();
        },
    }));
    const tar = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    const compressing = gzipBuffer(tar, { level: 1 });
    compressing.catch(() => undefined); // awaited below, after hashing
    const diffId = (0,oci_digest/* sha256 */.sc)(tar);
    const gz = await compressing;
    const counter = new oci_digest/* DigestCounter */.VR();
    for (const part of gz)
        counter.update(part);
    const path = (0,external_node_path_.join)(opts.tmpDir, `layer-${(0,external_node_crypto_.randomUUID)()}.tar.gz`);
    try {
        await (0,promises_.writeFile)(path, gz, { flag: 'wx' });
    }
    catch (err) {
        await (0,promises_.rm)(path, { force: true });
        throw err;
    }
    return fileLayer(path, diffId, {
        mediaType: opts.mediaType,
        size: counter.size,
        digest: counter.digest(),
    });
}
/** A layer for an existing gzip file. Reads it once unless both digests are already known. */
async function layerFromFile(path, opts) {
    if (opts.diffId && opts.digest) {
        const { size } = await (0,promises_.stat)(path);
        return fileLayer(path, opts.diffId, { mediaType: opts.mediaType, size, digest: opts.digest });
    }
    const tar = new oci_digest/* DigestCounter */.VR();
    const gz = new oci_digest/* DigestCounter */.VR();
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path, { highWaterMark: chunk }), hashing(gz, chunk), (0,external_node_zlib_.createGunzip)({ chunkSize: 256 * 1024 }), new external_node_stream_.Writable({
        highWaterMark: chunk,
        write(data, _enc, cb) {
            tar.update(data);
            cb();
        },
    }));
    const digest = gz.digest();
    if (opts.digest && opts.digest !== digest) {
        throw new errors/* KoActionError */.jV('DIGEST_MISMATCH', `${path} has digest ${digest}, not ${opts.digest}`, {
            hint: 'The cached layer is corrupt; clear the cache and build again.',
        });
    }
    return fileLayer(path, opts.diffId ?? tar.digest(), {
        mediaType: opts.mediaType,
        size: gz.size,
        digest,
    });
}
function fileLayer(path, diffId, descriptor) {
    return {
        diffId,
        descriptor,
        path,
        async open() {
            // Opening first makes a missing file fail here rather than as a later stream error.
            const fh = await (0,promises_.open)(path, 'r');
            return fh.createReadStream({ highWaterMark: chunk });
        },
    };
}
/** A pass-through that feeds every byte to a digest. */
function hashing(counter, highWaterMark) {
    return new external_node_stream_.Transform({
        highWaterMark,
        transform(data, _enc, cb) {
            counter.update(data);
            cb(null, data);
        },
    });
}

// EXTERNAL MODULE: ./src/oci/capabilities.ts
var capabilities = __webpack_require__(4319);
;// CONCATENATED MODULE: ./src/engine/binary-layer.ts
// ko's binary layer (pkg/build/gobuild.go tarBinary, spec §1): the directory `ko-app`, then the
// binary at `/ko-app/<app>`; on Windows under Hives/ and Files/ with an owner/group security
// descriptor. Names, modes and mtimes are fixed so the diffID depends only on the binary bytes,
// the app name, the OS and the capabilities.







/** `O:BUG:BU` (owner and group BUILTIN\Users): Windows will not run the binary without it. */
const windowsSecurityDescriptor = 'AQAAgBQAAAAkAAAAAAAAAAAAAAABAgAAAAAABSAAAAAhAgAAAQIAAAAAAAUgAAAAIQIAAA==';
const windowsSecurityKey = 'MSWINDOWS.rawsd';
const capabilityKey = 'SCHILY.xattr.security.capability';
/** Where the binary lives in the image. */
const appDir = '/ko-app';
/** The binary's path in the image, as the entrypoint names it on Linux. */
function appPath(importPath) {
    return external_node_path_.posix.join(appDir, appFileName(importPath));
}
/** Writes the binary layer's entries (no trailer) to `tw`; `size` is the binary's. */
async function writeBinaryTar(tw, opts, size) {
    const windows = opts.os === 'windows';
    const dirs = windows ? ['Hives', 'Files', 'Files/ko-app'] : ['ko-app'];
    for (const name of dirs)
        await tw.writeEntry({ name, typeflag: TypeDir, mode: 0o555 });
    let pax;
    if (windows) {
        pax = { [windowsSecurityKey]: windowsSecurityDescriptor };
    }
    else if (opts.os === 'linux') {
        const xattr = (0,capabilities/* capabilityXattr */.i)(opts.capabilities ?? []);
        if (xattr)
            pax = { [capabilityKey]: xattr };
    }
    const name = (windows ? 'Files' : '') + appPath(opts.importPath);
    await tw.writeFile({ name, typeflag: TypeReg, mode: 0o555, size, ...(pax && { pax }) }, opts.binaryPath);
}
/** The binary layer, compressed into `tmpDir`. */
async function createBinaryLayer(opts) {
    // Parse capabilities before any work so a typo fails fast.
    if (opts.os === 'linux')
        (0,capabilities/* capabilityXattr */.i)(opts.capabilities ?? []);
    let size;
    try {
        size = (await (0,promises_.stat)(opts.binaryPath)).size;
    }
    catch (err) {
        throw new errors/* KoActionError */.jV('GO_BUILD', `cannot read the built binary ${opts.binaryPath}`, {
            cause: err,
        });
    }
    return createLayer(async (sink) => {
        const tw = new TarWriter(sink);
        await writeBinaryTar(tw, opts, size);
        await tw.close();
    }, { ...opts, expectedSize: size });
}

// EXTERNAL MODULE: ./src/go/build.ts
var build = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/ko/kodata-epoch.ts
var kodata_epoch = __webpack_require__(4850);
;// CONCATENATED MODULE: ./src/engine/kodata-layer.ts
// ko's kodata layer (pkg/build/gobuild.go tarKoData/walkRecursive, spec §2): /var/run/ko and its
// parents, then a lexical depth-first walk of <package dir>/kodata with symlinks dereferenced.
// Symlinks must resolve inside the allowed root, so a link cannot pack host files (~/.ssh, /etc)
// into the image. ko recurses forever on a directory symlink that points back at an ancestor;
// we report it instead.








const mode = 0o555;
/** Writes the kodata layer's entries (no trailer) to `tw`. */
async function writeKodataTar(tw, opts) {
    const mtime = opts.epochSeconds ?? (0,kodata_epoch/* kodataEpoch */.A)(process.env.KO_DATA_DATE_EPOCH);
    const windows = opts.os === 'windows';
    const chroot = windows ? 'Files/var/run/ko' : '/var/run/ko';
    const dirs = windows
        ? ['Hives', 'Files', 'Files/var', 'Files/var/run', 'Files/var/run/ko']
        : ['/var', '/var/run', '/var/run/ko'];
    for (const name of dirs)
        await tw.writeEntry({ name, typeflag: TypeDir, mode, mtime });
    const root = (0,external_node_path_.resolve)(opts.kodataDir);
    // filepath.Walk lstat()s the root and only descends into a real directory: a missing kodata,
    // a file, or even a symlink named kodata, contributes nothing.
    const info = await (0,promises_.lstat)(root).catch(() => undefined);
    if (!info?.isDirectory())
        return;
    const realRoot = await (0,promises_.realpath)(root);
    const walk = {
        tw,
        mtime,
        windows,
        allowedRoot: await resolveAllowedRoot(realRoot, opts.allowedRootEnv ?? process.env.KO_DATA_PATH_ALLOWED_ROOT),
        log: opts.log ?? (() => undefined),
    };
    const names = await (0,promises_.readdir)(root).catch(() => []);
    await walkDir(walk, {
        hostDir: root,
        realDir: realRoot,
        tarDir: chroot,
        names,
        stack: [realRoot],
    });
}
/** The kodata layer, compressed into `tmpDir`. */
async function createKodataLayer(opts) {
    return createLayer(async (sink) => {
        const tw = new TarWriter(sink);
        await writeKodataTar(tw, opts);
        await tw.close();
    }, opts);
}
/**
 * Where kodata symlinks may point: $KO_DATA_PATH_ALLOWED_ROOT, else the nearest ancestor holding
 * `.git`; used only if it contains the kodata dir, otherwise the kodata dir itself.
 */
async function resolveAllowedRoot(realKodataRoot, allowedRootEnv) {
    const candidate = allowedRootEnv ? allowedRootEnv : await enclosingGitRoot(realKodataRoot);
    if (!candidate)
        return realKodataRoot;
    let abs = (0,external_node_path_.resolve)(candidate);
    abs = await (0,promises_.realpath)(abs).catch(() => abs);
    return within(realKodataRoot, abs) ? abs : realKodataRoot;
}
async function enclosingGitRoot(dir) {
    for (;;) {
        if (await (0,promises_.stat)((0,external_node_path_.join)(dir, '.git')).catch(() => undefined))
            return dir;
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** True if `p` is `root` or inside it. */
function within(p, root) {
    const rel = (0,external_node_path_.relative)(root, p);
    return rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`);
}
/** Go's filepath.Walk order: names sorted by bytes, each directory before its contents. */
function sortedNames(names) {
    return names
        .map((name) => ({ name, key: Buffer.from(name, 'utf8') }))
        .sort((a, b) => Buffer.compare(a.key, b.key))
        .map((e) => e.name);
}
// Small files are read ahead, a bounded window at a time: one by one, each costs several
// thread-pool round trips, which dominates for trees of many small assets.
const readAhead = 16;
const smallFile = 256 * 1024;
/** Writes the entries of one directory listing as `tarDir/<name>`, recursing into directories. */
async function walkDir(w, d) {
    const names = sortedNames(d.names);
    const paths = names.map((name) => (0,external_node_path_.join)(d.hostDir, name));
    // Errors are kept and raised in walk order, as Go would meet them.
    const infos = await Promise.all(paths.map((p) => (0,promises_.lstat)(p).catch((err) => err)));
    const contents = new Map();
    let ahead = 0;
    for (let i = 0; i < names.length; i++) {
        for (; ahead < Math.min(i + readAhead, names.length); ahead++) {
            const info = infos[ahead];
            if (info instanceof external_node_fs_.Stats && info.isFile() && info.size <= smallFile) {
                const read = (0,promises_.readFile)(paths[ahead]);
                read.catch(() => undefined); // awaited in turn
                contents.set(ahead, read);
            }
        }
        const name = names[i];
        const hostPath = paths[i];
        const info = infos[i];
        const tarName = `${d.tarDir}/${name}`;
        if (!(info instanceof external_node_fs_.Stats))
            throw kodataError(hostPath, `cannot be read: ${reason(info)}`, info);
        if (info.isDirectory()) {
            // Go lists a directory before writing its header; an unreadable one is an error.
            const children = await (0,promises_.readdir)(hostPath).catch((err) => {
                throw kodataError(hostPath, `cannot be listed: ${reason(err)}`, err);
            });
            await w.tw.writeEntry({ name: tarName, typeflag: TypeDir, mode, mtime: w.mtime });
            const realDir = (0,external_node_path_.join)(d.realDir, name);
            await walkDir(w, {
                hostDir: hostPath,
                realDir,
                tarDir: tarName,
                names: children,
                stack: [...d.stack, realDir],
            });
        }
        else if (info.isSymbolicLink()) {
            if (w.windows) {
                // Windows images cannot carry the link, and ko does not follow it there.
                w.log(`skipping symlink in kodata for windows: ${name}`);
                continue;
            }
            await writeLinkTarget(w, hostPath, tarName, d.stack);
        }
        else if (info.isFile()) {
            // Inside a real directory that is itself inside the allowed root: no check needed.
            const read = contents.get(i);
            contents.delete(i);
            if (!read) {
                await writeFile(w, tarName, hostPath, info.size);
                continue;
            }
            const data = await read.catch((err) => {
                throw kodataError(hostPath, `cannot be read: ${reason(err)}`, err);
            });
            if (data.length !== info.size) {
                throw kodataError(hostPath, `changed size while being read (${info.size} → ${data.length} bytes)`);
            }
            await w.tw.writeEntry(fileHeader(w, tarName, info.size), data);
        }
        else {
            throw kodataError(hostPath, 'is not a regular file, directory or symlink');
        }
    }
}
function fileHeader(w, tarName, size) {
    return {
        name: tarName,
        typeflag: TypeReg,
        mode,
        mtime: w.mtime,
        size,
        ...(w.windows && { pax: { [windowsSecurityKey]: windowsSecurityDescriptor } }),
    };
}
function writeFile(w, tarName, path, size) {
    return w.tw.writeFile(fileHeader(w, tarName, size), path);
}
/** A symlink: follow it to its target, which must stay inside the allowed root. */
async function writeLinkTarget(w, hostPath, tarName, stack) {
    const target = await (0,promises_.realpath)(hostPath).catch((err) => {
        const code = err.code;
        const why = code === 'ELOOP'
            ? 'is a symlink loop (too many levels of symbolic links)'
            : code === 'ENOENT'
                ? 'is a symlink whose target does not exist'
                : `cannot be resolved: ${reason(err)}`;
        throw kodataError(hostPath, why, err);
    });
    if (!within(target, w.allowedRoot)) {
        throw kodataError(hostPath, `is a symlink to ${JSON.stringify(target)}, outside the allowed root ${JSON.stringify(w.allowedRoot)}`, undefined, 'Point the link inside the repository, or set KO_DATA_PATH_ALLOWED_ROOT to a directory containing its target.');
    }
    const info = await (0,promises_.stat)(target);
    if (info.isDirectory()) {
        // Walking a directory that contains one being walked would reach this link again, forever.
        const cycle = stack.find((dir) => within(dir, target));
        if (cycle !== undefined) {
            throw kodataError(hostPath, `is a symlink loop: it points to ${JSON.stringify(target)}, which contains ${JSON.stringify(cycle)}, already being walked`);
        }
        await w.tw.writeEntry({ name: tarName, typeflag: TypeDir, mode, mtime: w.mtime });
        // filepath.Walk on the target: an unreadable target directory is silently empty.
        const names = await (0,promises_.readdir)(target).catch(() => []);
        await walkDir(w, {
            hostDir: target,
            realDir: target,
            tarDir: tarName,
            names,
            stack: [...stack, target],
        });
        return;
    }
    if (!info.isFile())
        throw kodataError(hostPath, 'is a symlink to something that is not a regular file or directory');
    await writeFile(w, tarName, target, info.size);
}
function reason(err) {
    return err instanceof Error ? err.message : String(err);
}
function kodataError(hostPath, message, cause, hint = 'Fix or remove this entry in the kodata directory.') {
    return new errors/* KoActionError */.jV('CONFIG', `kodata path ${JSON.stringify(hostPath)} ${message}`, {
        where: hostPath,
        hint,
        ...(cause !== undefined && { cause }),
    });
}

// EXTERNAL MODULE: ./src/go/packages.ts
var go_packages = __webpack_require__(6033);
;// CONCATENATED MODULE: ./src/go/version-m.ts
// `go version -m <binary>`, the input of ko's SBOM. The random build path in its first line is
// replaced by the path inside the image, as ko does, so the text is the same on every build.


/**
 * Runs `go version -m binary` and returns its output with the binary's path (first occurrence)
 * replaced by `appPath` (ko's `/ko-app/<name>`) when given.
 */
async function readBuildInfo(goPath, binary, opts = {}) {
    const res = await (0,go_packages/* run */.eF)(goPath, ['version', '-m', binary], opts.cwd ?? process.cwd(), {
        ...(opts.env ?? process.env),
    });
    if (res.code !== 0) {
        throw new errors/* KoActionError */.jV('GO_BUILD', `go version -m ${binary} failed: ${res.stderr.trim()}`, {
            hint: 'the SBOM is made from the build info Go embeds in the binary; set `sbom: none` to skip it',
        });
    }
    return opts.appPath === undefined ? res.stdout : res.stdout.replace(binary, () => opts.appPath);
}

;// CONCATENATED MODULE: ./src/go/build-id.ts
// A Go binary's build ID, read in process the way `go tool buildid` reads it (Go's
// cmd/internal/buildid): an ELF binary carries it in a PT_NOTE named "Go\0\0" of type 4; other
// formats (PE, Mach-O) carry the raw `\xff Go build ID: "…"\n \xff` marker near the start.
// KOCACHE looks a binary up by this ID on every build; asking `go tool buildid` costs ~55 ms.

// Go reads this much and looks for notes and the raw marker within it.
const headSize = 32 * 1024;
const elfMagic = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
const rawPrefix = Buffer.from('\xff Go build ID: "', 'latin1');
const rawEnd = Buffer.from('"\n \xff', 'latin1');
const ptNote = 4;
const goNoteName = Buffer.from('Go\0\0', 'latin1');
const goBuildIdTag = 4;
/** The build ID, or undefined when the file has none this reader knows (the caller asks go). */
async function readBuildId(file) {
    const fh = await (0,promises_.open)(file, 'r');
    try {
        const head = Buffer.alloc(headSize);
        const { bytesRead } = await fh.read(head, 0, headSize, 0);
        const data = head.subarray(0, bytesRead);
        if (data.subarray(0, 4).equals(elfMagic))
            return await elfBuildId(fh, data);
        return rawBuildId(data);
    }
    finally {
        await fh.close();
    }
}
async function elfBuildId(fh, head) {
    const is64 = head[4] === 2;
    const le = head[5] === 1;
    const u16 = (b, o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (b, o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const word = (b, o) => is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
    if (head.length < (is64 ? 64 : 52))
        return undefined;
    const phoff = word(head, is64 ? 0x20 : 0x1c);
    const phentsize = u16(head, is64 ? 0x36 : 0x2a);
    const phnum = u16(head, is64 ? 0x38 : 0x2c);
    for (let i = 0; i < phnum; i++) {
        const ph = phoff + i * phentsize;
        if (ph + phentsize > head.length)
            return undefined;
        if (u32(head, ph) !== ptNote)
            continue;
        const offset = word(head, ph + (is64 ? 8 : 4));
        const size = word(head, ph + (is64 ? 32 : 16));
        if (size < 16 || size > 1 << 20)
            continue;
        const notes = Buffer.alloc(size);
        await fh.read(notes, 0, size, offset);
        for (let at = 0; at + 12 <= size;) {
            const nameSize = u32(notes, at);
            const descSize = u32(notes, at + 4);
            const tag = u32(notes, at + 8);
            const nameAt = at + 12;
            const descAt = nameAt + align4(nameSize);
            if (descAt + descSize > size)
                break;
            const name = notes.subarray(nameAt, nameAt + nameSize);
            if (tag === goBuildIdTag && name.equals(goNoteName))
                return notes.subarray(descAt, descAt + descSize).toString('latin1');
            at = descAt + align4(descSize);
        }
    }
    return undefined;
}
function rawBuildId(data) {
    const start = data.indexOf(rawPrefix);
    if (start < 0)
        return undefined;
    const from = start + rawPrefix.length;
    const end = data.indexOf(rawEnd, from);
    if (end < 0)
        return undefined;
    const id = data.subarray(from, end).toString('latin1');
    // The linker writes it as a Go quoted string; build IDs never need escapes.
    return /^[\x21-\x7e]+$/.test(id) && !id.includes('\\') ? id : undefined;
}
function align4(n) {
    return (n + 3) & ~3;
}

;// CONCATENATED MODULE: ./src/engine/layer-cache.ts
// KOCACHE for binary layers (ko pkg/build/cache.go, spec §8). The key is `go tool buildid` of the
// built binary; `buildid-to-diffid` and `diffid-to-descriptor` sit next to the binary as in ko.
// Unlike ko, the compressed layer itself is kept at `$KOCACHE/layers/sha256/<hex>`, so a hit needs
// neither tar nor gzip, and the maps are written truncating (ko leaves stale tail bytes).
// A cache problem is never an error: it is logged at debug level and the layer is made afresh.









const buildIdFile = 'buildid-to-diffid';
const descriptorFile = 'diffid-to-descriptor';
/** Where ko puts a binary's directory: `$KOCACHE/bin/<importpath>/<platform>` (`out` inside). */
function kocacheBinDir(kocache, importPath, platform) {
    return (0,external_node_path_.join)(kocache, 'bin', importPath, (0,oci_platform/* formatPlatform */.Bq)(platform));
}
/** Where the compressed bytes of a cached layer live. */
function kocacheLayerPath(kocache, digest) {
    return (0,external_node_path_.join)(kocache, 'layers', 'sha256', (0,oci_digest/* digestHex */.sU)(digest));
}
/**
 * The binary layer for `binaryPath`, from KOCACHE when its build ID was seen before, else from
 * `make()` (then recorded). Callers skip this when capabilities are set, as ko does.
 */
async function binaryLayerFromCache(kocache, importPath, platform, binaryPath, goPath, make, opts) {
    const debug = opts.debug ?? (() => undefined);
    const metaDir = (0,external_node_path_.dirname)(binaryPath);
    let buildId;
    try {
        buildId = (await readBuildId(binaryPath)) ?? (await goBuildId(goPath, binaryPath, opts.env));
        const hit = await lookup(kocache, metaDir, buildId, opts.mediaType);
        if (hit)
            return hit;
        debug(`KOCACHE miss for ${importPath} ${(0,oci_platform/* formatPlatform */.Bq)(platform)} (build ID ${buildId})`);
    }
    catch (err) {
        debug(`KOCACHE unusable for ${binaryPath}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const layer = await make();
    if (buildId === undefined)
        return layer;
    try {
        await record(kocache, metaDir, buildId, layer);
    }
    catch (err) {
        debug(`KOCACHE: cannot record ${binaryPath}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    return layer;
}
/** `go tool buildid <file>`, trimmed, as ko reads it. */
async function goBuildId(goPath, file, env = process.env) {
    // Run outside any module so a go.mod `toolchain` line cannot trigger a download.
    const res = await (0,go_packages/* run */.eF)(goPath, ['tool', 'buildid', file], (0,external_node_path_.dirname)(file), {
        ...env,
        GOTOOLCHAIN: 'local',
    });
    const out = (res.stdout + res.stderr).trim();
    if (res.code !== 0)
        throw new Error(`go tool buildid ${file}: ${out}`);
    if (!out)
        throw new Error(`no build ID in ${file}`);
    return out;
}
async function lookup(kocache, metaDir, buildId, mediaType) {
    const diffIds = await readMap((0,external_node_path_.join)(metaDir, buildIdFile));
    const descs = await readMap((0,external_node_path_.join)(metaDir, descriptorFile));
    if (!diffIds || !descs)
        return undefined;
    const diffId = diffIds[buildId];
    if (diffId === undefined)
        return undefined;
    if (!(0,oci_digest/* isDigest */.Bc)(diffId))
        throw new Error(`${buildIdFile}: bad diffID ${diffId}`);
    const desc = descs[diffId];
    if (!desc || !(0,oci_digest/* isDigest */.Bc)(desc.digest) || !Number.isSafeInteger(desc.size)) {
        throw new Error(`${descriptorFile}: no valid descriptor for ${diffId}`);
    }
    const path = kocacheLayerPath(kocache, desc.digest);
    const { size } = await (0,promises_.stat)(path);
    if (size !== desc.size)
        throw new Error(`${path} has ${size} bytes, not ${desc.size}`);
    // The media type follows today's base, not the one recorded: the bytes are the same.
    return layerFromFile(path, { mediaType, diffId, digest: desc.digest });
}
/** A map file, or undefined when absent; anything unparsable throws (and so becomes a miss). */
async function readMap(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
    const value = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new Error(`${path}: not a JSON object`);
    }
    return value;
}
/**
 * Copies the layer file into KOCACHE and rewrites both maps with this one entry: a binary
 * directory only ever needs its latest build, and older layers are left for pruneKocacheLayers.
 */
async function record(kocache, metaDir, buildId, layer) {
    const { diffId, descriptor } = layer;
    const path = kocacheLayerPath(kocache, descriptor.digest);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const staged = `${path}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
    // A copy, not a move: the caller's layer keeps its file, and a reader never sees a partial one.
    await (0,promises_.copyFile)(layer.path, staged);
    await (0,promises_.rename)(staged, path);
    const desc = {
        mediaType: descriptor.mediaType,
        size: descriptor.size,
        digest: descriptor.digest,
    };
    await writeJson((0,external_node_path_.join)(metaDir, descriptorFile), { [diffId]: desc });
    await writeJson((0,external_node_path_.join)(metaDir, buildIdFile), { [buildId]: diffId });
}
/** Go's json.Encoder with SetIndent("", "  "): 2-space indent and a trailing newline. */
async function writeJson(path, value) {
    const tmp = `${path}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
    await (0,promises_.writeFile)(tmp, JSON.stringify(value, null, 2) + '\n');
    await (0,promises_.rename)(tmp, path);
}
/**
 * Removes layer files no `diffid-to-descriptor` under `$KOCACHE/bin` refers to, so a cache saved
 * run after run does not grow without bound. Run it when no build is in progress (post step).
 */
async function pruneKocacheLayers(kocache) {
    const layersDir = join(kocache, 'layers', 'sha256');
    let files;
    try {
        files = await readdir(layersDir);
    }
    catch {
        return 0;
    }
    const used = new Set();
    for (const file of await findFiles(join(kocache, 'bin'), descriptorFile)) {
        try {
            const descs = await readMap(file);
            for (const d of Object.values(descs ?? {})) {
                if (typeof d.digest === 'string' && isDigest(d.digest))
                    used.add(digestHex(d.digest));
            }
        }
        catch {
            // A corrupt map protects nothing; its layers go.
        }
    }
    let removed = 0;
    for (const name of files) {
        if (used.has(name))
            continue;
        await rm(join(layersDir, name), { force: true });
        removed++;
    }
    return removed;
}
async function findFiles(dir, name) {
    let entries;
    try {
        entries = await readdir(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const found = [];
    for (const e of entries) {
        const p = join(dir, e.name);
        if (e.isDirectory())
            found.push(...(await findFiles(p, name)));
        else if (e.name === name)
            found.push(p);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/engine/builder.ts
// Turns one Go main package into an image (or an index, one image per platform) the way ko does:
// base layers + kodata layer + binary layer, ko's config, ko's manifest and index (§3–§5).
















/**
 * Checks everything in the inputs that can be wrong before anything is built or pushed: the
 * platforms against the base, every platform's flag templates, the capabilities.
 */
async function planArtifact(req) {
    const { base } = req;
    let targets;
    if (base.kind === 'image') {
        const platform = (0,oci_platform/* platformOfConfig */.Dr)(base.config);
        if (!(0,oci_platform/* platformMatches */.J5)(req.platforms, platform)) {
            throw new errors/* KoActionError */.jV('INPUT', `base image platform "${(0,oci_platform/* formatPlatform */.Bq)(platform)}" does not match desired platforms ${describe(req.platforms)}`, {
                where: 'platforms',
                hint: 'use a multi-platform base image, or build for the base image platform',
            });
        }
        targets = [{ image: Promise.resolve(base), platform }];
    }
    else {
        const entries = base.index.manifests.filter((d) => (0,oci_platform/* platformMatches */.J5)(req.platforms, d.platform));
        if (entries.length === 0) {
            throw new errors/* KoActionError */.jV('INPUT', `no matching platforms in base image index ${base.name ?? ''} for ${describe(req.platforms)}`, {
                where: 'platforms',
                hint: `the base image has ${base.index.manifests.map((d) => (d.platform ? (0,oci_platform/* formatPlatform */.Bq)(d.platform) : '?')).join(', ')}`,
            });
        }
        targets = await Promise.all(entries.map(async (entry) => {
            // An index entry names its platform: compile while its manifest and config download.
            const image = base.image(entry);
            image.catch(() => undefined); // awaited by buildImage, unless planning fails first
            const platform = entry.platform ?? (0,oci_platform/* platformOfConfig */.Dr)((await image).config);
            return { entry, image, platform };
        }));
    }
    const jobs = await Promise.all(targets.map(async (t) => {
        // A typo fails here, before any build: the layer applies them on Linux only.
        if (t.platform.os === 'linux')
            (0,capabilities/* capabilityXattr */.i)(req.capabilities ?? []);
        return { ...t, compile: await compileRequest(req, t.platform) };
    }));
    return { req, jobs };
}
/** The plan with every go build run at `maxProcs` (see goMaxProcs). */
function withMaxProcs(plan, maxProcs) {
    if (maxProcs === undefined)
        return plan;
    return { ...plan, jobs: plan.jobs.map((j) => ({ ...j, compile: { ...j.compile, maxProcs } })) };
}
/** The go build for one platform, with the flag templates rendered for it. */
async function compileRequest(req, platform) {
    const compileReq = {
        goPath: req.goPath,
        importPath: req.pkg.importPath,
        cwd: req.cwd,
        platform,
        outDir: req.kocache
            ? kocacheBinDir(req.kocache, req.pkg.importPath, platform)
            : (0,external_node_path_.join)(req.binDir, req.pkg.importPath, (0,oci_platform/* formatPlatform */.Bq)(platform).replace(/\//g, '-')),
        flags: req.flags,
        ldflags: req.ldflags,
        buildEnv: req.buildEnv,
        debug: req.debug,
        processEnv: req.processEnv,
    };
    const rendered = req.render ? await req.render(platform, (0,build/* goBuildEnv */.SE)(compileReq)) : undefined;
    return rendered ? { ...compileReq, ...rendered } : compileReq;
}
async function buildArtifact({ req, jobs }) {
    const kodataLayers = new KeyedOnce();
    const built = await Promise.all(jobs.map(async (job) => ({ entry: job.entry, ...(await buildImage(req, job, kodataLayers)) })));
    const { base } = req;
    if (built.length === 1 || base.kind === 'image')
        return built[0].artifact;
    return makeIndex(req, base, built.map((b) => ({ ...b, entry: b.entry })));
}
function makeIndex(req, base, built) {
    const children = built.map(({ entry, manifest }) => ({ baseEntry: entry, image: manifest }));
    const baseInfo = base.name && base.digest
        ? {
            baseName: base.name,
            baseDigest: koBaseIndexDigest({
                index: base.index,
                mediaType: base.mediaType,
                digest: base.digest,
                baseName: base.name,
                annotations: req.indexAnnotations,
            }),
        }
        : undefined;
    const index = buildKoIndex({
        mediaType: base.mediaType,
        children,
        annotations: req.indexAnnotations,
        ...baseInfo,
    });
    const sbom = req.sbom && built[0]
        ? spdxForIndex({
            indexDigest: index.digest,
            indexMediaType: base.mediaType,
            ...(index.value.annotations ? { annotations: index.value.annotations } : {}),
            created: built[0].created,
            children: index.value.manifests.flatMap((d) => d.platform ? [{ mediaType: d.mediaType, digest: d.digest, platform: d.platform }] : []),
        })
        : undefined;
    return {
        kind: 'index',
        mediaType: base.mediaType,
        digest: index.digest,
        rawManifest: index.bytes,
        children: built.map((b) => b.artifact),
        ...(sbom ? { sbom } : {}),
    };
}
async function buildImage(req, job, kodataLayers) {
    const { platform, image: baseImage } = job;
    const started = Date.now();
    const compiling = req.compileLimit(async () => (await req.takeBuild?.(job.compile, req.pkg.requested)) ?? (0,build/* compile */.wE)(job.compile));
    // The kodata layer needs only the base's media type: it is made while go build runs.
    const kodataLayer = baseImage.then(async (base) => {
        const mediaType = layerMediaTypeFor(base.manifestMediaType);
        const layer = await kodataLayers.get(`${platform.os} ${mediaType}`, () => createKodataLayer({
            kodataDir: (0,external_node_path_.join)(req.pkg.dir, 'kodata'),
            os: platform.os,
            epochSeconds: req.kodataDateEpoch ?? 0,
            mediaType,
            tmpDir: req.tmpDir,
            ...(req.log ? { log: req.log } : {}),
        }));
        req.earlyPush?.known([...base.layers, layer], 2);
        return layer;
    });
    // All settle before any error is reported (ko's order: the base's first, then the build's), so
    // no go build outlives a failed run.
    const [baseResult, compileResult, kodataResult] = await Promise.allSettled([
        baseImage,
        compiling,
        kodataLayer,
    ]);
    if (baseResult.status === 'rejected')
        throw baseResult.reason;
    if (compileResult.status === 'rejected')
        throw compileResult.reason;
    if (kodataResult.status === 'rejected')
        throw kodataResult.reason;
    const base = baseResult.value;
    const binary = compileResult.value;
    const kodata = kodataResult.value;
    const compiled = Date.now();
    req.onTiming?.('compile', compiled - started);
    const mediaType = layerMediaTypeFor(base.manifestMediaType);
    const bin = await binaryLayer(req, binary, platform, mediaType);
    const config = koConfigFile(parseConfigFile(base.configBytes), {
        appName: appFileName(req.pkg.importPath),
        importRef: req.importRef,
        os: platform.os,
        kodataDiffId: kodata.diffId,
        binaryDiffId: bin.diffId,
        ...(req.sourceDateEpoch !== undefined ? { sourceDateEpoch: req.sourceDateEpoch } : {}),
        ...(req.kodataDateEpoch !== undefined ? { kodataDateEpoch: req.kodataDateEpoch } : {}),
        labels: req.labels,
        ...(req.user ? { user: req.user } : {}),
    });
    const configBytes = marshalConfigFile(config);
    const manifest = buildImageManifest({
        base: base.manifest,
        config: configBytes,
        layers: [kodata.descriptor, bin.descriptor],
        annotations: req.manifestAnnotations,
        ...(base.name && base.digest ? { baseName: base.name, baseDigest: base.digest } : {}),
    });
    req.onTiming?.('layering', Date.now() - compiled);
    const configBlob = {
        descriptor: manifest.value.config,
        open: () => Promise.resolve(external_node_stream_.Readable.from([Buffer.from(configBytes)])),
    };
    req.earlyPush?.built([configBlob, bin]);
    const layers = [...base.layers, kodata, bin];
    const mediaTypeOut = manifest.value.mediaType ?? base.manifestMediaType;
    const sbom = req.sbom
        ? spdxFromBuildInfo(await readBuildInfo(req.goPath, binary, {
            appPath: appPath(req.pkg.importPath),
            env: { ...req.processEnv },
        }), {
            imageDigest: manifest.digest,
            manifestMediaType: mediaTypeOut,
            ...(manifest.value.annotations ? { annotations: manifest.value.annotations } : {}),
            created: config.created,
        })
        : undefined;
    const artifact = {
        kind: 'image',
        mediaType: mediaTypeOut,
        digest: manifest.digest,
        rawManifest: manifest.bytes,
        blobs: [configBlob, ...layers],
        platform,
        ...(sbom ? { sbom } : {}),
    };
    return { artifact, manifest, created: config.created };
}
/** ko skips KOCACHE when capabilities are set: the layer then depends on more than the binary. */
function binaryLayer(req, binary, platform, mediaType) {
    const make = () => createBinaryLayer({
        binaryPath: binary,
        importPath: req.pkg.importPath,
        os: platform.os,
        ...(req.capabilities ? { capabilities: req.capabilities } : {}),
        mediaType,
        tmpDir: req.tmpDir,
    });
    if (!req.kocache || req.capabilities?.length)
        return make();
    return binaryLayerFromCache(req.kocache, req.pkg.importPath, platform, binary, req.goPath, make, {
        mediaType,
        env: { ...req.processEnv },
        ...(req.log ? { debug: req.log } : {}),
    });
}
function describe(spec) {
    return spec.all ? '[all]' : `[${spec.platforms.map(oci_platform/* formatPlatform */.Bq).join(' ')}]`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/ko/template-data.ts
// The data ko's templates see (pkg/build/gobuild.go createTemplateData, pkg/internal/git). Pure:
// the caller runs `go env` and the git commands below and passes their output in.
//
// What the caller collects, per build (ko runs both in the build's directory, working-directory
// plus the build's `dir`):
//   - `go env` stdout (with the build environment) → parseGoEnv
//   - each of gitInfoCommands as `git -c log.showSignature=false <args>`: stdout when the command
//     exits 0, undefined when it fails or git is missing → gitInfoFromOutputs
//   - the build's final environment (the env `go build` gets, ko-compat §7.6)
//   - SOURCE_DATE_EPOCH seconds if set, else the current time

/** What ko reports outside a git repository, or when git is missing or fails. */
const zeroGitInfo = {
    branch: '',
    tag: '',
    shortCommit: '',
    fullCommit: '',
    commitSeconds: undefined,
    dirty: false,
};
/** The git commands ko runs (pkg/internal/git/info.go), each as `git -c log.showSignature=false …`. */
const gitInfoCommands = {
    isRepo: ['rev-parse', '--is-inside-work-tree'],
    branch: ['rev-parse', '--abbrev-ref', 'HEAD', '--quiet'],
    shortCommit: ['show', '--format=%h', 'HEAD', '--quiet'],
    fullCommit: ['show', '--format=%H', 'HEAD', '--quiet'],
    commitSeconds: ['show', "--format='%ct'", 'HEAD', '--quiet'],
    status: ['status', '--porcelain'],
    tag: ['describe', '--tags', '--abbrev=0', 'HEAD'],
};
// ko's clean(): first line, single quotes removed.
const clean = (s) => (s.split('\n')[0] ?? '').replaceAll("'", '');
/** ko's git.GetInfo, from the commands' outputs. */
function gitInfoFromOutputs(o) {
    if (o.isRepo?.trim() !== 'true')
        return zeroGitInfo;
    if (o.branch === undefined || o.shortCommit === undefined || o.fullCommit === undefined) {
        return zeroGitInfo;
    }
    if (o.commitSeconds === undefined)
        return zeroGitInfo;
    const ct = clean(o.commitSeconds);
    if (ct !== '' && !/^[+-]?\d+$/.test(ct))
        return zeroGitInfo;
    // ko: a failed `git describe` (no tags) is v0.0.0; an empty answer is "".
    const tag = o.tag === undefined
        ? 'v0.0.0'
        : (clean(o.tag)
            .split('\n')
            .map((l) => l.trim())
            .find((l) => l !== '') ?? '');
    return {
        branch: clean(o.branch),
        tag,
        shortCommit: clean(o.shortCommit),
        fullCommit: clean(o.fullCommit),
        commitSeconds: ct === '' ? undefined : Number(ct),
        dirty: o.status === undefined || o.status.trim() !== '',
    };
}
/** ko's goenv(): `KEY=VALUE` lines, trimmed, one level of matching quotes removed. */
function parseGoEnv(stdout) {
    const env = {};
    const lines = stdout.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    lines.forEach((line, i) => {
        const eq = line.indexOf('=');
        if (eq < 0) {
            throw new errors/* KoActionError */.jV('GO_BUILD', `go env: failed parsing line ${i + 1}: ${line}`);
        }
        const key = line.slice(0, eq).trim();
        let value = line.slice(eq + 1).trim();
        if (value.length > 1 && /^(['"]).*\1$/s.test(value))
            value = value.slice(1, -1);
        env[key] = value;
    });
    return env;
}
const GO_ZERO_SECONDS = -62135596800; // 0001-01-01T00:00:00Z
/**
 * Go's time.Format(time.RFC3339) of `seconds` at a UTC offset (minutes east of UTC): "Z" for
 * offset 0, else ±hh:mm.
 */
function formatRfc3339(seconds, offsetMinutes = 0) {
    const shifted = new Date((seconds + offsetMinutes * 60) * 1000);
    const year = shifted.getUTCFullYear();
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    const stamp = `${pad(year, 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
        `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
    if (offsetMinutes === 0)
        return `${stamp}Z`;
    const abs = Math.abs(offsetMinutes);
    return `${stamp}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
/** ko's Info.TemplateValue(). */
function gitTemplateValue(info) {
    const seconds = info.commitSeconds ?? GO_ZERO_SECONDS;
    return {
        Branch: info.branch,
        Tag: info.tag,
        ShortCommit: info.shortCommit,
        FullCommit: info.fullCommit,
        CommitDate: formatRfc3339(seconds),
        CommitTimestamp: seconds,
        IsDirty: info.dirty,
        IsClean: !info.dirty,
        TreeState: info.dirty ? 'dirty' : 'clean',
    };
}
function makeTemplateData(input) {
    const env = { LDFLAGS: '', ...input.buildEnv };
    const goEnv = { ...input.goEnv };
    // ko overrides only the go env names that exist.
    for (const [k, v] of Object.entries(env))
        if (Object.hasOwn(goEnv, k))
            goEnv[k] = v;
    const offset = input.utcOffsetMinutes ?? -new Date(input.seconds * 1000).getTimezoneOffset();
    return {
        Env: env,
        GoEnv: goEnv,
        Date: formatRfc3339(input.seconds, offset),
        Timestamp: input.seconds,
        Git: gitTemplateValue(input.git),
    };
}

;// CONCATENATED MODULE: ./src/ko/templates.ts
// ko's flag and ldflag templates (pkg/build/gobuild.go applyTemplating: Go text/template with
// missingkey=error). We evaluate the part of text/template that ko users write: field chains
// such as {{.Env.VERSION}} or {{ .Git.ShortCommit }}, comments, and {{- -}} trim markers, with
// Go's lexing and printing rules. Anything else (pipes, functions, if/range) is a clear error
// rather than a silently different result.

const topFields = ['Env', 'GoEnv', 'Date', 'Timestamp', 'Git'];
const gitFields = [
    'Branch',
    'Tag',
    'ShortCommit',
    'FullCommit',
    'CommitDate',
    'CommitTimestamp',
    'IsDirty',
    'IsClean',
    'TreeState',
];
const supported = 'ko-action evaluates field references only: {{.Env.NAME}}, {{.GoEnv.NAME}}, {{.Date}}, ' +
    '{{.Timestamp}} and {{.Git.<field>}}, with optional {{- -}} trim markers and {{/* comments */}}';
// text/template's isSpace: space, tab, CR, LF (not Unicode spaces).
const templates_isSpace = (c) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const identChar = /[\p{L}\p{Nd}_]/u;
/** Renders every entry, in order (ko's applyTemplating). */
function renderTemplates(list, data, options = {}) {
    return list.map((source) => renderTemplate(source, data, options));
}
function renderTemplate(source, data, options = {}) {
    const text = source.text;
    let out = '';
    let i = 0;
    for (;;) {
        const open = text.indexOf('{{', i);
        if (open < 0)
            return out + text.slice(i);
        let chunk = text.slice(i, open);
        let p = open + 2;
        if (text[p] === '-' && templates_isSpace(text[p + 1])) {
            chunk = chunk.replace(/[ \t\r\n]+$/, '');
            p += 2;
        }
        out += chunk;
        const action = readAction(source, open, p);
        if (action.chain)
            out += evaluate(source, open, action.chain, data, options);
        i = action.end;
        if (action.trimAfter)
            while (templates_isSpace(text[i]))
                i++;
    }
}
/** Lexes one action starting after `{{` (and a left trim marker), as text/template's lexer does. */
function readAction(source, open, start) {
    const text = source.text;
    const close = (at, sawSpace) => {
        if (sawSpace && text.startsWith('-}}', at))
            return { chain: [], end: at + 3, trimAfter: true };
        if (text.startsWith('}}', at))
            return { chain: [], end: at + 2, trimAfter: false };
        return undefined;
    };
    if (text.startsWith('/*', start)) {
        const endComment = text.indexOf('*/', start + 2);
        if (endComment < 0)
            throw templateError(source, open, 'unclosed comment');
        const after = endComment + 2;
        const done = close(after + (templates_isSpace(text[after]) ? 1 : 0), templates_isSpace(text[after]));
        if (!done || (templates_isSpace(text[after]) && !done.trimAfter)) {
            throw templateError(source, open, 'comment ends before closing delimiter');
        }
        return { ...done, chain: undefined };
    }
    const chain = [];
    let p = start;
    for (;;) {
        const spaceStart = p;
        while (templates_isSpace(text[p]))
            p++;
        // ` -}}` closes with a trim marker only after a space, as in text/template's lexSpace.
        const sawSpace = p > spaceStart;
        if (p >= text.length) {
            throw templateError(source, open, 'unclosed action', 'a space-separated flags string is split at spaces before templating: write {{.Env.X}} without spaces, or use a YAML list');
        }
        const done = close(p, sawSpace);
        if (done) {
            if (chain.length === 0)
                throw templateError(source, open, 'empty action: missing value');
            return { ...done, chain };
        }
        if (chain.length > 0 && sawSpace)
            break; // a second operand: a function call or pipeline
        if (text[p] !== '.' || !identChar.test(text[p + 1] ?? ''))
            break;
        let q = p + 1;
        while (q < text.length && identChar.test(text[q]))
            q++;
        chain.push(text.slice(p + 1, q));
        p = q;
        if (p < text.length && text[p] !== '.' && !templates_isSpace(text[p]) && !text.startsWith('}}', p)) {
            break;
        }
    }
    const closing = text.indexOf('}}', p);
    const shown = closing < 0 ? text.slice(open) : text.slice(open, closing + 2);
    throw templateError(source, open, `unsupported template action ${JSON.stringify(shown)}`, supported);
}
function evaluate(source, offset, chain, data, options) {
    let value = data;
    const path = [];
    for (const name of chain) {
        const holder = path.length ? `.${path.join('.')}` : 'the template data';
        if (typeof value !== 'object' || value === null) {
            throw templateError(source, offset, `can't evaluate field ${name} of .${path.join('.')}: it is a ${typeof value}`);
        }
        if (!Object.hasOwn(value, name)) {
            if (path.length === 1 && path[0] === 'Env' && options.missingEnv !== 'error') {
                options.onWarning?.(`environment variable ${name} is not set; {{.Env.${name}}} renders as ""`, positionOf(source, offset));
                return '';
            }
            throw templateError(source, offset, `${holder} has no entry "${name}"`, missingHint(path));
        }
        value = value[name];
        path.push(name);
    }
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw templateError(source, offset, `{{.${path.join('.')}}} is a map; name one of its entries`, missingHint(path));
}
function missingHint(path) {
    if (path.length === 0)
        return `the fields are ${topFields.map((f) => `.${f}`).join(', ')}`;
    if (path[0] === 'Git')
        return `.Git has ${gitFields.map((f) => `.${f}`).join(', ')}`;
    if (path[0] === 'GoEnv')
        return 'run `go env` to see the names .GoEnv has';
    if (path[0] === 'Env') {
        return "set the variable in the step's env, or in the build's env (or defaultEnv) in .ko.yaml";
    }
    return supported;
}
function positionOf(source, offset) {
    if (!source.at)
        return source.where;
    return `${source.at.file}:${source.at.line}:${source.at.column + offset}`;
}
function templateError(source, offset, message, hint) {
    const where = positionOf(source, offset);
    const full = `template ${JSON.stringify(source.text)}: ${message}`;
    return new errors/* KoActionError */.jV('CONFIG', full, hint ? { where, hint } : { where });
}

;// CONCATENATED MODULE: ./src/engine/build-settings.ts
// .ko.yaml `builds` at build time: which import path each entry builds (one `go list` per
// directory), and the per-platform flags and ldflags ko renders from templates (ko-compat §7.2,
// pkg/build/gobuild.go createTemplateData). The pure parts live in src/config.










const pathKind = (p) => {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return 'missing';
    }
};
/**
 * Build index → the import path its `main` lists as (ko's createBuildConfigMap), one `go list`
 * per distinct directory. Two entries for one package are an error (checkBuildImportPaths).
 */
async function resolveBuilds(config, workingDirectory, goPath, env) {
    const resolved = new Map();
    if (config.builds.length === 0)
        return resolved;
    const byCwd = new Map();
    for (const key of buildMatchKeys(config, workingDirectory, pathKind)) {
        byCwd.set(key.cwd, [...(byCwd.get(key.cwd) ?? []), key]);
    }
    await Promise.all([...byCwd].map(async ([cwd, keys]) => {
        const pkgs = await listKeys(config, cwd, keys, goPath, env);
        keys.forEach((k, i) => {
            const pkg = pkgs[i];
            if (pkg)
                resolved.set(k.buildIndex, pkg);
        });
    }));
    checkBuildImportPaths(config, resolved);
    return resolved;
}
async function listKeys(config, cwd, keys, goPath, env) {
    const list = (patterns) => (0,go_packages/* listPackages */.Ad)(goPath, patterns, cwd, env);
    // go list answers a repeated pattern once.
    const patterns = [...new Set(keys.map((k) => k.pattern))];
    try {
        const listed = await list(patterns);
        return keys.map((k) => listed[patterns.indexOf(k.pattern)]?.importPath ?? '');
    }
    catch (err) {
        if (!(err instanceof errors/* KoActionError */.jV))
            throw err;
        // Which entry failed: list them one by one (only on this error path) and point at its `main`.
        for (const k of keys) {
            const failed = await list([k.pattern]).then(() => undefined, (e) => e);
            if (!(failed instanceof errors/* KoActionError */.jV))
                continue;
            const b = config.builds.find((x) => x.index === k.buildIndex);
            throw new errors/* KoActionError */.jV('CONFIG', `builds[${k.buildIndex}].main: ${failed.message}`, {
                where: b?.mainWhere ?? failed.where ?? 'config',
                hint: 'main must name a main package (a directory or a .go file in it) under the build’s dir',
            });
        }
        throw err;
    }
}
/** Template inputs shared by every package of one run: git info per directory, `go env` per env. */
class TemplateContext {
    goPath;
    env;
    seconds;
    warn;
    git = new KeyedOnce();
    goEnvs = new KeyedOnce();
    constructor(goPath, env, 
    /** SOURCE_DATE_EPOCH, else the time of the run. */
    seconds, warn) {
        this.goPath = goPath;
        this.env = env;
        this.seconds = seconds;
        this.warn = warn;
    }
    /** The settings for one package and how to render its flags per platform. */
    packageBuild(config, importPath, resolved, workingDirectory) {
        const settings = selectBuild(config, importPath, resolved);
        const cwd = settings.dir ? (0,external_node_path_.join)(workingDirectory, settings.dir) : workingDirectory;
        const templated = [...settings.flags, ...settings.ldflags].some((s) => s.text.includes('{{'));
        const plain = (l) => l.map((s) => s.text);
        return {
            settings,
            cwd,
            flags: plain(settings.flags),
            ldflags: plain(settings.ldflags),
            render: templated
                ? async (platform, buildEnv) => {
                    const [git, goEnv] = await Promise.all([
                        this.git.get(cwd, () => gitInfo(cwd, this.env)),
                        this.goEnvs.get(`${cwd}\0${(0,oci_platform/* formatPlatform */.Bq)(platform)}\0${envKey(buildEnv)}`, () => goEnvOf(this.goPath, cwd, buildEnv)),
                    ]);
                    const data = makeTemplateData({ buildEnv, goEnv, git, seconds: this.seconds });
                    const options = {
                        onWarning: (message, where) => this.warn(`${where}: ${message}`),
                    };
                    return {
                        flags: renderTemplates(settings.flags, data, options),
                        ldflags: renderTemplates(settings.ldflags, data, options),
                    };
                }
                : undefined,
        };
    }
}
const envKey = (env) => Object.entries(env)
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('\0');
async function goEnvOf(goPath, cwd, env) {
    const { stdout, stderr, code } = await (0,go_packages/* run */.eF)(goPath, ['env'], cwd, env);
    if (code !== 0) {
        throw new errors/* KoActionError */.jV('GO_BUILD', `go env failed: ${stderr.trim().split('\n')[0] ?? ''}`, {
            hint: 'templates need `go env`; check the build env in .ko.yaml',
        });
    }
    return parseGoEnv(stdout);
}
/** ko's git.GetInfo: every command in the build directory; a failure or no git is "unknown". */
async function gitInfo(cwd, env) {
    const entries = await Promise.all(Object.keys(gitInfoCommands).map(async (q) => {
        const out = await runGit([...gitInfoCommands[q]], cwd, env);
        return [q, out];
    }));
    const outputs = {};
    for (const [q, out] of entries)
        if (out !== undefined)
            outputs[q] = out;
    return gitInfoFromOutputs(outputs);
}
function runGit(args, cwd, env) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('git', ['-c', 'log.showSignature=false', ...args], {
            cwd,
            env,
            stdio: ['ignore', 'pipe', 'ignore'],
        });
        const out = [];
        child.stdout.on('data', (b) => out.push(b));
        child.on('error', () => resolve(undefined));
        child.on('close', (code) => resolve(code === 0 ? Buffer.concat(out).toString('utf8') : undefined));
    });
}

;// CONCATENATED MODULE: ./src/engine/base/layout-base.ts
// A base image read from a local OCI image layout (`oci-layout:<dir>[:<tag>]`).

function layoutReader(dir, tag) {
    return {
        root: async () => (0,layout_reader/* readManifest */.WI)(dir, await (0,layout_reader/* resolveLayoutRef */.q3)(dir, tag)),
        manifest: (d) => (0,layout_reader/* readManifest */.WI)(dir, d),
        blob: (d) => (0,layout_reader/* openBlob */.Ym)(dir, d),
    };
}

;// CONCATENATED MODULE: ./src/engine/base/registry-base.ts

function registryReader(client, ref) {
    const repo = ref.context();
    return {
        root: () => client.getManifest(ref),
        manifest: (d) => client.getManifest((0,reference/* withDigest */.hQ)(repo, d.digest)),
        blob: (d) => client.openBlob(repo.repository, d.digest, d.size),
        mountFrom: { registry: repo.registry, repository: repo.repository },
    };
}

;// CONCATENATED MODULE: ./src/engine/base/scratch-base.ts
// `scratch`: an empty base, as ggcr's empty.Image, but with os/architecture set (ko would leave
// them empty, which runtimes reject). For several platforms it is an index of such images, so
// `scratch` builds multi-platform images like any other base. It names no base annotation.




const scratchName = 'scratch';
function scratchReader(platforms) {
    const blobs = new Map();
    const put = (mediaType, doc) => {
        const bytes = Buffer.from(JSON.stringify(doc));
        const digest = (0,oci_digest/* sha256 */.sc)(bytes);
        blobs.set(digest, { bytes, mediaType, digest });
        return { mediaType, size: bytes.length, digest };
    };
    const entries = platforms.map((platform) => {
        const config = put(media_types/* MediaType */.zu.OciConfig, {
            architecture: platform.architecture,
            created: '0001-01-01T00:00:00Z',
            os: platform.os,
            rootfs: { type: 'layers', diff_ids: null },
            config: {},
            ...(platform['os.version'] ? { 'os.version': platform['os.version'] } : {}),
            ...(platform.variant ? { variant: platform.variant } : {}),
        });
        const manifest = put(media_types/* MediaType */.zu.OciManifest, {
            schemaVersion: 2,
            mediaType: media_types/* MediaType */.zu.OciManifest,
            config,
            layers: [],
        });
        return { ...manifest, platform };
    });
    const root = entries.length === 1
        ? entries[0]
        : put(media_types/* MediaType */.zu.OciIndex, {
            schemaVersion: 2,
            mediaType: media_types/* MediaType */.zu.OciIndex,
            manifests: entries,
        });
    const get = (d) => {
        const raw = blobs.get(d.digest);
        if (!raw)
            throw new errors/* KoActionError */.jV('REGISTRY', `scratch has no blob ${d.digest}`);
        return raw;
    };
    return {
        root: () => Promise.resolve(get(root)),
        manifest: (d) => Promise.resolve(get(d)),
        blob: (d) => Promise.resolve(external_node_stream_.Readable.from([Buffer.from(get(d).bytes)])),
    };
}

;// CONCATENATED MODULE: ./src/engine/engine.ts
// The build engine shared by the action and the CLI: packages → images → registry or layout.























async function runBuild(plan, deps, targets = plan.importPaths.map((p) => ({
    requested: p,
    naming: 'qualified',
}))) {
    const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(deps.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'ko-action-'));
    const sessions = [];
    try {
        // .ko.yaml builds first: a wrong `dir` or `main` is a config error, whatever is requested.
        const config = plan.koConfig;
        const resolved = await resolveBuilds(config, plan.workingDirectory, deps.goPath, deps.env);
        const templates = new TemplateContext(deps.goPath, deps.env, plan.sourceDateEpoch ?? Math.floor(Date.now() / 1000), (message) => deps.log(`warning: ${message}`));
        const requested = targets.map((t) => (0,go_packages/* stripKoScheme */.ug)(t.requested));
        const bases = new KeyedOnce();
        if (config.baseImageOverrides.size === 0) {
            // Every package gets the same base: fetch it while go list runs.
            const only = baseImageFor(config, '', plan.baseImage);
            bases.get(only, () => fetchBase(only, plan.platforms, deps)).catch(() => undefined);
        }
        const listed = await (0,go_packages/* listPackages */.Ad)(deps.goPath, requested, plan.workingDirectory, deps.env);
        const pkgs = listed.map((pkg, i) => {
            const asWritten = targets[i]?.naming === 'as-written';
            return { pkg, namingPath: asWritten ? pkg.requested : pkg.importPath };
        });
        const compileLimit = (0,limit/* limit */.A)(plan.jobs);
        const timing = (phase, ms) => {
            deps.timings[phase] += ms;
        };
        // Every package is planned (names, bases, platforms, templates) before anything is built or
        // pushed: bad input fails the run with nothing written.
        const planned = await Promise.all(pkgs.map(async ({ pkg, namingPath }) => {
            const name = (0,naming/* imageName */.tO)(plan.repo ?? 'ko.local', (0,naming/* namingImportPath */.pL)(namingPath), plan.naming);
            const baseRef = baseImageFor(config, pkg.importPath, plan.baseImage);
            const base = await bases.get(baseRef, () => fetchBase(baseRef, plan.platforms, deps));
            const build = templates.packageBuild(config, pkg.importPath, resolved, plan.workingDirectory);
            const targets = pushTargets(plan, name);
            // The first repository's push starts while go build runs (see PushSession).
            const early = targets[0] && (await startPush(targets[0][0], plan, deps));
            const artifactPlan = await planArtifact({
                goPath: deps.goPath,
                pkg,
                importRef: `ko://${namingPath}`,
                base,
                platforms: plan.platforms,
                cwd: build.cwd,
                flags: build.flags,
                ldflags: build.ldflags,
                ...(build.render ? { render: build.render } : {}),
                buildEnv: build.settings.env,
                ...(build.settings.linuxCapabilities.length
                    ? { capabilities: build.settings.linuxCapabilities }
                    : {}),
                debug: plan.debug,
                sbom: plan.sbom && plan.push && !(0,daemon_repo/* isDaemonRepo */.G)(plan.repo ?? ''),
                ...(deps.kocache ? { kocache: deps.kocache } : {}),
                labels: plan.labels,
                manifestAnnotations: plan.manifestAnnotations,
                indexAnnotations: plan.indexAnnotations,
                user: plan.user,
                sourceDateEpoch: plan.sourceDateEpoch,
                kodataDateEpoch: plan.kodataDateEpoch,
                processEnv: deps.env,
                tmpDir: tmp,
                binDir: (0,external_node_path_.join)(tmp, 'bin'),
                compileLimit,
                ...(deps.takeBuild ? { takeBuild: deps.takeBuild } : {}),
                ...(early ? { earlyPush: early } : {}),
                onTiming: timing,
                log: deps.log,
            });
            return { pkg, name, targets, early, artifactPlan };
        }));
        for (const p of planned)
            if (p.early)
                sessions.push(p.early);
        const builds = planned.reduce((n, p) => n + p.artifactPlan.jobs.length, 0);
        const maxProcs = (0,build/* goMaxProcs */.MZ)(builds, plan.jobs);
        return await Promise.all(planned.map(async ({ pkg, name, targets, early, artifactPlan }) => {
            const artifact = await buildArtifact(withMaxProcs(artifactPlan, maxProcs));
            const started = Date.now();
            const built = await publish(plan, pkg, name, targets, early, artifact, deps, pkgs.length);
            deps.timings.upload += Date.now() - started;
            return built;
        }));
    }
    finally {
        // Nothing started early may still be reading a layer when the temp dir goes.
        await Promise.allSettled(sessions.map((s) => s.settle()));
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}
/** Where an image is pushed: repository → tags. Empty unless pushing to a registry. */
function pushTargets(plan, name) {
    if (!plan.push || (0,daemon_repo/* isDaemonRepo */.G)(plan.repo))
        return [];
    // Plain tags (or none at all) go to the ko-named image; full references in `tags` as given.
    return [
        ...(plan.tags.length > 0 || plan.tagRefs.size === 0
            ? [[name, plan.tags]]
            : []),
        ...plan.tagRefs,
    ];
}
async function startPush(repo, plan, deps) {
    const target = (0,reference/* parseRepository */.SU)(repo);
    return new PushSession(await deps.clients.client(target), target, plan.uploadJobs);
}
async function fetchBase(ref, platforms, deps) {
    if (ref === scratchName) {
        const wanted = platforms.all
            ? [{ os: 'linux', architecture: 'amd64' }]
            : [...platforms.platforms];
        return loadBase(undefined, scratchReader(wanted));
    }
    const layout = (0,layout_reader/* parseLayoutReference */.ZR)(ref);
    if (layout)
        return loadBase(ref, layoutReader(layout.dir, layout.tag));
    const parsed = (0,reference/* parseReference */.F2)(ref);
    deps.log(`Using base ${parsed.name}`);
    const client = await deps.clients.client(parsed.context());
    return loadBase(parsed.name, registryReader(client, parsed));
}
async function publish(plan, pkg, name, destinations, early, artifact, deps, count) {
    const platforms = (artifact.kind === 'index' ? artifact.children : [artifact]).map((img) => ({
        platform: img.platform ? (0,oci_platform/* formatPlatform */.Bq)(img.platform) : 'unknown',
        digest: img.digest,
    }));
    const common = {
        requested: pkg.requested,
        importPath: pkg.importPath,
        name,
        digest: artifact.digest,
        platforms,
    };
    if (!plan.push) {
        // One import path: the layout entry is named by the tag, as `skopeo copy oci:<dir>:<tag>` expects.
        const tag = plan.tags[0] ?? [...plan.tagRefs.values()][0]?.[0] ?? 'latest';
        const refName = count === 1 ? tag : `${name.split('/').pop() ?? 'image'}-${tag}`;
        await writeToLayout(plan.ociLayoutPath, artifact, { refName });
        deps.log(`Wrote ${name} (${artifact.digest}) to ${plan.ociLayoutPath} as ${refName}`);
        return {
            ...common,
            ref: (0,naming/* printedReference */.aZ)({
                publisher: 'layout',
                layoutPath: plan.ociLayoutPath,
                digest: artifact.digest,
            }),
            tags: [refName],
        };
    }
    if ((0,daemon_repo/* isDaemonRepo */.G)(plan.repo)) {
        // ko.local…: loaded into the local engine; ko names it by the loaded image's digest.
        const loaded = await loadIntoDaemon(artifact, name, plan.tags, deps.env);
        deps.log(`Loaded ${loaded.ref} into the daemon`);
        return { ...common, digest: loaded.digest, ref: loaded.ref, tags: plan.tags };
    }
    for (const [i, [repo, tags]] of destinations.entries()) {
        const session = i === 0 && early ? early : await startPush(repo, plan, deps);
        const result = await session.push((0,reference/* parseReference */.F2)(repo), artifact, tags);
        const s = result.stats;
        deps.log(`Pushed ${result.byDigest}: ${s.uploaded.count} blobs uploaded (${s.uploaded.bytes} bytes), ` +
            `${s.mounted.count} mounted, ${s.skipped.count} already present`);
    }
    const [first, firstTags] = destinations[0] ?? [name, plan.tags];
    const sbom = await attachSboms(first, artifact, deps, plan.uploadJobs);
    return {
        ...common,
        ...(sbom ? { sbom } : {}),
        name: first,
        ref: (0,naming/* printedReference */.aZ)({
            publisher: 'registry',
            name: first,
            tags: firstTags,
            digest: artifact.digest,
        }),
        tags: [...plan.tags, ...[...plan.tagRefs].flatMap(([r, ts]) => ts.map((t) => `${r}:${t}`))],
    };
}
/**
 * ko attaches SBOMs with cosign's tag scheme: `<repo>:sha256-<hex>.sbom` for the index and for
 * every image ($COSIGN_REPOSITORY overrides the repository). Returns the index's (or image's).
 */
async function attachSboms(repo, artifact, deps, jobs) {
    if (!artifact.sbom)
        return undefined;
    const target = (0,reference/* parseRepository */.SU)(deps.env.COSIGN_REPOSITORY || repo);
    const client = await deps.clients.client(target);
    const images = artifact.kind === 'index' ? [artifact, ...artifact.children] : [artifact];
    for (const img of images) {
        if (!img.sbom)
            continue;
        const tag = sbomTag(img.digest);
        await pushArtifact(client, (0,reference/* withTag */.Rd)(target, tag), sbomArtifact(img.sbom), { tags: [tag], jobs });
    }
    return `${target.name}:${sbomTag(artifact.digest)}`;
}


/***/ }),

/***/ 4319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ capabilityXattr)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
// Linux file capabilities for `builds[].linux_capabilities`, parsed as ko's pkg/caps does
// (Docker --cap-add names, numbers, and cap_from_text(3) clauses such as `cap_net_bind_service+ep`)
// and encoded as the `security.capability` xattr (vfs_cap_data revision 2, spec §1.4).

const all64 = (1n << 64n) - 1n;
// Bit numbers from linux/capability.h, as ko lists them.
const capabilityBits = {
    CHOWN: 0,
    DAC_OVERRIDE: 1,
    DAC_READ_SEARCH: 2,
    FOWNER: 3,
    FSETID: 4,
    KILL: 5,
    SETGID: 6,
    SETUID: 7,
    SETPCAP: 8,
    LINUX_IMMUTABLE: 9,
    NET_BIND_SERVICE: 10,
    NET_BROADCAST: 11,
    NET_ADMIN: 12,
    NET_RAW: 13,
    IPC_LOCK: 14,
    IPC_OWNER: 15,
    SYS_MODULE: 16,
    SYS_RAWIO: 17,
    SYS_CHROOT: 18,
    SYS_PTRACE: 19,
    SYS_PACCT: 20,
    SYS_ADMIN: 21,
    SYS_BOOT: 22,
    SYS_NICE: 23,
    SYS_RESOURCE: 24,
    SYS_TIME: 25,
    SYS_TTY_CONFIG: 26,
    MKNOD: 27,
    LEASE: 28,
    AUDIT_WRITE: 29,
    AUDIT_CONTROL: 30,
    SETFCAP: 31,
    MAC_OVERRIDE: 32,
    MAC_ADMIN: 33,
    SYSLOG: 34,
    WAKE_ALARM: 35,
    BLOCK_SUSPEND: 36,
    AUDIT_READ: 37,
    PERFMON: 38,
    BPF: 39,
    CHECKPOINT_RESTORE: 40,
};
function capabilityError(message) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('CONFIG', message, {
        where: 'linux_capabilities',
        hint: 'Use capability names such as `net_bind_service` or clauses such as `cap_net_bind_service+ep`.',
    });
}
/** One capability: a number 0..63, `all`, or a name with or without `cap_`, any case. */
function parseCapability(s) {
    if (/^[0-9]+$/.test(s) && Number(s) < 64)
        return 1n << BigInt(Number(s));
    const name = s.toUpperCase();
    if (name === 'ALL') {
        return Object.values(capabilityBits).reduce((m, bit) => m | (1n << BigInt(bit)), 0n);
    }
    const bit = capabilityBits[name.startsWith('CAP_') ? name.slice(4) : name];
    if (bit === undefined)
        throw capabilityError(`unknown capability: ${JSON.stringify(s)}`);
    return 1n << BigInt(bit);
}
/**
 * The raw 20-byte `security.capability` value for `terms`, or undefined when they grant nothing
 * (ko then adds no PAX record). A bare name is added as permitted; `caps+-=flags` clauses are
 * applied left to right as cap_from_text(3) does.
 */
function capabilityXattr(terms) {
    let permitted = 0n;
    let inheritable = 0n;
    let effective = 0n;
    for (const term of terms) {
        const at = term.search(/[+\-=]/);
        if (at === -1) {
            permitted |= parseCapability(term);
            continue;
        }
        const actions = term.slice(at);
        const names = at === 0 && actions.startsWith('=') ? 'all' : term.slice(0, at);
        let mask = 0n;
        for (const name of names.split(',')) {
            try {
                mask |= parseCapability(name);
            }
            catch (err) {
                throw capabilityError(`${JSON.stringify(term)}: ${err.message}`);
            }
        }
        let keep = 0n; // which bits of `mask` the following p/i/e letters set (all for +/=, none for -)
        for (const c of actions) {
            switch (c) {
                case '+':
                    keep = all64;
                    break;
                case '-':
                    keep = ~mask & all64;
                    break;
                case '=':
                    keep = all64;
                    permitted &= ~mask;
                    inheritable &= ~mask;
                    effective &= ~mask;
                    break;
                case 'p':
                    permitted = (permitted | mask) & keep;
                    break;
                case 'i':
                    inheritable = (inheritable | mask) & keep;
                    break;
                case 'e':
                    effective = (effective | mask) & keep;
                    break;
                default:
                    throw capabilityError(`${JSON.stringify(term)}: unknown flag '${c}'`);
            }
        }
    }
    if (permitted === 0n && inheritable === 0n)
        return undefined;
    const out = Buffer.alloc(20);
    out.writeUInt32LE(0x02000000 | (effective !== 0n ? 1 : 0), 0);
    out.writeUInt32LE(Number(permitted & 0xffffffffn), 4);
    out.writeUInt32LE(Number(inheritable & 0xffffffffn), 8);
    out.writeUInt32LE(Number(permitted >> 32n), 12);
    out.writeUInt32LE(Number(inheritable >> 32n), 16);
    return out;
}


/***/ }),

/***/ 6764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   eo: () => (/* binding */ registryError),
/* harmony export */   gl: () => (/* binding */ RegistryError)
/* harmony export */ });
/* unused harmony exports parseErrorBody, hintFor */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4537);
// Distribution-spec error bodies and HTTP statuses turned into KoActionErrors a user can act on.
// Like ggcr's transport.Error: parse the `errors` array, keep the status, strip the URL's query
// (upload `_state` and tokens), and know which failures are worth retrying.


const ghcrHint = 'grant `permissions: packages: write` to the job (and, for a package created elsewhere, give this repository write access in the package settings)';
/** Codes ggcr treats as temporary (remote/write.go). */
const temporaryCodes = new Set([
    'BLOB_UPLOAD_INVALID',
    'TOOMANYREQUESTS',
    'UNKNOWN',
    'UNAVAILABLE',
]);
const temporaryStatuses = new Set([408, 429, 500, 502, 503, 504]);
/** A registry answered with an unexpected status. */
class RegistryError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV {
    status;
    errors;
    registry;
    constructor(message, status, errors, hint, registry) {
        super(status === 401 || status === 403 ? 'REGISTRY_AUTH' : 'REGISTRY', message, {
            where: registry,
            ...(hint ? { hint } : {}),
        });
        this.status = status;
        this.errors = errors;
        this.registry = registry;
    }
    /** Worth retrying the whole operation (ggcr `isTemporary`). */
    get temporary() {
        if (this.errors.length > 0)
            return this.errors.every((e) => temporaryCodes.has(e.code));
        return temporaryStatuses.has(this.status);
    }
}
/** Parse `{"errors":[{code,message,detail}]}`; anything else yields []. */
function parseErrorBody(body) {
    if (!body)
        return [];
    try {
        const parsed = JSON.parse(body);
        if (typeof parsed !== 'object' || parsed === null)
            return [];
        const errs = parsed.errors;
        if (!Array.isArray(errs))
            return [];
        return errs.flatMap((e) => {
            if (typeof e !== 'object' || e === null)
                return [];
            const { code, message, detail } = e;
            if (typeof code !== 'string')
                return [];
            return [
                {
                    code,
                    ...(typeof message === 'string' ? { message } : {}),
                    ...(detail !== undefined ? { detail } : {}),
                },
            ];
        });
    }
    catch {
        return [];
    }
}
/** Build the error for an unexpected registry response. */
function registryError(ctx) {
    const errors = parseErrorBody(ctx.body);
    const detail = errors.length
        ? errors.map((e) => (e.message ? `${e.code}: ${e.message}` : e.code)).join('; ')
        : statusText(ctx.status, ctx.body);
    const head = ctx.action ? `${ctx.action}: ` : '';
    // The URL names the host already, unless it is another origin (a token realm, a CDN).
    const url = displayUrl(ctx.url);
    const on = hostOf(ctx.url) === ctx.registry ? '' : ` for ${ctx.registry}`;
    const message = (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(`${head}${ctx.method} ${url}${on} answered ${ctx.status} (${detail})`);
    return new RegistryError(message, ctx.status, errors, hintFor(ctx.registry, ctx.status, errors), ctx.registry);
}
/** The URL without query or fragment: upload `_state` and token parameters stay out of logs. */
function displayUrl(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return String(url).replace(/[?#].*$/, '');
    }
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return '';
    }
}
function hintFor(registry, status, errors) {
    const codes = new Set(errors.map((e) => e.code));
    const isGhcr = registry === 'ghcr.io' || registry.endsWith('.ghcr.io');
    if (status === 401 || status === 403 || codes.has('DENIED') || codes.has('UNAUTHORIZED')) {
        if (isGhcr)
            return ghcrHint;
        return `check the credentials for ${registry}: the username/password inputs, docker login ${registry}, or a credential helper`;
    }
    if (status === 429 || codes.has('TOOMANYREQUESTS')) {
        return `${registry} is rate limiting; authenticate to raise the limit, or retry later`;
    }
    if (codes.has('NAME_INVALID'))
        return 'repository names must be lowercase: a-z 0-9 _ . - /';
    if (codes.has('NAME_UNKNOWN'))
        return `the repository does not exist on ${registry} (or is not visible to these credentials)`;
    if (codes.has('MANIFEST_INVALID') || codes.has('MANIFEST_BLOB_UNKNOWN')) {
        return 'the registry rejected the manifest; it may not support this media type';
    }
    return undefined;
}
function statusText(status, body) {
    const known = {
        400: 'Bad Request',
        401: 'Unauthorized',
        403: 'Forbidden',
        404: 'Not Found',
        405: 'Method Not Allowed',
        408: 'Request Timeout',
        409: 'Conflict',
        413: 'Payload Too Large',
        416: 'Range Not Satisfiable',
        429: 'Too Many Requests',
        500: 'Internal Server Error',
        502: 'Bad Gateway',
        503: 'Service Unavailable',
        504: 'Gateway Timeout',
    };
    const text = known[status] ?? 'unexpected status';
    // A short non-JSON body (a proxy's message) helps; an HTML page does not.
    const snippet = body?.trim();
    if (snippet && snippet.length <= 200 && !snippet.startsWith('<'))
        return `${text}: ${snippet}`;
    return text;
}


/***/ }),

/***/ 3868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ readAll)
/* harmony export */ });
/** Every byte of a stream (small bodies: manifests, configs, stdin). */
async function readAll(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}


/***/ })

};
