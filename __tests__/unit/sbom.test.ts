// The SPDX SBOM made from `go version -m` build info, as ko writes it (integration/sbom.ko.test.ts
// compares whole documents with ko's own, byte for byte).
import { describe, expect, it } from '@jest/globals';
import { sbomTag } from '../../src/ko/sbom.js';
import { spdxFromBuildInfo } from '../../src/ko/spdx.js';
import type { Digest } from '../../src/oci/digest.js';
import { MediaType } from '../../src/oci/media-types.js';

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
