// ko's SBOM attachment (cosign's static.NewFile + the `.sbom` tag scheme): an OCI image made of
// ggcr's empty image, one uncompressed `text/spdx+json` layer holding the SBOM, and the config
// that mutate.Append gives it (one diffID, one empty history entry).
import { Readable } from 'node:stream';
import type { Blob, ImageArtifact } from '../oci/artifact.js';
import { digestHex, sha256, type Digest } from '../oci/digest.js';
import { encodeConfigFile, encodeManifest, goJsonBytes, ZERO_GO_TIME } from '../oci/go-json.js';
import { MediaType } from '../oci/media-types.js';
import type { ConfigFile, Descriptor, Manifest } from '../oci/types.js';

/** cosign's tag for the SBOM of `digest`: `sha256-<hex>.sbom`. */
export function sbomTag(digest: Digest): string {
  return `sha256-${digestHex(digest)}.sbom`;
}

function memoryBlob(mediaType: string, bytes: Uint8Array): Blob {
  const descriptor: Descriptor = { mediaType, size: bytes.length, digest: sha256(bytes) };
  return { descriptor, open: () => Promise.resolve(Readable.from([Buffer.from(bytes)])) };
}

/** The SBOM as an image to push under sbomTag(imageDigest). */
export function sbomArtifact(
  sbom: Uint8Array,
  mediaType: string = MediaType.SpdxJson,
): ImageArtifact {
  const layer = memoryBlob(mediaType, sbom);
  const config: ConfigFile = {
    architecture: '',
    created: ZERO_GO_TIME,
    history: [{}],
    os: '',
    rootfs: { type: 'layers', diff_ids: [layer.descriptor.digest] },
    config: {},
  };
  const configBlob = memoryBlob(MediaType.OciConfig, goJsonBytes(encodeConfigFile(config)));
  const manifest: Manifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    config: configBlob.descriptor,
    layers: [layer.descriptor],
  };
  const rawManifest = goJsonBytes(encodeManifest(manifest));
  return {
    kind: 'image',
    mediaType: MediaType.OciManifest,
    digest: sha256(rawManifest),
    rawManifest,
    blobs: [configBlob, layer],
  };
}
