// The build engine shared by the action and the CLI: packages → images → registry or layout.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Artifact, Blob, ImageArtifact } from '../oci/artifact.js';
import type { BuiltImage } from './result.js';
import { errorMessage } from '../util/errors.js';
import { settleAll } from '../util/settle.js';
import type { SpanHandle, Timeline } from '../util/timeline.js';
import { parseLayoutReference } from '../oci/layout-reader.js';
import { formatPlatform, type PlatformSpec } from '../oci/platform.js';
import type { Platform } from '../oci/types.js';
import { imageName, namingImportPath } from '../ko/naming.js';
import type { ClientPool } from '../registry/client-pool.js';
import { isLocalRepo } from '../ko/local-image.js';
import type { Publication } from './publish/publication.js';
import { choosePublisher } from './publish/publisher.js';
import { parseReference } from '../registry/reference.js';
import { limit } from '../util/limit.js';
import { KeyedOnce } from '../util/once.js';
import { loadBase, type Base } from './base/base-image.js';
import { baseImageFor } from '../ko/build-config.js';
import { buildArtifact, planArtifact, withMaxProcs } from './builder.js';
import { resolveBuilds, TemplateContext } from './build-settings.js';
import { goMaxProcs, type TakeBuild } from '../go/build.js';
import { koReference, stripKoScheme } from '../ko/ko-reference.js';
import { layoutReader } from './base/layout-base.js';
import { lookUpPackages } from './package-lookup.js';
import type { BuildPlan } from './plan.js';
import { registryReader } from './base/registry-base.js';
import { scratchName, scratchReader } from './base/scratch-base.js';
import type { Env } from '../util/env.js';
import { writeSbomDir } from './sbom-dir.js';

export interface EngineDeps {
  readonly goPath: string;
  readonly env: Env;
  readonly clients: ClientPool;
  readonly log: (line: string) => void;
  /** KOCACHE directory ($KOCACHE, or the action's cached one). */
  readonly kocache?: string;
  /** Builds already under way (the CLI's head start). */
  readonly takeBuild?: TakeBuild;
  /** Told when each platform's compile and layers, and each image's push, start and end. */
  readonly timeline?: Timeline;
  /** The Go that builds, as `go version` names it (recorded in provenance). */
  readonly goVersion?: string;
  /** Base images already being fetched (prefetchBase). */
  readonly bases?: BaseImages;
}

/**
 * What to build. `ko build` qualifies local paths (`./cmd/app` is named and recorded by its full
 * import path); `ko resolve` does not: it names and records the reference as written (docs/spec/ko-compat.md#92-matching).
 */
export interface BuildTarget {
  /** What go list is asked for, and the key of the result. */
  readonly requested: string;
  /** `qualified`: name by the full import path; `as-written`: by `requested`. */
  readonly naming: 'qualified' | 'as-written';
}

