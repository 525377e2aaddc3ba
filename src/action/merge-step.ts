// The `merge` input: no Go, no build. The images matrix jobs pushed by digest become one index,
// pushed under `tags` (docker's "distribute build across multiple runners", built in).
import * as core from '@actions/core';
import { splitAnnotations } from '../engine/plan.js';
import { inputError } from '../util/errors.js';
import { printedReference } from '../ko/naming.js';
import { splitTags } from '../ko/tag-targets.js';
import { ClientPool } from '../registry/client-pool.js';
import { parseRepository, type Repository } from '../registry/reference.js';
import type { Inputs } from '../inputs/inputs.js';
import { mergeImages } from '../engine/merge.js';
import { reportOutputs } from './outputs.js';
import { Timeline } from '../util/timeline.js';
import type { Env } from '../util/env.js';

export async function runMergeStep(inputs: Inputs, env: Env): Promise<void> {
  const { repo, tags } = mergeTargets(inputs);
  const clients = new ClientPool({
    env,
    targetRegistry: repo.registry,
    username: inputs.username,
    password: inputs.password,
    githubToken: inputs.githubToken,
    insecure: inputs.insecureRegistry,
    jobs: inputs.uploadJobs,
    log: (line) => core.debug(line),
    onRetry: (retry) => core.warning(retry.message),
  });
  // The summary's one phase: the push of the index (and of nothing else).
  const timeline = new Timeline();
  try {
    const client = await clients.client(repo);
    const merged = await timeline.time(
      'push',
      () =>
        mergeImages({
          repo,
          sources: inputs.merge,
          tags,
          annotations: splitAnnotations(inputs.annotations).indexAnnotations,
          client,
          jobs: inputs.uploadJobs,
        }),
      'index',
      repo.name,
    );
    core.info(`Merged ${merged.platforms.length} images into ${merged.ref}`);
    await reportOutputs({
      images: [
        {
          requested: repo.name,
          importPath: '',
          name: repo.name,
          ref: printedReference({
            publisher: 'registry',
            name: repo.name,
            tags,
            digest: merged.digest,
          }),
          digest: merged.digest,
          tags,
          platforms: merged.platforms,
        },
      ],
      timeline,
    });
  } finally {
    await clients.close();
  }
}

/**
 * Where the index goes, and its tags. `tags` takes every form a build takes: plain tags, and
 * docker/metadata-action's full references, which must name the repository the digests are in
 * (that repository is `repo`, or, when `repo` is unset, the one the references name).
 */
function mergeTargets(inputs: Inputs): { repo: Repository; tags: string[] } {
  const split = inputs.pushByDigest ? undefined : splitTags(inputs.tags, 1);
  const named = [...(split?.tagRefs.keys() ?? [])];
  const repoName = inputs.repo ?? (named.length === 1 ? named[0] : undefined);
  if (!repoName) {
    throw inputError('repo', 'merge needs the repository the digests were pushed to', 'set repo');
  }
  const repo = parseRepository(repoName);
  const tags = [...(split?.tags ?? [])];
  for (const [name, refTags] of split?.tagRefs ?? []) {
    if (parseRepository(name).name !== repo.name) {
      throw inputError(
        'tags',
        `${name}:${refTags[0] ?? ''} is not in ${repo.name}, where the digests are`,
        'merge tags the index in the repository the matrix jobs pushed to: set repo to it, or drop that tag',
      );
    }
    for (const t of refTags) if (!tags.includes(t)) tags.push(t);
  }
  return { repo, tags };
}
