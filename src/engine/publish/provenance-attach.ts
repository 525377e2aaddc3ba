// Attaches a provenance statement to each platform image as an OCI 1.1 referrer
// (docs/provenance.md): the artifact manifest is pushed by digest; where the registry has no
// referrers API, the referrers tag `sha256-<hex>` is read, added to and pushed back
// (distribution-spec v1.1, "Pushing Manifests with Subject").
import type { ImageArtifact } from '../../oci/artifact.js';
import { parseIndexManifest } from '../../oci/manifest.js';
import { MediaType } from '../../oci/media-types.js';
import { addReferrer, referrerArtifact, referrersTag } from '../../oci/referrers.js';
import type { RegistryClient } from '../../registry/client.js';
import { pushArtifact } from '../../registry/push.js';
import { withDigest, withTag, type Repository } from '../../registry/reference.js';
import { IN_TOTO_MEDIA_TYPE, SLSA_PROVENANCE_V1 } from '../provenance.js';

/** Pushes one statement per image; returns the referrer manifests' digests, in image order. */
export async function attachProvenance(
  client: RegistryClient,
  repo: Repository,
  images: readonly ImageArtifact[],
  statement: (image: ImageArtifact) => Uint8Array,
  jobs: number,
): Promise<string[]> {
  const first = images[0];
  if (!first) return [];
  const servesApi = await client.servesReferrers(repo.repository, first.digest);
  const pushed: string[] = [];
  for (const image of images) {
    const ref = referrerArtifact({
      artifactType: IN_TOTO_MEDIA_TYPE,
      payload: statement(image),
      payloadMediaType: IN_TOTO_MEDIA_TYPE,
      subject: { mediaType: image.mediaType, digest: image.digest, size: image.rawManifest.length },
      annotations: { 'in-toto.io/predicate-type': SLSA_PROVENANCE_V1 },
    });
    await pushArtifact(client, withDigest(repo, ref.artifact.digest), ref.artifact, {
      tags: [],
      jobs,
    });
    if (!servesApi) {
      const tag = withTag(repo, referrersTag(image.digest));
      const existing = (await client.headManifest(tag))
        ? parseIndexManifest((await client.getManifest(tag)).bytes, tag.name)
        : undefined;
      await client.putManifest(
        repo.repository,
        tag.identifier,
        addReferrer(existing, ref.descriptor),
        MediaType.OciIndex,
      );
    }
    pushed.push(ref.artifact.digest);
  }
  return pushed;
}
