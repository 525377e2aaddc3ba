// A streaming tar writer whose bytes match Go's archive/tar for the entries ko writes (directories
// and regular files, uid/gid 0, no uname/gname). Layer diffIDs depend on every header byte, so the
// USTAR/PAX choice, field formatting and PAX record layout follow Go's writer exactly (docs/spec/ko-compat.md#12-go-archivetar-header-block-byte-by-byte-format-ustar,
// docs/spec/ko-compat.md#13-when-go-switches-to-pax-must-be-mirrored). Output is coalesced into large chunks: the sink is a gzip stream where each write costs a
// thread-pool round trip, and kodata trees are many small headers and files.
import { open } from 'node:fs/promises';
import { posix } from 'node:path';
import { Readable, type Writable } from 'node:stream';

export const TypeReg = '0';
export const TypeDir = '5';
const TypeXHeader = 'x';

export interface TarHeader {
  /** The entry name exactly as ko passes it to Go (e.g. `/ko-app/hello`, `ko-app`). */
  readonly name: string;
  readonly typeflag: typeof TypeReg | typeof TypeDir;
  readonly mode: number;
  /** Bytes of content; directories have none. */
  readonly size?: number;
  /** Seconds since the Unix epoch; default 0. */
  readonly mtime?: number;
  /** Extra PAX records (Go's Header.PAXRecords); their presence forces the PAX format. */
  readonly pax?: Readonly<Record<string, string | Uint8Array>>;
}

const block = 512;
const nameSize = 100;
const prefixSize = 155;
const maxPaxSize = 1 << 20;
// time.Time{}.Unix(): Go treats the zero time as "unset" and writes 0.
const goZeroTimeUnix = -62135596800;
// Records Go derives from header fields itself; a caller may not set them (Go would ignore them).
const basicKeys = new Set(['path', 'linkpath', 'size', 'uid', 'gid', 'uname', 'gname', 'mtime']);

export function blockPadding(size: number): number {
  return (block - (size % block)) % block;
}

/** Two zero blocks end the archive; Go writes no further record padding. */
export const tarTrailer: Buffer = Buffer.alloc(2 * block);

/** The header block(s) for one entry: [PAX header + records +] the entry's own header. */
export function encodeHeader(h: TarHeader): Buffer {
  const name = Buffer.from(h.name, 'utf8');
  const size = h.typeflag === TypeDir ? 0 : (h.size ?? 0);
  const mtime = h.mtime === undefined || h.mtime === goZeroTimeUnix ? 0 : h.mtime;
  if (name.includes(0)) throw new Error(`tar: name contains NUL: ${JSON.stringify(h.name)}`);
  if (!Number.isSafeInteger(size) || size < 0) throw new Error(`tar: bad size ${size}`);
  if (!Number.isSafeInteger(mtime)) throw new Error(`tar: bad mtime ${mtime}`);
  if (!fitsInOctal(8, h.mode)) throw new Error(`tar: bad mode ${h.mode}`);

  // Go's Header.allowedFormats: USTAR if every field fits, else PAX with records for the rest.
  const pax = new Map<string, Buffer>();
  let ustar = true;
  if (!isAscii(name) || name.length > nameSize) {
    if (!splitUstarPath(name)) ustar = false;
    pax.set('path', name);
  }
  if (!fitsInOctal(12, size)) {
    ustar = false;
    pax.set('size', Buffer.from(String(size)));
  }
  if (!fitsInOctal(12, mtime)) {
    ustar = false;
    pax.set('mtime', Buffer.from(String(mtime)));
  }
  for (const [key, value] of Object.entries(h.pax ?? {})) {
    if (basicKeys.has(key)) throw new Error(`tar: PAX record ${key} is derived from the header`);
    if (key === '' || key.includes('=') || key.includes('\0')) {
      throw new Error(`tar: invalid PAX key ${JSON.stringify(key)}`);
    }
    pax.set(key, typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value));
    ustar = false;
  }

  if (ustar) {
    const split = splitUstarPath(name);
    return entryBlock(h, split ? split.suffix : name, size, mtime, split?.prefix);
  }
  const records = paxRecords(pax);
  if (records.length > maxPaxSize) throw new Error(`tar: PAX records for ${h.name} exceed 1 MiB`);
  const raw = rawPaxBlock(paxHeaderName(h.name), records.length);
  return Buffer.concat([
    raw,
    records,
    Buffer.alloc(blockPadding(records.length)),
    entryBlock(h, toAscii(name), size, mtime, undefined),
  ]);
}

