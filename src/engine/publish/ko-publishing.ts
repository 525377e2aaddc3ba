// ko's own publisher choice (commands/resolver.go makePublisher), used by the CLI twin so that a
// ko user's flags put images where ko would: an OCI layout (--oci-layout-path), a docker-archive
// tarball (--tarball) and the registry (--push), in that order, every one of them that is asked
// for, the last one's reference printed; none of them (--push=false alone): nothing is written and
// ko's would-be reference is printed. --image-refs records what was published; -L (or a ko.local
// repo) loads into the local engine instead, and a kind.local repo into a kind cluster's nodes
// (neither writes a layout or tarball, nor heeds --push=false). The action keeps its own choice
// (publisher.ts).
import { checkTagOnly } from '../../ko/naming.js';
import { isDaemonRepo } from '../../ko/daemon-repo.js';
import { isKindRepo } from '../../ko/kind-repo.js';
import type { BuildPlan } from '../plan.js';
import { DaemonPublisher } from './daemon-publisher.js';
import { KindPublisher } from './kind-publisher.js';
import { LayoutPublisher } from './layout-publisher.js';
import { MultiPublisher } from './multi-publisher.js';
import { NopPublisher } from './nop-publisher.js';
import type { Publisher, PublisherDeps } from './publication.js';
import { RecordingPublisher } from './recording-publisher.js';
import { RegistryPublisher } from './registry-publisher.js';
import { TagOnlyPublisher } from './tag-only-publisher.js';
import { TarballPublisher } from './tarball-publisher.js';
import type { KoPublishing } from './ko-publish-flags.js';

export function koPublisher(
  plan: BuildPlan,
  ko: KoPublishing,
  deps: PublisherDeps,
  imageCount: number,
): Publisher {
  const inner = innerPublisher(plan, ko, deps, imageCount);
  return ko.imageRefs ? new RecordingPublisher(inner, ko.imageRefs) : inner;
}

function innerPublisher(
  plan: BuildPlan,
  ko: KoPublishing,
  deps: PublisherDeps,
  imageCount: number,
): Publisher {
  if (ko.local || isDaemonRepo(plan.repo)) return new DaemonPublisher(plan.tags, deps);
  if (isKindRepo(plan.repo)) return new KindPublisher(plan.tags, deps);
  const publishers: Publisher[] = [];
  if (ko.ociLayoutPath) {
    const tag = plan.tags[0] ?? 'latest';
    const layout = { path: ko.ociLayoutPath, tag, imageCount, reportTag: false };
    publishers.push(new LayoutPublisher(layout, deps.log));
  }
  if (ko.tarball) publishers.push(new TarballPublisher(ko.tarball, plan.tags, deps.log));
  if (plan.push) {
    // ko checks the tag-only rule when it opens the registry publisher, before any build.
    if (ko.tagOnly) checkTagOnly(plan.tags);
    const registry = new RegistryPublisher(plan, deps);
    publishers.push(ko.tagOnly ? new TagOnlyPublisher(registry, plan.tags) : registry);
  }
  if (publishers.length === 0) return new NopPublisher(plan.tags, ko.tagOnly);
  return publishers.length === 1 && publishers[0] ? publishers[0] : new MultiPublisher(publishers);
}
