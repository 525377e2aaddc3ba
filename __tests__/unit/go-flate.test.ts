// The Go-identical gzip without Go: the embedded WebAssembly is the build of the C source in the
// tree, its output is valid gzip of the input whatever the sizes, and chunking never changes the
// bytes (Go encodes a block only when 65,535 bytes are buffered). Byte-for-byte equality with Go
// itself: __tests__/integration/go-gzip.oracle.test.ts.
import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable, Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { createGoGzip, goGzipBuffer } from '../../src/oci/go-flate/gzip-writer.js';
import { createGoGzipWorker } from '../../src/oci/go-flate/gzip-worker.js';
import { sourceSha256 } from '../../src/oci/go-flate/wasm/best-speed-go126.wasm.js';
import { repoRoot } from '../support/tools.js';

const root = repoRoot;

async function streamed(data: Buffer, chunk: number, worker = false): Promise<Buffer> {
  const parts: Buffer[] = [];
  const chunks: Buffer[] = [];
  for (let at = 0; at < data.length; at += chunk) chunks.push(data.subarray(at, at + chunk));
  await pipeline(
    Readable.from(chunks),
    worker ? createGoGzipWorker() : createGoGzip(),
    new Writable({
      write(c: Buffer, _enc, cb) {
        parts.push(c);
        cb();
      },
    }),
  );
  return Buffer.concat(parts);
}

describe('Go 1.26 BestSpeed gzip (WebAssembly)', () => {
  it('embeds the build of the C source in the tree (rerun scripts/build-go-flate-wasm.mjs)', async () => {
    const c = await readFile(join(root, 'src/oci/go-flate/wasm/best_speed_go126.c'));
    expect(createHash('sha256').update(c).digest('hex')).toBe(sourceSha256);
  });

  it("writes Go's header and an empty stream as Go does", () => {
    expect(Buffer.concat(goGzipBuffer(Buffer.alloc(0))).toString('hex')).toBe(
      // header (XFL 4, OS 255), final empty stored block, CRC-32 0, size 0
      '1f8b08000000000004ff' + '010000ffff' + '0000000000000000',
    );
  });

  it.each([1, 16, 17, 127, 128, 65534, 65535, 65536, 3 * 65535 + 1, 1 << 20])(
    'round-trips %i bytes of mixed data, the same whatever the chunking',
    async (size) => {
      const data = Buffer.alloc(size);
      const noise = randomBytes(size);
      for (let i = 0; i < size; i++) data[i] = i % 1000 < 500 ? (noise[i] as number) : i % 7;
      const whole = Buffer.concat(goGzipBuffer(data));
      expect(gunzipSync(whole).equals(data)).toBe(true);
      for (const chunk of [1000, 65535, 100_000]) {
        expect((await streamed(data, chunk)).equals(whole)).toBe(true);
      }
      // The worker-thread Transform large layers use: the same bytes.
      expect((await streamed(data, 300_000, true)).equals(whole)).toBe(true);
    },
  );
});
