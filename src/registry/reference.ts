// Image references as ggcr's pkg/name reads them: `[registry/]repository[:tag][@sha256:hex]`.
// Pure: no I/O. Errors name the reference and say what is wrong with it.
import { KoActionError } from '../util/errors.js';
import { isDigest, type Digest } from '../oci/digest.js';

export const dockerHubRegistry = 'index.docker.io';
/** The key Docker stores Docker Hub credentials under. */
export const dockerHubAuthKey = 'https://index.docker.io/v1/';
export const defaultTag = 'latest';

const repositoryChars = /^[a-z0-9_./-]+$/;
const tagPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
// host[:port], IPv4[:port] or [IPv6][:port]
const registryPattern =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;

/** A registry plus repository: what a scope, a mount or a tag list talks about. */
export interface Repository {
  readonly registry: string;
  readonly repository: string;
  /** Fully qualified: `registry/repository`. */
  readonly name: string;
}

export interface Reference extends Repository {
  /** The tag; `latest` when neither a tag nor a digest was given. */
  readonly tag?: string;
  readonly digest?: Digest;
  /** Fully qualified: `registry/repo:tag`, or `registry/repo@digest` when a digest is present. */
  readonly name: string;
  /** What follows the repository in a manifest URL: the digest if any, else the tag. */
  readonly identifier: string;
  /** The text the reference was parsed from. */
  readonly original: string;
  /** The repository part alone. */
  context(): Repository;
  toString(): string;
}

function invalid(ref: string, why: string, hint?: string): KoActionError {
  return new KoActionError('REFERENCE', `invalid image reference "${ref}": ${why}`, {
    hint: hint ?? 'write [registry/]repository[:tag][@sha256:<64 hex>], e.g. ghcr.io/owner/app:v1',
  });
}

/** Parse `registry/repository` (no tag or digest). */
export function parseRepository(text: string, original = text): Repository {
  if (text === '') throw invalid(original, 'the repository is empty');
  let registry = '';
  let repo = text;
  const slash = text.indexOf('/');
  if (slash >= 0) {
    const first = text.slice(0, slash);
    // Only a component that looks like a host is a registry; `owner/app` is a Docker Hub repo.
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      repo = text.slice(slash + 1);
    }
  }
  registry = normalizeRegistry(registry, original);
  checkRepository(repo, original);
  // Docker Hub's official images live under library/.
  if (registry === dockerHubRegistry && !repo.includes('/')) repo = `library/${repo}`;
  return makeRepository(registry, repo);
}

/** Parse a full reference. A missing tag and digest means `:latest`. */
export function parseReference(text: string): Reference {
  const original = text;
  const trimmed = text.trim();
  if (trimmed === '') throw invalid(original, 'it is empty');
  if (trimmed !== text) throw invalid(original, 'it has leading or trailing whitespace');
  let rest = text;
  let digest: Digest | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const d = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(d)) {
      throw invalid(
        original,
        `"${d}" is not a digest (only sha256:<64 lowercase hex> is supported)`,
      );
    }
    digest = d;
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  // A colon followed by a slash belongs to a registry port (`localhost:5000/app`).
  if (colon >= 0 && !rest.slice(colon + 1).includes('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!tagPattern.test(tag)) {
      throw invalid(
        original,
        tag === '' ? 'the tag after ":" is empty' : `tag "${tag}" is invalid`,
        'a tag is 1-128 characters of A-Z a-z 0-9 _ . - and does not start with . or -',
      );
    }
  }
  const repo = parseRepository(rest, original);
  if (digest === undefined && tag === undefined) tag = defaultTag;
  return makeReference(repo, { tag, digest, original });
}

/** The same repository with another tag (the tag is validated). */
export function withTag(repo: Repository, tag: string): Reference {
  if (!tagPattern.test(tag)) {
    throw invalid(`${repo.name}:${tag}`, `tag "${tag}" is invalid`);
  }
  return makeReference(repo, { tag, original: `${repo.name}:${tag}` });
}

export function withDigest(repo: Repository, digest: Digest): Reference {
  return makeReference(repo, { digest, original: `${repo.name}@${digest}` });
}

/** ko's rule: plain HTTP for loopback and RFC 1918 hosts; HTTPS otherwise. */
export function defaultScheme(registry: string): 'http' | 'https' {
  const host = registryHostname(registry);
  if (host === 'localhost' || host.endsWith('.localhost')) return 'http';
  if (host === '::1') return 'http';
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host);
  if (v4) {
    const a = Number(v4[1]);
    const b = Number(v4[2]);
    if (a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) {
      return 'http';
    }
  }
  return 'https';
}

/** The hostname of `host[:port]` / `[v6]:port`, without brackets or port. */
export function registryHostname(registry: string): string {
  if (registry.startsWith('[')) return registry.slice(1, registry.indexOf(']'));
  const colon = registry.lastIndexOf(':');
  return (colon >= 0 ? registry.slice(0, colon) : registry).toLowerCase();
}

/** Token scope for a repository, e.g. `repository:owner/app:push,pull`. */
export function repositoryScope(repo: string, actions: 'pull' | 'push,pull'): string {
  return `repository:${repo}:${actions}`;
}

function normalizeRegistry(registry: string, original: string): string {
  if (registry === '' || registry === 'docker.io') return dockerHubRegistry;
  if (!registryPattern.test(registry)) {
    throw invalid(original, `registry "${registry}" is not a valid host[:port]`);
  }
  const port = /:(\d+)$/.exec(registry)?.[1];
  if (port !== undefined && Number(port) > 65535) {
    throw invalid(original, `registry port ${port} is out of range`);
  }
  return registry;
}

function checkRepository(repo: string, original: string): void {
  if (repo.length < 2 || repo.length > 255) {
    throw invalid(original, `repository "${repo}" must be 2 to 255 characters long`);
  }
  if (!repositoryChars.test(repo)) {
    const hint = /[A-Z]/.test(repo)
      ? 'repository names must be lowercase'
      : 'a repository may contain only a-z 0-9 _ . - and /';
    throw invalid(original, `repository "${repo}" has invalid characters`, hint);
  }
  if (repo.split('/').some((c) => c === '')) {
    throw invalid(original, `repository "${repo}" has an empty path component`);
  }
}

function makeRepository(registry: string, repository: string): Repository {
  return Object.freeze({ registry, repository, name: `${registry}/${repository}` });
}

function makeReference(
  repo: Repository,
  parts: { tag?: string | undefined; digest?: Digest | undefined; original: string },
): Reference {
  const context = makeRepository(repo.registry, repo.repository);
  const name = parts.digest
    ? `${context.name}@${parts.digest}`
    : `${context.name}:${parts.tag ?? defaultTag}`;
  const ref: Reference = {
    registry: repo.registry,
    repository: repo.repository,
    name,
    identifier: parts.digest ?? parts.tag ?? defaultTag,
    original: parts.original,
    ...(parts.tag !== undefined ? { tag: parts.tag } : {}),
    ...(parts.digest !== undefined ? { digest: parts.digest } : {}),
    context: () => context,
    toString: () => parts.original,
  };
  return Object.freeze(ref);
}
