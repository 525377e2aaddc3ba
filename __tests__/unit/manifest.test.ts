import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { fixturesDir } from '../support/tools.js';
import { readFileSync } from 'node:fs';
import { KoActionError } from '../../src/util/errors.js';
import { sha256, type Digest } from '../../src/oci/digest.js';
import {
  ANNOTATION_BASE_DIGEST,
  ANNOTATION_BASE_NAME,
  buildImageManifest,
  buildIndex,
  buildKoIndex,
  childDescriptor,
  emptyIndex,
  koBaseIndexDigest,
  layerMediaTypeFor,
  parseIndexManifest,
  parseManifest,
  type Encoded,
} from '../../src/oci/manifest.js';
import { MediaType } from '../../src/oci/media-types.js';
import { parsePlatformSpec, platformMatches } from '../../src/oci/platform.js';
import type { Descriptor, Manifest } from '../../src/oci/types.js';

interface Golden {
  json: { empty_index: { bytes: string; digest: string } };
  config_example: {
    output_no_epochs: { bytes: string; size: number; digest: string };
    expected_manifest_shape: Manifest;
    expected_index_descriptor_shape: Descriptor;
  };
}
const golden = JSON.parse(readFileSync(join(fixturesDir, 'golden.json'), 'utf8')) as Golden;

interface Child {
  baseManifest: string;
  baseDigest: Digest;
  koConfig: string;
  koManifest: string;
}
interface KoBuild extends Partial<Child> {
  baseName: string;
  annotations?: Record<string, string>;
  platforms?: string[];
  indexMediaType?: string;
  baseIndex?: string;
  baseIndexDigest?: Digest;
  koIndex?: string;
  children?: Child[];
}
/** Real ko v0.19.1 outputs; see `_about` in the fixture for how they were recorded. */
const ko = JSON.parse(readFileSync(join(fixturesDir, 'ko-outputs.json'), 'utf8')) as {
  builds: Record<string, KoBuild>;
};

const dec = new TextDecoder();
const enc = new TextEncoder();
const d = (c: string): Digest => `sha256:${c.repeat(64)}`;

/** Our manifest for one ko build, fed ko's config bytes and its two appended layers. */
function ourManifest(c: Child, b: KoBuild, baseDigest: Digest): Encoded<Manifest> {
  const koManifest = JSON.parse(c.koManifest) as Manifest;
  return buildImageManifest({
    base: parseManifest(c.baseManifest),
    config: enc.encode(c.koConfig),
    layers: koManifest.layers.slice(-2),
    ...(b.annotations ? { annotations: b.annotations } : {}),
    baseDigest,
    baseName: b.baseName,
  });
}

describe('parity with real ko v0.19.1 manifests and indexes', () => {
  it.each(['single-oci', 'single-docker', 'single-win'])('%s manifest', (name) => {
    const b = ko.builds[name]!;
    const c = b as Child;
    const m = ourManifest(c, b, c.baseDigest);
    expect(dec.decode(m.bytes)).toBe(c.koManifest);
    expect(m.digest).toBe(sha256(c.koManifest));
    expect(m.size).toBe(enc.encode(c.koManifest).length);
  });

  it('single platform picked from an index: base.digest is the platform manifest', () => {
    const b = ko.builds['idx-one']!;
    const index = parseIndexManifest(b.baseIndex ?? ko.builds['idx-all']!.baseIndex!);
    const matches = index.manifests.filter((e) =>
      platformMatches(parsePlatformSpec(b.platforms!), e.platform),
    );
    expect(matches).toHaveLength(1);
    const c = b as Child;
    expect(matches[0]!.digest).toBe(c.baseDigest);
    expect(dec.decode(ourManifest(c, b, matches[0]!.digest).bytes)).toBe(c.koManifest);
  });

  it.each(['idx-all', 'dlist'])('%s index, children in base order', (name) => {
    const b = ko.builds[name]!;
    const base = parseIndexManifest(b.baseIndex!);
    const matches = base.manifests.filter((e) =>
      platformMatches(parsePlatformSpec(b.platforms!), e.platform),
    );
    expect(matches.map((m) => m.digest)).toEqual(b.children!.map((c) => c.baseDigest));
    const children = matches.map((entry, i) => {
      const image = ourManifest(b.children![i]!, b, entry.digest);
      expect(dec.decode(image.bytes)).toBe(b.children![i]!.koManifest);
      return { baseEntry: entry, image };
    });
    const baseDigest = koBaseIndexDigest({
      index: base,
      mediaType: b.indexMediaType!,
      digest: b.baseIndexDigest!,
      baseName: b.baseName,
      ...(b.annotations ? { annotations: b.annotations } : {}),
    });
    const index = buildKoIndex({
      mediaType: b.indexMediaType!,
      children,
      ...(b.annotations ? { annotations: b.annotations } : {}),
      baseDigest,
      baseName: b.baseName,
    });
    expect(dec.decode(index.bytes)).toBe(b.koIndex);
  });

  it('records a re-encoded digest for OCI base indexes but the real one for Docker lists', () => {
    // ko annotates an OCI base index before taking its digest (gobuild.go Build → buildAll).
    const oci = ko.builds['idx-all']!;
    const ociAnn = (JSON.parse(oci.koIndex!) as Manifest).annotations!;
    expect(ociAnn[ANNOTATION_BASE_DIGEST]).not.toBe(oci.baseIndexDigest);
    const docker = ko.builds.dlist!;
    const dockerAnn = (JSON.parse(docker.koIndex!) as Manifest).annotations!;
    expect(dockerAnn[ANNOTATION_BASE_DIGEST]).toBe(docker.baseIndexDigest);
  });
});

