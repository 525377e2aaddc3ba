// The `merge` input: no Go, no build. The images matrix jobs pushed by digest become one index,
// pushed under `tags` (docker's "distribute build across multiple runners", built in).
import * as core from '@actions/core';
import { splitAnnotations } from '../engine/plan.js';
import { inputError } from '../util/errors.js';
import { normaliseTags, printedReference } from '../ko/naming.js';
import { ClientPool } from '../registry/client-pool.js';
import { parseRepository } from '../registry/reference.js';
import type { Inputs } from '../inputs/inputs.js';
import { mergeImages } from '../engine/merge.js';
import { reportOutputs } from './outputs.js';
import { emptyTimings } from '../engine/result.js';

export async function runMergeStep(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<void> {
  if (!inputs.repo) {
    throw inputError('repo', 'merge needs the repository the digests were pushed to', 'set repo');
  }
  const repo = parseRepository(inputs.repo);
  const tags = inputs.pushByDigest ? [] : normaliseTags(inputs.tags);
  const clients = new ClientPool({
    env,
    targetRegistry: repo.registry,
    username: inputs.username,
    password: inputs.password,
    githubToken: inputs.githubToken,
    insecure: inputs.insecureRegistry,
    jobs: inputs.uploadJobs,
    log: (line) => core.debug(line),
  });
  const timings = emptyTimings();
  const started = Date.now();
  try {
    const merged = await mergeImages({
      repo,
      sources: inputs.merge,
      tags,
      annotations: splitAnnotations(inputs.annotations).indexAnnotations,
      client: await clients.client(repo),
      jobs: inputs.uploadJobs,
    });
    timings.upload = Date.now() - started;
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
      timings,
    });
  } finally {
    await clients.close();
  }
}
