// The build engine shared by the action and the CLI: packages → images → registry or layout.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuiltImage, Timings } from './result.js';
import type { Artifact } from '../oci/artifact.js';
import { parseLayoutReference } from '../oci/layout-reader.js';
import { formatPlatform, type PlatformSpec } from '../oci/platform.js';
import type { Platform } from '../oci/types.js';
import { imageName, namingImportPath, printedReference } from '../ko/naming.js';
import type { ClientPool } from '../registry/client-pool.js';
import { isDaemonRepo } from '../ko/daemon-repo.js';
import { loadIntoDaemon } from './publish/daemon.js';
import { writeToLayout } from '../oci/layout-writer.js';
import { pushArtifact, PushSession } from '../registry/push.js';
import { parseReference, parseRepository, withTag } from '../registry/reference.js';
import { sbomArtifact, sbomTag } from '../ko/sbom.js';
import { limit } from '../util/limit.js';
import { KeyedOnce } from '../util/once.js';
import { loadBase, type Base } from './base/base-image.js';
import { baseImageFor } from '../ko/build-config.js';
import { buildArtifact, planArtifact, withMaxProcs } from './builder.js';
import { resolveBuilds, TemplateContext } from './build-settings.js';
import { goMaxProcs, type TakeBuild } from '../go/build.js';
import { listPackages, stripKoScheme, type GoPackage } from '../go/packages.js';
import { layoutReader } from './base/layout-base.js';
import type { BuildPlan } from './plan.js';
import { registryReader } from './base/registry-base.js';
import { scratchName, scratchReader } from './base/scratch-base.js';

