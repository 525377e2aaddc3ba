// Several places for each image, in order (ko's publish.MultiPublisher): every one publishes, the
// last one's reference is the one printed. Only one of them may take blobs while go build runs.
import type { BuiltImage } from '../result.js';
import type { Publication, Publisher } from './publication.js';

export class MultiPublisher implements Publisher {
  constructor(private readonly publishers: readonly Publisher[]) {}

  async start(name: string): Promise<Publication> {
    const started = await Promise.all(this.publishers.map((p) => p.start(name)));
    const early = started.find((p) => p.early)?.early;
    return {
      ...(early ? { early } : {}),
      publish: async (pkg, artifact) => {
        let last: BuiltImage | undefined;
        for (const p of started) last = await p.publish(pkg, artifact);
        if (!last) throw new Error('MultiPublisher configured with zero publishers');
        return last;
      },
      settle: async () => {
        await Promise.allSettled(started.map((p) => p.settle()));
      },
    };
  }
}
