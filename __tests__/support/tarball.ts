// A minimal deterministic ustar writer for test layers (regular files only; mtime 0, root-owned),
// independent of the production tar code so tests can check that code against it.

function header(name: string, size: number): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar name too long for ustar: ${name}`);
  const block = Buffer.alloc(512);
  const octal = (value: number, width: number): string =>
    value.toString(8).padStart(width - 1, '0') + '\0';
  block.write(name, 0, 100, 'utf8');
  block.write(octal(0o644, 8), 100);
  block.write(octal(0, 8), 108); // uid
  block.write(octal(0, 8), 116); // gid
  block.write(octal(size, 12), 124);
  block.write(octal(0, 12), 136); // mtime
  block.write('        ', 148); // checksum field counts as spaces while summing
  block.write('0', 156); // regular file
  block.write('ustar\0', 257);
  block.write('00', 263);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return block;
}

/** An uncompressed tar of `files` (path → contents), in the given order. */
export function makeTar(files: Readonly<Record<string, string | Buffer>>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, contents] of Object.entries(files)) {
    const data = Buffer.isBuffer(contents) ? contents : Buffer.from(contents, 'utf8');
    parts.push(header(name, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024)); // two zero blocks end the archive
  return Buffer.concat(parts);
}
