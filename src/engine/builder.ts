// Turns one Go main package into an image (or an index, one image per platform) the way ko does:
// base layers + kodata layer + binary layer, ko's config, ko's manifest and index (docs/spec/ko-compat.md#3-layers-gzip-and-media-types to docs/spec/ko-compat.md#5-manifest-and-index).
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Blob, ImageArtifact, IndexArtifact, Artifact } from '../oci/artifact.js';
import { parseConfigFile } from '../oci/config.js';
import { marshalConfigFile } from '../oci/go-json.js';
import { appFileName, koConfigFile } from '../ko/image-config.js';
import type { Layer } from '../oci/layer.js';
import {
  buildImageManifest,
  buildKoIndex,
  koBaseIndexDigest,
  layerMediaTypeFor,
  type Encoded,
} from '../oci/manifest.js';
import {
  formatPlatform,
  platformMatches,
  platformOfConfig,
  type PlatformSpec,
} from '../oci/platform.js';
import type { Descriptor, Manifest, Platform } from '../oci/types.js';
import { KoActionError } from '../util/errors.js';
import type { Limiter } from '../util/limit.js';
import { KeyedOnce } from '../util/once.js';
import type { Base, BaseImage } from './base/base-image.js';
import { appPath, createBinaryLayer } from './binary-layer.js';
import { capabilityXattr } from '../oci/capabilities.js';
import { compile, goBuildEnv, type CompileRequest, type TakeBuild } from '../go/build.js';
import type { GoPackage } from '../go/packages.js';
import { createKodataLayer } from './kodata-layer.js';
import { readBuildInfo } from '../go/version-m.js';
import { binaryLayerFromCache, kocacheBinDir } from './layer-cache.js';
import { spdxForIndex, spdxFromBuildInfo } from '../ko/spdx.js';

export interface BuildRequest {
  readonly goPath: string;
  /** Make an SPDX SBOM for each image and index (`sbom: spdx`). */
  readonly sbom?: boolean;
  /** KOCACHE: binaries go where ko puts them, and unchanged binaries reuse their layer. */
  readonly kocache?: string;
  readonly pkg: GoPackage;
  /** The reference as ko's builder sees it: `ko://<import path>` (`created_by: ko build <ref>`). */
  readonly importRef: string;
  readonly base: Base;
  readonly platforms: PlatformSpec;
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
  readonly capabilities?: readonly string[];
  readonly debug: boolean;
  readonly labels: Readonly<Record<string, string>>;
  readonly manifestAnnotations: Readonly<Record<string, string>>;
  readonly indexAnnotations: Readonly<Record<string, string>>;
  readonly user: string | undefined;
  readonly sourceDateEpoch: number | undefined;
  readonly kodataDateEpoch: number | undefined;
  readonly processEnv: Readonly<Record<string, string | undefined>>;
  /** Scratch space for binaries and layer files. */
  readonly tmpDir: string;
  /** Where binaries go (KOCACHE's bin/ when set). */
  readonly binDir: string;
  /** Limits concurrent compiles (`jobs`). */
  readonly compileLimit: Limiter;
  /** A binary already being built for exactly this compile (the CLI's head start), if any. */
  readonly takeBuild?: TakeBuild;
  /** Given each image's blobs as soon as they are known, so a push can begin before the end. */
  readonly earlyPush?: EarlyPush;
  readonly onTiming?: (phase: 'compile' | 'layering', ms: number) => void;
  readonly log?: (line: string) => void;
}

export interface EarlyPush {
  /** Blobs known before the binary (base layers, kodata), and how many will follow. */
  known(blobs: readonly Blob[], more: number): void;
  /** The blobs made from the binary (its layer, the config). */
  built(blobs: readonly Blob[]): void;
}

/** One image to build: its base, its platform, and the go build that makes its binary. */
interface ImageJob {
  /** The base index entry it is built on, for an index. */
  readonly entry?: Descriptor;
  readonly image: Promise<BaseImage>;
  readonly platform: Platform;
  readonly compile: CompileRequest;
}

/** What buildArtifact runs: a request whose inputs have all been checked. */
export interface ArtifactPlan {
  readonly req: BuildRequest;
  readonly jobs: readonly ImageJob[];
}

/** kodata layers by OS and media type: every Linux platform shares one. */
type KodataLayers = KeyedOnce<string, Layer>;

/**
 * Checks everything in the inputs that can be wrong before anything is built or pushed: the
 * platforms against the base, every platform's flag templates, the capabilities.
 */
