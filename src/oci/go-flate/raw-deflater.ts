// One raw DEFLATE (RFC 1951) encoder as a push API: bytes in, compressed bytes handed to `emit`
// as they are ready. Each implementation reproduces one Go release's compress/flate level
// exactly; gzip-writer.ts frames any of them.

export interface RawDeflater {
  /** Adds input; may emit compressed bytes (never retains `data` after returning). */
  write(data: Uint8Array, emit: (out: Buffer) => void): void;
  /** Ends the stream: emits the remaining bytes, including the final block. */
  close(emit: (out: Buffer) => void): void;
}
