// Distribution-spec error bodies and HTTP statuses turned into KoActionErrors a user can act on.
// Like ggcr's transport.Error: parse the `errors` array, keep the status, strip the URL's query
// (upload `_state` and tokens), and know which failures are worth retrying.
import { KoActionError } from '../util/errors.js';
import { redact } from '../util/secrets.js';

export interface DistributionError {
  readonly code: string;
  readonly message?: string;
  readonly detail?: unknown;
}

const ghcrHint =
  'grant `permissions: packages: write` to the job (and, for a package created elsewhere, give this repository write access in the package settings)';

/** Codes ggcr treats as temporary (remote/write.go). */
const temporaryCodes = new Set([
  'BLOB_UPLOAD_INVALID',
  'TOOMANYREQUESTS',
  'UNKNOWN',
  'UNAVAILABLE',
]);
const temporaryStatuses = new Set([408, 429, 500, 502, 503, 504]);

/** A registry answered with an unexpected status. */
export class RegistryError extends KoActionError {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: readonly DistributionError[],
    hint: string | undefined,
    readonly registry: string,
    /** The server's Retry-After, in ms, when it sent one. */
    readonly retryAfterMs?: number,
  ) {
    super(status === 401 || status === 403 ? 'REGISTRY_AUTH' : 'REGISTRY', message, {
      where: registry,
      ...(hint ? { hint } : {}),
    });
  }

  /** Worth retrying the whole operation (ggcr `isTemporary`). */
  get temporary(): boolean {
    if (this.errors.length > 0) return this.errors.every((e) => temporaryCodes.has(e.code));
    return temporaryStatuses.has(this.status);
  }
}

/** Parse `{"errors":[{code,message,detail}]}`; anything else yields []. */
export function parseErrorBody(body: string | undefined): DistributionError[] {
  if (!body) return [];
  try {
    const parsed = JSON.parse(body) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return [];
    const errs = (parsed as { errors?: unknown }).errors;
    if (!Array.isArray(errs)) return [];
    return errs.flatMap((e: unknown): DistributionError[] => {
      if (typeof e !== 'object' || e === null) return [];
      const { code, message, detail } = e as Record<string, unknown>;
      if (typeof code !== 'string') return [];
      return [
        {
          code,
          ...(typeof message === 'string' ? { message } : {}),
          ...(detail !== undefined ? { detail } : {}),
        },
      ];
    });
  } catch {
    return [];
  }
}

export interface ErrorContext {
  /** Registry host (`ghcr.io`, `127.0.0.1:5000`). */
  readonly registry: string;
  readonly method: string;
  readonly url: string | URL;
  readonly status: number;
  readonly body?: string | undefined;
  /** What we were doing, e.g. `pushing manifest ghcr.io/o/app:v1`. */
  readonly action?: string;
  /** The response's Retry-After header, if any. */
  readonly retryAfter?: string | undefined;
}

/** Build the error for an unexpected registry response. */
export function registryError(ctx: ErrorContext): RegistryError {
  const errors = parseErrorBody(ctx.body);
  const detail = errors.length
    ? errors.map((e) => (e.message ? `${e.code}: ${e.message}` : e.code)).join('; ')
    : statusText(ctx.status, ctx.body);
  const head = ctx.action ? `${ctx.action}: ` : '';
  // The URL names the host already, unless it is another origin (a token realm, a CDN).
  const url = displayUrl(ctx.url);
  const on = hostOf(ctx.url) === ctx.registry ? '' : ` for ${ctx.registry}`;
  const message = redact(`${head}${ctx.method} ${url}${on} answered ${ctx.status} (${detail})`);
  return new RegistryError(
    message,
    ctx.status,
    errors,
    hintFor(ctx.registry, ctx.status, errors),
    ctx.registry,
    retryAfterMs(ctx.retryAfter),
  );
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** The URL without query or fragment: upload `_state` and token parameters stay out of logs. */
export function displayUrl(url: string | URL): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return String(url).replace(/[?#].*$/, '');
  }
}

function hostOf(url: string | URL): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

export function hintFor(
  registry: string,
  status: number,
  errors: readonly DistributionError[],
): string | undefined {
  const codes = new Set(errors.map((e) => e.code));
  const isGhcr = registry === 'ghcr.io' || registry.endsWith('.ghcr.io');
  if (status === 401 || status === 403 || codes.has('DENIED') || codes.has('UNAUTHORIZED')) {
    if (isGhcr) return ghcrHint;
    return `check the credentials for ${registry}: the username/password inputs, docker login ${registry}, or a credential helper`;
  }
  if (status === 429 || codes.has('TOOMANYREQUESTS')) {
    return `${registry} is rate limiting; authenticate to raise the limit, or retry later`;
  }
  if (codes.has('NAME_INVALID')) return 'repository names must be lowercase: a-z 0-9 _ . - /';
  if (codes.has('NAME_UNKNOWN'))
    return `the repository does not exist on ${registry} (or is not visible to these credentials)`;
  if (codes.has('MANIFEST_INVALID') || codes.has('MANIFEST_BLOB_UNKNOWN')) {
    return 'the registry rejected the manifest; it may not support this media type';
  }
  return undefined;
}

function statusText(status: number, body: string | undefined): string {
  const known: Record<number, string> = {
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
  if (snippet && snippet.length <= 200 && !snippet.startsWith('<')) return `${text}: ${snippet}`;
  return text;
}
