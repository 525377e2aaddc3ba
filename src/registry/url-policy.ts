// Where a registry may send us: a redirect, an upload Location or a token realm is followed only
// if it does not downgrade HTTPS to plain HTTP (unless insecure-registry is set) and, when the
// registry is a public host, does not point at a loopback, private or link-local address (a
// public registry has no business steering a runner at its own network: SSRF; ggcr refuses a
// realm on such an address too, go-containerregistry#2258). Object stores on other public hosts
// stay allowed: that is how ghcr.io and cloud registries serve blobs. See docs/reliability.md.
import { KoActionError } from '../util/errors.js';
import { displayUrl } from './errors.js';

export interface FollowContext {
  /** Registry host, for messages. */
  readonly registry: string;
  readonly insecure: boolean;
  /** `a redirect`, `the upload Location`, `the token realm`. */
  readonly what: string;
}

/** Throws unless `to` may be followed from `from` (see the file comment). */
export function checkFollow(from: URL, to: URL, ctx: FollowContext): void {
  if (to.protocol !== 'http:' && to.protocol !== 'https:') {
    throw refused(ctx, from, to, `it is not HTTP(S)`);
  }
  if (from.protocol === 'https:' && to.protocol === 'http:' && !ctx.insecure) {
    throw refused(ctx, from, to, 'it downgrades HTTPS to plain HTTP', true);
  }
  if (isInternalHost(to.hostname) && !isInternalHost(from.hostname)) {
    throw refused(ctx, from, to, 'a public registry may not point at a private address');
  }
}

function refused(
  ctx: FollowContext,
  from: URL,
  to: URL,
  why: string,
  insecureHelps = false,
): KoActionError {
  return new KoActionError(
    'REGISTRY',
    `${displayUrl(from)} sent ${ctx.what} to ${displayUrl(to)}; not followed: ${why}`,
    {
      where: ctx.registry,
      ...(insecureHelps ? { hint: 'set insecure-registry: true only if this is expected' } : {}),
    },
  );
}

/** localhost, loopback, RFC 1918, link-local, CGNAT, unique-local IPv6 (IP literals only). */
export function isInternalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 127 ||
      a === 10 ||
      a === 0 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (!host.includes(':')) return false;
  if (host === '::1' || host === '::') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host)?.[1];
  if (mapped) return isInternalHost(mapped);
  return /^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host);
}
