// Images go to a registry: the ko-named repository with plain tags, and any full references
// from `tags` (docker/metadata-action) as given; SBOMs follow with cosign's tag scheme.
import type { Artifact } from '../../oci/artifact.js';
import { printedReference } from '../../ko/naming.js';
import { sbomArtifact, sbomTag } from '../../ko/sbom.js';
import { pushArtifact, PushSession } from '../../registry/push.js';
import { parseReference, parseRepository, withTag } from '../../registry/reference.js';
import type { BuildPlan } from '../plan.js';
import type { BuiltImage } from '../result.js';
import { builtImage } from './built-image.js';
import { formatPlatform } from '../../oci/platform.js';
import { provenanceStatement } from '../provenance.js';
import { attachProvenance } from './provenance-attach.js';
import type {
  ProvenanceSource,
  Publication,
  PublishedPackage,
  Publisher,
  PublisherDeps,
} from './publication.js';

type Destination = readonly [repository: string, tags: readonly string[]];

export class RegistryPublisher implements Publisher {
  constructor(
    private readonly plan: BuildPlan,
    private readonly deps: PublisherDeps,
  ) {}

  async start(name: string): Promise<Publication> {
    const destinations = this.destinations(name);
    // The first repository's push starts while go build runs (see PushSession).
    const first = destinations[0];
    const early = first ? await this.session(first[0]) : undefined;
    return {
      ...(early ? { early } : {}),
      publish: (pkg, artifact) => this.push(pkg, name, destinations, early, artifact),
      settle: () => early?.settle() ?? Promise.resolve(),
    };
  }

  /** Repository → tags. Plain tags (or none at all) go to the ko-named image. */
  private destinations(name: string): Destination[] {
    const { plan } = this;
    const named = plan.tags.length > 0 || plan.tagRefs.size === 0;
    return [...(named ? [[name, plan.tags] as const] : []), ...plan.tagRefs];
  }

  private async session(repo: string): Promise<PushSession> {
    const target = parseRepository(repo);
    return new PushSession(await this.deps.clients.client(target), target, this.plan.uploadJobs);
  }

  private async push(
    pkg: PublishedPackage,
    name: string,
    destinations: readonly Destination[],
    early: PushSession | undefined,
    artifact: Artifact,
  ): Promise<BuiltImage> {
    const { plan, deps } = this;
    for (const [i, [repo, tags]] of destinations.entries()) {
      const session = i === 0 && early ? early : await this.session(repo);
      const result = await session.push(parseReference(repo), artifact, tags);
      const s = result.stats;
      deps.log(
        `Pushed ${result.byDigest}: ${s.uploaded.count} blobs uploaded (${s.uploaded.bytes} bytes), ` +
          `${s.mounted.count} mounted, ${s.skipped.count} already present`,
      );
    }
    const [first, firstTags] = destinations[0] ?? [name, plan.tags];
    const sbom = await this.attachSboms(first, artifact);
    if (pkg.provenance)
      await this.attachProvenance(first, artifact, pkg.importPath, pkg.provenance);
    return {
      ...builtImage(pkg, first, artifact),
      ...(sbom ? { sbom } : {}),
      ref: printedReference({
        publisher: 'registry',
        name: first,
        tags: firstTags,
        digest: artifact.digest,
      }),
      tags: [...plan.tags, ...[...plan.tagRefs].flatMap(([r, ts]) => ts.map((t) => `${r}:${t}`))],
    };
  }

  /** One SLSA statement per platform image, as an OCI 1.1 referrer (docs/provenance.md). */
  private async attachProvenance(
    repo: string,
    artifact: Artifact,
    importPath: string,
    source: ProvenanceSource,
  ): Promise<void> {
    const target = parseRepository(repo);
    const client = await this.deps.clients.client(target);
    const images = artifact.kind === 'index' ? artifact.children : [artifact];
    const pushed = await attachProvenance(
      client,
      target,
      images,
      (img) =>
        provenanceStatement(
          {
            ...source,
            importPath,
            imageName: target.name,
            digest: img.digest,
            platform: img.platform ? formatPlatform(img.platform) : 'unknown',
          },
          this.deps.env,
        ),
      this.plan.uploadJobs,
    );
    for (const d of pushed) this.deps.log(`Attached provenance ${target.name}@${d}`);
  }

  /**
   * ko attaches SBOMs with cosign's tag scheme: `<repo>:sha256-<hex>.sbom` for the index and for
   * every image ($COSIGN_REPOSITORY overrides the repository). Returns the index's (or image's).
   */
  private async attachSboms(repo: string, artifact: Artifact): Promise<string | undefined> {
    if (!artifact.sbom) return undefined;
    const target = parseRepository(this.deps.env.COSIGN_REPOSITORY || repo);
    const client = await this.deps.clients.client(target);
    const images = artifact.kind === 'index' ? [artifact, ...artifact.children] : [artifact];
    for (const img of images) {
      if (!img.sbom) continue;
      const tag = sbomTag(img.digest);
      await pushArtifact(client, withTag(target, tag), sbomArtifact(img.sbom), {
        tags: [tag],
        jobs: this.plan.uploadJobs,
      });
    }
    return `${target.name}:${sbomTag(artifact.digest)}`;
  }
}
