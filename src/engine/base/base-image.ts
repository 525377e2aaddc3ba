// Base images: where ko starts each image from. A base is a single image or an index of them,
// read from a registry, an OCI layout (`oci-layout:<dir>[:<tag>]`) or `scratch` (nothing).
// Every base is fetched once per run, however many import paths and platforms share it.
import type { Readable } from 'node:stream';
import type { BlobSource, Blob } from '../../oci/artifact.js';
import type { Digest } from '../../oci/digest.js';
import { parseIndexManifest, parseManifest } from '../../oci/manifest.js';
import { isImageManifestMediaType, isIndexMediaType, MediaType } from '../../oci/media-types.js';
import type { ConfigFile, Descriptor, IndexManifest, Manifest, Platform } from '../../oci/types.js';
import { KoActionError } from '../../util/errors.js';
import { KeyedOnce } from '../../util/once.js';
import { readAll } from '../../util/read-all.js';
import { isTemporary } from '../../registry/client.js';

export interface RawManifest {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  readonly digest: Digest;
}

/** How a base's bytes are read; one implementation per source kind. */
export interface BaseReader {
  /** The manifest or index the reference names (a tag, or a digest). */
  root(): Promise<RawManifest>;
  manifest(d: Descriptor): Promise<RawManifest>;
  blob(d: Descriptor): Promise<Readable>;
  /** Set when layers can be mounted from the source instead of copied. */
  readonly mountFrom?: BlobSource;
}

export interface BaseImage {
  readonly kind: 'image';
  /** `org.opencontainers.image.base.name`; undefined for scratch (no base to name). */
  readonly name: string | undefined;
  readonly digest: Digest | undefined;
  readonly manifest: Manifest;
  readonly manifestMediaType: string;
  readonly config: ConfigFile;
  readonly configBytes: Uint8Array;
  /** The base layers, pushable as they are. */
  readonly layers: readonly Blob[];
  /** The platform from the index entry this image came from, if any. */
  readonly platform: Platform | undefined;
}

export interface BaseIndex {
  readonly kind: 'index';
  readonly name: string | undefined;
  readonly digest: Digest | undefined;
  readonly mediaType: string;
  readonly index: IndexManifest;
  image(entry: Descriptor): Promise<BaseImage>;
}

export type Base = BaseImage | BaseIndex;

export async function loadBase(name: string | undefined, reader: BaseReader): Promise<Base> {
  const root = await reader.root();
  const mediaType = root.mediaType || sniffMediaType(root.bytes);
  if (isIndexMediaType(mediaType)) {
    const index = parseIndexManifest(root.bytes, name);
    const images = new KeyedOnce<Digest, BaseImage>();
    return {
      kind: 'index',
      name,
      digest: root.digest,
      mediaType,
      index,
      image: (entry) => {
        if (!isImageManifestMediaType(entry.mediaType)) {
          throw new KoActionError(
            'REGISTRY',
            `base image ${name ?? ''} holds a nested index (${entry.digest})`,
            {
              hint: 'ko needs each entry of a base index to be an image manifest',
            },
          );
        }
        return images.get(entry.digest, async () =>
          loadImage(name, await reader.manifest(entry), reader, entry.platform),
        );
      },
    };
  }
  if (!isImageManifestMediaType(mediaType)) {
    throw new KoActionError(
      'REGISTRY',
      `base image ${name ?? ''} has unsupported media type ${mediaType}`,
      {
        hint: 'use an OCI or Docker v2 image or index as the base',
      },
    );
  }
  return loadImage(name, { ...root, mediaType }, reader, undefined);
}

async function loadImage(
  name: string | undefined,
  raw: RawManifest,
  reader: BaseReader,
  platform: Platform | undefined,
): Promise<BaseImage> {
  const manifest = parseManifest(raw.bytes, name);
  const configBytes = await readConfig(reader, manifest.config);
  const config = JSON.parse(Buffer.from(configBytes).toString('utf8')) as ConfigFile;
  const layers: Blob[] = manifest.layers.map((descriptor) => ({
    descriptor,
    open: () => reader.blob(descriptor),
    ...(reader.mountFrom ? { mountFrom: reader.mountFrom } : {}),
  }));
  return {
    kind: 'image',
    name,
    digest: raw.digest,
    manifest,
    manifestMediaType: manifest.mediaType ?? raw.mediaType,
    config,
    configBytes,
    layers,
    platform,
  };
}

/** Config reads that break off, stall or arrive damaged are read again (issue #21). */
const configAttempts = 3;

/** The config blob, whole: a read that fails is started over, as a whole, a few times. */
async function readConfig(reader: BaseReader, d: Descriptor): Promise<Uint8Array> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await readAll(await reader.blob(d));
    } catch (e) {
      // Only failures a new read can fix (a body cut short, stalled or damaged).
      if (attempt >= configAttempts || !isTemporary(e)) throw e;
    }
  }
}

function sniffMediaType(bytes: Uint8Array): string {
  const doc = JSON.parse(Buffer.from(bytes).toString('utf8')) as {
    mediaType?: string;
    manifests?: unknown;
  };
  if (doc.mediaType) return doc.mediaType;
  return doc.manifests ? MediaType.OciIndex : MediaType.OciManifest;
}
