import { describe, expect, it } from '@jest/globals';
import { fixturesDir } from '../support/tools.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { encodeHeader, TarWriter, TypeDir, TypeReg, type TarHeader } from '../../src/oci/tar.js';

interface GoldenEntry {
  name: string;
  typeflag: string;
  mode: string;
  mtime: number;
  size: number;
  data_utf8?: string;
  pax?: Record<string, string>;
}
interface GoldenTar {
  entries?: GoldenEntry[];
  length: number;
  diffID: string;
  headers_hex?: { entry: string; offset: number; hex: string }[];
}

const golden = JSON.parse(readFileSync(join(fixturesDir, 'golden.json'), 'utf8')) as {
  tar: Record<string, GoldenTar>;
};

/** A sink that keeps everything, with a small buffer so backpressure really happens. */
function memorySink(): { sink: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      setImmediate(cb);
    },
  });
  return { sink, bytes: () => Buffer.concat(chunks) };
}

async function tarOf(entries: readonly [TarHeader, Uint8Array?][], chunkSize?: number) {
  const { sink, bytes } = memorySink();
  const tw = new TarWriter(sink, chunkSize);
  for (const [h, data] of entries) await tw.writeEntry(h, data);
  await tw.close();
  const out = bytes();
  expect(tw.length).toBe(out.length);
  return out;
}

const sha = (b: Uint8Array) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

describe('golden tar vectors (docs/spec/ko-compat.md#12-golden-vectors-also-in-goldenjson)', () => {
  const named = Object.entries(golden.tar).filter(([, v]) => v.entries);
  it('covers every vector with entries', () => {
    expect(named.map(([k]) => k).sort()).toEqual([
      'binary_linux_hello',
      'binary_windows_hello',
      'kodata_empty_epoch0',
      'kodata_empty_epoch1700000000',
      'kodata_files_epoch0',
    ]);
  });

  it.each(named)('%s: every header byte, the length and the diffID', async (_name, v) => {
    const entries = (v.entries ?? []).map((e): [TarHeader, Uint8Array] => [
      {
        name: e.name,
        typeflag: e.typeflag === '5' ? TypeDir : TypeReg,
        mode: parseInt(e.mode, 8),
        mtime: e.mtime,
        size: e.size,
        ...(e.pax && { pax: e.pax }),
      },
      Buffer.from(e.data_utf8 ?? '', 'utf8'),
    ]);
    // A tiny chunk size exercises the coalescing buffer's flush paths too.
    for (const chunkSize of [undefined, 700]) {
      const tar = await tarOf(entries, chunkSize);
      for (const h of v.headers_hex ?? []) {
        expect([h.entry, tar.subarray(h.offset, h.offset + 512).toString('hex')]).toEqual([
          h.entry,
          h.hex,
        ]);
      }
      expect(tar.length).toBe(v.length);
      expect(sha(tar)).toBe(v.diffID);
    }
  });

  it('empty tar: exactly the 1024-byte trailer', async () => {
    const v = golden.tar.empty_tar_1024_zero_bytes;
    const tar = await tarOf([]);
    expect(tar.length).toBe(v?.length);
    expect(tar.equals(Buffer.alloc(1024))).toBe(true);
    expect(sha(tar)).toBe(v?.diffID);
  });
});

