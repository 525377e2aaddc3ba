// ko's --tarball FILE: every image in one `docker load`-able tarball (oci/docker-archive.ts), named
// `<name>:<tag>` for each tag (ko's publish.NewTarball). A tarball holds single images only: an
// index (several platforms) is refused, as ko refuses it.
// ko writes the file when it closes; here it is rewritten after each image, so that once the last
// image is published it holds them all, in the order the images were started.
import { pipeline } from 'node:stream/promises';
import type { Artifact, ImageArtifact } from '../../oci/artifact.js';
import { dockerArchive, type ArchiveImage } from '../../oci/docker-archive.js';
import { printedReference } from '../../ko/naming.js';
import { KoActionError } from '../../util/errors.js';
import { openWriteStream } from '../../util/open-write-stream.js';
import type { BuiltImage } from '../result.js';
import { builtImage } from './built-image.js';
import type { Publication, PublishedPackage, Publisher } from './publication.js';

export class TarballPublisher implements Publisher {
  private readonly slots: (ArchiveImage | undefined)[] = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly tags: readonly string[],
    private readonly log: (line: string) => void,
  ) {}

  start(name: string): Promise<Publication> {
    const slot = this.slots.push(undefined) - 1;
    return Promise.resolve({
      publish: (pkg, artifact) => this.add(slot, pkg, name, artifact),
      settle: () => Promise.resolve(),
    });
  }

  private async add(
    slot: number,
    pkg: PublishedPackage,
    name: string,
    artifact: Artifact,
  ): Promise<BuiltImage> {
    const image = singleImage(artifact, name, this.file);
    this.slots[slot] = { image, repoTags: this.tags.map((t) => `${dockerName(name)}:${t}`) };
    const done = this.writing.then(() => this.write());
    this.writing = done.catch(() => undefined);
    await done;
    return {
      ...builtImage(pkg, name, artifact),
      ref: printedReference({
        publisher: 'registry',
        name,
        tags: this.tags,
        digest: artifact.digest,
      }),
      tags: [...this.tags],
    };
  }

  private async write(): Promise<void> {
    const images = this.slots.filter((s): s is ArchiveImage => s !== undefined);
    this.log(`Saving ${this.file}`);
    const { stream } = dockerArchive(images);
    await pipeline(stream, await openWriteStream(this.file));
    this.log(`Saved ${this.file}`);
  }
}

function singleImage(artifact: Artifact, name: string, file: string): ImageArtifact {
  if (artifact.kind === 'image') return artifact;
  throw new KoActionError(
    'INPUT',
    `${file}: ${name} is an image index (${artifact.children.length} platforms); a docker tarball holds single images`,
    {
      where: '--tarball',
      hint: 'build one platform (--platform linux/amd64), or use --oci-layout-path for an index',
    },
  );
}

/**
 * The repository as go-containerregistry's name.Tag prints it: a name with no registry and no
 * slash is a Docker Hub official image, `library/<name>`.
 */
function dockerName(name: string): string {
  return name.includes('/') ? name : `library/${name}`;
}
