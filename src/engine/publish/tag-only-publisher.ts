// --tag-only: the registry push as usual, the printed reference `<name>:<tag>` without a digest
// (ko's default publisher; the rule, one tag and not latest, is checked before any build).
import type { Publication, Publisher } from './publication.js';

export class TagOnlyPublisher implements Publisher {
  constructor(
    private readonly inner: Publisher,
    private readonly tags: readonly string[],
  ) {}

  async start(name: string): Promise<Publication> {
    const inner = await this.inner.start(name);
    return {
      ...inner,
      publish: async (pkg, artifact) => {
        const built = await inner.publish(pkg, artifact);
        return { ...built, ref: `${built.name}:${this.tags[0] ?? ''}` };
      },
    };
  }
}
