// Push an image or index as ggcr's remote.Pusher does: skip it if the registry already has these
// exact manifest bytes; otherwise blobs (deduplicated, HEAD each, mount when the base lives on
// the same registry), then the manifest. An index pushes every child by digest first. No
// manifest is PUT before everything it references is confirmed present.
//
// Round trips are what a push costs, so fewer of them wait on each other than in ggcr: the
// manifest HEAD runs alongside the blob HEADs (uploads wait for its answer), and a session can
// start before the image is finished: blobs already known (base layers, kodata) go while
// `go build` runs, upload sessions for the rest are opened ahead, and each image of an index
// sends its blobs as soon as it is built. Manifests still wait for push(): a failed build leaves
// at most unreferenced blobs, never a manifest.
import type { Artifact, Blob, ImageArtifact, IndexArtifact } from '../oci/artifact.js';
import type { Digest } from '../oci/digest.js';
import { MediaType } from '../oci/media-types.js';
import type { Descriptor } from '../oci/types.js';
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
  return new PushSession(client, target.context(), opts.jobs).push(target, artifact, opts.tags);
}

/** Pushes to one repository; blobs are shared by everything pushed through the same session. */
export class PushSession {
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
  /** Transfers started before push(), awaited by settle(). */
  private readonly prepared: Promise<void>[] = [];
  /** Upload sessions opened ahead; undefined where opening one failed. */
  private readonly spare: Promise<URL | undefined>[] = [];
  private readonly cancelling: Promise<void>[] = [];
  private readonly run;

  constructor(
    private readonly client: RegistryClient,
    private readonly repo: Repository,
    jobs: number,
  ) {
    this.run = limit(jobs);
  }

  /**
   * Blobs of an image not finished yet (base layers, kodata) start now, and `more` upload
   * sessions are opened for the blobs still to come (see built()). Failures surface when push()
   * needs the same blob, and a session that fails to open is simply not used: this never throws.
   */
  known(blobs: readonly Blob[], more: number): void {
    const scoped = this.start(blobs, false);
    for (let i = 0; i < more; i++) {
      this.spare.push(
        scoped.then(() => this.client.openUpload(this.repo.repository)).catch(() => undefined),
      );
    }
  }

  /** An image's last blobs (binary layer, config), as soon as they are made; see known(). */
  built(blobs: readonly Blob[]): void {
    void this.start(blobs, true);
  }

  private start(blobs: readonly Blob[], spare: boolean): Promise<void> {
    const scoped = this.client.addScopes(this.scopes(blobs));
    for (const b of blobs) {
      const sent = scoped.then(() => this.blob(b, Promise.resolve(true), spare));
      sent.catch(() => undefined);
      this.prepared.push(sent);
    }
    return scoped;
  }

  /** Waits for everything known() and built() started, and cancels sessions nobody used. */
  async settle(): Promise<void> {
    await Promise.allSettled(this.prepared.splice(0));
    this.release();
    await Promise.allSettled(this.cancelling.splice(0));
  }

  /** Cancels the sessions opened ahead that are still unused. */
  private release(): void {
    for (const s of this.spare.splice(0)) {
      this.cancelling.push(
        s
          .then(async (url) => {
            if (url) await this.client.cancelUpload(url);
          })
          .catch(() => undefined), // best effort: registries expire sessions anyway
      );
    }
  }

  async push(target: Reference, artifact: Artifact, tags: readonly string[]): Promise<PushResult> {
    const repo = this.repo;
    const tagRefs = tags.map((t) => withTag(repo, t)); // validates every tag before any I/O
    try {
      const images = artifact.kind === 'image' ? [artifact] : artifact.children;
      await this.client.addScopes(this.scopes(images.flatMap((i) => i.blobs)));
      const [first, ...more] = tagRefs.length ? tagRefs : [withDigest(repo, artifact.digest)];
      if (first) {
        if (artifact.kind === 'image')
          await this.image(artifact, first, Promise.resolve(true), true);
        else await this.index(artifact, first);
      }
      for (const ref of more) await this.manifest(artifact, ref);
    } finally {
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
  private scopes(blobs: readonly Blob[]): string[] {
    const repos = new Set<string>();
    for (const b of blobs) {
      if (this.mountable(b) && b.mountFrom) repos.add(b.mountFrom.repository);
    }
    return [
      repositoryScope(this.repo.repository, 'push,pull'),
      ...[...repos].map((r) => repositoryScope(r, 'pull')),
    ];
  }

  /**
   * The manifest HEAD and the blob HEADs go at once; blobs are sent only once the registry has
   * said it lacks the manifest, and `needed` (the parent index's answer) is true.
   */
  private async image(
    img: ImageArtifact,
    ref: Reference,
    needed: Promise<boolean>,
    top = false,
  ): Promise<void> {
    const present = this.present(ref, img.digest);
    const send = Promise.all([present, needed]).then(([has, wanted]) => !has && wanted);
    send.catch(() => undefined); // the blobs below, or `present`, report it
    const [has, wanted] = await Promise.all([
      present,
      needed,
      Promise.all(img.blobs.map((b) => this.blob(b, send))),
    ]);
    if (top) this.release(); // every blob is there: the DELETEs overlap the manifest PUT
    if (has || !wanted) {
      if (has) this.countSkippedImage(img);
      return;
    }
    await this.put(img, ref);
  }

  private async index(artifact: IndexArtifact, ref: Reference): Promise<void> {
    const present = this.present(ref, artifact.digest);
    const needed = present.then((has) => !has);
    needed.catch(() => undefined);
    // Children go by digest, concurrently; their blobs share the limiter and the dedup map.
    const [has] = await Promise.all([
      present,
      ...artifact.children.map((c) => this.image(c, withDigest(this.repo, c.digest), needed)),
    ]);
    this.release();
    if (has) {
      artifact.children.forEach((c) => this.countSkippedImage(c));
      return;
    }
    await this.put(artifact, ref);
  }

  /** An extra tag: HEAD, then PUT the same bytes if the tag points elsewhere. */
  private async manifest(artifact: Artifact, ref: Reference): Promise<void> {
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

  /** `spare`: may use a session opened ahead (those are kept for blobs on the critical path). */
  private blob(blob: Blob, send: Promise<boolean>, spare = true): Promise<void> {
    const d = blob.descriptor;
    // Foreign (non-distributable) layers are never pushed, as in ggcr.
    if (d.mediaType === MediaType.DockerForeignLayer) return Promise.resolve();
    return this.blobsDone.get(d.digest, () =>
      this.run(() => this.client.limit(() => this.transfer(blob, send, spare))),
    );
  }

  private async transfer(blob: Blob, send: Promise<boolean>, spare: boolean): Promise<void> {
    const d = blob.descriptor;
    const repo = this.repo.repository;
    const uploadable = { digest: d.digest, size: d.size, open: () => blob.open() };
    // Already accounted for: named by a manifest the registry had, or sent.
    if (this.counted.has(d.digest)) return;
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

  private mountable(blob: Blob): boolean {
    const from = blob.mountFrom;
    return (
      !!from && from.registry === this.repo.registry && from.repository !== this.repo.repository
    );
  }

  private countSkippedImage(img: ImageArtifact): void {
    for (const b of img.blobs) this.count(this.stats.skipped, b.descriptor);
  }

  /** Each blob is counted once, when it is known to be in the repository. */
  private count(t: Tally, d: Descriptor): void {
    if (this.counted.has(d.digest)) return;
    this.counted.add(d.digest);
    t.count++;
    t.bytes += d.size;
  }
}
