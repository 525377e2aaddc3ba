// A `docker save` tarball ("docker-archive") of several images, as go-containerregistry's
// tarball.MultiRefWrite lays it out (pkg/v1/tarball/write.go, the writer ko's --tarball uses):
// for each image its config as `sha256:<hex>`, then each layer as `<hex>.tar.gz` (a layer shared
// by two images is stored once), and `manifest.json` last, listing every image sorted by its
// joined RepoTags. `docker load`, `podman load` and `skopeo inspect docker-archive:` read it.
import { Readable } from 'node:stream';
import type { Blob, ImageArtifact } from './artifact.js';
import { digestHex } from './digest.js';
import { streamTar, type TarFile } from './tar.js';

export interface ArchiveImage {
  readonly image: ImageArtifact;
  /** `repo:tag` names `docker load` gives the image; empty: loaded untagged (ggcr writes null). */
  readonly repoTags: readonly string[];
}

/** manifest.json exactly as Go's encoding/json writes ggcr's tarball.Manifest. */
export function archiveManifest(images: readonly ArchiveImage[]): Buffer {
  const rows = images.map(({ image, repoTags }) => {
    const [config, ...layers] = blobsOf(image);
    return {
      Config: config.descriptor.digest,
      RepoTags: repoTags.length ? repoTags : null,
      Layers: layers.map((l) => `${digestHex(l.descriptor.digest)}.tar.gz`),
    };
  });
  rows.sort((a, b) => compare((a.RepoTags ?? []).join(','), (b.RepoTags ?? []).join(',')));
  return Buffer.from(JSON.stringify(rows));
}

/** The whole archive as a stream, with its length. */
export function dockerArchive(images: readonly ArchiveImage[]): {
  readonly length: number;
  readonly stream: Readable;
} {
  const entries: TarFile[] = [];
  const seen = new Set<string>();
  for (const { image } of images) {
    const [config, ...layers] = blobsOf(image);
    entries.push(fileOf(config, config.descriptor.digest));
    for (const layer of layers) {
      const name = `${digestHex(layer.descriptor.digest)}.tar.gz`;
      if (seen.has(name)) continue;
      seen.add(name);
      entries.push(fileOf(layer, name));
    }
  }
  const manifest = archiveManifest(images);
  entries.push({
    name: 'manifest.json',
    size: manifest.length,
    open: () => Promise.resolve(Readable.from([manifest])),
  });
  return streamTar(entries);
}

function blobsOf(image: ImageArtifact): [Blob, ...Blob[]] {
  const [config, ...layers] = image.blobs;
  if (!config) throw new Error(`image ${image.digest} has no config blob`);
  return [config, ...layers];
}

function fileOf(blob: Blob, name: string): TarFile {
  return { name, size: blob.descriptor.size, open: () => blob.open() };
}

/** Go's string order (bytes), which sort.Slice on strings uses. */
function compare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
