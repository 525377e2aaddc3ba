// Turns one Go main package into an image (or an index, one image per platform) the way ko does:
// base layers + kodata layer + binary layer, ko's config, ko's manifest and index (§3–§5).
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Blob, ImageArtifact, IndexArtifact, Artifact } from '../image/artifact.js';
import { parseConfigFile } from '../image/config.js';
import { marshalConfigFile } from '../image/go-json.js';
import { appFileName, koConfigFile } from '../image/ko-config.js';
import type { Layer } from '../image/layer.js';
import {
  buildImageManifest,
  buildKoIndex,
  koBaseIndexDigest,
  layerMediaTypeFor,
  type Encoded,
} from '../image/manifest.js';
import {
  formatPlatform,
  platformMatches,
  platformOfConfig,
  type PlatformSpec,
} from '../image/platform.js';
import type { Descriptor, Manifest, Platform } from '../image/types.js';
import { KoActionError } from '../errors.js';
import type { Limiter } from '../util/limit.js';
import type { Base, BaseImage } from './base-image.js';
import { appPath, createBinaryLayer } from './binary-layer.js';
import { compile, goBuildEnv, type CompileRequest, type TakeBuild } from './go-build.js';
import type { GoPackage } from './go-packages.js';
import { createKodataLayer } from './kodata-layer.js';
import { readBuildInfo } from './go-version-m.js';
import { binaryLayerFromCache, kocacheBinDir } from './layer-cache.js';
import { spdxForIndex, spdxFromBuildInfo } from './spdx.js';

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
  readonly onTiming?: (phase: 'compile' | 'layering', ms: number) => void;
  readonly log?: (line: string) => void;
}

export async function buildArtifact(req: BuildRequest): Promise<Artifact> {
  const { base } = req;
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
    return (await buildImage(req, Promise.resolve(base), platform)).artifact;
  }
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
  const built = await Promise.all(
    entries.map(async (entry) => {
      const image = base.image(entry);
      // An index entry names its platform: compile while its manifest and config download.
      const platform = entry.platform ?? platformOfConfig((await image).config);
      return { entry, ...(await buildImage(req, image, platform)) };
    }),
  );
  if (built.length === 1) return (built[0] as Built).artifact;
  return makeIndex(req, base, built);
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
  baseImage: Promise<BaseImage>,
  platform: Platform,
): Promise<Built> {
  const started = Date.now();
  const p = formatPlatform(platform);
  const compiling = req.compileLimit(async () => {
    const compileReq: CompileRequest = {
      goPath: req.goPath,
      importPath: req.pkg.importPath,
      cwd: req.cwd,
      platform,
      outDir: req.kocache
        ? kocacheBinDir(req.kocache, req.pkg.importPath, platform)
        : join(req.binDir, req.pkg.importPath, p.replace(/\//g, '-')),
      flags: req.flags,
      ldflags: req.ldflags,
      buildEnv: req.buildEnv,
      debug: req.debug,
      processEnv: req.processEnv,
    };
    const rendered = req.render ? await req.render(platform, goBuildEnv(compileReq)) : undefined;
    const final = rendered ? { ...compileReq, ...rendered } : compileReq;
    return (await req.takeBuild?.(final, req.pkg.requested)) ?? compile(final);
  });
  // Both settle before either error is reported (ko's order: the base's first), so no go build
  // outlives a failed run.
  const [baseResult, compileResult] = await Promise.allSettled([baseImage, compiling]);
  if (baseResult.status === 'rejected') throw baseResult.reason;
  if (compileResult.status === 'rejected') throw compileResult.reason;
  const base = baseResult.value;
  const binary = compileResult.value;
  const compiled = Date.now();
  req.onTiming?.('compile', compiled - started);

  const mediaType = layerMediaTypeFor(base.manifestMediaType);
  const [kodata, bin] = await Promise.all([
    createKodataLayer({
      kodataDir: join(req.pkg.dir, 'kodata'),
      os: platform.os,
      epochSeconds: req.kodataDateEpoch ?? 0,
      mediaType,
      tmpDir: req.tmpDir,
      ...(req.log ? { log: req.log } : {}),
    }),
    binaryLayer(req, binary, platform, mediaType),
  ]);

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
