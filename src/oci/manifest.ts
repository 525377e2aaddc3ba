// Image manifests and indexes as ko produces them through ggcr's mutate package (docs/spec/ko-compat.md#5-manifest-and-index): the
// base manifest re-encoded with the new config and layers appended, base annotations added, and
// multi-platform indexes built from ggcr's empty index in base order.
import { Buffer } from 'node:buffer';
import { KoActionError } from '../util/errors.js';
import { sha256, type Digest } from './digest.js';
import { GoDecodeError, decodeGo } from './go-decode.js';
import { encodeIndexManifest, encodeManifest, goJsonBytes } from './go-json.js';
import { IndexManifestType, ManifestType } from './go-schema.js';
import { MediaType } from './media-types.js';
import type { Descriptor, IndexManifest, Manifest } from './types.js';

export const ANNOTATION_BASE_DIGEST = 'org.opencontainers.image.base.digest';
export const ANNOTATION_BASE_NAME = 'org.opencontainers.image.base.name';

export interface Encoded<T> {
  readonly value: T;
  /** The exact bytes pushed and hashed. */
  readonly bytes: Uint8Array;
  readonly digest: Digest;
  readonly size: number;
}

function encoded<T>(value: T, json: string): Encoded<T> {
  const bytes = goJsonBytes(json);
  return { value, bytes, digest: sha256(bytes), size: bytes.length };
}

function parse<T>(
  raw: Uint8Array | string,
  type: typeof ManifestType,
  what: string,
  where?: string,
): T {
  try {
    return decodeGo(raw, type) as T;
  } catch (e) {
    if (!(e instanceof GoDecodeError)) throw e;
    throw new KoActionError('REGISTRY', `cannot parse the ${what}: ${e.message}`, {
      ...(where ? { where } : {}),
      cause: e,
    });
  }
}

/** v1.ParseManifest: unknown fields dropped. A missing `layers` reads as an empty list. */
export function parseManifest(raw: Uint8Array | string, where?: string): Manifest {
  const m = parse<Manifest>(raw, ManifestType, 'image manifest', where);
  return { ...m, layers: m.layers ?? [] };
}

/** v1.ParseIndexManifest: unknown fields dropped. A missing `manifests` reads as an empty list. */
export function parseIndexManifest(raw: Uint8Array | string, where?: string): IndexManifest {
  const m = parse<IndexManifest>(raw, IndexManifestType, 'image index', where);
  return { ...m, manifests: m.manifests ?? [] };
}

/** docs/spec/ko-compat.md#33-media-types-follow-the-base: new layers follow the base manifest's type, so no image mixes layer types. */
export function layerMediaTypeFor(manifestMediaType: string | undefined): string {
  if (manifestMediaType === MediaType.OciManifest) return MediaType.OciLayer;
  if (manifestMediaType === MediaType.DockerManifest) return MediaType.DockerLayer;
  throw new KoActionError(
    'REGISTRY',
    `base image media type ${JSON.stringify(manifestMediaType ?? '')} is not an image manifest`,
    {
      hint: 'use a base image that is an OCI or Docker v2 image or index',
    },
  );
}

const isImageConfig = (mt: string): boolean =>
  mt === MediaType.OciConfig || mt === MediaType.DockerConfig;

const nonEmpty = <T>(v: T[] | Record<string, string> | undefined): boolean =>
  v !== undefined && Object.keys(v).length > 0;

/** Annotations on a fresh null-prototype map, later sources winning. */
function mergeAnnotations(
  ...sources: (Readonly<Record<string, string>> | undefined)[]
): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  for (const s of sources) for (const [k, v] of Object.entries(s ?? {})) out[k] = v;
  return out;
}

export interface ImageManifestOptions {
  /** The parsed base manifest (see parseManifest). */
  readonly base: Manifest;
  /** The new config's exact bytes. */
  readonly config: Uint8Array;
  /** Descriptors of the appended layers (kodata, binary, delve), in order. */
  readonly layers: readonly Descriptor[];
  /** --image-annotation pairs. */
  readonly annotations?: Readonly<Record<string, string>>;
  /** Digest of the base image manifest (the platform manifest when the base is an index). */
  readonly baseDigest?: Digest;
  /** Fully qualified base reference name (`index.docker.io/library/alpine:latest`). */
  readonly baseName?: string;
}

/** The base.digest / base.name annotations; a base without a reference (scratch) gets none. */
function baseAnnotations(
  digest: Digest | undefined,
  name: string | undefined,
): Record<string, string> {
  return {
    ...(digest !== undefined ? { [ANNOTATION_BASE_DIGEST]: digest } : {}),
    ...(name !== undefined ? { [ANNOTATION_BASE_NAME]: name } : {}),
  };
}

