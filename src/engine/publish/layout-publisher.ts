// Images go into an OCI image layout: the action's `push: false`, and ko's --oci-layout-path
// (publish.LayoutPublisher), printed as `<path as written>@<digest>`. Unlike ko, each entry is
// also named (ref.name annotation) by its tag, or `<app>-<tag>` when several images are written,
// so that `skopeo copy oci:<dir>:latest …` and `podman run oci:<dir>:latest` find it.
import type { Artifact } from '../../oci/artifact.js';
import { writeToLayout } from '../../oci/layout-writer.js';
import { printedReference } from '../../ko/naming.js';
import type { BuiltImage } from '../result.js';
import { builtImage } from './built-image.js';
import type { Publication, PublishedPackage, Publisher } from './publication.js';

export interface LayoutOptions {
  readonly path: string;
  /** The tag entries are named by. */
  readonly tag: string;
  /** How many images this run writes: one is named by its tag alone. */
  readonly imageCount: number;
  /** Report the entry's name among the image's tags (the action does; ko's layout has none). */
  readonly reportTag: boolean;
}

export class LayoutPublisher implements Publisher {
  constructor(
    private readonly opts: LayoutOptions,
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
    const { path, tag, imageCount, reportTag } = this.opts;
    const refName = imageCount === 1 ? tag : `${name.split('/').pop() ?? 'image'}-${tag}`;
    await writeToLayout(path, artifact, { refName });
    this.log(`Wrote ${name} (${artifact.digest}) to ${path} as ${refName}`);
    return {
      ...builtImage(pkg, name, artifact),
      ref: printedReference({ publisher: 'layout', layoutPath: path, digest: artifact.digest }),
      tags: reportTag ? [refName] : [],
    };
  }
}
