// Read images from an OCI image layout (`oci-layout:<dir>[:<tag>]` base images). Everything read
// is checked against its digest: a layout is just files, and files get corrupted or hand-edited.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline, Readable, Transform, type TransformCallback } from 'node:stream';
import { KoActionError } from '../util/errors.js';
import { DigestCounter, digestHex, isDigest, sha256, type Digest } from './digest.js';
import { MediaType } from './media-types.js';
import type { Descriptor, IndexManifest } from './types.js';

/** The annotation that names an entry of index.json (the `<tag>` of `oci:<dir>:<tag>`). */
export const RefNameAnnotation = 'org.opencontainers.image.ref.name';
const LayoutPrefix = 'oci-layout:';

export interface OciLayout {
  readonly dir: string;
  /** The parsed index.json. */
  readonly index: IndexManifest;
}

export interface RawManifest {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  readonly digest: Digest;
}

/** Where a blob lives in a layout. The digest is validated first, so it cannot escape `dir`. */
export function blobPath(dir: string, digest: string): string {
  if (!isDigest(digest)) {
    throw new KoActionError('LAYOUT', `unsupported or malformed digest "${digest}"`, {
      where: dir,
      hint: 'Only sha256 digests (sha256:<64 hex>) are supported.',
    });
  }
  return join(dir, 'blobs', 'sha256', digestHex(digest));
}

/**
 * Split `oci-layout:<dir>[:<tag>]`. The text after the last `:` is a tag only if it looks like
 * one, so `oci-layout:C:\base` and `oci-layout:./a:b/c` keep the whole path. Undefined when the
 * prefix is absent.
 */
export function parseLayoutReference(ref: string): { dir: string; tag?: string } | undefined {
  if (!ref.startsWith(LayoutPrefix)) return undefined;
  const rest = ref.slice(LayoutPrefix.length);
  const colon = rest.lastIndexOf(':');
  const tag = colon > 0 ? rest.slice(colon + 1) : '';
  if (/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag)) {
    return { dir: rest.slice(0, colon), tag };
  }
  return { dir: rest };
}

export async function openLayout(dir: string): Promise<OciLayout> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw layoutError(dir, 'OCI layout directory does not exist', 'Check the path.');
  if (!info.isDirectory()) throw layoutError(dir, 'OCI layout path is not a directory');
  const marker = await readFile(join(dir, 'oci-layout'), 'utf8').catch(() => undefined);
  if (marker === undefined) {
    throw layoutError(
      dir,
      'not an OCI image layout (no oci-layout file)',
      'Point at a directory written by ko, skopeo (oci:) or crane (--format=oci).',
    );
  }
  const version = parseJson(marker, dir, 'oci-layout')?.imageLayoutVersion;
  if (typeof version !== 'string' || !version.startsWith('1.')) {
    throw layoutError(dir, `unsupported imageLayoutVersion ${JSON.stringify(version)}`);
  }
  const indexText = await readFile(join(dir, 'index.json'), 'utf8').catch(() => undefined);
  if (indexText === undefined) throw layoutError(dir, 'OCI layout has no index.json');
  const index = parseJson(indexText, dir, 'index.json');
  if (!index || !Array.isArray(index.manifests)) {
    throw layoutError(dir, 'index.json has no "manifests" list');
  }
  return { dir, index: index as unknown as IndexManifest };
}