export async function planArtifact(req: BuildRequest): Promise<ArtifactPlan> {
  const { base } = req;
  let targets: { entry?: Descriptor; image: Promise<BaseImage>; platform: Platform }[];
  if (base.kind === 'image') {
    const platform = platformOfConfig(base.config);
    if (!platformMatches(req.platforms, platform)) {
      throw new KoActionError(
        'INPUT',
        `base image platform "${formatPlatform(platform)}" does not match desired platforms ${describe(req.platforms)}`,
        {
          where: 'platforms',
          hint: 'use a multi-platform base image, or build for the base image platform',
        },
      );
    }
    targets = [{ image: Promise.resolve(base), platform }];
  } else {
    const entries = base.index.manifests.filter((d) => platformMatches(req.platforms, d.platform));
    if (entries.length === 0) {
      throw new KoActionError(
        'INPUT',
        `no matching platforms in base image index ${base.name ?? ''} for ${describe(req.platforms)}`,
        {
          where: 'platforms',
          hint: `the base image has ${base.index.manifests.map((d) => (d.platform ? formatPlatform(d.platform) : '?')).join(', ')}`,
        },
      );
    }
    targets = await Promise.all(
      entries.map(async (entry) => {
        // An index entry names its platform: compile while its manifest and config download.
        const image = base.image(entry);
        image.catch(() => undefined); // awaited by buildImage, unless planning fails first
        const platform = entry.platform ?? platformOfConfig((await image).config);
        return { entry, image, platform };
      }),
    );
  }
  const jobs = await Promise.all(
    targets.map(async (t) => {
      // A typo fails here, before any build: the layer applies them on Linux only.
      if (t.platform.os === 'linux') capabilityXattr(req.capabilities ?? []);
      return { ...t, compile: await compileRequest(req, t.platform) };
    }),
  );
  return { req, jobs };
}

/** The plan with every go build run at `maxProcs` (see goMaxProcs). */
export function withMaxProcs(plan: ArtifactPlan, maxProcs: number | undefined): ArtifactPlan {
  if (maxProcs === undefined) return plan;
  return { ...plan, jobs: plan.jobs.map((j) => ({ ...j, compile: { ...j.compile, maxProcs } })) };
}

