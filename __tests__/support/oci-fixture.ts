// Small, valid multi-platform images made from in-memory bytes, for layout and publisher tests.
// Each image: an OCI config, a layer shared by every platform, and one layer of its own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { Blob, ImageArtifact, IndexArtifact } from '../../src/oci/artifact.js';
import { sha256 } from '../../src/oci/digest.js';
import { MediaType } from '../../src/oci/media-types.js';
import type { Descriptor, Platform } from '../../src/oci/types.js';

export const fixturePlatforms: readonly Platform[] = [
  { architecture: 'amd64', os: 'linux' },
  { architecture: 'arm64', os: 'linux', variant: 'v8' },
];

/** A one-file ustar archive (header, content padded to 512, two zero blocks). */
export function tarWithFile(name: string, content: string): Buffer {
  const body = Buffer.from(content);
  const header = Buffer.alloc(512);
  const field = (offset: number, value: string) => header.write(value, offset, 'ascii');
  field(0, name);
  field(100, '0000644\0');
  field(108, '0000000\0');
  field(116, '0000000\0');
  field(124, body.length.toString(8).padStart(11, '0') + '\0');
  field(136, '00000000000\0');
  field(148, '        ');
  field(156, '0');
  field(257, 'ustar\0');
  field(263, '00');
  const sum = header.reduce((a, b) => a + b, 0);
  field(148, sum.toString(8).padStart(6, '0') + '\0 ');
  const pad = Buffer.alloc((512 - (body.length % 512)) % 512);
  return Buffer.concat([header, body, pad, Buffer.alloc(1024)]);
}

export interface CountingBlob extends Blob {
  /** How many times open() was called. */
  readonly opens: () => number;
  readonly bytes: Uint8Array;
}

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
  const shared = tarWithFile('etc/shared', `shared layer${salt}\n`);
  const own = tarWithFile(`etc/${platform.architecture}`, `only ${platform.architecture}${salt}\n`);
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

/**
 * Writes `index` as a layout with plain synchronous file writes, the way make-base-image.sh does,
 * so the reader is tested against files our writer did not produce.
 */
export function writeRawLayout(dir: string, index: FixtureIndex, tag: string): void {
  const put = (bytes: Uint8Array) =>
    writeFileSync(join(dir, 'blobs', 'sha256', sha256(bytes).slice(7)), bytes);
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  for (const child of index.children) {
    for (const blob of child.blobs) put(blob.bytes);
    put(child.rawManifest);
  }
  put(index.rawManifest);
  const entry = {
    mediaType: index.mediaType,
    digest: index.digest,
    size: index.rawManifest.length,
  };
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [{ ...entry, annotations: { 'org.opencontainers.image.ref.name': tag } }],
    }),
  );
}