/** Go's writeUSTARHeader/templateV7Plus; in PAX mode `nameBytes` is the ASCII-only best effort. */
function entryBlock(
  h: TarHeader,
  nameBytes: Buffer,
  size: number,
  mtime: number,
  prefix: Buffer | undefined,
): Buffer {
  const b = Buffer.alloc(block);
  b[156] = h.typeflag.charCodeAt(0);
  putString(b, 0, nameSize, nameBytes);
  putOctal(b, 100, 8, h.mode);
  putOctal(b, 108, 8, 0); // uid
  putOctal(b, 116, 8, 0); // gid
  putOctal(b, 124, 12, size);
  putOctal(b, 136, 12, mtime);
  putOctal(b, 329, 8, 0); // devmajor: Go writes it for every type
  putOctal(b, 337, 8, 0); // devminor
  if (prefix) putString(b, 345, prefixSize, prefix);
  return finishBlock(b);
}

/** Go's writeRawFile for the 'x' entry: only name, zeroed numbers, size and magic. */
function rawPaxBlock(name: Buffer, size: number): Buffer {
  const b = Buffer.alloc(block);
  let n = toAscii(name).subarray(0, nameSize);
  let end = n.length;
  while (end > 0 && n[end - 1] === 0x2f) end--;
  n = n.subarray(0, end);
  b[156] = TypeXHeader.charCodeAt(0);
  putString(b, 0, nameSize, n);
  putOctal(b, 100, 8, 0);
  putOctal(b, 108, 8, 0);
  putOctal(b, 116, 8, 0);
  putOctal(b, 124, 12, size);
  putOctal(b, 136, 12, 0);
  return finishBlock(b);
}

/** Magic `ustar\0` `00`, then the checksum as 6 octal digits, NUL, space. */
function finishBlock(b: Buffer): Buffer {
  b.write('ustar\x0000', 257, 'latin1');
  let sum = 8 * 0x20; // the checksum field counts as spaces
  for (let i = 0; i < block; i++) if (i < 148 || i >= 156) sum += b[i] ?? 0;
  putOctal(b, 148, 7, sum);
  b[155] = 0x20;
  return b;
}

/** `dir/PaxHeaders.0/base` as Go's path.Join(path.Split(name)) builds it. */
function paxHeaderName(name: string): Buffer {
  const slash = name.lastIndexOf('/');
  const joined = posix.join(name.slice(0, slash + 1), 'PaxHeaders.0', name.slice(slash + 1));
  // Go's path.Clean drops a trailing slash; Node's keeps it.
  return Buffer.from(joined.length > 1 ? joined.replace(/\/+$/, '') : joined, 'utf8');
}

