// kind.local…: images are imported into the nodes of a local kind cluster (see kind.ts). The
// nodes are found once, when the first image is started: with no cluster nothing is built.
import type { Artifact } from '../../oci/artifact.js';
import { kindReference } from '../../ko/kind-repo.js';
import { imageToLoad } from '../../ko/local-image.js';
import type { BuiltImage } from '../result.js';
import { builtImage } from './built-image.js';
import { findKindNodes, loadIntoKind, type KindNodes } from './kind.js';
import type { Publication, PublishedPackage, Publisher, PublisherDeps } from './publication.js';

export class KindPublisher implements Publisher {
  private nodes: Promise<KindNodes> | undefined;

  constructor(
    private readonly tags: readonly string[],
    private readonly deps: PublisherDeps,
  ) {}

  async start(name: string): Promise<Publication> {
    this.nodes ??= findKindNodes(this.deps.env);
    const nodes = await this.nodes;
    return {
      publish: (pkg, artifact) => this.load(nodes, pkg, name, artifact),
      settle: () => Promise.resolve(),
    };
  }

  private async load(
    nodes: KindNodes,
    pkg: PublishedPackage,
    name: string,
    artifact: Artifact,
  ): Promise<BuiltImage> {
    // As ko: one image (an index's $GOOS/$GOARCH child), named and reported by its digest.
    const image = imageToLoad(artifact, this.deps.env, 'the kind nodes');
    const ref = kindReference(name, image.digest);
    const tagRefs = this.tags.map((t) => `${name}:${t}`);
    await loadIntoKind(nodes, image, ref, tagRefs, this.deps.env, this.deps.log);
    return { ...builtImage(pkg, name, artifact), digest: image.digest, ref, tags: this.tags };
  }
}
