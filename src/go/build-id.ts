// A Go binary's build ID, read in process the way `go tool buildid` reads it (Go's
// cmd/internal/buildid): an ELF binary carries it in a PT_NOTE named "Go\0\0" of type 4; other
// formats (PE, Mach-O) carry the raw `\xff Go build ID: "…"\n \xff` marker near the start.
// KOCACHE looks a binary up by this ID on every build; asking `go tool buildid` costs ~55 ms.
import { open, type FileHandle } from 'node:fs/promises';

// Go reads this much and looks for notes and the raw marker within it.
const headSize = 32 * 1024;
const elfMagic = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
const rawPrefix = Buffer.from('\xff Go build ID: "', 'latin1');
const rawEnd = Buffer.from('"\n \xff', 'latin1');
const ptNote = 4;
const goNoteName = Buffer.from('Go\0\0', 'latin1');
const goBuildIdTag = 4;

/** The build ID, or undefined when the file has none this reader knows (the caller asks go). */
export async function readBuildId(file: string): Promise<string | undefined> {
  const fh = await open(file, 'r');
  try {
    const head = Buffer.alloc(headSize);
    const { bytesRead } = await fh.read(head, 0, headSize, 0);
    const data = head.subarray(0, bytesRead);
    if (data.subarray(0, 4).equals(elfMagic)) return await elfBuildId(fh, data);
    return rawBuildId(data);
  } finally {
    await fh.close();
  }
}

async function elfBuildId(fh: FileHandle, head: Buffer): Promise<string | undefined> {
  const is64 = head[4] === 2;
  const le = head[5] === 1;
  const u16 = (b: Buffer, o: number): number => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (b: Buffer, o: number): number => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const word = (b: Buffer, o: number): number =>
    is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
  if (head.length < (is64 ? 64 : 52)) return undefined;
  const phoff = word(head, is64 ? 0x20 : 0x1c);
  const phentsize = u16(head, is64 ? 0x36 : 0x2a);
  const phnum = u16(head, is64 ? 0x38 : 0x2c);
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    if (ph + phentsize > head.length) return undefined;
    if (u32(head, ph) !== ptNote) continue;
    const offset = word(head, ph + (is64 ? 8 : 4));
    const size = word(head, ph + (is64 ? 32 : 16));
    if (size < 16 || size > 1 << 20) continue;
    const notes = Buffer.alloc(size);
    await fh.read(notes, 0, size, offset);
    for (let at = 0; at + 12 <= size;) {
      const nameSize = u32(notes, at);
      const descSize = u32(notes, at + 4);
      const tag = u32(notes, at + 8);
      const nameAt = at + 12;
      const descAt = nameAt + align4(nameSize);
      if (descAt + descSize > size) break;
      const name = notes.subarray(nameAt, nameAt + nameSize);
      if (tag === goBuildIdTag && name.equals(goNoteName))
        return notes.subarray(descAt, descAt + descSize).toString('latin1');
      at = descAt + align4(descSize);
    }
  }
  return undefined;
}

function rawBuildId(data: Buffer): string | undefined {
  const start = data.indexOf(rawPrefix);
  if (start < 0) return undefined;
  const from = start + rawPrefix.length;
  const end = data.indexOf(rawEnd, from);
  if (end < 0) return undefined;
  const id = data.subarray(from, end).toString('latin1');
  // The linker writes it as a Go quoted string; build IDs never need escapes.
  return /^[\x21-\x7e]+$/.test(id) && !id.includes('\\') ? id : undefined;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
