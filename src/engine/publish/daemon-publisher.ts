// ko.local…: images are loaded into the local Docker-compatible engine (see daemon.ts).
import type { Artifact } from '../../oci/artifact.js';
import type { BuiltImage } from '../result.js';
import { builtImage } from './built-image.js';
import { loadIntoDaemon } from './daemon.js';
import type { Publication, PublishedPackage, Publisher, PublisherDeps } from './publication.js';

export class DaemonPublisher implements Publisher {
  constructor(
    private readonly tags: readonly string[],
    private readonly deps: PublisherDeps,
  ) {}

  start(name: string): Promise<Publication> {
    return Promise.resolve({
      publish: (pkg, artifact) => this.load(pkg, name, artifact),
      settle: () => Promise.resolve(),
    });
  }

  private async load(pkg: PublishedPackage, name: string, artifact: Artifact): Promise<BuiltImage> {
    // ko names a loaded image by the loaded image's digest.
    const loaded = await loadIntoDaemon(artifact, name, this.tags, this.deps.env);
    this.deps.log(`Loaded ${loaded.ref} into the daemon`);
    const common = builtImage(pkg, name, artifact);
    return { ...common, digest: loaded.digest, ref: loaded.ref, tags: this.tags };
  }
}
