// Acceptance of the Build issue, the entry point: `node dist/index.js` run as the runner runs it
// writes the documented outputs, pushes a manifest for one platform and an index for several,
// turns compile errors into file annotations, writes a skopeo-readable layout with `push: false`,
// and rejects bad inputs with one clear error before touching the registry.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cleanupActionRuns,
  describeRun,
  runAction,
  type ActionRun,
  type ActionRunOptions,
} from '../support/action.js';
import {
  pushBaseImage,
  writeBaseImageLayout,
  type PushedBaseImage,
} from '../support/base-image.js';
import { crane } from '../support/crane.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { itWithTools } from '../support/require-tool.js';
import { systemToolPath } from '../support/tools.js';
import { buildTimeout } from '../support/timeouts.js';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const sha256 = (b: Buffer | string): string =>
  `sha256:${createHash('sha256').update(b).digest('hex')}`;

interface Metadata {
  image: string;
  digest: string;
  tags: string[];
  platforms: Record<string, string>;
}

let registry: TestRegistry;
let base: PushedBaseImage;
let scratch: string;

beforeAll(async () => {
  registry = await startRegistry('anonymous');
  base = await pushBaseImage(registry);
  scratch = await mkdtemp(join(tmpdir(), 'ko-action-entry-'));
});

afterAll(async () => {
  await registry?.stop();
  await cleanupActionRuns();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** A build of the fixture's ./cmd/hello onto the test base, pushed to the test registry. */
function build(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const opts: ActionRunOptions = {
    inputs: {
      'import-paths': './cmd/hello',
      repo: `${registry.host}/entry`,
      'base-image': base.ref,
      sbom: 'none',
      cache: 'false',
      ...inputs,
    },
    env: { SOURCE_DATE_EPOCH: '1700000000', ...env },
  };
  return runAction(opts);
}

function expectSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`the action failed: ${describeRun(run)}`);
  expect(run.errors).toEqual([]);
}

const manifestOf = async (ref: string): Promise<{ raw: Buffer; mediaType: string }> => {
  const raw = await crane(['manifest', ref], { registry });
  return { raw, mediaType: (JSON.parse(raw.toString('utf8')) as { mediaType: string }).mediaType };
};

const manifestPuts = (): string[] =>
  registry.requests
    .filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'))
    .map((r) => r.path);

describe('outputs of a successful build', () => {
  it('one platform: a manifest, and image/digest/images/metadata match the registry', async () => {
    const run = await build({ platforms: 'linux/amd64', naming: 'bare' });
    expectSuccess(run);
    const name = `${registry.host}/entry`;
    const digest = run.outputs.digest ?? '';

    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.outputs.image).toBe(`${name}@${digest}`);
    expect(run.outputs.images).toBe(run.outputs.image);
    expect((await crane(['digest', `${name}:latest`], { registry })).toString().trim()).toBe(
      digest,
    );

    const { raw, mediaType } = await manifestOf(`${name}:latest`);
    expect(mediaType).toBe(OCI_MANIFEST);
    expect(sha256(raw)).toBe(digest);

    const metadata = JSON.parse(run.outputs.metadata ?? '') as Record<string, Metadata>;
    expect(metadata).toEqual({
      './cmd/hello': {
        image: run.outputs.image,
        digest,
        tags: ['latest'],
        platforms: { 'linux/amd64': digest },
      },
    });
    expect(run.summary).toContain(digest);
  });

  it(
    'several platforms: an index whose children are the metadata platforms',
    async () => {
      const run = await build({ platforms: 'linux/amd64,linux/arm/v7', tags: 'v1,latest' });
      expectSuccess(run);
      const digest = run.outputs.digest ?? '';
      const image = run.outputs.image ?? '';
      // md5 naming: <repo>/hello-<md5 of the import path>.
      const name = image.slice(0, image.indexOf('@'));
      expect(name).toMatch(new RegExp(`^${registry.host}/entry/hello-[0-9a-f]{32}$`));
      expect(image).toBe(`${name}@${digest}`);

      for (const tag of ['v1', 'latest']) {
        expect((await crane(['digest', `${name}:${tag}`], { registry })).toString().trim()).toBe(
          digest,
        );
      }
      const { raw, mediaType } = await manifestOf(`${name}@${digest}`);
      expect(mediaType).toBe(OCI_INDEX);
      expect(sha256(raw)).toBe(digest);
      const index = JSON.parse(raw.toString('utf8')) as {
        manifests: {
          digest: string;
          platform: { os: string; architecture: string; variant?: string };
        }[];
      };
      const children = Object.fromEntries(
        index.manifests.map((m) => [
          [m.platform.os, m.platform.architecture, m.platform.variant].filter(Boolean).join('/'),
          m.digest,
        ]),
      );

      const metadata = JSON.parse(run.outputs.metadata ?? '') as Record<string, Metadata>;
      const entry = metadata['./cmd/hello'];
      expect(entry).toMatchObject({ image, digest, tags: ['v1', 'latest'] });
      expect(entry?.platforms).toEqual(children);
      expect(Object.keys(children)).toEqual(['linux/amd64', 'linux/arm/v7']);
      for (const [platform, child] of Object.entries(children)) {
        const { mediaType: childType } = await manifestOf(`${name}@${child}`);
        expect({ platform, childType }).toEqual({ platform, childType: OCI_MANIFEST });
      }
    },
    buildTimeout(2),
  );
});

