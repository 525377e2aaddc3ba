// A layer is made in one streamed pass: tar bytes → sha256 (diffID) → gzip level 1 → sha256 and
// byte count (digest, size) → a temp file. Nothing holds the whole layer in memory, and every
// descriptor is known before anything is pushed. The gzip is zlib's, in parallel blocks, so
// compressed digests differ from ko's (Go's compress/flate) while diffIDs match (spec §3.2).
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { KoActionError } from '../errors.js';
import { DigestCounter, type Digest } from './digest.js';
import { openWriteStream } from '../util/open-write-stream.js';
import type { Blob } from './artifact.js';
import { createParallelGzip } from './gzip.js';
import type { Descriptor } from './types.js';

export interface Layer extends Blob {
  /** sha256 of the uncompressed tar (what the image config's rootfs.diff_ids lists). */
  readonly diffId: Digest;
  /** mediaType, size and digest of the compressed bytes. */
  readonly descriptor: Descriptor;
  /** The file holding the compressed bytes. */
  readonly path: string;
  /** Opens the compressed bytes. */
  open(): Promise<Readable>;
}

export interface CreateLayerOptions {
  readonly mediaType: string;
  /** Where the compressed file is written; created if missing. The caller removes it. */
  readonly tmpDir: string;
}

/** Writes tar bytes into `sink` (with backpressure) and resolves when done; must not end it. */
export type TarProducer = (sink: Writable) => Promise<void>;

// Large chunks keep per-chunk costs (thread-pool hops, hash calls) negligible.
const chunk = 1 << 20;

export async function createLayer(writeTar: TarProducer, opts: CreateLayerOptions): Promise<Layer> {
  await mkdir(opts.tmpDir, { recursive: true });
  const path = join(opts.tmpDir, `layer-${randomUUID()}.tar.gz`);
  const tar = new DigestCounter();
  const gz = new DigestCounter();
  const head = hashing(tar, chunk);
  const file = await openWriteStream(path, { flags: 'wx', highWaterMark: chunk });
  const done = pipeline(head, createParallelGzip({ level: 1 }), hashing(gz, chunk), file);
  const produce = (async () => {
    await writeTar(head);
    head.end();
  })();
  try {
    await Promise.all([produce, done]);
  } catch (err) {
    head.destroy(err instanceof Error ? err : new Error(String(err)));
    await Promise.allSettled([produce, done]);
    await rm(path, { force: true });
    throw err;
  }
  return fileLayer(path, tar.digest(), {
    mediaType: opts.mediaType,
    size: gz.size,
    digest: gz.digest(),
  });
}

export interface LayerFromFileOptions {
  readonly mediaType: string;
  /** Known values (e.g. from a cache) skip reading the file; a given digest is checked if read. */
  readonly diffId?: Digest;
  readonly digest?: Digest;
}

/** A layer for an existing gzip file. Reads it once unless both digests are already known. */
export async function layerFromFile(path: string, opts: LayerFromFileOptions): Promise<Layer> {
  if (opts.diffId && opts.digest) {
    const { size } = await stat(path);
    return fileLayer(path, opts.diffId, { mediaType: opts.mediaType, size, digest: opts.digest });
  }
  const tar = new DigestCounter();
  const gz = new DigestCounter();
  await pipeline(
    createReadStream(path, { highWaterMark: chunk }),
    hashing(gz, chunk),
    createGunzip({ chunkSize: 256 * 1024 }),
    new Writable({
      highWaterMark: chunk,
      write(data: Buffer, _enc, cb) {
        tar.update(data);
        cb();
      },
    }),
  );
  const digest = gz.digest();
  if (opts.digest && opts.digest !== digest) {
    throw new KoActionError('DIGEST_MISMATCH', `${path} has digest ${digest}, not ${opts.digest}`, {
      hint: 'The cached layer is corrupt; clear the cache and build again.',
    });
  }
  return fileLayer(path, opts.diffId ?? tar.digest(), {
    mediaType: opts.mediaType,
    size: gz.size,
    digest,
  });
}

function fileLayer(path: string, diffId: Digest, descriptor: Descriptor): Layer {
  return {
    diffId,
    descriptor,
    path,
    async open(): Promise<Readable> {
      // Opening first makes a missing file fail here rather than as a later stream error.
      const fh = await open(path, 'r');
      return fh.createReadStream({ highWaterMark: chunk });
    },
  };
}

/** A pass-through that feeds every byte to a digest. */
function hashing(counter: DigestCounter, highWaterMark: number): Transform {
  return new Transform({
    highWaterMark,
    transform(data: Buffer, _enc, cb) {
      counter.update(data);
      cb(null, data);
    },
  });
}
