// What the builder is asked for: one package, its base and platforms, and how go build, the
// image and the run around it are set up. Small groups, so that each part of the builder takes
// only what it uses.
import type { Blob } from '../oci/artifact.js';
import type { PlatformSpec } from '../oci/platform.js';
import type { Platform } from '../oci/types.js';
import type { TakeBuild } from '../go/build.js';
import type { GoPackage } from '../go/packages.js';
import type { Env } from '../util/env.js';
import type { LayerCompression } from '../oci/gzip.js';
import type { Limiter } from '../util/limit.js';
import type { Timeline } from '../util/timeline.js';
import type { Base } from './base/base-image.js';

/** One Go main package to build on one base, for the requested platforms. */
export interface BuildRequest {
  readonly pkg: GoPackage;
  /** The reference as ko's builder sees it: `ko://<import path>` (`created_by: ko build <ref>`). */
  readonly importRef: string;
  readonly base: Base;
  readonly platforms: PlatformSpec;
  readonly go: GoBuildOptions;
  readonly image: ImageOptions;
  readonly context: BuildContext;
}

/** How `go build` runs for this package. */
export interface GoBuildOptions {
  readonly goPath: string;
  /** Where `go build` runs. */
  readonly cwd: string;
  readonly flags: readonly string[];
  readonly ldflags: readonly string[];
  /**
   * When set, renders `flags` and `ldflags` for one platform from the env `go build` gets (ko
   * templates per platform: {{.Env.GOARCH}} differs between them); replaces the fixed lists.
   */
  readonly render?: (
    platform: Platform,
    buildEnv: Readonly<Record<string, string>>,
  ) => Promise<{ readonly flags: readonly string[]; readonly ldflags: readonly string[] }>;
  readonly buildEnv: readonly string[];
  readonly debug: boolean;
  readonly processEnv: Env;
}

/** What ko puts in the image besides the binary and kodata. */
export interface ImageOptions {
  readonly labels: Readonly<Record<string, string>>;
  readonly manifestAnnotations: Readonly<Record<string, string>>;
  readonly indexAnnotations: Readonly<Record<string, string>>;
  readonly user: string | undefined;
  readonly sourceDateEpoch: number | undefined;
  readonly kodataDateEpoch: number | undefined;
  readonly kodataAllowedRoot: string | undefined;
  /** Linux file capabilities of the binary (.ko.yaml linux_capabilities). */
  readonly capabilities?: readonly string[];
  /** Make an SPDX SBOM for each image and index (`sbom: spdx`). */
  readonly sbom?: boolean;
}

/** Where the work happens, and what the rest of the run shares with it. */
export interface BuildContext {
  /** Scratch space for binaries and layer files. */
  readonly tmpDir: string;
  /** Where binaries go (KOCACHE's bin/ when set). */
  readonly binDir: string;
  /** KOCACHE: binaries go where ko puts them, and unchanged binaries reuse their layer. */
  readonly kocache?: string;
  /** Layer gzip encoder; default `go`. */
  readonly compression?: LayerCompression;
  /** Limits concurrent compiles (`jobs`). */
  readonly compileLimit: Limiter;
  /** A binary already being built for exactly this compile (the CLI's head start), if any. */
  readonly takeBuild?: TakeBuild;
  /** Given each image's blobs as soon as they are known, so a push can begin before the end. */
  readonly earlyPush?: EarlyPush;
  readonly log?: (line: string) => void;
  /** Records each platform's compile and layers (progress lines, the job summary). */
  readonly timeline?: Timeline;
  /** Aborted when another build of the run failed: go builds not needed any more stop. */
  readonly signal?: AbortSignal;
}

export interface EarlyPush {
  /** Blobs known before the binary (base layers, kodata), and how many will follow. */
  known(blobs: readonly Blob[], more: number): void;
  /** The blobs made from the binary (its layer, the config). */
  built(blobs: readonly Blob[]): void;
}
