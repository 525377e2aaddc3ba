// Go 1.26 compress/flate at BestSpeed (level 1), the encoder ko's layers are made with: our own
// C port of Go's algorithm (wasm/best_speed_go126.c), compiled to WebAssembly and embedded.
// WebAssembly because the hot loops (hashing, matching, bit packing) run about twice as fast as
// the same code in TypeScript, with no JIT warm-up or deoptimisation (docs/how-it-works.md).
// This side only copies input into the module's 65,535-byte window and takes the output: like
// Go's, a block is encoded only when the window is full and more input comes, or at close, so
// the bytes do not depend on how the input is chunked. One instance per stream.
import type { RawDeflater } from './raw-deflater.js';
import { wasmBase64 } from './wasm/best-speed-go126.wasm.js';

// Node's global WebAssembly; tsconfig has no DOM lib to declare it, so the part used is here.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: unknown };
};

interface Exports {
  readonly memory: { readonly buffer: ArrayBuffer };
  init(): void;
  window_ptr(): number;
  get_window_end(): number;
  set_window_end(n: number): void;
  out_ptr(): number;
  out_len(): number;
  out_reset(): void;
  enc_speed(sync: number): void;
  close_stream(): void;
}

/** Go's maxStoreBlockSize: the level-1 block size. */
const maxStoreBlockSize = 65535;

let compiled: object | undefined;

/** The compiled module, once per process (also posted to gzip-worker.ts's workers). */
export function compiledBestSpeedGo126(): object {
  compiled ??= new WebAssembly.Module(Buffer.from(wasmBase64, 'base64'));
  return compiled;
}

function instantiate(): Exports {
  const exports = new WebAssembly.Instance(compiledBestSpeedGo126(), {}).exports as Exports;
  exports.init();
  return exports;
}

export class BestSpeedGo126 implements RawDeflater {
  private readonly x = instantiate();
  private readonly window = this.x.window_ptr();
  private readonly out = this.x.out_ptr();
  private windowEnd = 0;
  private closed = false;

  write(data: Uint8Array, emit: (out: Buffer) => void): void {
    if (this.closed) throw new Error('flate: write after close');
    const mem = new Uint8Array(this.x.memory.buffer);
    let at = 0;
    while (at < data.length) {
      if (this.windowEnd === maxStoreBlockSize) {
        this.x.set_window_end(this.windowEnd);
        this.x.enc_speed(0);
        this.windowEnd = 0;
        this.take(emit);
      }
      const n = Math.min(maxStoreBlockSize - this.windowEnd, data.length - at);
      mem.set(data.subarray(at, at + n), this.window + this.windowEnd);
      this.windowEnd += n;
      at += n;
    }
  }

  close(emit: (out: Buffer) => void): void {
    if (this.closed) return;
    this.closed = true;
    this.x.set_window_end(this.windowEnd);
    this.x.close_stream();
    this.take(emit);
  }

  private take(emit: (out: Buffer) => void): void {
    const n = this.x.out_len();
    if (n === 0) return;
    emit(Buffer.from(new Uint8Array(this.x.memory.buffer, this.out, n)));
    this.x.out_reset();
  }
}
