// Go's compress/gzip framing around a RawDeflater, as go-containerregistry's internal/gzip uses
// it (gzip.NewWriterLevel(w, gzip.BestSpeed), no name, no mtime): the 10-byte header
// 1f 8b 08 00 00000000 04 ff (XFL 4 = fastest, OS 255 = unknown), the deflate stream, then
// CRC-32 and size mod 2^32, little-endian (docs/spec/ko-compat.md#32-compression-ggcr-tarballlayerfromopener-internalgzip).
import { Transform, type TransformCallback } from 'node:stream';
import { crc32 } from 'node:zlib';
import { BestSpeedGo126 } from './best-speed-go126.js';
import type { RawDeflater } from './raw-deflater.js';

const header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x04, 0xff]);

/** Which Go release's BestSpeed bytes to make; Go 1.27 rewrote level 1 (level1.go). */
export type GoFlateVersion = 'go1.26';

function deflater(version: GoFlateVersion): RawDeflater {
  switch (version) {
    case 'go1.26':
      return new BestSpeedGo126();
  }
}

/** Push-style gzip: write() and close() hand finished bytes to `emit`, in order. */
export class GoGzipWriter {
  private readonly flate: RawDeflater;
  private crc = 0;
  private size = 0;
  private started = false;

  constructor(
    private readonly emit: (out: Buffer) => void,
    version: GoFlateVersion = 'go1.26',
  ) {
    this.flate = deflater(version);
  }

  write(data: Uint8Array): void {
    this.start();
    this.crc = crc32(data, this.crc);
    this.size = (this.size + data.length) % 2 ** 32;
    this.flate.write(data, this.emit);
  }

  close(): void {
    this.start();
    this.flate.close(this.emit);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(this.crc >>> 0, 0);
    trailer.writeUInt32LE(this.size, 4);
    this.emit(trailer);
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.emit(Buffer.from(header));
  }
}

/**
 * A Transform making Go's gzip bytes; holds at most one 64 KiB block of input. Layers go through
 * createGoGzipWorker; the oracle tests also drive this in-thread path.
 * @internal
 */
export function createGoGzip(version: GoFlateVersion = 'go1.26'): Transform {
  const t: Transform = new Transform({
    highWaterMark: 1 << 20,
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      try {
        gz.write(chunk);
        cb();
      } catch (err) {
        cb(err as Error);
      }
    },
    flush(cb: TransformCallback) {
      try {
        gz.close();
        cb();
      } catch (err) {
        cb(err as Error);
      }
    },
  });
  const gz = new GoGzipWriter((out) => t.push(out), version);
  return t;
}

/** Go's gzip of bytes already in memory, as parts to concatenate. */
export function goGzipBuffer(data: Uint8Array, version: GoFlateVersion = 'go1.26'): Buffer[] {
  const parts: Buffer[] = [];
  const gz = new GoGzipWriter((out) => parts.push(out), version);
  gz.write(data);
  gz.close();
  return parts;
}
