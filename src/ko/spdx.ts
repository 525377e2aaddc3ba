// ko's SPDX 2.3 documents (internal/sbom/spdx.go): one per image (image → main module → deps,
// plus the base image) and one per index (index → each platform image). Bytes are Go's
// json.Encoder with two-space indent: struct field order, omitempty, HTML-safe escaping, and a
// trailing newline.
import { KoActionError } from '../util/errors.js';
import { digestHex, isDigest, type Digest } from '../oci/digest.js';
import { compareGoStrings, decodeGoBase64, goJsonBytes, goQuote } from '../oci/go-json.js';
import { normaliseGoTime } from '../oci/go-time.js';
import { ANNOTATION_BASE_DIGEST, ANNOTATION_BASE_NAME } from '../oci/manifest.js';
import { formatPlatform } from '../oci/platform.js';
import type { Platform } from '../oci/types.js';
import { parseReference } from '../registry/reference.js';
import { parseGoVersionM, type GoModule } from '../go/build-info.js';

/** What ko reports as its version (`Tool: ko <version>`) when none is given. */
export const DEFAULT_KO_VERSION = 'v0.19.1';
const NOASSERTION = 'NOASSERTION';

type Json = string | boolean | readonly Json[] | { readonly [k: string]: Json | undefined };

/** json.MarshalIndent(v, "", "  "); undefined members are left out (omitempty). */
function encodeIndented(v: Json, indent = ''): string {
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    const items = v as readonly Json[];
    if (items.length === 0) return '[]';
    return `[\n${items.map((e) => inner + encodeIndented(e, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(v).filter((e): e is [string, Json] => e[1] !== undefined);
  if (entries.length === 0) return '{}';
  const body = entries.map(([k, e]) => `${inner}${goQuote(k)}: ${encodeIndented(e, inner)}`);
  return `{\n${body.join(',\n')}\n${indent}}`;
}

/** Go's url.QueryEscape: unreserved bytes kept, space as +, the rest %XX. */
function queryEscape(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/** ko's ociRef: a purl whose qualifiers are url.Values.Encode()d (sorted by key). */
function ociPurl(kind: string, digest: Digest, quals: readonly [string, string][]): string {
  const purl = `pkg:oci/${kind}@${digest}`;
  if (quals.length === 0) return purl;
  const keys = [...new Set(quals.map(([k]) => k))].sort(compareGoStrings);
  const parts = keys.flatMap((k) =>
    quals.filter(([q]) => q === k).map(([, v]) => `${queryEscape(k)}=${queryEscape(v)}`),
  );
  return `${purl}?${parts.join('&')}`;
}

/** Package fields in the struct order of ko's Package type; omitempty ones may be undefined. */
interface PackageFields {
  readonly id: string;
  readonly name: string;
  readonly version?: string | undefined;
  readonly downloadLocation: string;
  readonly primaryPurpose?: string;
  readonly checksum?: string | undefined;
  readonly purl: string;
}

function spdxPackage(p: PackageFields): Json {
  return {
    SPDXID: p.id,
    name: p.name,
    versionInfo: p.version || undefined,
    filesAnalyzed: false,
    licenseDeclared: NOASSERTION,
    licenseConcluded: NOASSERTION,
    downloadLocation: p.downloadLocation,
    copyrightText: NOASSERTION,
    primaryPackagePurpose: p.primaryPurpose,
    checksums:
      p.checksum === undefined ? undefined : [{ algorithm: 'SHA256', checksumValue: p.checksum }],
    externalRefs: [
      { referenceCategory: 'PACKAGE-MANAGER', referenceLocator: p.purl, referenceType: 'purl' },
    ],
  };
}

const relationship = (element: string, type: string, related: string): Json => ({
  spdxElementId: element,
  relationshipType: type,
  relatedSpdxElement: related,
});

const ociPackageId = (d: Digest): string => `SPDXRef-Package-sha256-${digestHex(d)}`;
const modulePackageId = (m: GoModule): string =>
  `SPDXRef-Package-${m.path.replaceAll('/', '.')}-${m.version}`;

/** purl-spec golang: the first two path elements lowercased. */
function goPurl(m: GoModule): string {
  const parts = m.path.split('/');
  const path =
    parts.length > 2
      ? [parts[0]!.toLowerCase(), parts[1]!.toLowerCase(), ...parts.slice(2)].join('/')
      : m.path;
  return `pkg:golang/${path}@${m.version}?type=module`;
}

/** ko's h1ToSHA256: the hex of an `h1:` go.sum hash, else "". */
function h1ToSha256(sum: string): string {
  if (!sum.startsWith('h1:')) return '';
  try {
    return Buffer.from(decodeGoBase64(sum.slice(3))).toString('hex');
  } catch {
    return '';
  }
}

/** Go's `2006-01-02T15:04:05Z` layout: the config time's wall clock, fraction and zone dropped. */
function spdxDate(created: string): string {
  return `${normaliseGoTime(created).slice(0, 19)}Z`;
}

interface Graph {
  packages: Json[];
  relationships: Json[];
}

function document(digest: Digest, created: string, koVersion: string, g: Graph): Uint8Array {
  const doc: Json = {
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `sbom-${digest}`,
    spdxVersion: 'SPDX-2.3',
    creationInfo: { created: spdxDate(created), creators: [`Tool: ko ${koVersion}`] },
    dataLicense: 'CC0-1.0',
    documentNamespace: `http://spdx.org/spdxdocs/ko/${digest}`,
    documentDescribes: [ociPackageId(digest)],
    packages: g.packages.length ? g.packages : undefined,
    relationships: g.relationships.length ? g.relationships : undefined,
  };
  return goJsonBytes(`${encodeIndented(doc)}\n`);
}

