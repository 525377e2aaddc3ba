// A layer is made in one streamed pass: tar bytes → sha256 (diffID) → gzip level 1 → sha256 and
// byte count (digest, size) → a temp file. Nothing holds a large layer in memory, and every
// descriptor is known before anything is pushed. By default the gzip is byte-identical to ko's
// (Go 1.26 compress/gzip at BestSpeed, src/oci/go-flate), so layer, manifest and index digests
// equal ko's; `parallel` trades that for zlib in parallel blocks (docs/spec/ko-compat.md#32-compression-ggcr-tarballlayerfromopener-internalgzip).
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { KoActionError } from '../util/errors.js';
import { DigestCounter, sha256, type Digest } from './digest.js';
import { openWriteStream } from '../util/open-write-stream.js';
import type { Blob } from './artifact.js';
import { createLayerGzip, gzipLayerBuffer, type LayerCompression } from './gzip.js';
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
  /**
   * Roughly how many tar bytes the producer will write, when known: a small layer is made in
   * memory, which is quicker; the compressed bytes are the same either way.
   */
  readonly expectedSize?: number;
  /** Which gzip encoder; default `go` (ko's bytes). */
  readonly compression?: LayerCompression;
}

/** Writes tar bytes into `sink` (with backpressure) and resolves when done; must not end it. */
export type TarProducer = (sink: Writable) => Promise<void>;

// Large chunks keep per-chunk costs (thread-pool hops, hash calls) negligible.
const chunk = 1 << 20;
/**
 * Up to this, a layer's tar and gzip are held in memory: every gzip block then starts at once and
 * the tar is hashed meanwhile, where the stream waits for each block to fill. Larger layers
 * stream, so memory stays flat whatever the binary's size.
 */
const inMemoryLayerLimit = 16 << 20;

export async function createLayer(writeTar: TarProducer, opts: CreateLayerOptions): Promise<Layer> {
  await mkdir(opts.tmpDir, { recursive: true });
  if (opts.expectedSize !== undefined && opts.expectedSize <= inMemoryLayerLimit) {
    return createSmallLayer(writeTar, opts);
  }
  const path = join(opts.tmpDir, `layer-${randomUUID()}.tar.gz`);
  const tar = new DigestCounter();
  const gz = new DigestCounter();
  const head = hashing(tar, chunk);
  const file = await openWriteStream(path, { flags: 'wx', highWaterMark: chunk });
  const compressor = createLayerGzip(opts.compression ?? 'go');
  const done = pipeline(head, compressor, hashing(gz, chunk), file);
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

async function createSmallLayer(writeTar: TarProducer, opts: CreateLayerOptions): Promise<Layer> {
  const parts: Buffer[] = [];
  await writeTar(
    new Writable({
      highWaterMark: chunk,
      write(data: Buffer, _enc, cb) {
        parts.push(data);
        cb();
      },
    }),
  );
  const tar = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  const compressing = gzipLayerBuffer(tar, opts.compression ?? 'go');
  compressing.catch(() => undefined); // awaited below, after hashing
  const diffId = sha256(tar);
  const gz = await compressing;
  const counter = new DigestCounter();
  for (const part of gz) counter.update(part);
  const path = join(opts.tmpDir, `layer-${randomUUID()}.tar.gz`);
  try {
    await writeFile(path, gz, { flag: 'wx' });
  } catch (err) {
    await rm(path, { force: true });
    throw err;
  }
  return fileLayer(path, diffId, {
    mediaType: opts.mediaType,
    size: counter.size,
    digest: counter.digest(),
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
