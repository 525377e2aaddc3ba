// ko's SBOMs side by side with ours: the real ko (v0.19.1) builds the fixture app with
// --sbom=spdx into a test registry; we read its image, index and attached SBOMs with crane, make
// our SPDX documents from the same inputs (our own `go version -m` of our own build), and expect
// the very same bytes, and the same attachment manifests (digests). unit/sbom.test.ts checks the
// SPDX document made from given build info.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseGoVersionM } from '../../src/go/build-info.js';
import { readBuildInfo } from '../../src/go/version-m.js';
import { sbomArtifact, sbomTag } from '../../src/ko/sbom.js';
import { DEFAULT_KO_VERSION, spdxForIndex, spdxFromBuildInfo } from '../../src/ko/spdx.js';
import type { Digest } from '../../src/oci/digest.js';
import { MediaType } from '../../src/oci/media-types.js';
import type { IndexManifest, Manifest, Platform } from '../../src/oci/types.js';
import { fixtureApp, goTestEnv } from '../support/action.js';
import { pushBaseImage, type PushedBaseImage } from '../support/base-image.js';
import { crane } from '../support/crane.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { toolPath } from '../support/tools.js';
import { buildTimeout } from '../support/timeouts.js';

const EPOCH = '1700000000';

let registry: TestRegistry;
let base: PushedBaseImage;
let home: string;

beforeAll(async () => {
  registry = await startRegistry('anonymous');
  base = await pushBaseImage(registry);
  home = await mkdtemp(join(tmpdir(), 'ko-action-sbom-'));
});

afterAll(async () => {
  await registry?.stop();
  if (home) await rm(home, { recursive: true, force: true });
});

