// What a publisher (registry, OCI layout, daemon) receives: manifests as exact bytes, and the blobs
// they reference with a way to open each one. Layers are produced once (tar → gzip → hash into a
// temp file) so every descriptor is known before anything is pushed.
import type { Readable } from 'node:stream';
import type { Digest } from './digest.js';
import type { Descriptor, Platform } from './types.js';

/** Where a blob already lives, so a registry can mount it instead of receiving it. */
export interface BlobSource {
  readonly registry: string;
  readonly repository: string;
}

export interface Blob {
  readonly descriptor: Descriptor;
  /** Opens the exact bytes named by descriptor.digest (compressed, for layers). */
  open(): Promise<Readable>;
  /** Set for base-image layers: the repository they came from. */
  readonly mountFrom?: BlobSource;
}

export interface ImageArtifact {
  readonly kind: 'image';
  readonly mediaType: string;
  readonly digest: Digest;
  /** The manifest bytes, exactly as pushed and hashed. */
  readonly rawManifest: Uint8Array;
  /** The config blob, then every layer, in manifest order. */
  readonly blobs: readonly Blob[];
  /** The platform this image was built for, when known (used for the index descriptor). */
  readonly platform?: Platform;
  /** SPDX SBOM of this image, attached by registry publishers (cosign's tag scheme). */
  readonly sbom?: Uint8Array;
}

export interface IndexArtifact {
  readonly kind: 'index';
  readonly mediaType: string;
  readonly digest: Digest;
  readonly rawManifest: Uint8Array;
  /** Every child manifest the index names, in index order. */
  readonly children: readonly ImageArtifact[];
  readonly sbom?: Uint8Array;
}

export type Artifact = ImageArtifact | IndexArtifact;
