// SLSA provenance statements and the OCI 1.1 referrer artifacts that carry them
// (docs/provenance.md): the fields a verifier reads, and no secret value anywhere.
import { describe, expect, it } from '@jest/globals';
import { sha256 } from '../../src/oci/digest.js';
import { addReferrer, referrerArtifact, referrersTag } from '../../src/oci/referrers.js';
import {
  IN_TOTO_MEDIA_TYPE,
  PROVENANCE_BUILD_TYPE,
  provenanceStatement,
  type ProvenanceBuild,
} from '../../src/engine/provenance.js';

const digest = sha256('image manifest');
const baseDigest = sha256('base');
const build: ProvenanceBuild = {
  imageName: 'ghcr.io/octo-org/app/cmd/app',
  digest,
  importPath: 'example.com/app/cmd/app',
  platform: 'linux/arm64',
  flags: ['-tags', 'netgo'],
  ldflags: ['-X main.token={{.Env.API_TOKEN}}'],
  envNames: ['CGO_ENABLED', 'API_TOKEN'],
  base: { reference: 'cgr.dev/chainguard/static:latest', digest: baseDigest },
  goVersion: 'go1.26.8',
};
const workflowEnv = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo-org/app',
  GITHUB_WORKFLOW_REF: 'octo-org/app/.github/workflows/release.yml@refs/tags/v1.2.3',
  GITHUB_REF: 'refs/tags/v1.2.3',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REPOSITORY_ID: '123',
  GITHUB_REPOSITORY_OWNER_ID: '456',
  GITHUB_RUN_ID: '7890',
  GITHUB_RUN_ATTEMPT: '2',
  RUNNER_ENVIRONMENT: 'github-hosted',
  API_TOKEN: 'canary-secret-value',
  INPUT_PASSWORD: 'canary-password',
};

type Json = Record<string, unknown>;
const parse = (b: Uint8Array): Json => JSON.parse(Buffer.from(b).toString('utf8')) as Json;

describe('provenanceStatement', () => {
  it('names the image, the workflow, the sources and the runner as a verifier reads them', () => {
    const s = parse(provenanceStatement(build, workflowEnv));
    expect(s).toMatchObject({
      _type: 'https://in-toto.io/Statement/v1',
      predicateType: 'https://slsa.dev/provenance/v1',
      subject: [{ name: build.imageName, digest: { sha256: digest.slice(7) } }],
      predicate: {
        buildDefinition: {
          buildType: PROVENANCE_BUILD_TYPE,
          externalParameters: {
            workflow: {
              repository: 'https://github.com/octo-org/app',
              ref: 'refs/tags/v1.2.3',
              path: '.github/workflows/release.yml',
            },
            build: {
              importPath: 'example.com/app/cmd/app',
              platform: 'linux/arm64',
              flags: ['-tags', 'netgo'],
              ldflags: ['-X main.token={{.Env.API_TOKEN}}'],
              env: ['CGO_ENABLED', 'API_TOKEN'],
              baseImage: 'cgr.dev/chainguard/static:latest',
            },
          },
          internalParameters: {
            github: {
              event_name: 'push',
              repository_id: '123',
              repository_owner_id: '456',
              runner_environment: 'github-hosted',
            },
          },
          resolvedDependencies: [
            {
              uri: 'git+https://github.com/octo-org/app@refs/tags/v1.2.3',
              digest: { gitCommit: 'a'.repeat(40) },
            },
            {
              uri: 'oci://cgr.dev/chainguard/static:latest',
              digest: { sha256: baseDigest.slice(7) },
            },
            { uri: 'pkg:golang/go@1.26.8' },
          ],
        },
        runDetails: {
          builder: { id: 'https://github.com/actions/runner/github-hosted' },
          metadata: {
            invocationId: 'https://github.com/octo-org/app/actions/runs/7890/attempts/2',
          },
        },
      },
    });
  });

  it('carries no environment value, only names and templates as written', () => {
    const text = Buffer.from(provenanceStatement(build, workflowEnv)).toString('utf8');
    expect(text).not.toContain('canary-secret-value');
    expect(text).not.toContain('canary-password');
  });

  it('names self-hosted runners as GitHub does, and the CLI outside Actions', () => {
    const self = parse(
      provenanceStatement(build, { ...workflowEnv, RUNNER_ENVIRONMENT: 'self-hosted' }),
    );
    expect(self).toMatchObject({
      predicate: {
        runDetails: { builder: { id: 'https://github.com/actions/runner/self-hosted' } },
      },
    });
    const local = parse(provenanceStatement(build, {}));
    const predicate = local.predicate as Json;
    expect(predicate.runDetails).toEqual({
      builder: { id: expect.stringMatching(/#builder-cli$/) as unknown },
    });
    expect((predicate.buildDefinition as Json).externalParameters).not.toHaveProperty('workflow');
  });
});

describe('referrer artifacts', () => {
  const subject = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, size: 1234 };
  const payload = provenanceStatement(build, workflowEnv);
  const art = referrerArtifact({
    artifactType: IN_TOTO_MEDIA_TYPE,
    payload,
    payloadMediaType: IN_TOTO_MEDIA_TYPE,
    subject,
    annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v1' },
  });

  it('is an OCI 1.1 artifact manifest: empty config, one payload layer, the image as subject', async () => {
    const m = parse(art.artifact.rawManifest);
    expect(m).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/vnd.in-toto+json',
      config: {
        mediaType: 'application/vnd.oci.empty.v1+json',
        digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
        size: 2,
        data: 'e30=',
      },
      layers: [{ mediaType: IN_TOTO_MEDIA_TYPE, digest: sha256(payload), size: payload.length }],
      subject,
      annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v1' },
    });
    expect(art.artifact.digest).toBe(sha256(art.artifact.rawManifest));
    const blobs = await Promise.all(
      art.artifact.blobs.map(async (b) => {
        const chunks: Buffer[] = [];
        for await (const c of await b.open()) chunks.push(c as Buffer);
        return [b.descriptor.digest, sha256(Buffer.concat(chunks))];
      }),
    );
    for (const [named, actual] of blobs) expect(actual).toBe(named);
    expect(art.descriptor).toEqual({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: art.artifact.digest,
      size: art.artifact.rawManifest.length,
      artifactType: IN_TOTO_MEDIA_TYPE,
      annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v1' },
    });
  });

  it('keeps the referrers tag index entries already there, and never lists one twice', () => {
    expect(referrersTag(digest)).toBe(`sha256-${digest.slice(7)}`);
    const other = { ...art.descriptor, digest: sha256('a signature'), artifactType: 'x/sig' };
    const first = parse(addReferrer(undefined, other));
    expect(first).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [other],
    });
    const second = parse(addReferrer(first as never, art.descriptor));
    expect((second.manifests as unknown[]).length).toBe(2);
    const again = parse(addReferrer(second as never, art.descriptor));
    expect(again.manifests).toEqual([other, art.descriptor]);
  });
});
