// OCI 1.1 referrers: an artifact manifest that points at an image through `subject`, and the
// referrers tag a pusher maintains where the registry has no referrers API.
// https://github.com/opencontainers/image-spec/blob/v1.1.1/manifest.md (artifactType, subject)
// https://github.com/opencontainers/distribution-spec/blob/v1.1.1/spec.md#pushing-manifests-with-subject
import { Buffer } from 'node:buffer';
import { Readable } from 'node:stream';
import type { Blob, ImageArtifact } from './artifact.js';
import { digestHex, sha256, type Digest } from './digest.js';
import { MediaType } from './media-types.js';
import type { Descriptor, IndexManifest, Manifest } from './types.js';

/** The empty config of an artifact manifest: `{}`, embedded (image-spec manifest.md, guidance). */
const EMPTY_CONFIG: Descriptor = {
  mediaType: MediaType.OciEmpty,
  digest: sha256('{}'),
  size: 2,
  data: Buffer.from('{}').toString('base64'),
};

export interface ReferrerArtifact {
  /** The artifact manifest with its two blobs (empty config, payload), pushable by digest. */
  readonly artifact: ImageArtifact;
  /** The descriptor a referrers list holds for it (artifactType and annotations copied up). */
  readonly descriptor: Descriptor;
}

function memoryBlob(descriptor: Descriptor, bytes: Uint8Array): Blob {
  return { descriptor, open: () => Promise.resolve(Readable.from([Buffer.from(bytes)])) };
}

/**
 * An artifact manifest holding one payload and naming `subject`. `annotations` go on the
 * manifest (and so into the referrers list); `payloadAnnotations` on the payload's descriptor.
 */
export function referrerArtifact(opts: {
  artifactType: string;
  payload: Uint8Array;
  payloadMediaType: string;
  subject: Descriptor;
  annotations?: Record<string, string>;
  payloadAnnotations?: Record<string, string>;
}): ReferrerArtifact {
  const layer: Descriptor = {
    mediaType: opts.payloadMediaType,
    digest: sha256(opts.payload),
    size: opts.payload.length,
    ...(opts.payloadAnnotations ? { annotations: opts.payloadAnnotations } : {}),
  };
  const subject: Descriptor = {
    mediaType: opts.subject.mediaType,
    digest: opts.subject.digest,
    size: opts.subject.size,
  };
  const manifest: Manifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    artifactType: opts.artifactType,
    config: EMPTY_CONFIG,
    layers: [layer],
    subject,
    ...(opts.annotations ? { annotations: opts.annotations } : {}),
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const digest = sha256(bytes);
  return {
    artifact: {
      kind: 'image',
      mediaType: MediaType.OciManifest,
      digest,
      rawManifest: bytes,
      blobs: [memoryBlob(EMPTY_CONFIG, Buffer.from('{}')), memoryBlob(layer, opts.payload)],
    },
    descriptor: {
      mediaType: MediaType.OciManifest,
      digest,
      size: bytes.length,
      artifactType: opts.artifactType,
      ...(opts.annotations ? { annotations: opts.annotations } : {}),
    },
  };
}

/** The tag schema's tag for a subject: `sha256-<hex>` (distribution-spec, referrers tag schema). */
export function referrersTag(subject: Digest): string {
  return `sha256-${digestHex(subject)}`;
}

/**
 * The referrers tag's index with `entry` added: entries already there are kept (other tools'
 * signatures and attestations), an entry for the same digest is replaced, never duplicated.
 */
export function addReferrer(existing: IndexManifest | undefined, entry: Descriptor): Uint8Array {
  const kept = (existing?.manifests ?? []).filter((d) => d.digest !== entry.digest);
  const index: IndexManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciIndex,
    manifests: [...kept, entry],
  };
  return Buffer.from(JSON.stringify(index));
}
