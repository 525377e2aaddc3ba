// ko's --oci-layout-path (publish.LayoutPublisher): each image or index is added to the layout,
// printed as `<path as written>@<digest>`. Unlike ko, the entry is also named (ref.name
// annotation) by its tag, or `<app>-<tag>` when several images are written, as the action's
// layout does, so that `skopeo copy oci:<dir>:latest …` and `podman run oci:<dir>:latest` find it.
import type { Artifact } from '../../oci/artifact.js';
import { writeToLayout } from '../../oci/layout-writer.js';
import { printedReference } from '../../ko/naming.js';
import type { BuiltImage } from '../result.js';
import { builtImage } from './built-image.js';
import type { Publication, PublishedPackage, Publisher } from './publication.js';

export class KoLayoutPublisher implements Publisher {
  constructor(
    private readonly path: string,
    private readonly tag: string,
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
    const refName =
      this.imageCount === 1 ? this.tag : `${name.split('/').pop() ?? 'image'}-${this.tag}`;
    await writeToLayout(this.path, artifact, { refName });
    this.log(`Saved ${name} (${artifact.digest}) to ${this.path}`);
    return {
      ...builtImage(pkg, name, artifact),
      ref: printedReference({
        publisher: 'layout',
        layoutPath: this.path,
        digest: artifact.digest,
      }),
      tags: [],
    };
  }
}
