// Write an image or index to an OCI image layout (`push: false`). Blobs first, then manifests,
// then index.json, each via temp file + rename: an interrupted run leaves at worst an unreferenced
// blob or a stray temp file, never a truncated blob or index.json.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { KoActionError } from '../util/errors.js';
import { openWriteStream } from '../util/open-write-stream.js';
import type { Artifact, Blob, ImageArtifact } from './artifact.js';
import { DigestCounter, sha256, type Digest } from './digest.js';
import { blobPath, RefNameAnnotation } from './layout-reader.js';
import { MediaType } from './media-types.js';
import type { Descriptor } from './types.js';
import { KeyedOnce } from '../util/once.js';
import { limit } from '../util/limit.js';

export interface LayoutWriteOptions {
  /** Names the index.json entry; an entry with the same name is replaced. Unset: append (ko). */
  readonly refName?: string;
}

const layoutMarker = '{"imageLayoutVersion":"1.0.0"}';
/** Local disk: a few streams at once keep it busy without opening every layer together. */
const blobConcurrency = 4;

/** Writes every blob and manifest of `artifact`, then records it in index.json; returns that entry. */
export async function writeToLayout(
  dir: string,
  artifact: Artifact,
  opts: LayoutWriteOptions = {},
): Promise<Descriptor> {
  if (opts.refName !== undefined && opts.refName.trim() === '') {
    throw new KoActionError('LAYOUT', 'empty ref name for the OCI layout entry', { where: dir });
  }
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
  await ensureMarker(dir);

  const images: readonly ImageArtifact[] =
    artifact.kind === 'index' ? artifact.children : [artifact];
  const once = new KeyedOnce<Digest, void>();
  const run = limit(blobConcurrency);
  // Let every write finish (and clean up its temp file) before reporting the first failure.
  const writes = await Promise.allSettled(
    images
      .flatMap((img) => img.blobs)
      .map((b) => once.get(b.descriptor.digest, () => run(() => putBlob(dir, b)))),
  );
  const failed = writes.find((w): w is PromiseRejectedResult => w.status === 'rejected');
  if (failed) throw failed.reason;
  // Children before the index that names them, so every reference resolves at every moment.
  for (const img of images) await putManifest(dir, img);
  if (artifact.kind === 'index') await putManifest(dir, artifact);

  const entry: Descriptor = {
    mediaType: artifact.mediaType,
    size: artifact.rawManifest.length,
    digest: artifact.digest,
    ...(opts.refName === undefined ? {} : { annotations: { [RefNameAnnotation]: opts.refName } }),
  };
  await serializedPerDir(dir, () => recordInIndex(dir, entry, opts.refName));
  return entry;
}

async function ensureMarker(dir: string): Promise<void> {
  const path = join(dir, 'oci-layout');
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing === undefined) {
    await writeAtomically(dir, path, layoutMarker);
    return;
  }
  let version: unknown;
  try {
    version = (JSON.parse(existing) as { imageLayoutVersion?: unknown }).imageLayoutVersion;
  } catch {
    version = undefined;
  }
  if (typeof version !== 'string' || !version.startsWith('1.')) {
    throw new KoActionError('LAYOUT', `${path} is not an OCI layout version 1 marker`, {
      where: dir,
      hint: 'Choose an empty directory or an existing OCI image layout for oci-layout-path.',
    });
  }
}

/** Streams a blob into place, hashing as it goes; skipped when a file of the right size exists. */
async function putBlob(dir: string, blob: Blob): Promise<void> {
  const { digest, size } = blob.descriptor;
  const path = blobPath(dir, digest);
  if (await hasSize(path, size)) return;
  const tmp = tempPath(dir);
  const file = await openWriteStream(tmp, { flags: 'wx' });
  try {
    const counter = new DigestCounter();
    const source: Readable = await blob.open();
    await pipeline(
      source,
      async function* (chunks: AsyncIterable<unknown>) {
        for await (const chunk of chunks) {
          const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
          counter.update(bytes);
          yield bytes;
        }
      },
      file,
    );
    const actual = counter.digest();
    if (actual !== digest || counter.size !== size) {
      throw new KoActionError(
        'DIGEST_MISMATCH',
        `blob ${digest} (${size} bytes) read back as ${actual} (${counter.size} bytes)`,
        { where: dir, hint: 'A layer changed on disk while it was being written; run again.' },
      );
    }
    await rename(tmp, path);
  } catch (e) {
    file.destroy();
    await rm(tmp, { force: true });
    throw e;
  }
}

async function putManifest(dir: string, m: Artifact): Promise<void> {
  const actual = sha256(m.rawManifest);
  if (actual !== m.digest) {
    throw new KoActionError(
      'DIGEST_MISMATCH',
      `manifest bytes hash to ${actual}, not ${m.digest}`,
      {
        where: dir,
      },
    );
  }
  const path = blobPath(dir, m.digest);
  if (await hasSize(path, m.rawManifest.length)) return;
  await writeAtomically(dir, path, m.rawManifest);
}

/** Adds `entry` to index.json: replacing an entry of the same ref name, else appending. */
async function recordInIndex(dir: string, entry: Descriptor, refName?: string): Promise<void> {
  const path = join(dir, 'index.json');
  const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  const index = text === undefined ? emptyIndex() : parseIndex(text, path);
  const named = (d: unknown): boolean =>
    refName !== undefined &&
    (d as { annotations?: Record<string, unknown> } | null)?.annotations?.[RefNameAnnotation] ===
      refName;
  const at = index.manifests.findIndex(named);
  if (at < 0) {
    index.manifests.push(entry);
  } else {
    // Keep the entry's position; drop any later duplicates of the same name.
    index.manifests = index.manifests.flatMap((d, i) => (i === at ? [entry] : named(d) ? [] : [d]));
  }
  await writeAtomically(dir, path, JSON.stringify(index));
}

type IndexJson = Record<string, unknown> & { manifests: unknown[] };

function emptyIndex(): IndexJson {
  return { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [] };
}

/** Parses index.json keeping every field it has, so foreign entries survive a rewrite. */
function parseIndex(text: string, path: string): IndexJson {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    v = undefined;
  }
  if (typeof v !== 'object' || v === null || !Array.isArray((v as IndexJson).manifests)) {
    throw new KoActionError('LAYOUT', `${path} is not a valid OCI index`, {
      where: path,
      hint: 'Fix or remove it, or choose another oci-layout-path.',
    });
  }
  return v as IndexJson;
}

async function hasSize(path: string, size: number): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() === true && info.size === size;
}

/** Temp files live in the layout root (as skopeo's do): same filesystem, so rename is atomic. */
function tempPath(dir: string): string {
  return join(dir, `.ko-action-${randomBytes(8).toString('hex')}.tmp`);
}

async function writeAtomically(
  dir: string,
  path: string,
  data: string | Uint8Array,
): Promise<void> {
  const tmp = tempPath(dir);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

const indexQueues = new Map<string, Promise<unknown>>();

/** index.json is read-modify-write: writes to one layout from this process take turns. */
function serializedPerDir<T>(dir: string, task: () => Promise<T>): Promise<T> {
  const key = resolve(dir);
  const result = (indexQueues.get(key) ?? Promise.resolve()).then(task, task);
  const tail = result.catch(() => undefined);
  indexQueues.set(key, tail);
  void tail.then(() => {
    if (indexQueues.get(key) === tail) indexQueues.delete(key);
  });
  return result;
}
