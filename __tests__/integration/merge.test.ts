// The `merge` input against a real registry: single-platform images pushed by digest (as matrix
// jobs do) are joined into one index, checked with crane; every refused input pushes nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mergeImages } from '../../src/engine/merge.js';
import { KoActionError } from '../../src/util/errors.js';
import { sha256 } from '../../src/oci/digest.js';
import { MediaType } from '../../src/oci/media-types.js';
import type { IndexManifest } from '../../src/oci/types.js';
import { RegistryClient } from '../../src/registry/client.js';
import { pushArtifact } from '../../src/registry/push.js';
import { parseReference, parseRepository } from '../../src/registry/reference.js';
import { crane } from '../support/crane.js';
import { makeImage, type FixtureImage } from '../support/oci-fixture.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';

let reg: TestRegistry;
let client: RegistryClient;
const amd64 = makeImage({ os: 'linux', architecture: 'amd64' }, 'merge');
const arm64 = makeImage({ os: 'linux', architecture: 'arm64', variant: 'v8' }, 'merge');
const amd64Again = makeImage({ os: 'linux', architecture: 'amd64' }, 'merge-other');

async function pushByDigest(repo: string, image: FixtureImage): Promise<void> {
  await pushArtifact(client, parseReference(`${reg.host}/${repo}@${image.digest}`), image, {
    tags: [],
    jobs: 2,
  });
}

beforeAll(async () => {
  reg = await startRegistry('anonymous');
  client = new RegistryClient(reg.host);
  for (const img of [amd64, arm64, amd64Again]) await pushByDigest('merge/app', img);
  await pushByDigest('other/app', arm64);
});

afterAll(async () => {
  await client.close();
  await reg.stop();
});

const manifestPuts = (): string[] =>
  reg.requests
    .filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'))
    .map((r) => r.path);

async function refusal(sources: string[]): Promise<KoActionError> {
  reg.clearRequests();
  const err = await mergeImages({
    repo: `${reg.host}/merge/app`,
    sources,
    tags: ['refused'],
    client,
    jobs: 2,
  }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(KoActionError);
  expect(manifestPuts()).toEqual([]);
  return err as KoActionError;
}

describe('mergeImages', () => {
  it('pushes one index of the given images under every tag, in source order', async () => {
    reg.clearRequests();
    const result = await mergeImages({
      repo: parseRepository(`${reg.host}/merge/app`),
      sources: [amd64.digest, `${reg.host}/merge/app@${arm64.digest}`],
      tags: ['v1', 'latest'],
      annotations: { 'org.opencontainers.image.source': 'https://example.com/app' },
      client,
      jobs: 2,
    });

    expect(result.platforms).toEqual([
      { platform: 'linux/amd64', digest: amd64.digest },
      { platform: 'linux/arm64/v8', digest: arm64.digest },
    ]);
    expect(result.ref).toBe(`${reg.host}/merge/app@${result.digest}`);
    expect(result.tagged).toEqual([`${reg.host}/merge/app:v1`, `${reg.host}/merge/app:latest`]);

    const raw = await crane(['manifest', `${reg.host}/merge/app:v1`], { registry: reg });
    const index = JSON.parse(raw.toString('utf8')) as IndexManifest;
    expect(index).toEqual({
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: [
        {
          mediaType: MediaType.OciManifest,
          size: amd64.rawManifest.length,
          digest: amd64.digest,
          platform: { architecture: 'amd64', os: 'linux' },
          artifactType: MediaType.OciConfig,
        },
        {
          mediaType: MediaType.OciManifest,
          size: arm64.rawManifest.length,
          digest: arm64.digest,
          platform: { architecture: 'arm64', os: 'linux', variant: 'v8' },
          artifactType: MediaType.OciConfig,
        },
      ],
      annotations: { 'org.opencontainers.image.source': 'https://example.com/app' },
    });
    const latest = await crane(['digest', `${reg.host}/merge/app:latest`], { registry: reg });
    expect(latest.toString('utf8').trim()).toBe(result.digest);

    // Only the index went up (once per tag): children were HEADed, no blob was sent.
    expect(manifestPuts()).toEqual([
      '/v2/merge/app/manifests/v1',
      '/v2/merge/app/manifests/latest',
    ]);
    expect(reg.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH')).toEqual([]);
  });

  it('makes a Docker manifest list from Docker images', async () => {
    // The same images, re-labelled as Docker v2 (distribution checks only the JSON shape).
    const docker = [amd64, arm64].map((img) => {
      const json = JSON.parse(Buffer.from(img.rawManifest).toString('utf8')) as Record<
        string,
        unknown
      >;
      json.mediaType = MediaType.DockerManifest;
      return json;
    });
    const digests: string[] = [];
    for (const [i, m] of docker.entries()) {
      const rawManifest = Buffer.from(JSON.stringify(m));
      const img = [amd64, arm64][i]!;
      const pushed = await pushArtifact(
        client,
        parseReference(`${reg.host}/merge/docker:tmp`),
        { ...img, mediaType: MediaType.DockerManifest, rawManifest, digest: sha256(rawManifest) },
        { tags: [], jobs: 2 },
      );
      digests.push(pushed.digest);
    }
    const result = await mergeImages({
      repo: `${reg.host}/merge/docker:ignored-tag`,
      sources: digests,
      tags: ['v1'],
      client,
      jobs: 2,
    });
    const index = JSON.parse(
      (
        await crane(['manifest', `${reg.host}/merge/docker@${result.digest}`], { registry: reg })
      ).toString('utf8'),
    ) as IndexManifest;
    expect(index.mediaType).toBe(MediaType.DockerManifestList);
    expect(index.manifests.map((d) => [d.mediaType, d.digest])).toEqual(
      digests.map((d) => [MediaType.DockerManifest, d]),
    );
  });

  it('refuses a digest the repository does not have, naming it', async () => {
    const missing = `sha256:${'0'.repeat(64)}`;
    const err = await refusal([amd64.digest, missing]);
    expect(err.message).toBe(`${reg.host}/merge/app@${missing} does not exist`);
    expect(err.where).toBe('merge');
  });

  it('refuses two images of the same platform, naming both', async () => {
    const err = await refusal([amd64.digest, arm64.digest, amd64Again.digest]);
    expect(err.message).toBe(
      `${amd64.digest} and ${amd64Again.digest} are both linux/amd64 images`,
    );
  });

  it('refuses an image in another repository', async () => {
    const err = await refusal([amd64.digest, `${reg.host}/other/app@${arm64.digest}`]);
    expect(err.message).toBe(
      `${reg.host}/other/app@${arm64.digest} is in ${reg.host}/other/app, not in the target repository ${reg.host}/merge/app`,
    );
    expect(err.hint).toMatch(/only reference manifests in its own repository/);
  });

  it('refuses a digest that is not sha256 and an index as a source', async () => {
    const bad = await refusal([amd64.digest, `sha512:${'a'.repeat(128)}`]);
    expect(bad.message).toBe(`"sha512:${'a'.repeat(128)}" is not an image digest`);

    const merged = await mergeImages({
      repo: `${reg.host}/merge/app`,
      sources: [amd64.digest, arm64.digest],
      tags: [],
      client,
      jobs: 2,
    });
    const nested = await refusal([merged.digest]);
    expect(nested.message).toBe(
      `${reg.host}/merge/app@${merged.digest} is an image index, not a single image`,
    );
  });
});