function exec(cmd: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd: fixtureApp, env, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(' ')} failed: ${err.message}\n${stderr}`));
      else resolve(stdout.trim());
    });
  });
}

/** `ko build --sbom=spdx`; returns the printed `host/ko@sha256:…` digest. */
async function koBuild(platforms: string): Promise<Digest> {
  const printed = await exec(
    toolPath('ko'),
    ['build', '--bare', '--sbom=spdx', `--platform=${platforms}`, './cmd/hello'],
    {
      ...goTestEnv(home),
      ...registry.env,
      KO_DOCKER_REPO: `${registry.host}/ko`,
      KO_DEFAULTBASEIMAGE: base.ref,
      SOURCE_DATE_EPOCH: EPOCH,
    },
  );
  return printed.slice(printed.lastIndexOf('@') + 1) as Digest;
}

const craneText = async (args: string[]): Promise<string> =>
  (await crane(args, { registry })).toString('utf8');

/** ko's attached SBOM: its manifest digest and the SBOM bytes. */
async function koSbom(digest: Digest): Promise<{ manifestDigest: string; bytes: Buffer }> {
  const ref = `${registry.host}/ko:${sbomTag(digest)}`;
  const manifest = JSON.parse(await craneText(['manifest', ref])) as Manifest;
  expect(manifest.layers.map((l) => l.mediaType)).toEqual([MediaType.SpdxJson]);
  const bytes = await crane(['blob', `${registry.host}/ko@${manifest.layers[0]!.digest}`], {
    registry,
  });
  return { manifestDigest: (await craneText(['digest', ref])).trim(), bytes };
}

/** Our `go build` of the fixture for one platform (ko's flags: -trimpath), read back as ko does. */
async function ourBuildInfo(p: Platform): Promise<string> {
  const out = join(home, `hello-${p.os}-${p.architecture}`);
  await exec('go', ['build', '-trimpath', '-o', out, './cmd/hello'], {
    ...goTestEnv(home),
    CGO_ENABLED: '0',
    GOOS: p.os,
    GOARCH: p.architecture,
  });
  return readBuildInfo('go', out, {
    appPath: '/ko-app/hello',
    env: goTestEnv(home),
    cwd: fixtureApp,
  });
}

const creatorVersion = (sbom: Buffer): string => {
  const doc = JSON.parse(sbom.toString('utf8')) as { creationInfo: { creators: string[] } };
  return doc.creationInfo.creators[0]!.replace('Tool: ko ', '');
};

describe('SBOM as ko makes it', () => {
  it(
    'matches ko byte for byte for a single-platform image, and attaches it the same way',
    async () => {
      const digest = await koBuild('linux/amd64');
      const manifestRaw = await craneText(['manifest', `${registry.host}/ko@${digest}`]);
      const manifest = JSON.parse(manifestRaw) as Manifest;
      const config = JSON.parse(await craneText(['config', `${registry.host}/ko@${digest}`])) as {
        created: string;
      };
      const ko = await koSbom(digest);

      const goVersionM = await ourBuildInfo({ os: 'linux', architecture: 'amd64' });
      const info = parseGoVersionM(goVersionM);
      expect(goVersionM.split('\n')[0]).toBe(`/ko-app/hello: ${info.goVersion}`);
      expect(info.goVersion).toBe(await exec('go', ['env', 'GOVERSION'], goTestEnv(home)));
      expect(info.main.path).toBe('example.com/koapp');

      const ours = spdxFromBuildInfo(goVersionM, {
        imageDigest: digest,
        manifestMediaType: manifest.mediaType!,
        annotations: manifest.annotations ?? {},
        created: config.created,
        koVersion: creatorVersion(ko.bytes),
      });
      expect(Buffer.from(ours).toString('utf8')).toBe(ko.bytes.toString('utf8'));

      const doc = JSON.parse(Buffer.from(ours).toString('utf8')) as {
        packages: { name: string }[];
        relationships: { relationshipType: string }[];
      };
      // image, base image, main module (the fixture has no dependencies).
      expect(doc.packages.map((p) => p.name)).toEqual([
        digest,
        `${base.ref.slice(0, base.ref.lastIndexOf(':'))}@${manifest.annotations!['org.opencontainers.image.base.digest']}`,
        'example.com/koapp',
      ]);
      expect(doc.relationships.map((r) => r.relationshipType)).toEqual([
        'DESCRIBES',
        'DESCENDANT_OF',
        'CONTAINS',
      ]);
      // ko's SPDX does not record the Go version (massageGoVersionM drops that line).
      expect(Buffer.from(ours).toString('utf8')).not.toContain(info.goVersion);

      expect(sbomArtifact(ko.bytes).digest).toBe(ko.manifestDigest);
      // The pinned ko reports its module version, which is our default.
      expect(creatorVersion(ko.bytes)).toBe(DEFAULT_KO_VERSION);
    },
    buildTimeout(2),
  ); // ko's build and ours

  it(
    'matches ko for an index and each platform image',
    async () => {
      const digest = await koBuild('linux/amd64,linux/arm64');
      const index = JSON.parse(
        await craneText(['manifest', `${registry.host}/ko@${digest}`]),
      ) as IndexManifest;
      expect(index.manifests).toHaveLength(2);
      const first = index.manifests[0]!;
      const created = (
        JSON.parse(await craneText(['config', `${registry.host}/ko@${first.digest}`])) as {
          created: string;
        }
      ).created;
      const ko = await koSbom(digest);
      const ours = spdxForIndex({
        indexDigest: digest,
        indexMediaType: index.mediaType!,
        annotations: index.annotations ?? {},
        created,
        children: index.manifests.map((m) => ({
          mediaType: m.mediaType,
          digest: m.digest,
          platform: m.platform!,
        })),
        koVersion: creatorVersion(ko.bytes),
      });
      expect(Buffer.from(ours).toString('utf8')).toBe(ko.bytes.toString('utf8'));
      expect(sbomArtifact(ko.bytes).digest).toBe(ko.manifestDigest);

      // Every platform image has its own SBOM, made from that platform's binary.
      for (const entry of index.manifests) {
        const m = JSON.parse(
          await craneText(['manifest', `${registry.host}/ko@${entry.digest}`]),
        ) as Manifest;
        const koImage = await koSbom(entry.digest);
        const mine = spdxFromBuildInfo(await ourBuildInfo(entry.platform!), {
          imageDigest: entry.digest,
          manifestMediaType: m.mediaType!,
          annotations: m.annotations ?? {},
          created,
          koVersion: creatorVersion(koImage.bytes),
        });
        expect(Buffer.from(mine).toString('utf8')).toBe(koImage.bytes.toString('utf8'));
      }
    },
    buildTimeout(4),
  ); // ko's two platforms and ours
});