export async function runBuild(
  plan: BuildPlan,
  deps: EngineDeps,
  targets: readonly BuildTarget[] = plan.importPaths.map((p) => ({
    requested: p,
    naming: 'qualified',
  })),
): Promise<BuiltImage[]> {
  const tmp = await mkdtemp(join(deps.env.RUNNER_TEMP ?? tmpdir(), 'ko-action-'));
  const publications: Publication[] = [];
  // The first failure stops every other go build; nothing is reported before all have settled.
  const cancel = new AbortController();
  try {
    // .ko.yaml builds first: a wrong `dir` or `main` is a config error, whatever is requested.
    const config = plan.koConfig;
    const resolved = await resolveBuilds(config, plan.workingDirectory, deps.goPath, deps.env);
    const templates = new TemplateContext(
      deps.goPath,
      deps.env,
      plan.sourceDateEpoch ?? Math.floor(Date.now() / 1000),
    );
    const requested = targets.map((t) => stripKoScheme(t.requested.trim()));
    // Fetched while go list runs, if the caller did not start it earlier.
    const bases = deps.bases ?? prefetchBase(plan, deps);
    const announced = new Set<string>();
    const listed = await lookUpPackages(requested, {
      goPath: deps.goPath,
      workingDirectory: plan.workingDirectory,
      env: deps.env,
      config,
      resolved,
    });
    const pkgs = listed.map((pkg, i) => {
      const asWritten = targets[i]?.naming === 'as-written';
      return { pkg, namingPath: asWritten ? pkg.requested : pkg.importPath };
    });
    const publisher = choosePublisher(plan, deps, pkgs.length);
    const compileLimit = limit(plan.jobs);
    // Every package is planned (names, bases, platforms, templates) before anything is built or
    // pushed: bad input fails the run with nothing written.
    const planned = await settleAll(
      pkgs.map(async ({ pkg, namingPath }) => {
        // ko's CLI names under an empty repository when nothing is pushed (--push=false).
        const repo = plan.repo ?? (plan.koPublishing ? '' : 'ko.local');
        const name = imageName(repo, namingImportPath(namingPath), plan.naming);
        const baseRef = baseImageFor(config, pkg.importPath, plan.baseImage);
        const base = await bases.get(baseRef, () => fetchBase(baseRef, plan.platforms, deps));
        const registryBase = registryBaseName(baseRef);
        if (registryBase && !announced.has(registryBase)) {
          announced.add(registryBase);
          deps.log(`Using base ${registryBase}`);
        }
        const build = templates.packageBuild(
          config,
          pkg.importPath,
          resolved,
          plan.workingDirectory,
          plan.ldflags,
        );
        const pushed = byteCounter();
        const publication = countingBytes(await publisher.start(name), pushed.add);
        publications.push(publication);
        const artifactPlan = await planArtifact({
          pkg,
          importRef: koReference(namingPath),
          base,
          platforms: plan.platforms,
          go: {
            goPath: deps.goPath,
            cwd: build.cwd,
            flags: build.flags,
            ldflags: build.ldflags,
            ...(build.render ? { render: build.render } : {}),
            buildEnv: build.settings.env,
            debug: plan.debug,
            processEnv: deps.env,
          },
          image: {
            labels: plan.labels,
            manifestAnnotations: plan.manifestAnnotations,
            indexAnnotations: plan.indexAnnotations,
            user: plan.user,
            sourceDateEpoch: plan.sourceDateEpoch,
            kodataDateEpoch: plan.kodataDateEpoch,
            kodataAllowedRoot: plan.kodataAllowedRoot,
            ...(build.settings.linuxCapabilities.length
              ? { capabilities: build.settings.linuxCapabilities }
              : {}),
            sbom:
              plan.sbom && ((plan.push && !isLocalRepo(plan.repo)) || plan.sbomDir !== undefined),
          },
          context: {
            tmpDir: tmp,
            binDir: join(tmp, 'bin'),
            ...(deps.kocache ? { kocache: deps.kocache } : {}),
            compression: plan.compression,
            compileLimit,
            ...(deps.takeBuild ? { takeBuild: deps.takeBuild } : {}),
            ...(publication.early ? { earlyPush: publication.early } : {}),
            log: deps.log,
            ...(deps.timeline ? { timeline: deps.timeline } : {}),
            signal: cancel.signal,
          },
        });
        const source = plan.provenance
          ? {
              ...pkg,
              provenance: {
                flags: build.flags,
                ldflags: build.ldflags,
                envNames: build.settings.env.map((e) => e.split('=')[0] ?? e),
                base: {
                  reference: baseRef,
                  ...(base.digest ? { digest: base.digest } : {}),
                },
                goVersion: deps.goVersion ?? 'unknown',
              },
            }
          : pkg;
        return { pkg: source, name, namingPath, publication, pushed, artifactPlan };
      }),
    );
    const builds = planned.reduce((n, p) => n + p.artifactPlan.jobs.length, 0);
    const maxProcs = goMaxProcs(builds, plan.jobs);
    return await settleAll(
      planned.map(async ({ pkg, name, namingPath, publication, pushed, artifactPlan }) => {
        const artifact = await buildArtifact(withMaxProcs(artifactPlan, maxProcs));
        if (plan.sbomDir) await writeSbomDir(plan.sbomDir, namingPath, artifact, deps.log);
        const platforms = artifactPlan.jobs.map((j) => formatPlatform(j.platform)).join(', ');
        const span = deps.timeline?.start('push', platforms, name);
        pushed.attach(span);
        try {
          const built = await publication.publish(pkg, artifact);
          span?.end('ok');
          return built;
        } catch (e) {
          span?.end('failed', e);
          throw e;
        }
      }),
      () => cancel.abort(),
    );
  } finally {
    // Nothing started early may still be reading a layer when the temp dir goes, and every
    // build has settled (settleAll): the removal cannot race a writer. Should it fail anyway,
    // the run's own error (or result) stands; a leftover is said, not thrown.
    await Promise.allSettled(publications.map((p) => p.settle()));
    await rm(tmp, { recursive: true, force: true, maxRetries: 3 }).catch((e: unknown) =>
      deps.log(`warning: could not remove ${tmp}: ${errorMessage(e)}`),
    );
  }
}