/** The go build for one platform, with the flag templates rendered for it. */
async function compileRequest(req: BuildRequest, platform: Platform): Promise<CompileRequest> {
  const compileReq: CompileRequest = {
    goPath: req.goPath,
    importPath: req.pkg.importPath,
    cwd: req.cwd,
    platform,
    outDir: req.kocache
      ? kocacheBinDir(req.kocache, req.pkg.importPath, platform)
      : join(req.binDir, req.pkg.importPath, formatPlatform(platform).replace(/\//g, '-')),
    flags: req.flags,
    ldflags: req.ldflags,
    buildEnv: req.buildEnv,
    debug: req.debug,
    processEnv: req.processEnv,
  };
  const rendered = req.render ? await req.render(platform, goBuildEnv(compileReq)) : undefined;
  return rendered ? { ...compileReq, ...rendered } : compileReq;
}

export async function buildArtifact({ req, jobs }: ArtifactPlan): Promise<Artifact> {
  const kodataLayers: KodataLayers = new KeyedOnce();
  const built = await Promise.all(
    jobs.map(async (job) => ({ entry: job.entry, ...(await buildImage(req, job, kodataLayers)) })),
  );
  const { base } = req;
  if (built.length === 1 || base.kind === 'image') return (built[0] as Built).artifact;
  return makeIndex(
    req,
    base,
    built.map((b) => ({ ...b, entry: b.entry as Descriptor })),
  );
}

interface Built {
  readonly artifact: ImageArtifact;
  readonly manifest: Encoded<Manifest>;
  /** The config's `created` (the index SBOM's date, as ko takes it). */
  readonly created: string;
}

function makeIndex(
  req: BuildRequest,
  base: Base & { kind: 'index' },
  built: readonly (Built & { entry: Descriptor })[],
): IndexArtifact {
  const children = built.map(({ entry, manifest }) => ({ baseEntry: entry, image: manifest }));
  const baseInfo =
    base.name && base.digest
      ? {
          baseName: base.name,
          baseDigest: koBaseIndexDigest({
            index: base.index,
            mediaType: base.mediaType,
            digest: base.digest,
            baseName: base.name,
            annotations: req.indexAnnotations,
          }),
        }
      : undefined;
  const index = buildKoIndex({
    mediaType: base.mediaType,
    children,
    annotations: req.indexAnnotations,
    ...baseInfo,
  });
  const sbom =
    req.sbom && built[0]
      ? spdxForIndex({
          indexDigest: index.digest,
          indexMediaType: base.mediaType,
          ...(index.value.annotations ? { annotations: index.value.annotations } : {}),
          created: built[0].created,
          children: index.value.manifests.flatMap((d) =>
            d.platform ? [{ mediaType: d.mediaType, digest: d.digest, platform: d.platform }] : [],
          ),
        })
      : undefined;
  return {
    kind: 'index',
    mediaType: base.mediaType,
    digest: index.digest,
    rawManifest: index.bytes,
    children: built.map((b) => b.artifact),
    ...(sbom ? { sbom } : {}),
  };
}

async function buildImage(
  req: BuildRequest,
  job: ImageJob,
  kodataLayers: KodataLayers,
): Promise<Built> {
  const { platform, image: baseImage } = job;
  const started = Date.now();
  const compiling = req.compileLimit(
    async () => (await req.takeBuild?.(job.compile, req.pkg.requested)) ?? compile(job.compile),
  );
  // The kodata layer needs only the base's media type: it is made while go build runs.
  const kodataLayer = baseImage.then(async (base) => {
    const mediaType = layerMediaTypeFor(base.manifestMediaType);
    const layer = await kodataLayers.get(`${platform.os} ${mediaType}`, () =>
      createKodataLayer({
        kodataDir: join(req.pkg.dir, 'kodata'),
        os: platform.os,
        epochSeconds: req.kodataDateEpoch ?? 0,
        mediaType,
        tmpDir: req.tmpDir,
        ...(req.log ? { log: req.log } : {}),
      }),
    );
    req.earlyPush?.known([...base.layers, layer], 2);
    return layer;
  });
  // All settle before any error is reported (ko's order: the base's first, then the build's), so
  // no go build outlives a failed run.
  const [baseResult, compileResult, kodataResult] = await Promise.allSettled([
    baseImage,
    compiling,
    kodataLayer,
  ]);
  if (baseResult.status === 'rejected') throw baseResult.reason;
  if (compileResult.status === 'rejected') throw compileResult.reason;
  if (kodataResult.status === 'rejected') throw kodataResult.reason;
  const base = baseResult.value;
  const binary = compileResult.value;
  const kodata = kodataResult.value;
  const compiled = Date.now();
  req.onTiming?.('compile', compiled - started);

  const mediaType = layerMediaTypeFor(base.manifestMediaType);
  const bin = await binaryLayer(req, binary, platform, mediaType);

  const config = koConfigFile(parseConfigFile(base.configBytes), {
    appName: appFileName(req.pkg.importPath),
    importRef: req.importRef,
    os: platform.os,
    kodataDiffId: kodata.diffId,
    binaryDiffId: bin.diffId,
    ...(req.sourceDateEpoch !== undefined ? { sourceDateEpoch: req.sourceDateEpoch } : {}),
    ...(req.kodataDateEpoch !== undefined ? { kodataDateEpoch: req.kodataDateEpoch } : {}),
    labels: req.labels,
    ...(req.user ? { user: req.user } : {}),
  });
  const configBytes = marshalConfigFile(config);
  const manifest = buildImageManifest({
    base: base.manifest,
    config: configBytes,
    layers: [kodata.descriptor, bin.descriptor],
    annotations: req.manifestAnnotations,
    ...(base.name && base.digest ? { baseName: base.name, baseDigest: base.digest } : {}),
  });
  req.onTiming?.('layering', Date.now() - compiled);

  const configBlob: Blob = {
    descriptor: manifest.value.config,
    open: () => Promise.resolve(Readable.from([Buffer.from(configBytes)])),
  };
  req.earlyPush?.built([configBlob, bin]);
  const layers: (Blob | Layer)[] = [...base.layers, kodata, bin];
  const mediaTypeOut = manifest.value.mediaType ?? base.manifestMediaType;
  const sbom = req.sbom
    ? spdxFromBuildInfo(
        await readBuildInfo(req.goPath, binary, {
          appPath: appPath(req.pkg.importPath),
          env: { ...req.processEnv },
        }),
        {
          imageDigest: manifest.digest,
          manifestMediaType: mediaTypeOut,
          ...(manifest.value.annotations ? { annotations: manifest.value.annotations } : {}),
          created: config.created,
        },
      )
    : undefined;
  const artifact: ImageArtifact = {
    kind: 'image',
    mediaType: mediaTypeOut,
    digest: manifest.digest,
    rawManifest: manifest.bytes,
    blobs: [configBlob, ...layers],
    platform,
    ...(sbom ? { sbom } : {}),
  };
  return { artifact, manifest, created: config.created };
}

/** ko skips KOCACHE when capabilities are set: the layer then depends on more than the binary. */
function binaryLayer(
  req: BuildRequest,
  binary: string,
  platform: Platform,
  mediaType: string,
): Promise<Layer> {
  const make = (): Promise<Layer> =>
    createBinaryLayer({
      binaryPath: binary,
      importPath: req.pkg.importPath,
      os: platform.os,
      ...(req.capabilities ? { capabilities: req.capabilities } : {}),
      mediaType,
      tmpDir: req.tmpDir,
    });
  if (!req.kocache || req.capabilities?.length) return make();
  return binaryLayerFromCache(req.kocache, req.pkg.importPath, platform, binary, req.goPath, make, {
    mediaType,
    env: { ...req.processEnv },
    ...(req.log ? { debug: req.log } : {}),
  });
}

function describe(spec: PlatformSpec): string {
  return spec.all ? '[all]' : `[${spec.platforms.map(formatPlatform).join(' ')}]`;
}