describe('golden config_example shapes', () => {
  const ex = golden.config_example;
  const baseManifest = parseManifest(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      config: { mediaType: MediaType.OciConfig, size: 322, digest: d('e') },
      layers: [{ mediaType: MediaType.OciLayer, size: 100, digest: d('a') }],
      subject: { mediaType: MediaType.OciManifest, size: 1, digest: d('5') },
      unknown: true,
    }),
  );
  const layerType = layerMediaTypeFor(baseManifest.mediaType);
  const built = buildImageManifest({
    base: baseManifest,
    config: enc.encode(ex.output_no_epochs.bytes),
    layers: [
      { mediaType: layerType, size: 10, digest: d('1') },
      { mediaType: layerType, size: 20, digest: d('2') },
    ],
    baseDigest: d('b'),
    baseName: 'cgr.dev/chainguard/static:latest',
  });

  it('matches expected_manifest_shape (order, config, layer types, annotations)', () => {
    const shape = ex.expected_manifest_shape;
    const ours = JSON.parse(dec.decode(built.bytes)) as Manifest;
    expect(Object.keys(ours)).toEqual(Object.keys(shape));
    expect(ours.config).toEqual(shape.config);
    expect(ours.layers.map((l) => l.mediaType)).toEqual([
      MediaType.OciLayer,
      shape.layers[1]!.mediaType,
      shape.layers[2]!.mediaType,
    ]);
    expect(Object.keys(ours.annotations!)).toEqual(Object.keys(shape.annotations!));
    expect(ours.annotations![ANNOTATION_BASE_NAME]).toBe(shape.annotations![ANNOTATION_BASE_NAME]);
    expect(ours.annotations![ANNOTATION_BASE_DIGEST]).toBe(d('b'));
    expect(dec.decode(built.bytes)).toBe(
      `{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","size":854,"digest":"${ex.output_no_epochs.digest}"},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","size":100,"digest":"${d('a')}"},{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","size":10,"digest":"${d('1')}"},{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","size":20,"digest":"${d('2')}"}],"annotations":{"org.opencontainers.image.base.digest":"${d('b')}","org.opencontainers.image.base.name":"cgr.dev/chainguard/static:latest"}}`,
    );
  });

  it('matches expected_index_descriptor_shape', () => {
    const shape = ex.expected_index_descriptor_shape;
    const desc = childDescriptor(
      { mediaType: MediaType.OciManifest, size: 1, digest: d('c'), platform: shape.platform! },
      built,
    );
    expect(Object.keys(desc)).toEqual(Object.keys(shape));
    expect(desc).toEqual({
      mediaType: MediaType.OciManifest,
      size: built.size,
      digest: built.digest,
      platform: shape.platform,
      artifactType: shape.artifactType,
    });
  });
});