export interface EngineDeps {
  readonly goPath: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clients: ClientPool;
  readonly timings: Timings;
  readonly log: (line: string) => void;
  /** KOCACHE directory ($KOCACHE, or the action's cached one). */
  readonly kocache?: string;
  /** Builds already under way (the CLI's head start). */
  readonly takeBuild?: TakeBuild;
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
  const sessions: PushSession[] = [];
  try {
    // .ko.yaml builds first: a wrong `dir` or `main` is a config error, whatever is requested.
    const config = plan.koConfig;
    const resolved = await resolveBuilds(config, plan.workingDirectory, deps.goPath, deps.env);
    const templates = new TemplateContext(
      deps.goPath,
      deps.env,
      plan.sourceDateEpoch ?? Math.floor(Date.now() / 1000),
      (message) => deps.log(`warning: ${message}`),
    );
    const requested = targets.map((t) => stripKoScheme(t.requested));
    const bases = new KeyedOnce<string, Base>();
    if (config.baseImageOverrides.size === 0) {
      // Every package gets the same base: fetch it while go list runs.
      const only = baseImageFor(config, '', plan.baseImage);
      bases.get(only, () => fetchBase(only, plan.platforms, deps)).catch(() => undefined);
    }
    const listed = await listPackages(deps.goPath, requested, plan.workingDirectory, deps.env);
    const pkgs = listed.map((pkg, i) => {
      const asWritten = targets[i]?.naming === 'as-written';
      return { pkg, namingPath: asWritten ? pkg.requested : pkg.importPath };
    });
    const compileLimit = limit(plan.jobs);
    const timing = (phase: 'compile' | 'layering', ms: number): void => {
      deps.timings[phase] += ms;
    };
    // Every package is planned (names, bases, platforms, templates) before anything is built or
    // pushed: bad input fails the run with nothing written.
    const planned = await Promise.all(
      pkgs.map(async ({ pkg, namingPath }) => {
        const name = imageName(plan.repo ?? 'ko.local', namingImportPath(namingPath), plan.naming);
        const baseRef = baseImageFor(config, pkg.importPath, plan.baseImage);
        const base = await bases.get(baseRef, () => fetchBase(baseRef, plan.platforms, deps));
        const build = templates.packageBuild(
          config,
          pkg.importPath,
          resolved,
          plan.workingDirectory,
        );
        const targets = pushTargets(plan, name);
        // The first repository's push starts while go build runs (see PushSession).
        const early = targets[0] && (await startPush(targets[0][0], plan, deps));
        const artifactPlan = await planArtifact({
          goPath: deps.goPath,
          pkg,
          importRef: `ko://${namingPath}`,
          base,
          platforms: plan.platforms,
          cwd: build.cwd,
          flags: build.flags,
          ldflags: build.ldflags,
          ...(build.render ? { render: build.render } : {}),
          buildEnv: build.settings.env,
          ...(build.settings.linuxCapabilities.length
            ? { capabilities: build.settings.linuxCapabilities }
            : {}),
          debug: plan.debug,
          sbom: plan.sbom && plan.push && !isDaemonRepo(plan.repo ?? ''),
          ...(deps.kocache ? { kocache: deps.kocache } : {}),
          labels: plan.labels,
          manifestAnnotations: plan.manifestAnnotations,
          indexAnnotations: plan.indexAnnotations,
          user: plan.user,
          sourceDateEpoch: plan.sourceDateEpoch,
          kodataDateEpoch: plan.kodataDateEpoch,
          processEnv: deps.env,
          tmpDir: tmp,
          binDir: join(tmp, 'bin'),
          compileLimit,
          ...(deps.takeBuild ? { takeBuild: deps.takeBuild } : {}),
          ...(early ? { earlyPush: early } : {}),
          onTiming: timing,
          log: deps.log,
        });
        return { pkg, name, targets, early, artifactPlan };
      }),
    );
    for (const p of planned) if (p.early) sessions.push(p.early);
    const builds = planned.reduce((n, p) => n + p.artifactPlan.jobs.length, 0);
    const maxProcs = goMaxProcs(builds, plan.jobs);
    return await Promise.all(
      planned.map(async ({ pkg, name, targets, early, artifactPlan }) => {
        const artifact = await buildArtifact(withMaxProcs(artifactPlan, maxProcs));
        const started = Date.now();
        const built = await publish(plan, pkg, name, targets, early, artifact, deps, pkgs.length);
        deps.timings.upload += Date.now() - started;
        return built;
      }),
    );
  } finally {
    // Nothing started early may still be reading a layer when the temp dir goes.
    await Promise.allSettled(sessions.map((s) => s.settle()));
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Where an image is pushed: repository → tags. Empty unless pushing to a registry. */
function pushTargets(plan: BuildPlan, name: string): [string, readonly string[]][] {
  if (!plan.push || isDaemonRepo(plan.repo)) return [];
  // Plain tags (or none at all) go to the ko-named image; full references in `tags` as given.
  return [
    ...(plan.tags.length > 0 || plan.tagRefs.size === 0
      ? [[name, plan.tags] as [string, readonly string[]]]
      : []),
    ...plan.tagRefs,
  ];
}

async function startPush(repo: string, plan: BuildPlan, deps: EngineDeps): Promise<PushSession> {
  const target = parseRepository(repo);
  return new PushSession(await deps.clients.client(target), target, plan.uploadJobs);
}

async function fetchBase(ref: string, platforms: PlatformSpec, deps: EngineDeps): Promise<Base> {
  if (ref === scratchName) {
    const wanted: Platform[] = platforms.all
      ? [{ os: 'linux', architecture: 'amd64' }]
      : [...platforms.platforms];
    return loadBase(undefined, scratchReader(wanted));
  }
  const layout = parseLayoutReference(ref);
  if (layout) return loadBase(ref, layoutReader(layout.dir, layout.tag));
  const parsed = parseReference(ref);
  deps.log(`Using base ${parsed.name}`);
  const client = await deps.clients.client(parsed.context());
  return loadBase(parsed.name, registryReader(client, parsed));
}

async function publish(
  plan: BuildPlan,
  pkg: GoPackage,
  name: string,
  destinations: readonly [string, readonly string[]][],
  early: PushSession | undefined,
  artifact: Artifact,
  deps: EngineDeps,
  count: number,
): Promise<BuiltImage> {
  const platforms = (artifact.kind === 'index' ? artifact.children : [artifact]).map((img) => ({
    platform: img.platform ? formatPlatform(img.platform) : 'unknown',
    digest: img.digest,
  }));
  const common = {
    requested: pkg.requested,
    importPath: pkg.importPath,
    name,
    digest: artifact.digest,
    platforms,
  };
  if (!plan.push) {
    // One import path: the layout entry is named by the tag, as `skopeo copy oci:<dir>:<tag>` expects.
    const tag = plan.tags[0] ?? [...plan.tagRefs.values()][0]?.[0] ?? 'latest';
    const refName = count === 1 ? tag : `${name.split('/').pop() ?? 'image'}-${tag}`;
    await writeToLayout(plan.ociLayoutPath, artifact, { refName });
    deps.log(`Wrote ${name} (${artifact.digest}) to ${plan.ociLayoutPath} as ${refName}`);
    return {
      ...common,
      ref: printedReference({
        publisher: 'layout',
        layoutPath: plan.ociLayoutPath,
        digest: artifact.digest,
      }),
      tags: [refName],
    };
  }
  if (isDaemonRepo(plan.repo)) {
    // ko.local…: loaded into the local engine; ko names it by the loaded image's digest.
    const loaded = await loadIntoDaemon(artifact, name, plan.tags, deps.env);
    deps.log(`Loaded ${loaded.ref} into the daemon`);
    return { ...common, digest: loaded.digest, ref: loaded.ref, tags: plan.tags };
  }
  for (const [i, [repo, tags]] of destinations.entries()) {
    const session = i === 0 && early ? early : await startPush(repo, plan, deps);
    const result = await session.push(parseReference(repo), artifact, tags);
    const s = result.stats;
    deps.log(
      `Pushed ${result.byDigest}: ${s.uploaded.count} blobs uploaded (${s.uploaded.bytes} bytes), ` +
        `${s.mounted.count} mounted, ${s.skipped.count} already present`,
    );
  }
  const [first, firstTags] = destinations[0] ?? [name, plan.tags];
  const sbom = await attachSboms(first, artifact, deps, plan.uploadJobs);
  return {
    ...common,
    ...(sbom ? { sbom } : {}),
    name: first,
    ref: printedReference({
      publisher: 'registry',
      name: first,
      tags: firstTags,
      digest: artifact.digest,
    }),
    tags: [...plan.tags, ...[...plan.tagRefs].flatMap(([r, ts]) => ts.map((t) => `${r}:${t}`))],
  };
}

/**
 * ko attaches SBOMs with cosign's tag scheme: `<repo>:sha256-<hex>.sbom` for the index and for
 * every image ($COSIGN_REPOSITORY overrides the repository). Returns the index's (or image's).
 */
async function attachSboms(
  repo: string,
  artifact: Artifact,
  deps: EngineDeps,
  jobs: number,
): Promise<string | undefined> {
  if (!artifact.sbom) return undefined;
  const target = parseRepository(deps.env.COSIGN_REPOSITORY || repo);
  const client = await deps.clients.client(target);
  const images = artifact.kind === 'index' ? [artifact, ...artifact.children] : [artifact];
  for (const img of images) {
    if (!img.sbom) continue;
    const tag = sbomTag(img.digest);
    await pushArtifact(client, withTag(target, tag), sbomArtifact(img.sbom), { tags: [tag], jobs });
  }
  return `${target.name}:${sbomTag(artifact.digest)}`;
}
