// ko's --image-refs FILE (publish.NewRecorder): after each publish, the published reference on
// its own line; for an index, `<repository>@<digest>` of the index and then of each image in it
// (cosign's walk order). The file is created on the first publish; lines follow the order the
// images were started in, which is the order of the import paths, as ko's sequential build.
import { writeFile } from 'node:fs/promises';
import type { Artifact } from '../../oci/artifact.js';
import type { Publication, Publisher } from './publication.js';

export class RecordingPublisher implements Publisher {
  private readonly slots: (readonly string[] | undefined)[] = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly inner: Publisher,
    private readonly file: string,
  ) {}

  async start(name: string): Promise<Publication> {
    const slot = this.slots.push(undefined) - 1;
    const inner = await this.inner.start(name);
    return {
      ...inner,
      publish: async (pkg, artifact) => {
        const built = await inner.publish(pkg, artifact);
        this.slots[slot] = recordedLines(built.ref, artifact);
        const done = this.writing.then(() => this.write());
        this.writing = done.catch(() => undefined);
        await done;
        return built;
      },
    };
  }

  private write(): Promise<void> {
    const lines = this.slots.flatMap((s) => (s ? s.map((l) => `${l}\n`) : []));
    return writeFile(this.file, lines.join(''), { mode: 0o644 });
  }
}

function recordedLines(ref: string, artifact: Artifact): string[] {
  if (artifact.kind === 'image') return [ref];
  const repo = repositoryOf(ref);
  return [artifact, ...artifact.children].map((a) => `${repo}@${a.digest}`);
}

/** `name:tag@digest`, `name@digest`, `name:tag` → `name` (a port's colon comes before a slash). */
export function repositoryOf(ref: string): string {
  const at = ref.indexOf('@');
  const noDigest = at >= 0 ? ref.slice(0, at) : ref;
  const colon = noDigest.lastIndexOf(':');
  return colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
}
