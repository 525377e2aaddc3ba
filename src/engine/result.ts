// What a build produced, independent of how it is reported (step outputs, summary, CLI stdout).
import type { Digest } from '../oci/digest.js';

export interface BuiltImage {
  /** The import path as the user wrote it (key of the metadata output). */
  readonly requested: string;
  /** The full import path go list reports. */
  readonly importPath: string;
  /** Repository the image was named into (`ghcr.io/o/r/app-<md5>`). */
  readonly name: string;
  /** The reference ko would print (`name@sha256:…`, `name:tag@sha256:…`, layout path…). */
  readonly ref: string;
  readonly digest: Digest;
  readonly tags: readonly string[];
  /** Per-platform manifest digests (one entry for a single-platform image). */
  readonly platforms: readonly { readonly platform: string; readonly digest: Digest }[];
  readonly sbom?: string;
}
