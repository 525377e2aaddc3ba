// push: false: images go into an OCI image layout, named by their tag.
import type { Artifact } from '../../oci/artifact.js';
import { writeToLayout } from '../../oci/layout-writer.js';
import { printedReference } from '../../ko/naming.js';
import type { BuildPlan } from '../plan.js';
import type { BuiltImage } from '../result.js';
import { builtImage } from './built-image.js';
import type { Publication, PublishedPackage, Publisher } from './publication.js';

export class LayoutPublisher implements Publisher {
  constructor(
    private readonly plan: BuildPlan,
    /** How many images this run writes: one is named by its tag alone. */
    private readonly imageCount: number,
    private readonly log: (line: string) => void,
  ) {}

  start(name: string): Promise<Publication> {
    return Promise.resolve({
      publish: (pkg, artifact) => this.write(pkg, name, artifact),
      settle: () => Promise.resolve(),
    });
  }

  private async write(
    pkg: PublishedPackage,
    name: string,
    artifact: Artifact,
  ): Promise<BuiltImage> {
    const { plan } = this;
    // One import path: the layout entry is named by the tag, as `skopeo copy oci:<dir>:<tag>` expects.
    const tag = plan.tags[0] ?? [...plan.tagRefs.values()][0]?.[0] ?? 'latest';
    const refName = this.imageCount === 1 ? tag : `${name.split('/').pop() ?? 'image'}-${tag}`;
    await writeToLayout(plan.ociLayoutPath, artifact, { refName });
    this.log(`Wrote ${name} (${artifact.digest}) to ${plan.ociLayoutPath} as ${refName}`);
    return {
      ...builtImage(pkg, name, artifact),
      ref: printedReference({
        publisher: 'layout',
        layoutPath: plan.ociLayoutPath,
        digest: artifact.digest,
      }),
      tags: [refName],
    };
  }
}