/** Records sorted by key bytes, each `<len> <key>=<value>\n` where len counts itself. */
function paxRecords(records: Map<string, Buffer>): Buffer {
  const keys = [...records.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return Buffer.concat(
    keys.map((key) => {
      const value = records.get(key) ?? Buffer.alloc(0);
      const body = Buffer.concat([Buffer.from(` ${key}=`), value, Buffer.from('\n')]);
      let size = body.length + String(body.length).length;
      if (String(size).length + body.length !== size) size = String(size).length + body.length;
      return Buffer.concat([Buffer.from(String(size)), body]);
    }),
  );
}

/** Go's splitUSTARPath: split at a `/` so that prefix ≤ 155 and name ≤ 100 bytes. */
function splitUstarPath(name: Buffer): { prefix: Buffer; suffix: Buffer } | undefined {
  let length = name.length;
  if (length <= nameSize || !isAscii(name)) return undefined;
  if (length > prefixSize + 1) length = prefixSize + 1;
  else if (name[length - 1] === 0x2f) length--;
  const i = name.subarray(0, length).lastIndexOf(0x2f);
  const nlen = name.length - i - 1;
  if (i <= 0 || nlen > nameSize || nlen === 0 || i > prefixSize) return undefined;
  return { prefix: name.subarray(0, i), suffix: name.subarray(i + 1) };
}

function isAscii(s: Buffer): boolean {
  for (const c of s) if (c >= 0x80 || c === 0) return false;
  return true;
}

/** Go's toASCII: drop every non-ASCII character (whole UTF-8 sequences) and NUL. */
function toAscii(s: Buffer): Buffer {
  return isAscii(s) ? s : Buffer.from(s.filter((c) => c < 0x80 && c !== 0));
}

function fitsInOctal(width: number, x: number): boolean {
  return Number.isSafeInteger(x) && x >= 0 && (width >= 22 || x < 8 ** (width - 1));
}

/** Go's formatter.formatOctal: zero-padded, NUL-terminated; 0 when it does not fit. */
function putOctal(b: Buffer, offset: number, width: number, x: number): void {
  const digits = (fitsInOctal(width, x) ? x : 0).toString(8).padStart(width - 1, '0');
  putString(b, offset, width, Buffer.from(digits, 'latin1'));
}

/** Go's formatter.formatString, including its trailing-slash fix for truncated names. */
function putString(b: Buffer, offset: number, width: number, s: Buffer): void {
  s.copy(b, offset, 0, Math.min(width, s.length));
  if (s.length < width) b[offset + s.length] = 0;
  if (s.length > width && b[offset + width - 1] === 0x2f) {
    let n = width - 1;
    while (n > 0 && s[n - 1] === 0x2f) n--;
    b[offset + n] = 0;
  }
}

const defaultChunk = 1 << 20;

/**
 * Writes entries to a sink with backpressure. Small pieces are gathered into chunks of
 * `chunkSize`; file contents are read straight into those chunks (no extra copies).
 */
export class TarWriter {
  private buf: Buffer;
  private pos = 0;
  private written = 0;

  constructor(
    private readonly sink: Writable,
    private readonly chunkSize = defaultChunk,
  ) {
    this.buf = Buffer.allocUnsafe(chunkSize);
  }

  /** Bytes of tar produced so far (including any still buffered). */
  get length(): number {
    return this.written + this.pos;
  }

  /** An entry whose content (if any) is in memory. */
  async writeEntry(h: TarHeader, data: Uint8Array = new Uint8Array(0)): Promise<void> {
    const size = h.typeflag === TypeDir ? 0 : (h.size ?? data.length);
    if (data.length !== size) {
      throw new Error(`tar: ${h.name}: ${data.length} bytes of content for size ${size}`);
    }
    await this.append(encodeHeader({ ...h, size }));
    await this.append(data);
    await this.append(zeros.subarray(0, blockPadding(size)));
  }

  /** A regular file whose `size` bytes are streamed from `path`; a size change is an error. */
  async writeFile(h: TarHeader, path: string): Promise<void> {
    const size = h.size ?? 0;
    await this.append(encodeHeader(h));
    const fh = await open(path, 'r');
    try {
      let position = 0;
      while (position < size) {
        if (this.pos === this.buf.length) await this.flush();
        const want = Math.min(size - position, this.buf.length - this.pos);
        const { bytesRead } = await fh.read(this.buf, this.pos, want, position);
        if (bytesRead === 0)
          throw new Error(`${path} shrank while being read (expected ${size} bytes)`);
        this.pos += bytesRead;
        position += bytesRead;
      }
      const probe = await fh.read(Buffer.alloc(1), 0, 1, size);
      if (probe.bytesRead !== 0)
        throw new Error(`${path} grew while being read (expected ${size} bytes)`);
    } finally {
      await fh.close();
    }
    await this.append(zeros.subarray(0, blockPadding(size)));
  }

  /** The trailer, then everything buffered. Does not end the sink. */
  async close(): Promise<void> {
    await this.append(tarTrailer);
    await this.flush();
  }

  private async append(bytes: Uint8Array): Promise<void> {
    if (bytes.length >= this.buf.length / 2) {
      // Large in-memory content: hand it over as it is.
      await this.flush();
      await this.emit(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
      return;
    }
    if (this.pos + bytes.length > this.buf.length) await this.flush();
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  private async flush(): Promise<void> {
    if (this.pos === 0) return;
    const chunk = this.buf.subarray(0, this.pos);
    // The sink keeps `chunk`, so later bytes go to a fresh buffer.
    this.buf = Buffer.allocUnsafe(this.chunkSize);
    this.pos = 0;
    await this.emit(chunk);
  }

  private async emit(chunk: Buffer): Promise<void> {
    if (chunk.length === 0) return;
    if (this.sink.destroyed) throw this.sink.errored ?? new Error('tar: sink was closed');
    this.written += chunk.length;
    if (!this.sink.write(chunk)) await drained(this.sink);
  }
}

const zeros = Buffer.alloc(block);

/** Resolves on 'drain'; rejects if the sink fails or closes first (a bare once('drain') would hang). */
function drained(sink: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      sink.off('drain', onDrain).off('error', onError).off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (err: Error) => done(err);
    const onClose = () => done(sink.errored ?? new Error('tar: sink closed before draining'));
    sink.on('drain', onDrain).on('error', onError).on('close', onClose);
  });
}

/** A regular file of a streamed tar: its name, its exact size, and a way to read its bytes. */
export interface TarFile {
  readonly name: string;
  readonly size: number;
  readonly open: () => Promise<Readable>;
}

/**
 * A tar of `files` (mode 0644) as a stream, its length known before a byte is read: the
 * docker-archive tarball (oci/docker-archive.ts) and the daemon's image load send it as a body.
 */
export function streamTar(files: readonly TarFile[]): {
  readonly length: number;
  readonly stream: Readable;
} {
  const length =
    files.reduce((n, f) => n + 512 + f.size + blockPadding(f.size), 0) + tarTrailer.length;
  async function* chunks(): AsyncGenerator<Buffer> {
    for (const f of files) {
      yield encodeHeader({ name: f.name, typeflag: TypeReg, mode: 0o644, size: f.size });
      let seen = 0;
      for await (const chunk of await f.open()) {
        const buf = chunk as Buffer;
        seen += buf.length;
        yield buf;
      }
      if (seen !== f.size) throw new Error(`${f.name}: read ${seen} bytes, expected ${f.size}`);
      const pad = blockPadding(f.size);
      if (pad) yield Buffer.alloc(pad);
    }
    yield tarTrailer;
  }
  return { length, stream: Readable.from(chunks()) };
}
