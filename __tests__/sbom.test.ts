// ko's SBOMs side by side with ours: the real ko (v0.19.1) builds the fixture app with
// --sbom=spdx into a test registry; we read its image, index and attached SBOMs with crane, make
// our SPDX documents from the same inputs (our own `go version -m` of our own build), and expect
// the very same bytes, and the same attachment manifests (digests).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseGoVersionM } from '../src/go/build-info.js';
import { readBuildInfo } from '../src/go/version-m.js';
import {
  DEFAULT_KO_VERSION,
  sbomArtifact,
  sbomTag,
  spdxForIndex,
  spdxFromBuildInfo,
} from '../src/ko/sbom.js';
import type { Digest } from '../src/oci/digest.js';
import { MediaType } from '../src/oci/media-types.js';
import type { IndexManifest, Manifest, Platform } from '../src/oci/types.js';
import { fixtureApp, goTestEnv } from './support/action.js';
import { pushBaseImage, type PushedBaseImage } from './support/base-image.js';
import { crane } from './support/crane.js';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { toolPath } from './support/tools.js';

const EPOCH = '1700000000';

let registry: TestRegistry;
let base: PushedBaseImage;
let home: string;

beforeAll(async () => {
  registry = await startRegistry('anonymous');
  base = await pushBaseImage(registry);
  home = await mkdtemp(join(tmpdir(), 'ko-action-sbom-'));
}, 120_000);

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
  it('matches ko byte for byte for a single-platform image, and attaches it the same way', async () => {
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
  }, 180_000);

  it('matches ko for an index and each platform image', async () => {
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
  }, 240_000);
});

describe('spdxFromBuildInfo', () => {
  const imageDigest: Digest = `sha256:${'ab'.repeat(32)}`;
  const sum = Buffer.alloc(32, 7).toString('base64');
  const goVersionM = [
    '/ko-app/app: go1.26.8',
    '\tpath\tgithub.com/Owner/Repo/cmd/app',
    '\tmod\tgithub.com/Owner/Repo\tv1.2.3\t',
    `\tdep\tgithub.com/Some/Dep\tv0.1.0\th1:${sum}`,
    '\tdep\texample.com/old\tv1.0.0',
    `\t=>\texample.com/new\tv1.1.0\th1:${sum}`,
    '\tdep\texample.com/nosum\tv2.0.0\tnot-h1',
    '\tbuild\t-trimpath=true',
    '',
  ].join('\n');
  const opts = {
    imageDigest,
    manifestMediaType: MediaType.DockerManifest,
    annotations: {
      'org.opencontainers.image.base.name': 'index.docker.io/library/alpine:3.20',
      'org.opencontainers.image.base.digest': `sha256:${'cd'.repeat(32)}`,
    },
    created: '2024-05-06T07:08:09.123+02:00',
  };
  const text = Buffer.from(spdxFromBuildInfo(goVersionM, opts)).toString('utf8');
  const doc = JSON.parse(text) as {
    creationInfo: { created: string; creators: string[] };
    packages: {
      SPDXID: string;
      name: string;
      versionInfo?: string;
      downloadLocation: string;
      checksums?: { algorithm: string; checksumValue: string }[];
      externalRefs: { referenceLocator: string }[];
    }[];
    relationships: {
      spdxElementId: string;
      relationshipType: string;
      relatedSpdxElement: string;
    }[];
  };

  it('writes Go json.Encoder output: 2-space indent, HTML-safe escapes, trailing newline', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "SPDXID": "SPDXRef-DOCUMENT",');
    // url.Values.Encode joins qualifiers with &, which Go writes as \u0026.
    expect(text).toContain(
      '"referenceLocator": "pkg:oci/image@sha256:' +
        'cd'.repeat(32) +
        '?repository_url=index.docker.io%2Flibrary%2Falpine\\u0026tag=3.20"',
    );
    expect(doc.creationInfo).toEqual({
      created: '2024-05-06T07:08:09Z',
      creators: ['Tool: ko v0.19.1'],
    });
  });

  it('lists the image, base, main module and every dependency as ko does', () => {
    expect(doc.packages.map((p) => [p.SPDXID, p.name, p.versionInfo])).toEqual([
      [`SPDXRef-Package-sha256-${'ab'.repeat(32)}`, imageDigest, undefined],
      [
        `SPDXRef-Package-sha256-${'cd'.repeat(32)}`,
        `index.docker.io/library/alpine@sha256:${'cd'.repeat(32)}`,
        'index.docker.io/library/alpine:3.20',
      ],
      ['SPDXRef-Package-github.com.Owner.Repo-v1.2.3', 'github.com/Owner/Repo', undefined],
      ['SPDXRef-Package-github.com.Some.Dep-v0.1.0', 'github.com/Some/Dep', 'v0.1.0'],
      ['SPDXRef-Package-example.com.old-v1.0.0', 'example.com/old', 'v1.0.0'],
      ['SPDXRef-Package-example.com.nosum-v2.0.0', 'example.com/nosum', 'v2.0.0'],
    ]);
    expect(doc.packages.map((p) => p.externalRefs[0]!.referenceLocator)).toEqual([
      `pkg:oci/image@${imageDigest}?mediaType=application%2Fvnd.docker.distribution.manifest.v2%2Bjson`,
      `pkg:oci/image@sha256:${'cd'.repeat(32)}?repository_url=index.docker.io%2Flibrary%2Falpine&tag=3.20`,
      'pkg:golang/github.com/owner/Repo@v1.2.3?type=module',
      'pkg:golang/github.com/some/Dep@v0.1.0?type=module',
      'pkg:golang/example.com/old@v1.0.0?type=module',
      'pkg:golang/example.com/nosum@v2.0.0?type=module',
    ]);
    expect(doc.packages.map((p) => p.checksums)).toEqual([
      undefined,
      [{ algorithm: 'SHA256', checksumValue: 'cd'.repeat(32) }],
      undefined,
      [{ algorithm: 'SHA256', checksumValue: '07'.repeat(32) }],
      // A replaced module keeps its own (empty) sum; ko then writes no checksum.
      undefined,
      // A sum that is not h1: is recorded with an empty value, as ko does.
      [{ algorithm: 'SHA256', checksumValue: '' }],
    ]);
    expect(doc.packages[3]!.downloadLocation).toBe(
      'https://proxy.golang.org/github.com/Some/Dep/@v/v0.1.0.zip',
    );
    expect(doc.relationships.map((r) => r.relationshipType)).toEqual([
      'DESCRIBES',
      'DESCENDANT_OF',
      'CONTAINS',
      'DEPENDS_ON',
      'DEPENDS_ON',
      'DEPENDS_ON',
    ]);
  });

  it('refuses malformed build info with the line number', () => {
    expect(() => spdxFromBuildInfo('x: go1\n\tmod\tonly-one-column\n', opts)).toThrow(
      'could not parse Go build info: line 1: expected 2 or 3 columns; got 1',
    );
  });

  it('names the SBOM tag after the digest', () => {
    expect(sbomTag(imageDigest)).toBe(`sha256-${'ab'.repeat(32)}.sbom`);
  });
});
