// Go's gzip of a large layer on a worker thread: the same WebAssembly encoder and framing as
// gzip-writer.ts, off Node's main thread, so compressing overlaps with the tar, the two sha256
// hashes and the file write of oci/layer.ts (as ko's goroutines overlap them), and the main
// thread stays free for uploads. The worker is plain JavaScript evaluated from a string (no file
// to bundle); the compiled WebAssembly module is posted to it.
import { Transform, type TransformCallback } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { compiledBestSpeedGo126 } from './best-speed-go126.js';

interface Reply {
  readonly out?: Uint8Array;
  /** The chunk's buffer, handed back to be reused for the next chunk. */
  readonly back?: Uint8Array;
  readonly error?: string;
}

/**
 * The worker's code, stringified: it must close over nothing. Messages: { module } once, then
 * { data } per chunk and { close: true } at the end; each is answered, in order, with { out }
 * (the gzip bytes it completed, and `back`, the chunk's buffer) or { error }. It allocates only
 * the exact-size `out` it transfers, so it leaves no garbage buffers for its own GC to find.
 */
function workerMain(): void {
  // process.getBuiltinModule, not require: a bundler would rewrite require() in this source.
  const { parentPort } = process.getBuiltinModule('node:worker_threads');
  const { crc32 } = process.getBuiltinModule('node:zlib');
  interface X {
    memory: { buffer: ArrayBuffer };
    init(): void;
    window_ptr(): number;
    set_window_end(n: number): void;
    out_ptr(): number;
    out_len(): number;
    out_reset(): void;
    enc_speed(sync: number): void;
    close_stream(): void;
  }
  const block = 65535;
  let x: X | undefined;
  let end = 0;
  let crc = 0;
  let size = 0;
  let scratch = new Uint8Array(1 << 21);
  let used = 0;
  const put = (bytes: Uint8Array): void => {
    if (used + bytes.length > scratch.length) {
      const bigger = new Uint8Array(Math.max(scratch.length * 2, used + bytes.length));
      bigger.set(scratch.subarray(0, used));
      scratch = bigger;
    }
    scratch.set(bytes, used);
    used += bytes.length;
  };
  const port = parentPort as NonNullable<typeof parentPort>;
  port.on('message', (m: { module?: object; data?: Uint8Array; close?: boolean }) => {
    try {
      const take = (ex: X): void => {
        const n = ex.out_len();
        if (n === 0) return;
        put(new Uint8Array(ex.memory.buffer, ex.out_ptr(), n));
        ex.out_reset();
      };
      if (m.module) {
        const wa = (
          globalThis as unknown as {
            WebAssembly: { Instance: new (m: object, i: object) => { exports: unknown } };
          }
        ).WebAssembly;
        x = new wa.Instance(m.module, {}).exports as X;
        x.init();
        // Go's header: no name, MTIME 0, XFL 4 (BestSpeed), OS 255.
        put(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 4, 0xff]));
      } else if (x && m.data) {
        const data = m.data;
        crc = crc32(data, crc);
        size = (size + data.length) % 2 ** 32;
        for (let at = 0; at < data.length;) {
          if (end === block) {
            x.set_window_end(end);
            x.enc_speed(0);
            end = 0;
            take(x);
          }
          const n = Math.min(block - end, data.length - at);
          new Uint8Array(x.memory.buffer).set(data.subarray(at, at + n), x.window_ptr() + end);
          end += n;
          at += n;
        }
      } else if (x && m.close) {
        x.set_window_end(end);
        x.close_stream();
        take(x);
        const trailer = new Uint8Array(8);
        const view = new DataView(trailer.buffer);
        view.setUint32(0, crc >>> 0, true);
        view.setUint32(4, size, true);
        put(trailer);
      }
      const out = scratch.slice(0, used);
      used = 0;
      const back = m.data;
      port.postMessage({ out, back }, [
        out.buffer,
        ...(back ? [back.buffer] : []),
      ] as ArrayBuffer[]);
    } catch (err) {
      port.postMessage({ error: String(err instanceof Error ? err.stack : err) });
    }
  });
}

/** Chunks sent to the worker and not yet answered, at most. */
const inFlight = 2;

/** A Transform making Go 1.26's gzip bytes on a worker thread (for large layers). */
export function createGoGzipWorker(): Transform {
  const worker = new Worker(`(${workerMain.toString()})()`, { eval: true });
  const waiting: ((r: Reply) => void)[] = [];
  /** Chunk buffers the worker handed back, to copy the next chunks into. */
  const free: ArrayBuffer[] = [];
  let failed: Error | undefined;
  const replies: Promise<Reply>[] = [];
  const fail = (err: Error): void => {
    failed ??= err;
    for (const w of waiting.splice(0)) w({ error: err.message });
  };
  worker.on('message', (r: Reply) => waiting.shift()?.(r));
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (waiting.length) fail(new Error(`gzip worker exited with code ${code}`));
  });
  const send = (msg: object, transfer: ArrayBuffer[] = []): void => {
    replies.push(new Promise<Reply>((resolve) => waiting.push(resolve)));
    worker.postMessage(msg, transfer);
  };
  const receive = async (t: Transform): Promise<void> => {
    const r = await (replies.shift() as Promise<Reply>);
    if (r.error !== undefined) throw failed ?? new Error(`gzip worker: ${r.error}`);
    if (r.back) free.push(r.back.buffer as ArrayBuffer);
    if (r.out && r.out.length) t.push(Buffer.from(r.out.buffer, r.out.byteOffset, r.out.length));
  };
  send({ module: compiledBestSpeedGo126() });
  const t: Transform = new Transform({
    highWaterMark: 1 << 20,
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      // A copy the worker owns (the chunk may be a view of a pooled or reused buffer), in a
      // buffer it handed back before when one is large enough.
      let buf = free.pop();
      if (!buf || buf.byteLength < chunk.length)
        buf = new ArrayBuffer(Math.max(chunk.length, 1 << 20));
      const data = new Uint8Array(buf, 0, chunk.length);
      data.set(chunk);
      send({ data }, [buf]);
      const drain = async () => {
        while (replies.length > inFlight) await receive(t);
      };
      drain().then(() => cb(), cb);
    },
    flush(cb: TransformCallback) {
      send({ close: true });
      const drain = async () => {
        while (replies.length) await receive(t);
      };
      drain()
        .finally(() => worker.terminate())
        .then(() => cb(), cb);
    },
    destroy(err, cb) {
      void worker.terminate();
      cb(err);
    },
  });
  return t;
}