/** Bytes read by the publisher: counted before the push starts (early blobs), then on its span. */
function byteCounter(): { add: (n: number) => void; attach: (span?: SpanHandle) => void } {
  let before = 0;
  let span: SpanHandle | undefined;
  return {
    add: (n) => {
      if (span) span.addBytes(n);
      else before += n;
    },
    attach: (s) => {
      span = s;
      s?.addBytes(before);
    },
  };
}

/** The publication, with every blob it opens counted as it is read (push progress). */
function countingBytes(publication: Publication, onBytes: (n: number) => void): Publication {
  const { early } = publication;
  const count = (blobs: readonly Blob[]): Blob[] => blobs.map((b) => countingBlob(b, onBytes));
  return {
    ...(early
      ? {
          early: {
            known: (blobs, more) => early.known(count(blobs), more),
            built: (blobs) => early.built(count(blobs)),
          },
        }
      : {}),
    publish: (pkg, artifact) => publication.publish(pkg, countingArtifact(artifact, count)),
    settle: () => publication.settle(),
  };
}

function countingArtifact(artifact: Artifact, count: (blobs: readonly Blob[]) => Blob[]): Artifact {
  const image = (a: ImageArtifact): ImageArtifact => ({ ...a, blobs: count(a.blobs) });
  return artifact.kind === 'image'
    ? image(artifact)
    : { ...artifact, children: artifact.children.map(image) };
}

function countingBlob(blob: Blob, onBytes: (n: number) => void): Blob {
  return {
    ...blob,
    open: async () => {
      const source = await blob.open();
      return Readable.from(
        (async function* () {
          for await (const chunk of source as AsyncIterable<Buffer>) {
            onBytes(chunk.length);
            yield chunk;
          }
        })(),
        { objectMode: false },
      );
    },
  };
}

/** Base images by reference, each fetched once per run. */
export type BaseImages = KeyedOnce<string, Base>;

/**
 * Starts fetching the base image when every package gets the same one (.ko.yaml overrides none),
 * so that the caller can overlap it with other work: the action fetches it while caches restore.
 */
export function prefetchBase(plan: BuildPlan, deps: Pick<EngineDeps, 'clients'>): BaseImages {
  const bases: BaseImages = new KeyedOnce();
  const config = plan.koConfig;
  if (config.baseImageOverrides.size === 0) {
    const only = baseImageFor(config, '', plan.baseImage);
    // A failure is reported by the build that awaits it.
    bases.get(only, () => fetchBase(only, plan.platforms, deps)).catch(() => undefined);
  }
  return bases;
}

/** The name a registry base goes by in the log; undefined for scratch and OCI layouts. */
function registryBaseName(ref: string): string | undefined {
  if (ref === scratchName || parseLayoutReference(ref)) return undefined;
  return parseReference(ref).name;
}

async function fetchBase(
  ref: string,
  platforms: PlatformSpec,
  deps: Pick<EngineDeps, 'clients'>,
): Promise<Base> {
  if (ref === scratchName) {
    const wanted: Platform[] = platforms.all
      ? [{ os: 'linux', architecture: 'amd64' }]
      : [...platforms.platforms];
    return loadBase(undefined, scratchReader(wanted));
  }
  const layout = parseLayoutReference(ref);
  if (layout) return loadBase(ref, layoutReader(layout.dir, layout.tag));
  const parsed = parseReference(ref);
  const client = await deps.clients.client(parsed.context());
  return loadBase(parsed.name, registryReader(client, parsed));
}
