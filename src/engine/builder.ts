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
import { KeyedOnce } from '../util/once.js';
import { settleAll } from '../util/settle.js';
import type { Base, BaseImage } from './base/base-image.js';
import { appPath, createBinaryLayer } from './binary-layer.js';
import { capabilityXattr } from '../oci/capabilities.js';
import { compile, CompileCancelled, goBuildEnv, type CompileRequest } from '../go/build.js';
import { createKodataLayer } from './kodata-layer.js';
import { readBuildInfo } from '../go/version-m.js';
import { binaryLayerFromCache, kocacheBinDir } from './layer-cache.js';
import { spdxForIndex, spdxFromBuildInfo } from '../ko/spdx.js';
import type { BuildRequest } from './build-request.js';

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
      if (t.platform.os === 'linux') capabilityXattr(req.image.capabilities ?? []);
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
    goPath: req.go.goPath,
    importPath: req.pkg.importPath,
    cwd: req.go.cwd,
    platform,
    outDir: req.context.kocache
      ? kocacheBinDir(req.context.kocache, req.pkg.importPath, platform)
      : join(req.context.binDir, req.pkg.importPath, formatPlatform(platform).replace(/\//g, '-')),
    flags: req.go.flags,
    ldflags: req.go.ldflags,
    buildEnv: req.go.buildEnv,
    debug: req.go.debug,
    processEnv: req.go.processEnv,
    // Under the run's temp dir, which goes once every build has settled.
    tmpDir: join(req.context.tmpDir, 'go-tmp'),
  };
  const rendered = req.go.render
    ? await req.go.render(platform, goBuildEnv(compileReq))
    : undefined;
  return rendered ? { ...compileReq, ...rendered } : compileReq;
}

export async function buildArtifact(plan: ArtifactPlan): Promise<Artifact> {
  const { jobs } = plan;
  // One platform's failure stops the others' go builds; all settle before the error is told.
  const cancel = new AbortController();
  const outer = plan.req.context.signal;
  const stop = (): void => cancel.abort();
  if (outer?.aborted) cancel.abort();
  outer?.addEventListener('abort', stop, { once: true });
  const req: BuildRequest = {
    ...plan.req,
    context: { ...plan.req.context, signal: cancel.signal },
  };
  const kodataLayers: KodataLayers = new KeyedOnce();
  const built = await settleAll(
    jobs.map(async (job) => ({ entry: job.entry, ...(await buildImage(req, job, kodataLayers)) })),
    stop,
  ).finally(() => outer?.removeEventListener('abort', stop));
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
            annotations: req.image.indexAnnotations,
          }),
        }
      : undefined;
  const index = buildKoIndex({
    mediaType: base.mediaType,
    children,
    annotations: req.image.indexAnnotations,
    ...baseInfo,
  });
  const sbom =
    req.image.sbom && built[0]
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
  const { timeline, signal } = req.context;
  const subject = formatPlatform(platform);
  const compiling = req.context.compileLimit(async () => {
    const span = timeline?.start('compile', subject, req.pkg.requested);
    try {
      const binary =
        (await req.context.takeBuild?.(job.compile, req.pkg.requested)) ??
        (await compile(job.compile, signal));
      span?.end('ok');
      return binary;
    } catch (e) {
      span?.end(e instanceof CompileCancelled ? 'cancelled' : 'failed', e);
      throw e;
    }
  });
  // The kodata layer needs only the base's media type: it is made while go build runs.
  const kodataLayer = baseImage.then(async (base) => {
    const mediaType = layerMediaTypeFor(base.manifestMediaType);
    const layer = await kodataLayers.get(`${platform.os} ${mediaType}`, () =>
      createKodataLayer({
        kodataDir: join(req.pkg.dir, 'kodata'),
        os: platform.os,
        epochSeconds: req.image.kodataDateEpoch ?? 0,
        allowedRootEnv: req.image.kodataAllowedRoot,
        mediaType,
        tmpDir: req.context.tmpDir,
        ...(req.context.compression ? { compression: req.context.compression } : {}),
        ...(req.context.log ? { log: req.context.log } : {}),
      }),
    );
    req.context.earlyPush?.known([...base.layers, layer], 2);
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

  const mediaType = layerMediaTypeFor(base.manifestMediaType);
  const makeLayer = (): Promise<Layer> => binaryLayer(req, binary, platform, mediaType);
  const bin = await (timeline
    ? timeline.time('layers', makeLayer, subject, req.pkg.requested)
    : makeLayer());

  const config = koConfigFile(parseConfigFile(base.configBytes), {
    appName: appFileName(req.pkg.importPath),
    importRef: req.importRef,
    os: platform.os,
    kodataDiffId: kodata.diffId,
    binaryDiffId: bin.diffId,
    ...(req.image.sourceDateEpoch !== undefined
      ? { sourceDateEpoch: req.image.sourceDateEpoch }
      : {}),
    ...(req.image.kodataDateEpoch !== undefined
      ? { kodataDateEpoch: req.image.kodataDateEpoch }
      : {}),
    labels: req.image.labels,
    ...(req.image.user ? { user: req.image.user } : {}),
  });
  const configBytes = marshalConfigFile(config);
  const manifest = buildImageManifest({
    base: base.manifest,
    config: configBytes,
    layers: [kodata.descriptor, bin.descriptor],
    annotations: req.image.manifestAnnotations,
    ...(base.name && base.digest ? { baseName: base.name, baseDigest: base.digest } : {}),
  });

  const configBlob: Blob = {
    descriptor: manifest.value.config,
    open: () => Promise.resolve(Readable.from([Buffer.from(configBytes)])),
  };
  req.context.earlyPush?.built([configBlob, bin]);
  const layers: (Blob | Layer)[] = [...base.layers, kodata, bin];
  const mediaTypeOut = manifest.value.mediaType ?? base.manifestMediaType;
  const sbom = req.image.sbom
    ? spdxFromBuildInfo(
        await readBuildInfo(req.go.goPath, binary, {
          appPath: appPath(req.pkg.importPath),
          env: { ...req.go.processEnv },
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
      ...(req.image.capabilities ? { capabilities: req.image.capabilities } : {}),
      mediaType,
      tmpDir: req.context.tmpDir,
      ...(req.context.compression ? { compression: req.context.compression } : {}),
    });
  if (!req.context.kocache || req.image.capabilities?.length) return make();
  return binaryLayerFromCache(
    req.context.kocache,
    req.pkg.importPath,
    platform,
    binary,
    req.go.goPath,
    make,
    {
      mediaType,
      ...(req.context.compression ? { compression: req.context.compression } : {}),
      env: { ...req.go.processEnv },
      ...(req.context.log ? { debug: req.context.log } : {}),
    },
  );
}

function describe(spec: PlatformSpec): string {
  return spec.all ? '[all]' : `[${spec.platforms.map(formatPlatform).join(' ')}]`;
}