/** ko's addBaseImage: the base named by the base.name/base.digest annotations, if both exist. */
function addBaseImage(g: Graph, annotations: Readonly<Record<string, string>>, of: Digest): void {
  const name = annotations[ANNOTATION_BASE_NAME];
  const raw = annotations[ANNOTATION_BASE_DIGEST];
  if (name === undefined || raw === undefined) return;
  const ref = parseReference(name);
  if (!isDigest(raw)) {
    throw new KoActionError('REGISTRY', `base image digest ${JSON.stringify(raw)} is not sha256`, {
      hint: 'the base.digest annotation must be sha256:<64 hex>',
    });
  }
  const repo = ref.context();
  g.relationships.push(relationship(ociPackageId(of), 'DESCENDANT_OF', ociPackageId(raw)));
  // A reference with a digest is a ggcr name.Digest: no tag qualifier.
  const quals: [string, string][] = [['repository_url', repo.name]];
  if (ref.digest === undefined && ref.tag !== undefined) quals.push(['tag', ref.tag]);
  g.packages.push(
    spdxPackage({
      id: ociPackageId(raw),
      name: `${repo.name}@${raw}`,
      version: ref.original,
      downloadLocation: NOASSERTION,
      checksum: digestHex(raw),
      purl: ociPurl('image', raw, quals),
    }),
  );
}

export interface ImageSpdxOptions {
  /** Digest of the built image manifest. */
  readonly imageDigest: Digest;
  readonly manifestMediaType: string;
  /** Manifest annotations (base.name / base.digest add the base image). */
  readonly annotations?: Readonly<Record<string, string>>;
  /** The image config's `created`. */
  readonly created: string;
  readonly koVersion?: string;
}

/** ko's GenerateImageSPDX from `go version -m` output. */
export function spdxFromBuildInfo(goVersionM: string, opts: ImageSpdxOptions): Uint8Array {
  const bi = parseGoVersionM(goVersionM);
  const image = ociPackageId(opts.imageDigest);
  const g: Graph = {
    packages: [
      spdxPackage({
        id: image,
        name: opts.imageDigest,
        downloadLocation: NOASSERTION,
        primaryPurpose: 'CONTAINER',
        purl: ociPurl('image', opts.imageDigest, [['mediaType', opts.manifestMediaType]]),
      }),
    ],
    relationships: [relationship('SPDXRef-DOCUMENT', 'DESCRIBES', image)],
  };
  addBaseImage(g, opts.annotations ?? {}, opts.imageDigest);
  const main = modulePackageId(bi.main);
  g.relationships.push(relationship(image, 'CONTAINS', main));
  g.packages.push(
    spdxPackage({
      id: main,
      name: bi.main.path,
      downloadLocation: `https://${bi.main.path}`,
      purl: goPurl(bi.main),
    }),
  );
  for (const dep of bi.deps) {
    const id = modulePackageId(dep);
    g.relationships.push(relationship(main, 'DEPENDS_ON', id));
    g.packages.push(
      spdxPackage({
        id,
        name: dep.path,
        version: dep.version,
        downloadLocation: `https://proxy.golang.org/${dep.path}/@v/${dep.version}.zip`,
        checksum: dep.sum ? h1ToSha256(dep.sum) : undefined,
        purl: goPurl(dep),
      }),
    );
  }
  return document(opts.imageDigest, opts.created, opts.koVersion ?? DEFAULT_KO_VERSION, g);
}

export interface IndexSpdxChild {
  readonly mediaType: string;
  readonly digest: Digest;
  readonly platform: Platform;
}

export interface IndexSpdxOptions {
  readonly indexDigest: Digest;
  readonly indexMediaType: string;
  readonly annotations?: Readonly<Record<string, string>>;
  /** `created` of the first image's config (ko's extractDate). */
  readonly created: string;
  /** Index entries in order. */
  readonly children: readonly IndexSpdxChild[];
  readonly koVersion?: string;
}

/** ko's GenerateIndexSPDX: the index and a VARIANT_OF package per platform image. */
export function spdxForIndex(opts: IndexSpdxOptions): Uint8Array {
  const index = ociPackageId(opts.indexDigest);
  const g: Graph = {
    packages: [
      spdxPackage({
        id: index,
        name: opts.indexDigest,
        downloadLocation: NOASSERTION,
        primaryPurpose: 'CONTAINER',
        checksum: digestHex(opts.indexDigest),
        purl: ociPurl('index', opts.indexDigest, [['mediaType', opts.indexMediaType]]),
      }),
    ],
    relationships: [],
  };
  addBaseImage(g, opts.annotations ?? {}, opts.indexDigest);
  for (const c of opts.children) {
    const p = c.platform;
    const quals: [string, string][] = [
      ['mediaType', c.mediaType],
      ['arch', p.architecture],
      ['os', p.os],
    ];
    if (p.variant) quals.push(['variant', p.variant]);
    if (p['os.version']) quals.push(['os-version', p['os.version']]);
    for (const f of p['os.features'] ?? []) quals.push(['os-feature', f]);
    g.relationships.push(relationship(index, 'VARIANT_OF', ociPackageId(c.digest)));
    g.packages.push(
      spdxPackage({
        id: ociPackageId(c.digest),
        name: c.digest,
        version: formatPlatform(p),
        downloadLocation: NOASSERTION,
        primaryPurpose: 'CONTAINER',
        checksum: digestHex(c.digest),
        purl: ociPurl('image', c.digest, quals),
      }),
    );
  }
  return document(opts.indexDigest, opts.created, opts.koVersion ?? DEFAULT_KO_VERSION, g);
}