/** ko's image manifest: base manifest + new config + appended layers + annotations (docs/spec/ko-compat.md#51-image-manifest-json-ggcr-v1manifest-field-order--must). */
export function buildImageManifest(opts: ImageManifestOptions): Encoded<Manifest> {
  const { base } = opts;
  if (!isImageConfig(base.config.mediaType)) {
    throw new KoActionError(
      'REGISTRY',
      `base image config media type ${JSON.stringify(base.config.mediaType)} is not an image config`,
      {
        hint: 'use a base image whose config is application/vnd.oci.image.config.v1+json or application/vnd.docker.container.image.v1+json',
      },
    );
  }
  const config: Descriptor = {
    ...base.config,
    size: opts.config.length,
    digest: sha256(opts.config),
    // ggcr refreshes embedded config data only when the base embedded it.
    ...(base.config.data !== undefined
      ? { data: Buffer.from(opts.config).toString('base64') }
      : {}),
  };
  const manifest: Manifest = {
    schemaVersion: base.schemaVersion,
    ...(base.mediaType !== undefined ? { mediaType: base.mediaType } : {}),
    config,
    layers: [...base.layers, ...opts.layers.map((l) => ({ ...l }))],
    annotations: mergeAnnotations(
      base.annotations,
      opts.annotations,
      baseAnnotations(opts.baseDigest, opts.baseName),
    ),
    // mutate drops the base's subject; its artifactType stays.
    ...(base.artifactType !== undefined ? { artifactType: base.artifactType } : {}),
  };
  return encoded(manifest, encodeManifest(manifest));
}

/** ggcr's empty.Index: `{"schemaVersion":2,"mediaType":"…index.v1+json","manifests":[]}`. */
export function emptyIndex(): IndexManifest {
  return { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] };
}

export interface IndexOptions {
  /** Index media type (ggcr mutate.IndexMediaType); OCI when absent. */
  readonly mediaType?: string;
  readonly manifests: readonly Descriptor[];
  readonly annotations?: Readonly<Record<string, string>>;
}

/** An index built from ggcr's empty index: manifests in the order given. */
export function buildIndex(opts: IndexOptions): Encoded<IndexManifest> {
  const index: IndexManifest = {
    ...emptyIndex(),
    mediaType: opts.mediaType ?? MediaType.OciIndex,
    manifests: opts.manifests.map((d) => ({ ...d })),
  };
  if (opts.annotations !== undefined) index.annotations = mergeAnnotations(opts.annotations);
  return encoded(index, encodeIndexManifest(index));
}

/**
 * The descriptor of a built image inside ko's index (ggcr partial.Descriptor + IndexAddendum):
 * size and digest of the new image, mediaType/urls/annotations/platform from the base entry,
 * artifactType = the image's artifactType, else its config media type.
 */
export function childDescriptor(baseEntry: Descriptor, image: Encoded<Manifest>): Descriptor {
  const d: Descriptor = {
    mediaType: baseEntry.mediaType || (image.value.mediaType ?? ''),
    size: image.size,
    digest: image.digest,
  };
  if (nonEmpty(baseEntry.urls)) d.urls = [...baseEntry.urls!];
  if (nonEmpty(baseEntry.annotations)) d.annotations = mergeAnnotations(baseEntry.annotations);
  if (baseEntry.platform) d.platform = structuredClone(baseEntry.platform);
  const artifactType = image.value.artifactType || image.value.config.mediaType;
  if (artifactType) d.artifactType = artifactType;
  return d;
}

export interface KoIndexOptions {
  /** The base index's media type. */
  readonly mediaType: string;
  /** Built images with the base entries they came from, in base index order. */
  readonly children: readonly {
    readonly baseEntry: Descriptor;
    readonly image: Encoded<Manifest>;
  }[];
  readonly annotations?: Readonly<Record<string, string>>;
  /** What ko records as the base index digest: see koBaseIndexDigest. */
  readonly baseDigest?: Digest;
  readonly baseName?: string;
}

/** ko's multi-platform result (docs/spec/ko-compat.md#52-multi-platform-result-base-is-an-indexmanifest-list step 4). */
export function buildKoIndex(opts: KoIndexOptions): Encoded<IndexManifest> {
  return buildIndex({
    mediaType: opts.mediaType,
    manifests: opts.children.map((c) => childDescriptor(c.baseEntry, c.image)),
    annotations: mergeAnnotations(
      opts.annotations,
      baseAnnotations(opts.baseDigest, opts.baseName),
    ),
  });
}

export interface BaseIndexDigestOptions {
  /** The parsed base index. */
  readonly index: IndexManifest;
  /** Its media type as the registry reported it. */
  readonly mediaType: string;
  /** Digest of the base index bytes as fetched. */
  readonly digest: Digest;
  readonly baseName: string;
  readonly annotations?: Readonly<Record<string, string>>;
}

/**
 * The `base.digest` ko writes on an index. ko annotates an OCI base index (user annotations +
 * base.digest + base.name, subject dropped) before reading its digest, so for OCI indexes the
 * recorded value is the digest of that re-encoded index, not of the base as fetched. Docker
 * manifest lists are not annotated and keep their own digest.
 */
export function koBaseIndexDigest(opts: BaseIndexDigestOptions): Digest {
  if (opts.mediaType === MediaType.DockerManifestList) return opts.digest;
  const annotated: IndexManifest = {
    ...opts.index,
    annotations: mergeAnnotations(opts.index.annotations, opts.annotations, {
      [ANNOTATION_BASE_DIGEST]: opts.digest,
      [ANNOTATION_BASE_NAME]: opts.baseName,
    }),
  };
  delete annotated.subject;
  return sha256(goJsonBytes(encodeIndexManifest(annotated)));
}
