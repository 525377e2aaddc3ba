// Paginated listings: tags (`/tags/list`) and OCI 1.1 referrers, following
// `Link: <…>; rel="next"` until the registry stops sending one.
import { KoActionError } from '../util/errors.js';
import type { Digest } from '../oci/digest.js';
import { MediaType } from '../oci/media-types.js';
import type { Descriptor, IndexManifest } from '../oci/types.js';
import type { RegistryClient } from './client.js';
import { repositoryScope } from './reference.js';

export async function listTags(
  client: RegistryClient,
  repo: string,
  pageSize: number,
): Promise<string[]> {
  await client.addScopes([repositoryScope(repo, 'pull')]);
  const tags: string[] = [];
  const first = `/v2/${repo}/tags/list?n=${pageSize}`;
  for await (const page of pages(client, first, 'listing tags')) {
    const list = (page as { tags?: unknown }).tags;
    if (Array.isArray(list)) tags.push(...list.filter((t): t is string => typeof t === 'string'));
  }
  return tags;
}

export async function listReferrers(
  client: RegistryClient,
  repo: string,
  digest: Digest,
  artifactType?: string,
): Promise<IndexManifest> {
  await client.addScopes([repositoryScope(repo, 'pull')]);
  const q = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
  const index: IndexManifest = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] };
  const first = `/v2/${repo}/referrers/${digest}${q}`;
  for await (const page of pages(client, first, 'listing referrers', MediaType.OciIndex)) {
    const list = (page as { manifests?: unknown }).manifests;
    if (Array.isArray(list)) index.manifests.push(...(list as Descriptor[]));
  }
  return index;
}

/** JSON pages; a 404 on any page ends the listing (a missing repository, or no referrers API). */
async function* pages(
  client: RegistryClient,
  first: string,
  action: string,
  accept?: string,
): AsyncGenerator<unknown> {
  let next: string | URL | undefined = first;
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
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new KoActionError('REGISTRY', `${action}: ${client.registry} did not answer JSON`, {
        where: client.registry,
      });
    }
    yield parsed;
    next = nextLink(res.headerAll('link'), res.url);
  }
}

/** The `rel="next"` target of Link headers, resolved against the request URL. */
export function nextLink(links: readonly string[], base: URL): URL | undefined {
  for (const header of links) {
    for (const part of header.split(/,(?=\s*<)/)) {
      const m = /^\s*<([^>]*)>(.*)$/.exec(part);
      if (m?.[1] !== undefined && /;\s*rel="?next"?/i.test(m[2] ?? '')) return new URL(m[1], base);
    }
  }
  return undefined;
}