describe('header encoding, differential against Go archive/tar', () => {
  // Expected values: sha256 and length of the bytes Go 1.26.8's tar.Writer.WriteHeader emitted for
  // the same tar.Header{Name, Typeflag, Mode: 0555, Size, ModTime: time.Unix(mtime, 0), PAXRecords}
  // (throwaway harness run during development; the Go program is not needed at test time).
  const x = (n: number, c: string) => c.repeat(n);
  const a = (n: number) => x(n, 'a');
  const cases: [string, TarHeader, string, number][] = [
    [
      'negative mtime → PAX mtime',
      h('/f', 1, -1),
      '2458369fc9c1389247986c8b443ee1c69689e998347c77576091b754aeaf4814',
      1536,
    ],
    [
      'mtime 8^11 → PAX mtime',
      h('/f', 1, 8589934592),
      'c6192ba0671c66d96837331f7cac2bc8d1ea4ea8be96ca5aeedd9074958cf2da',
      1536,
    ],
    [
      'largest USTAR mtime',
      h('/f', 1, 8589934591),
      'b5d5fb3c29b13270849ad2e715c71ec9091c6e88ef6bf55ca877fb8369a80695',
      512,
    ],
    [
      'size 8 GiB → PAX size',
      h('/f', 8589934592, 0),
      '0ee9ab62abf713841c3d403f8316a2b1831b0c227ea6f082fab1d1aba8617f32',
      1536,
    ],
    [
      'name of exactly 100 bytes',
      h(x(100, 'n'), 1, 0),
      'b1152c4ade20b7f18da9715ae00ad711abc0f280111bd2999f5e37abe8d4b2c7',
      512,
    ],
    [
      '256-byte name without a slash → PAX path',
      h(x(256, 'n'), 1, 0),
      '9093bf35f1af28175c7f5b6474657b5b875535af1c4db972275f33c6dd7d7ec8',
      1536,
    ],
    [
      'USTAR prefix split',
      h(`/var/run/ko/${x(60, 'p')}/${x(50, 'q')}.txt`, 1, 0),
      '5b93e673cf89139e6a7a313e4177016c21c83fa9af2089b6ad4aa600cdccd09f',
      512,
    ],
    [
      'directory with a trailing slash, split',
      { name: x(60, 'd/'), typeflag: TypeDir, mode: 0o555 },
      '03486a9d2faffe831ec900bab8758f68cfc67afa81e75f7271eac1944d2162a5',
      512,
    ],
    [
      'truncated ASCII name ending in "/"',
      h(`é${x(99, 'x')}/${x(20, 'y')}`, 1, 0),
      'bf2a0a3a27710f1c4076b7528c278547c99ba20ebe168cadc4c4b69b61cd39fb',
      1536,
    ],
    [
      'truncated ASCII name ending in "//"',
      h(`é${x(98, 'x')}//${x(20, 'y')}`, 1, 0),
      'ef0984c4b2e1d3eae2960ed32348d42a9b8176220edc20bf9986d42d01dacb6d',
      1536,
    ],
    [
      'PAX record of 99 bytes',
      h('/f', 1, 0, { k: a(93) }),
      '556c87ffd7dfdded86e78fa9449425d8d6842205ba615224913a61ff470dd906',
      1536,
    ],
    [
      'PAX record of 100 bytes (length digits grow)',
      h('/f', 1, 0, { k: a(94) }),
      '28319d7e413e3719cdba32e7e73cb0070dfca4b9e32aca2ef260ffaf300255ec',
      1536,
    ],
    [
      'PAX record of 102 bytes',
      h('/f', 1, 0, { k: a(95) }),
      'eea2c25ae41b9750c6930d572e673c3ee82e255d74c14e4d6cd42d64bdc641bc',
      1536,
    ],
    [
      'PAX record of 103 bytes',
      h('/f', 1, 0, { k: a(96) }),
      'f350029a7ef66473c9ef6cad3e95f7291d7d61379442494343db0308f22260da',
      1536,
    ],
    [
      'several records, sorted, binary values',
      h('/a/b', 1, 0, {
        zeta: Buffer.from([0, 255]),
        'MSWINDOWS.rawsd': 'A',
        'SCHILY.xattr.x': Buffer.from([0, 1, 2]),
      }),
      '811935b79beb3483251b5474a4d4f3bde176ae21fe1ad6f3a534d08e3c477153',
      1536,
    ],
    [
      'directory with PAX and non-ASCII name',
      {
        name: '/a/é',
        typeflag: TypeDir,
        mode: 0o555,
        mtime: 1700000000,
        pax: { 'MSWINDOWS.rawsd': 'A' },
      },
      '7dc1f30483c81d02a354a87553f0931591655c267133343f17e7adbf4a9999f0',
      1536,
    ],
    [
      'long non-ASCII name → PAX path, truncated header name',
      h(`/${a(200)}/é`, 1, 0),
      'dffb45cb5bee9f6b6fe3aef7a708f9765f38fbc18d245fe3ac10944f0741401d',
      1536,
    ],
    [
      'name without a directory',
      h('ko-app', 1, 0, { k: 'v' }),
      'db3fa03a8becac04f1a2691bfc7a24bfb691e135ad906b8f943f3d5b50496574',
      1536,
    ],
    [
      'root directory "/"',
      { name: '/', typeflag: TypeDir, mode: 0o555, pax: { k: 'v' } },
      '5b4ddbb911adf116261ec27c9056fa728d10b157303ed96a71cf45f79abb7c21',
      1536,
    ],
  ];

  function h(name: string, size: number, mtime: number, pax?: TarHeader['pax']): TarHeader {
    return { name, typeflag: TypeReg, mode: 0o555, size, mtime, ...(pax && { pax }) };
  }

  it.each(cases)('%s', (_label, header, digest, length) => {
    const bytes = encodeHeader(header);
    expect(bytes.length).toBe(length);
    expect(sha(bytes)).toBe(`sha256:${digest}`);
  });

  it('Go zero time (time.Time{}) is written as mtime 0', () => {
    expect(encodeHeader(h('/f', 1, -62135596800))).toEqual(encodeHeader(h('/f', 1, 0)));
  });
});

describe('TarWriter', () => {
  it('rejects what Go would not write as USTAR/PAX, and content of the wrong size', async () => {
    expect(() => encodeHeader({ name: 'a\0b', typeflag: TypeReg, mode: 0o555 })).toThrow(/NUL/);
    expect(() =>
      encodeHeader({ name: 'a', typeflag: TypeReg, mode: 0o555, pax: { path: 'b' } }),
    ).toThrow(/derived from the header/);
    expect(() =>
      encodeHeader({ name: 'a', typeflag: TypeReg, mode: 0o555, pax: { 'a=b': 'c' } }),
    ).toThrow(/invalid PAX key/);
    const tw = new TarWriter(memorySink().sink);
    await expect(
      tw.writeEntry({ name: 'a', typeflag: TypeReg, mode: 0o555, size: 3 }, Buffer.from('ab')),
    ).rejects.toThrow('2 bytes of content for size 3');
  });

  it('fails instead of hanging when the sink is destroyed mid-write', async () => {
    const sink = new Writable({ highWaterMark: 1, write: () => undefined }); // never drains
    const tw = new TarWriter(sink, 1024);
    const writing = tw.writeEntry(
      { name: 'big', typeflag: TypeReg, mode: 0o555, size: 4096 },
      Buffer.alloc(4096),
    );
    setImmediate(() => sink.destroy(new Error('upstream failed')));
    await expect(writing).rejects.toThrow('upstream failed');
  });
});
