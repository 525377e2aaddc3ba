// --push=false with no layout and no tarball (ko's nopPublisher): nothing is written anywhere;
// the image is built and the reference ko would have pushed it as is printed.
import type { Artifact } from '../../oci/artifact.js';
import { printedReference } from '../../ko/naming.js';
import type { BuiltImage } from '../result.js';
import { builtImage } from './built-image.js';
import type { Publication, PublishedPackage, Publisher } from './publication.js';

export class NopPublisher implements Publisher {
  constructor(
    private readonly tags: readonly string[],
    private readonly tagOnly: boolean,
  ) {}

  start(name: string): Promise<Publication> {
    return Promise.resolve({
      publish: (pkg: PublishedPackage, artifact: Artifact): Promise<BuiltImage> =>
        Promise.resolve({
          ...builtImage(pkg, name, artifact),
          ref: printedReference({
            publisher: 'none',
            name,
            // ko uses the first tag only.
            tags: this.tags.slice(0, 1),
            digest: artifact.digest,
            tagOnly: this.tagOnly,
          }),
          tags: [],
        }),
      settle: () => Promise.resolve(),
    });
  }
}
