// A minimal deterministic ustar writer for test layers (regular files and directories, numeric
// owners, mtime 0 unless given), independent of the production tar code so tests can check that
// code against it, and able to write what production never does (entries owned by a non-root
// user, as a base image has).

export interface TarEntry {
  readonly name: string;
  /** Default 'file'. */
  readonly type?: 'file' | 'dir';
  /** Default 0o644. */
  readonly mode?: number;
  /** Owner and group id; default 0. */
  readonly uid?: number;
  /** Seconds since the epoch; default 0. */
  readonly mtime?: number;
  readonly content?: string | Buffer;
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(e: TarEntry, size: number): Buffer {
  if (Buffer.byteLength(e.name) > 100) throw new Error(`tar name too long for ustar: ${e.name}`);
  const block = Buffer.alloc(512);
  block.write(e.name, 0, 100, 'utf8');
  block.write(octal(e.mode ?? 0o644, 8), 100);
  block.write(octal(e.uid ?? 0, 8), 108); // uid
  block.write(octal(e.uid ?? 0, 8), 116); // gid
  block.write(octal(size, 12), 124);
  block.write(octal(e.mtime ?? 0, 12), 136);
  block.write('        ', 148); // checksum field counts as spaces while summing
  block.write(e.type === 'dir' ? '5' : '0', 156);
  block.write('ustar\0', 257);
  block.write('00', 263);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return block;
}

/** An uncompressed tar of `entries`, in the given order. */
export function makeTarEntries(entries: readonly TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const data = Buffer.isBuffer(e.content) ? e.content : Buffer.from(e.content ?? '', 'utf8');
    parts.push(header(e, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024)); // two zero blocks end the archive
  return Buffer.concat(parts);
}

/** An uncompressed tar of regular files (path → contents, mode 0644, root-owned), in order. */
export function makeTar(files: Readonly<Record<string, string | Buffer>>): Buffer {
  return makeTarEntries(Object.entries(files).map(([name, content]) => ({ name, content })));
}