/** The index.json entry named `tag`, or the only entry when no tag is given. */
export async function resolveLayoutRef(dir: string, tag?: string): Promise<Descriptor> {
  const { index } = await openLayout(dir);
  const entries = index.manifests;
  const names = [...new Set(entries.flatMap((d) => d.annotations?.[RefNameAnnotation] ?? []))];
  const available = names.length ? `available: ${names.join(', ')}` : 'no entry has a ref name';
  let found: Descriptor;
  if (tag === undefined) {
    if (entries.length !== 1 || !entries[0]) {
      throw layoutError(
        dir,
        `index.json has ${entries.length} entries, so a tag is needed (${available})`,
        `Use oci-layout:${dir}:<tag>.`,
      );
    }
    found = entries[0];
  } else {
    const matches = entries.filter((d) => d.annotations?.[RefNameAnnotation] === tag);
    const digests = new Set(matches.map((d) => d.digest));
    if (!matches[0]) {
      throw layoutError(dir, `no image tagged "${tag}" in index.json (${available})`);
    }
    if (digests.size > 1) {
      throw layoutError(dir, `tag "${tag}" names ${digests.size} different images in index.json`);
    }
    found = matches[0];
  }
  blobPath(dir, found.digest); // validates the digest
  return found;
}

/** A manifest or index by digest (or descriptor, which also checks size), verified. */
export async function readManifest(
  dir: string,
  ref: Digest | Pick<Descriptor, 'digest' | 'size' | 'mediaType'>,
): Promise<RawManifest> {
  const desc = typeof ref === 'string' ? { digest: ref } : ref;
  const path = blobPath(dir, desc.digest);
  const bytes = await readFile(path).catch((e: unknown) => {
    throw layoutError(dir, `manifest ${desc.digest} is missing from blobs/`, undefined, e);
  });
  const actual = sha256(bytes);
  if (actual !== desc.digest || ('size' in desc && desc.size !== bytes.length)) {
    throw mismatchError(path, desc, actual, bytes.length);
  }
  const json = parseJson(bytes.toString('utf8'), dir, `blob ${desc.digest}`);
  const mediaType =
    (typeof json?.mediaType === 'string' ? json.mediaType : undefined) ??
    ('mediaType' in desc ? desc.mediaType : undefined) ??
    (Array.isArray(json?.manifests) ? MediaType.OciIndex : MediaType.OciManifest);
  return { bytes: new Uint8Array(bytes), mediaType, digest: actual };
}

/** A blob's bytes; the stream fails at the end if they do not match the descriptor. */
export async function openBlob(
  dir: string,
  descriptor: Pick<Descriptor, 'digest' | 'size'>,
): Promise<Readable> {
  const path = blobPath(dir, descriptor.digest);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw layoutError(dir, `blob ${descriptor.digest} is missing from blobs/`);
  const counter = new DigestCounter();
  const verify = new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      counter.update(chunk);
      if (counter.size > descriptor.size) {
        done(mismatchError(path, descriptor, undefined, counter.size));
      } else done(null, chunk);
    },
    flush(done: TransformCallback) {
      const actual = counter.digest();
      if (actual !== descriptor.digest || counter.size !== descriptor.size) {
        done(mismatchError(path, descriptor, actual, counter.size));
      } else done();
    },
  });
  // pipeline forwards a read error to `verify`, which is what the caller consumes.
  return pipeline(createReadStream(path), verify, () => undefined);
}

function parseJson(text: string, dir: string, what: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
  } catch (e) {
    throw layoutError(dir, `${what} is not valid JSON`, undefined, e);
  }
}

function layoutError(dir: string, message: string, hint?: string, cause?: unknown): KoActionError {
  return new KoActionError('LAYOUT', message, {
    where: `oci-layout:${dir}`,
    ...(hint ? { hint } : {}),
    ...(cause === undefined ? {} : { cause }),
  });
}

/** `got` is undefined when reading stopped early because the blob is longer than expected. */
function mismatchError(
  path: string,
  want: { digest: string; size?: number },
  got: string | undefined,
  size: number,
): KoActionError {
  const wantSize = want.size === undefined ? '' : ` (${want.size} bytes)`;
  const gotText = got === undefined ? `at least ${size} bytes` : `${got} (${size} bytes)`;
  return new KoActionError(
    'DIGEST_MISMATCH',
    `corrupt blob in OCI layout: expected ${want.digest}${wantSize}, read ${gotText}`,
    { where: path, hint: 'The file does not match its digest; recreate the OCI layout.' },
  );
}
