// The two layer compressors. `go` (the default) makes Go 1.26 compress/gzip BestSpeed bytes, as
// ko does (src/oci/go-flate), so digests equal ko's. `parallel` is the gzip below, quicker on
// large layers with several cores but with bytes of its own.
//
// Gzip that compresses blocks in parallel on libuv's thread pool, as pigz does: each block is an
// independent raw deflate stream primed with the previous 32 KiB as its dictionary and ended with
// a sync flush (so blocks concatenate into one valid deflate stream), the last one with BFINAL.
// The result is one ordinary gzip member, and deterministic for a given input and block size.
// Compression is the slowest step of making a layer, and one zlib stream uses only one core.
import { availableParallelism } from 'node:os';
import { Transform, type TransformCallback } from 'node:stream';
import { constants, crc32, deflateRaw, type ZlibOptions } from 'node:zlib';
import { goGzipBuffer } from './go-flate/gzip-writer.js';
import { createGoGzipWorker } from './go-flate/gzip-worker.js';

/** The `compression` input: `go` = ko's exact bytes, `parallel` = zlib blocks on all cores. */
export type LayerCompression = 'go' | 'parallel';

/** Whether an input value names a LayerCompression. */
export function isLayerCompression(s: string): s is LayerCompression {
  return s === 'go' || s === 'parallel';
}

/**
 * Which encoder made a layer, for cache keys: a KOCACHE entry is reused only with the same
 * encoder (and so the same bytes).
 */
export function compressionId(c: LayerCompression): string {
  return c === 'go' ? 'go1.26-bestspeed' : 'zlib-parallel-1m';
}

/** A Transform gzipping a (large) layer's tar with the chosen encoder, off the main thread. */
export function createLayerGzip(c: LayerCompression): Transform {
  return c === 'go' ? createGoGzipWorker() : createParallelGzip({ level: 1 });
}

/** Gzip of a whole in-memory tar with the chosen encoder, as parts to concatenate. */
export async function gzipLayerBuffer(data: Buffer, c: LayerCompression): Promise<Buffer[]> {
  return c === 'go' ? goGzipBuffer(data, 'go1.26') : gzipBuffer(data, { level: 1 });
}

export interface ParallelGzipOptions {
  /** zlib level; ko (ggcr) uses 1, BestSpeed. */
  readonly level?: number;
  /** Bytes per independently compressed block. */
  readonly blockSize?: number;
  /** Blocks compressing at once; default: CPUs, at most 4 (libuv's default pool size). */
  readonly concurrency?: number;
}

// Go's compress/gzip header at BestSpeed: no name, mtime 0, XFL 4 (fastest), OS 255 (unknown).
const header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x04, 0xff]);
const window = 32 * 1024;

function compress(data: Buffer, opts: ZlibOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    deflateRaw(data, opts, (err, out) => (err ? reject(err) : resolve(out)));
  });
}

const defaultBlockSize = 1 << 20;

/** Options for one block: the previous block primes it, and only the last one ends the stream. */
function blockOptions(
  level: number,
  blockSize: number,
  previous: Buffer | undefined,
  last: boolean,
): ZlibOptions {
  return {
    level,
    // Room for the whole output in one go: fewer thread-pool round trips per block.
    chunkSize: Math.max(64 * 1024, Math.ceil(blockSize / 2)),
    finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    ...(previous && { dictionary: previous.subarray(Math.max(0, previous.length - window)) }),
  };
}

function trailer(crc: number, length: number): Buffer {
  const t = Buffer.alloc(8);
  t.writeUInt32LE(crc >>> 0, 0);
  t.writeUInt32LE(length % 2 ** 32, 4);
  return t;
}

/**
 * Gzip for data already in memory: every block starts at once instead of as a stream arrives.
 * With the same block size it makes the same bytes as createParallelGzip.
 */
async function gzipBuffer(
  data: Buffer,
  opts: Pick<ParallelGzipOptions, 'level' | 'blockSize'> = {},
): Promise<Buffer[]> {
  const level = opts.level ?? 1;
  const blockSize = opts.blockSize ?? defaultBlockSize;
  const blocks: Promise<Buffer>[] = [];
  for (let at = 0; at === 0 || at < data.length; at += blockSize) {
    const last = at + blockSize >= data.length;
    const previous = at > 0 ? data.subarray(Math.max(0, at - window), at) : undefined;
    const block = data.subarray(at, at + blockSize);
    blocks.push(compress(block, blockOptions(level, blockSize, previous, last)));
  }
  const out = await Promise.all(blocks);
  return [header, ...out, trailer(crc32(data), data.length)];
}

export function createParallelGzip(opts: ParallelGzipOptions = {}): Transform {
  const level = opts.level ?? 1;
  const blockSize = opts.blockSize ?? defaultBlockSize;
  const concurrency = opts.concurrency ?? Math.max(1, Math.min(4, availableParallelism()));
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let previous: Buffer | undefined;
  let crc = 0;
  let length = 0;
  const inFlight: Promise<Buffer>[] = [];
  let started = false;

  const start = (block: Buffer, last: boolean) => {
    crc = crc32(block, crc);
    length += block.length;
    const out = compress(block, blockOptions(level, blockSize, previous, last));
    // Awaited in order later; until then a failure must not count as unhandled.
    out.catch(() => undefined);
    inFlight.push(out);
    previous = block;
  };

  const takeBlock = (): Buffer => {
    // Usually the first piece alone is a whole block (the tar writer sends 1 MiB chunks).
    const first = pending[0] as Buffer;
    const all = first.length >= blockSize ? first : Buffer.concat(pending);
    const rest = all.subarray(blockSize);
    pending = all === first ? pending.slice(1) : [];
    if (rest.length > 0) pending.unshift(rest);
    pendingBytes -= Math.min(blockSize, all.length);
    return all.subarray(0, blockSize);
  };

  const gzip: Transform = new Transform({
    highWaterMark: blockSize,
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      void (async () => {
        // Keep the last block back: only flush() knows whether it is the final one.
        while (pendingBytes > blockSize) {
          start(takeBlock(), false);
          while (inFlight.length >= concurrency) emit(await (inFlight.shift() as Promise<Buffer>));
        }
      })().then(() => cb(), cb);
    },
    flush(cb: TransformCallback) {
      void (async () => {
        while (pendingBytes > blockSize) start(takeBlock(), false);
        start(pending.length > 0 ? takeBlock() : Buffer.alloc(0), true);
        for (const p of inFlight.splice(0)) emit(await p);
        emit(trailer(crc, length));
      })().then(() => cb(), cb);
    },
  });
  const emit = (data: Buffer) => {
    if (!started) gzip.push(header);
    started = true;
    gzip.push(data);
  };
  return gzip;
}
