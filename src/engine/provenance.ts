// SLSA v1 build provenance for one platform image, as an in-toto Statement v1
// (docs/provenance.md). Pure: everything comes from the build and the workflow's environment.
// Field meanings: https://slsa.dev/spec/v1.0/provenance and, for the GitHub workflow parts,
// the names GitHub's own provenance uses (https://github.com/actions/attest-build-provenance).
// Values a user could have put a secret into never go in: build env is listed by name only,
// flags and ldflags as written in .ko.yaml (templates unexpanded).
import { Buffer } from 'node:buffer';
import { digestHex, type Digest } from '../oci/digest.js';
import type { Env } from '../util/env.js';

export const PROVENANCE_BUILD_TYPE =
  'https://github.com/org/ko-action/blob/v1/docs/provenance.md#build-type-v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';

/** What shaped one platform image. */
export interface ProvenanceBuild {
  /** The image's repository (no tag or digest) and manifest digest: the statement's subject. */
  readonly imageName: string;
  readonly digest: Digest;
  readonly importPath: string;
  readonly platform: string;
  /** As written (templates unexpanded). */
  readonly flags: readonly string[];
  readonly ldflags: readonly string[];
  /** Names only: values may be secrets. */
  readonly envNames: readonly string[];
  readonly base?: { readonly reference: string; readonly digest?: Digest };
  readonly goVersion: string;
}

interface ResourceDescriptor {
  uri: string;
  digest?: Record<string, string>;
}

/** The statement's bytes (JSON, no trailing newline). */
export function provenanceStatement(build: ProvenanceBuild, env: Env): Uint8Array {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const repo = env.GITHUB_REPOSITORY;
  const inActions = env.GITHUB_ACTIONS === 'true' && !!repo;

  const workflow = inActions ? workflowOf(env, server) : undefined;
  const dependencies: ResourceDescriptor[] = [];
  if (inActions && env.GITHUB_SHA) {
    dependencies.push({
      uri: `git+${server}/${repo}@${env.GITHUB_REF ?? ''}`,
      digest: { gitCommit: env.GITHUB_SHA },
    });
  }
  if (build.base) {
    dependencies.push({
      uri: `oci://${build.base.reference}`,
      ...(build.base.digest ? { digest: { sha256: digestHex(build.base.digest) } } : {}),
    });
  }
  dependencies.push({ uri: `pkg:golang/go@${build.goVersion.replace(/^go/, '')}` });

  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: build.imageName, digest: { sha256: digestHex(build.digest) } }],
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: PROVENANCE_BUILD_TYPE,
        externalParameters: {
          ...(workflow ? { workflow } : {}),
          build: {
            importPath: build.importPath,
            platform: build.platform,
            flags: build.flags,
            ldflags: build.ldflags,
            env: build.envNames,
            ...(build.base ? { baseImage: build.base.reference } : {}),
          },
        },
        ...(inActions ? { internalParameters: { github: githubParameters(env) } } : {}),
        resolvedDependencies: dependencies,
      },
      runDetails: {
        builder: { id: builderId(env, inActions) },
        ...(inActions && env.GITHUB_RUN_ID
          ? {
              metadata: {
                invocationId: `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT || '1'}`,
              },
            }
          : {}),
      },
    },
  };
  return Buffer.from(JSON.stringify(statement));
}

/** GITHUB_WORKFLOW_REF is `owner/repo/.github/workflows/file.yml@refs/heads/main`. */
function workflowOf(
  env: Env,
  server: string,
): { repository: string; ref: string; path: string } | undefined {
  const ref = env.GITHUB_WORKFLOW_REF;
  const repo = env.GITHUB_REPOSITORY ?? '';
  if (!ref?.startsWith(`${repo}/`)) return undefined;
  const at = ref.lastIndexOf('@');
  if (at < 0) return undefined;
  return {
    repository: `${server}/${repo}`,
    ref: ref.slice(at + 1),
    path: ref.slice(repo.length + 1, at),
  };
}

function githubParameters(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, name] of [
    ['event_name', 'GITHUB_EVENT_NAME'],
    ['repository_id', 'GITHUB_REPOSITORY_ID'],
    ['repository_owner_id', 'GITHUB_REPOSITORY_OWNER_ID'],
    ['runner_environment', 'RUNNER_ENVIRONMENT'],
  ] as const) {
    const v = env[name];
    if (v) out[key] = v;
  }
  return out;
}

/** As GitHub's provenance names runners; outside Actions, the CLI. */
function builderId(env: Env, inActions: boolean): string {
  if (!inActions) return `${PROVENANCE_BUILD_TYPE.split('#')[0]}#builder-cli`;
  return env.RUNNER_ENVIRONMENT === 'self-hosted'
    ? 'https://github.com/actions/runner/self-hosted'
    : 'https://github.com/actions/runner/github-hosted';
}