describe('failures', () => {
  it('a compile error exits 1 with a file annotation and names the package', async () => {
    registry.clearRequests();
    const run = await build({ 'import-paths': './cmd/broken', platforms: 'linux/amd64' });
    expect(run.code).toBe(1);
    // @actions/core's format: ::error title=…,file=…,line=…,col=…::message
    const annotation = run.errors.find((l) => l.includes('file='));
    expect(annotation).toBeDefined();
    expect(annotation).toMatch(
      /^::error title=go build,file=cmd\/broken\/main\.go,line=6,col=14::undefined: undefinedName$/,
    );
    // And the step's failure line (setFailed) says which package failed to build.
    const failure = run.errors.filter((l) => l.startsWith('::error::'));
    expect(failure).toHaveLength(1);
    expect(failure[0]).toContain('example.com/koapp/cmd/broken');
    expect(failure[0]).toContain('cmd/broken/main.go:6:14');
    expect(manifestPuts()).toEqual([]);
  });

  it.each([
    ['platforms', { platforms: 'linux/amd65' }, /linux\/amd65/],
    ['naming', { naming: 'foo' }, /"foo"/],
  ])(
    'a bad %s input fails with one clear error and pushes nothing',
    async (input, inputs, what) => {
      registry.clearRequests();
      const run = await build(inputs);
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      const line = run.errors[0] ?? '';
      expect(line.startsWith(`::error::${input}: `)).toBe(true);
      expect(line).toMatch(what);
      expect(manifestPuts()).toEqual([]);
      expect(registry.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual(
        [],
      );
    },
  );
});

describe('push: false', () => {
  itWithTools('skopeo')(
    'writes an OCI layout that skopeo reads, offline',
    async () => {
      const baseLayout = await writeBaseImageLayout(join(scratch, 'base'));
      const layout = join(scratch, 'out');
      registry.clearRequests();
      const run = await build({
        push: 'false',
        repo: '',
        'oci-layout-path': layout,
        'base-image': `oci-layout:${baseLayout.dir}:${baseLayout.tag}`,
        platforms: 'linux/amd64,linux/arm64',
      });
      expectSuccess(run);
      const digest = run.outputs.digest ?? '';
      expect(run.outputs['oci-layout-path']).toBe(layout);
      expect(run.outputs.image).toBe(`${layout}@${digest}`);
      expect(registry.requests).toEqual([]);

      const raw = await skopeo(['inspect', '--raw', `oci:${layout}:latest`]);
      expect(sha256(raw)).toBe(digest);
      expect((JSON.parse(raw) as { mediaType: string }).mediaType).toBe(OCI_INDEX);
      const amd64 = JSON.parse(await skopeo(['inspect', `oci:${layout}:latest`])) as {
        Architecture: string;
        Env: string[];
      };
      expect(amd64.Architecture).toBe('amd64');
      expect(amd64.Env).toContain('KO_DATA_PATH=/var/run/ko');

      // The layout pushed elsewhere keeps its digest: what push: false made is what gets shipped.
      // skopeo 1.9 predates descriptor artifactType and re-encodes the index without it (it does
      // the same to ko's), but every image keeps its digest.
      const dest = `docker://${registry.host}/via-skopeo:v1`;
      await skopeo(['copy', '--all', '--dest-tls-verify=false', `oci:${layout}:latest`, dest]);
      const digests = (text: string): string[] =>
        (JSON.parse(text) as { manifests: { digest: string }[] }).manifests.map((m) => m.digest);
      const copied = await skopeo(['inspect', '--raw', '--tls-verify=false', dest]);
      expect(digests(copied)).toEqual(digests(raw));

      // A single-platform layout round-trips through skopeo byte for byte.
      const single = join(scratch, 'single');
      const one = await build({
        push: 'false',
        repo: '',
        'oci-layout-path': single,
        'base-image': `oci-layout:${baseLayout.dir}:${baseLayout.tag}`,
        platforms: 'linux/amd64',
      });
      expectSuccess(one);
      const oneDest = `docker://${registry.host}/from-layout:v1`;
      await skopeo(['copy', '--dest-tls-verify=false', `oci:${single}:latest`, oneDest]);
      const pushed = await skopeo(['inspect', '--raw', '--tls-verify=false', oneDest]);
      expect(sha256(pushed)).toBe(one.outputs.digest);
    },
    buildTimeout(3),
  ); // two platforms, then one
});

function skopeo(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      systemToolPath('skopeo'),
      args,
      { maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`skopeo ${args.join(' ')} failed: ${stderr || err.message}`));
        else resolve(stdout);
      },
    );
  });
}
