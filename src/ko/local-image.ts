// ko's local publishers (ko.local into a Docker-compatible engine, kind.local into kind's nodes):
// which repos they take, and the image they load. They load one image, not an index: from a multi-platform build, the child for $GOOS/$GOARCH of ko's
// own environment (default linux/amd64); "there's no way to write an index to a kind" (ko v0.19.1
// pkg/publish/daemon.go, pkg/publish/kind/write.go).
import type { Artifact, ImageArtifact } from '../oci/artifact.js';
import type { Env } from '../util/env.js';
import { KoActionError } from '../util/errors.js';
import { isDaemonRepo } from './daemon-repo.js';
import { isKindRepo } from './kind-repo.js';

/** A repo ko loads into the local engine or kind's nodes, not a registry's: no credentials, no SBOM. */
export function isLocalRepo(repo: string | undefined): boolean {
  return isDaemonRepo(repo) || isKindRepo(repo);
}

/** The image to load into `into` (`the daemon`, `the kind nodes`), as ko picks it. */
export function imageToLoad(artifact: Artifact, env: Env, into: string): ImageArtifact {
  if (artifact.kind === 'image') return artifact;
  const os = env.GOOS || 'linux';
  const arch = env.GOARCH || 'amd64';
  const match = artifact.children.find(
    (c) => c.platform?.os === os && c.platform.architecture === arch,
  );
  if (match) return match;
  const built = artifact.children.map((c) =>
    c.platform ? `${c.platform.os}/${c.platform.architecture}` : 'unknown',
  );
  throw new KoActionError('INPUT', `no ${os}/${arch} image in the index to load into ${into}`, {
    where: 'platforms',
    hint: `it holds ${built.join(', ') || 'no images'}; build ${os}/${arch}, or set GOOS/GOARCH to the platform of ${into}`,
  });
}
