// Push an image or index in ggcr's order (remote.Pusher): HEAD the manifest first and stop if
// the registry already has these exact bytes; otherwise blobs (deduplicated, HEAD each, mount
// when the base lives on the same registry), then the manifest. An index pushes every child by
// digest first. No manifest is PUT before everything it references is confirmed present.
import type { Artifact, Blob, ImageArtifact } from '../image/artifact.js';
import type { Digest } from '../image/digest.js';
import { MediaType } from '../image/media-types.js';
import { KeyedOnce } from '../util/once.js';
import { limit } from '../util/limit.js';
import type { RegistryClient } from './client.js';
import { RegistryError } from './errors.js';
import {
  repositoryScope,
  withDigest,
  withTag,
  type Reference,
  type Repository,
} from './reference.js';

export interface Tally {
  count: number;
  bytes: number;
}

export interface PushStats {
  /** Blobs sent (PUT). */
  readonly uploaded: Tally;
  /** Blobs mounted from another repository on the same registry. */
  readonly mounted: Tally;
  /** Blobs the registry already had (HEAD 200, or part of a manifest it already had). */
  readonly skipped: Tally;
  /** Manifests (images and indexes, per tag) PUT. */
  readonly manifestsPut: number;
  /** Manifests already present with the same digest. */
  readonly manifestsSkipped: number;
}

export interface PushResult {
  readonly digest: Digest;
  /** `registry/repo@sha256:…` */
  readonly byDigest: string;
  /** `registry/repo:tag` for every tag pushed. */
  readonly tagged: readonly string[];
  readonly stats: PushStats;
}

export interface PushOptions {
  /** Tags to apply; empty pushes by digest only. */
  readonly tags: readonly string[];
  /** Concurrent blob transfers. */
  readonly jobs: number;
}

export async function pushArtifact(
  client: RegistryClient,
  target: Reference,
  artifact: Artifact,
  opts: PushOptions,
): Promise<PushResult> {
  const repo = target.context();
  const tagRefs = opts.tags.map((t) => withTag(repo, t)); // validates every tag before any I/O
  const pusher = new Pusher(client, repo, opts.jobs);
  await client.addScopes([
    repositoryScope(repo.repository, 'push,pull'),
    ...pusher.mountScopes(artifact),
  ]);

  const [first, ...more] = tagRefs.length ? tagRefs : [withDigest(repo, artifact.digest)];
  if (first) {
    if (artifact.kind === 'image') await pusher.image(artifact, first);
    else await pusher.index(artifact, first);
  }
  for (const ref of more) await pusher.manifest(artifact, ref);
  return {
    digest: artifact.digest,
    byDigest: `${repo.name}@${artifact.digest}`,
    tagged: tagRefs.map((r) => r.name),
    stats: pusher.stats,
  };
}

class Pusher {
  readonly stats: { -readonly [K in keyof PushStats]: PushStats[K] } = {
    uploaded: { count: 0, bytes: 0 },
    mounted: { count: 0, bytes: 0 },
    skipped: { count: 0, bytes: 0 },
    manifestsPut: 0,
    manifestsSkipped: 0,
  };
  private readonly blobsDone = new KeyedOnce<Digest, void>();
  /** Digests already accounted for in the stats. */
  private readonly counted = new Set<Digest>();
  private readonly run;

  constructor(
    private readonly client: RegistryClient,
    private readonly repo: Repository,
    jobs: number,
  ) {
    this.run = limit(jobs);
  }

  /** Pull scopes for every same-registry repository we may mount from. */
  mountScopes(artifact: Artifact): string[] {
    const images = artifact.kind === 'image' ? [artifact] : artifact.children;
    const repos = new Set<string>();
    for (const img of images) {
      for (const b of img.blobs) {
        if (this.mountable(b) && b.mountFrom) repos.add(b.mountFrom.repository);
      }
    }
    return [...repos].map((r) => repositoryScope(r, 'pull'));
  }

  async image(img: ImageArtifact, ref: Reference): Promise<void> {
    if (await this.present(ref, img.digest)) {
      this.countSkippedImage(img);
      return;
    }
    await Promise.all(img.blobs.map((b) => this.blob(b)));
    await this.put(img, ref);
  }

  async index(artifact: Artifact & { kind: 'index' }, ref: Reference): Promise<void> {
    if (await this.present(ref, artifact.digest)) {
      artifact.children.forEach((c) => this.countSkippedImage(c));
      return;
    }
    // Children go by digest, concurrently; their blobs share the limiter and the dedup map.
    await Promise.all(artifact.children.map((c) => this.image(c, withDigest(this.repo, c.digest))));
    await this.put(artifact, ref);
  }

  /** An extra tag: HEAD, then PUT the same bytes if the tag points elsewhere. */
  async manifest(artifact: Artifact, ref: Reference): Promise<void> {
    if (await this.present(ref, artifact.digest)) return;
    await this.put(artifact, ref);
  }

  private async put(artifact: Artifact, ref: Reference): Promise<void> {
    await this.client.putManifest(
      this.repo.repository,
      ref.identifier,
      artifact.rawManifest,
      artifact.mediaType,
    );
    this.stats.manifestsPut++;
  }

  /** Does the registry already hold these exact manifest bytes under `ref`? */
  private async present(ref: Reference, digest: Digest): Promise<boolean> {
    let head;
    try {
      head = await this.client.headManifest(ref);
    } catch (e) {
      // Some registries answer 403 for a tag that does not exist yet (ggcr treats it as absent).
      if (e instanceof RegistryError && e.status === 403) return false;
      throw e;
    }
    if (head?.digest !== digest) return false;
    this.stats.manifestsSkipped++;
    return true;
  }

  private blob(blob: Blob): Promise<void> {
    const d = blob.descriptor;
    // Foreign (non-distributable) layers are never pushed, as in ggcr.
    if (d.mediaType === MediaType.DockerForeignLayer) return Promise.resolve();
    return this.blobsDone.get(d.digest, () =>
      this.run(() => this.client.limit(() => this.transfer(blob))),
    );
  }

  private async transfer(blob: Blob): Promise<void> {
    const d = blob.descriptor;
    const repo = this.repo.repository;
    const uploadable = { digest: d.digest, size: d.size, open: () => blob.open() };
    // Already known present (named by a manifest the registry had).
    if (this.counted.has(d.digest)) return;
    this.counted.add(d.digest);
    if (await this.client.blobExists(repo, d.digest)) {
      tally(this.stats.skipped, d.size);
      return;
    }
    if (this.mountable(blob) && blob.mountFrom) {
      const how = await this.client.mountBlob(repo, uploadable, blob.mountFrom.repository);
      tally(how === 'mounted' ? this.stats.mounted : this.stats.uploaded, d.size);
      return;
    }
    await this.client.uploadBlob(repo, uploadable);
    tally(this.stats.uploaded, d.size);
  }

  private mountable(blob: Blob): boolean {
    const from = blob.mountFrom;
    return (
      !!from && from.registry === this.repo.registry && from.repository !== this.repo.repository
    );
  }

  private countSkippedImage(img: ImageArtifact): void {
    for (const b of img.blobs) {
      if (this.counted.has(b.descriptor.digest)) continue;
      this.counted.add(b.descriptor.digest);
      tally(this.stats.skipped, b.descriptor.size);
    }
  }
}

function tally(t: Tally, bytes: number): void {
  t.count++;
  t.bytes += bytes;
}
