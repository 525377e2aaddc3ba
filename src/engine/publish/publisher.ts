// Where built images go. One Publisher per run, chosen here and only here: a registry, an OCI
// layout (push: false), the local engine (ko.local), or a kind cluster's nodes (kind.local). Each
// package gets a Publication before it is built, so a registry can start uploading while go build
// runs (see publication.ts).
import { isDaemonRepo } from '../../ko/daemon-repo.js';
import { isKindRepo } from '../../ko/kind-repo.js';
import type { BuildPlan } from '../plan.js';
import { DaemonPublisher } from './daemon-publisher.js';
import { KindPublisher } from './kind-publisher.js';
import { koPublisher } from './ko-publishing.js';
import { LayoutPublisher } from './layout-publisher.js';
import type { Publisher, PublisherDeps } from './publication.js';
import { RegistryPublisher } from './registry-publisher.js';

/** The one place that decides where images go. */
export function choosePublisher(
  plan: BuildPlan,
  deps: PublisherDeps,
  imageCount: number,
): Publisher {
  if (plan.koPublishing) return koPublisher(plan, plan.koPublishing, deps, imageCount);
  if (!plan.push) {
    // One import path: the layout entry is named by the tag, as `skopeo copy oci:<dir>:<tag>` expects.
    const tag = plan.tags[0] ?? [...plan.tagRefs.values()][0]?.[0] ?? 'latest';
    const layout = { path: plan.ociLayoutPath, tag, imageCount, reportTag: true };
    return new LayoutPublisher(layout, deps.log);
  }
  if (isDaemonRepo(plan.repo)) return new DaemonPublisher(plan.tags, deps);
  if (isKindRepo(plan.repo)) return new KindPublisher(plan.tags, deps);
  return new RegistryPublisher(plan, deps);
}
