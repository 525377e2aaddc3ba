// What a run produced, independent of how it is reported (step outputs, summary, CLI stdout).
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

export interface Timings {
  goInstall: number;
  compile: number;
  layering: number;
  upload: number;
}

export interface RunResult {
  readonly images: readonly BuiltImage[];
  readonly ociLayoutPath?: string;
  readonly resolvedYaml?: string;
  readonly resolvedFile?: string;
  /** resolve: each ko:// reference and the pinned reference that replaced it. */
  readonly replaced?: ReadonlyMap<string, string>;
  readonly cacheHit?: boolean;
  readonly timings: Timings;
}

export function emptyTimings(): Timings {
  return { goInstall: 0, compile: 0, layering: 0, upload: 0 };
}

/** The `metadata` output: keyed by import path as requested. */
export function metadataJson(images: readonly BuiltImage[]): string {
  const out: Record<string, unknown> = {};
  for (const img of images) {
    out[img.requested] = {
      image: img.ref,
      digest: img.digest,
      tags: img.tags,
      platforms: Object.fromEntries(img.platforms.map((p) => [p.platform, p.digest])),
      ...(img.sbom ? { sbom: img.sbom } : {}),
    };
  }
  return JSON.stringify(out, null, 2);
}