describe('manifest rules', () => {
  const base = (extra: object): Manifest =>
    parseManifest(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.DockerManifest,
        config: { mediaType: MediaType.DockerConfig, size: 2, digest: d('e') },
        layers: [],
        ...extra,
      }),
    );
  const build = (m: Manifest, annotations?: Record<string, string>): Encoded<Manifest> =>
    buildImageManifest({
      base: m,
      config: enc.encode('{}'),
      layers: [],
      ...(annotations ? { annotations } : {}),
      baseDigest: d('b'),
      baseName: 'index.docker.io/library/alpine:latest',
    });

  it('picks the layer media type from the base manifest type', () => {
    expect(layerMediaTypeFor(MediaType.OciManifest)).toBe(MediaType.OciLayer);
    expect(layerMediaTypeFor(MediaType.DockerManifest)).toBe(MediaType.DockerLayer);
    expect(() => layerMediaTypeFor(MediaType.OciIndex)).toThrow(KoActionError);
  });

  it('overlays base, user, then base.* annotations (Docker manifests too)', () => {
    const m = build(base({ annotations: { a: 'base', [ANNOTATION_BASE_NAME]: 'old' } }), {
      a: 'user',
      [ANNOTATION_BASE_DIGEST]: 'user',
    });
    expect(m.value.annotations).toEqual({
      a: 'user',
      [ANNOTATION_BASE_DIGEST]: d('b'),
      [ANNOTATION_BASE_NAME]: 'index.docker.io/library/alpine:latest',
    });
  });

  it('refreshes config.data when the base had it, even empty (Go: non-nil []byte)', () => {
    const withEmpty = build(
      base({ config: { mediaType: MediaType.DockerConfig, size: 2, digest: d('e'), data: '' } }),
    );
    expect(withEmpty.value.config.data).toBe(Buffer.from('{}').toString('base64'));
    expect(build(base({})).value.config.data).toBeUndefined();
  });

  it('writes no base annotations for a base without a reference (scratch)', () => {
    const m = buildImageManifest({ base: base({}), config: enc.encode('{}'), layers: [] });
    expect(dec.decode(m.bytes)).not.toContain('annotations');
    const idx = buildKoIndex({ mediaType: MediaType.OciIndex, children: [] });
    expect(dec.decode(idx.bytes)).toBe(golden.json.empty_index.bytes);
  });

  it('refuses a base whose config is not an image config', () => {
    const m = base({ config: { mediaType: 'application/vnd.example', size: 2, digest: d('e') } });
    expect(() => build(m)).toThrow('is not an image config');
  });

  it('reports malformed manifests as REGISTRY errors', () => {
    expect(() => parseManifest('{"config":{"digest":"sha256:zz"}}', 'r')).toThrow(
      'cannot parse the image manifest: found non-hex character in hash: z',
    );
    expect(() => parseIndexManifest('[', 'r')).toThrow('cannot parse the image index');
  });
});

describe('indexes', () => {
  it('starts from ggcr empty.Index', () => {
    const idx = buildIndex({ manifests: [] });
    expect(dec.decode(idx.bytes)).toBe(golden.json.empty_index.bytes);
    expect(idx.digest).toBe(golden.json.empty_index.digest);
    expect(emptyIndex()).toEqual(JSON.parse(golden.json.empty_index.bytes));
  });

  it('merges arbitrary children in the order given, with sorted annotations', () => {
    const a: Descriptor = {
      mediaType: MediaType.DockerManifest,
      size: 5,
      digest: d('2'),
      platform: { architecture: 'arm64', os: 'linux' },
    };
    const b: Descriptor = { mediaType: MediaType.OciManifest, size: 7, digest: d('1') };
    const idx = buildIndex({
      mediaType: MediaType.DockerManifestList,
      manifests: [a, b],
      annotations: { z: '1', a: '<' },
    });
    expect(dec.decode(idx.bytes)).toBe(
      `{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.list.v2+json","manifests":[{"mediaType":"application/vnd.docker.distribution.manifest.v2+json","size":5,"digest":"${d('2')}","platform":{"architecture":"arm64","os":"linux"}},{"mediaType":"application/vnd.oci.image.manifest.v1+json","size":7,"digest":"${d('1')}"}],"annotations":{"a":"\\u003c","z":"1"}}`,
    );
  });
});
