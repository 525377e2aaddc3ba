// Small, valid multi-platform images made from in-memory bytes, for layout and publisher tests.
// Each image: an OCI config, a layer shared by every platform, and one layer of its own.
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { Blob, ImageArtifact, IndexArtifact } from '../../src/oci/artifact.js';
import { sha256 } from '../../src/oci/digest.js';
import { MediaType } from '../../src/oci/media-types.js';
import type { Descriptor, Platform } from '../../src/oci/types.js';
import { makeTar } from './tarball.js';

export const fixturePlatforms: readonly Platform[] = [
  { architecture: 'amd64', os: 'linux' },
  { architecture: 'arm64', os: 'linux', variant: 'v8' },
];

export interface CountingBlob extends Blob {
  /** How many times open() was called. */
  readonly opens: () => number;
  readonly bytes: Uint8Array;
}

/** A blob held in memory that counts how often it is opened. */
export function memoryBlob(mediaType: string, bytes: Uint8Array): CountingBlob {
  let opens = 0;
  const descriptor: Descriptor = { mediaType, size: bytes.length, digest: sha256(bytes) };
  return {
    descriptor,
    open: () => {
      opens++;
      return Promise.resolve(Readable.from([Buffer.from(bytes)]));
    },
    opens: () => opens,
    bytes,
  };
}

export interface FixtureImage extends ImageArtifact {
  readonly blobs: readonly CountingBlob[];
}

export function makeImage(platform: Platform, salt = ''): FixtureImage {
  const shared = makeTar({ 'etc/shared': `shared layer${salt}\n` });
  const own = makeTar({
    [`etc/${platform.architecture}`]: `only ${platform.architecture}${salt}\n`,
  });
  const layers = [shared, own].map((t) => memoryBlob(MediaType.OciLayer, gzipSync(t)));
  const configJson = {
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant ? { variant: platform.variant } : {}),
    config: { Env: ['PATH=/usr/bin:/bin'] },
    rootfs: { type: 'layers', diff_ids: [shared, own].map((t) => sha256(t)) },
  };
  const config = Buffer.from(JSON.stringify(configJson));
  const configBlob = memoryBlob(MediaType.OciConfig, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      config: configBlob.descriptor,
      layers: layers.map((l) => l.descriptor),
    }),
  );
  return {
    kind: 'image',
    mediaType: MediaType.OciManifest,
    digest: sha256(manifest),
    rawManifest: manifest,
    blobs: [configBlob, ...layers],
    platform,
  };
}

export interface FixtureIndex extends IndexArtifact {
  readonly children: readonly FixtureImage[];
}

/** A linux/amd64 + linux/arm64/v8 index; `salt` makes distinct but similar images. */
export function makeIndex(salt = ''): FixtureIndex {
  const children = fixturePlatforms.map((p) => makeImage(p, salt));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: children.map((c) => ({
        mediaType: c.mediaType,
        size: c.rawManifest.length,
        digest: c.digest,
        platform: c.platform,
      })),
    }),
  );
  return {
    kind: 'index',
    mediaType: MediaType.OciIndex,
    digest: sha256(manifest),
    rawManifest: manifest,
    children,
  };
}
