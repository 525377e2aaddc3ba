import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createGunzip, gunzipSync, gzipSync, inflateRawSync } from 'node:zlib';
import { appPath, createBinaryLayer } from '../../src/engine/binary-layer.js';
import { appFileName as appFilename } from '../../src/ko/image-config.js';
import { capabilityXattr } from '../../src/oci/capabilities.js';
import { kodataEpoch } from '../../src/ko/kodata-epoch.js';
import { createKodataLayer } from '../../src/engine/kodata-layer.js';
import { KoActionError } from '../../src/util/errors.js';
import { createParallelGzip } from '../../src/oci/gzip.js';
import { createLayer, layerFromFile, type Layer } from '../../src/oci/layer.js';
import { MediaType } from '../../src/oci/media-types.js';
import { TarWriter, TypeReg } from '../../src/oci/tar.js';

const mediaType = MediaType.OciLayer;
let work: string;
let tmpDir: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ko-layers-'));
  tmpDir = join(work, 'layers');
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const sha = (b: Uint8Array) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** Deterministic bytes: sha256(seed:i) blocks. The Go differential used the same generator. */
function pseudoRandom(seed: string, size: number): Buffer {
  const out = Buffer.allocUnsafe(size);
  for (let i = 0, off = 0; off < size; i++, off += 32) {
    createHash('sha256').update(`${seed}:${i}`).digest().copy(out, off);
  }
  return out;
}

/** Nested dirs, dotfiles, an empty dir and empty file, non-ASCII and long names, two symlinks. */
async function buildKodataTree(dir: string): Promise<void> {
  const put = async (rel: string, data: string | Buffer) => {
    await mkdir(join(dir, rel, '..'), { recursive: true });
    await writeFile(join(dir, rel), data);
  };
  await put('a.txt', 'hi\n');
  await put('B.txt', 'upper\n');
  await put('.hidden', 'dot\n');
  await put('nested/deep/er/file.bin', pseudoRandom('nested', 3000));
  await put('nested/z.txt', '');
  await put('héllo-世界.txt', 'unicode\n');
  await put(`${'p'.repeat(60)}/${'q'.repeat(50)}.txt`, 'split\n');
  await mkdir(join(dir, 'empty'));
  await symlink('a.txt', join(dir, 'link-to-file'));
  await symlink('nested', join(dir, 'link-to-dir'));
}

/** A pass-through that hashes and counts what flows through it. */
function counting() {
  const hash = createHash('sha256');
  let n = 0;
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => {
    hash.update(c);
    n += c.length;
  });
  return { stream, digest: () => `sha256:${hash.digest('hex')}`, length: () => n };
}

/**
 * Decodes a gzip that must be exactly one member: Go's header, one deflate stream ending with
 * BFINAL right before the trailer, and a trailer with the right CRC-32 and length.
 */
function singleMember(file: Buffer): Buffer {
  expect(file.subarray(0, 10).toString('hex')).toBe('1f8b08000000000004ff');
  const body = file.subarray(10, file.length - 8);
  const { buffer: data, engine } = inflateRawSync(body, { info: true }) as unknown as {
    buffer: Buffer;
    engine: { bytesWritten: number };
  };
  expect(engine.bytesWritten).toBe(body.length);
  expect(file.readUInt32LE(file.length - 8)).toBe(crc32(data));
  expect(file.readUInt32LE(file.length - 4)).toBe(data.length % 2 ** 32);
  return data;
}

/** Checks a layer end to end: the file is the descriptor, and it gunzips to the diffID's tar. */
async function verify(layer: Layer): Promise<Buffer> {
  const file = await readFile(layer.path);
  expect(layer.descriptor.size).toBe(file.length);
  expect(layer.descriptor.digest).toBe(sha(file));
  expect(layer.descriptor.mediaType).toBe(mediaType);
  const tar = singleMember(file);
  expect(sha(tar)).toBe(layer.diffId);
  const opened: Buffer[] = [];
  for await (const chunk of await layer.open()) opened.push(chunk as Buffer);
  expect(Buffer.concat(opened).equals(file)).toBe(true);
  return tar;
}

const hello = 'hello, world\n';
async function helloBinary(): Promise<string> {
  const p = join(work, 'hello');
  await writeFile(p, hello);
  return p;
}

describe('binary layer', () => {
  it('matches the golden Linux and Windows vectors (docs/spec/ko-compat.md#12-golden-vectors-also-in-goldenjson)', async () => {
    const binaryPath = await helloBinary();
    const base = { binaryPath, importPath: 'example.com/hello', mediaType, tmpDir };
    const linux = await createBinaryLayer({ ...base, os: 'linux' });
    expect(linux.diffId).toBe(
      'sha256:42b06c3e0b3b2fd5f944237e9753a1cc525845be9afefd2c69796d898b15f189',
    );
    expect((await verify(linux)).length).toBe(2560);
    const windows = await createBinaryLayer({ ...base, os: 'windows' });
    expect(windows.diffId).toBe(
      'sha256:a8f64cf25704c8501aa407a58fef0a27884e09824bfdddba5b228a3f820729f2',
    );
    expect((await verify(windows)).length).toBe(4608);
  });

  it('names the binary as ko does', () => {
    expect(appFilename('example.com/foo/v2')).toBe('v2');
    expect(appFilename('example.com/cmd/app/')).toBe('app');
    expect(appFilename('')).toBe('ko-app');
    expect(appFilename('/')).toBe('ko-app');
    expect(appPath('example.com/hello')).toBe('/ko-app/hello');
  });

  // Expected diffIDs: ko's tarBinary (pkg/build/gobuild.go at ko 42978711, copied into a
  // throwaway harness with pkg/caps) run by Go 1.26.8 on the same files during development.
  const big = 'example.com/svc/cmd/server';
  const base95 = `cmd-${'x'.repeat(91)}`; // `/ko-app/` + 95 bytes: USTAR prefix split
  const base120 = `cmd-${'y'.repeat(116)}`; // suffix over 100 bytes: PAX path record
  const cases: [string, 'big' | 'hello', string, string, string[], string][] = [
    [
      '5 MB binary',
      'big',
      big,
      'linux',
      [],
      '82317a05a0656e29bd246923fafde465acd2e2f43d232c067f1d4284a151616d',
    ],
    [
      '5 MB binary, cap_net_bind_service+ep',
      'big',
      big,
      'linux',
      ['cap_net_bind_service+ep'],
      '65bf6e1ecd386cc27e941111f9697e16316af6cb9e636dfffd6b6882681c1155',
    ],
    [
      '5 MB binary, windows',
      'big',
      big,
      'windows',
      [],
      'cda5e72835caa0af82062b1a980b7696bf661686313c60b47a6cb72ddcc454ad',
    ],
    [
      'capabilities ignored off linux',
      'big',
      big,
      'darwin',
      ['cap_net_bind_service+ep'],
      '82317a05a0656e29bd246923fafde465acd2e2f43d232c067f1d4284a151616d',
    ],
    [
      '95-byte app name (USTAR prefix split)',
      'hello',
      `example.com/${base95}`,
      'linux',
      [],
      'ea624347d8be36fc37f76736fde84611a7d04928e82b30ebf68c0ca1a65aa04d',
    ],
    [
      '120-byte app name (PAX path)',
      'hello',
      `example.com/${base120}`,
      'linux',
      [],
      '24826a1b46679e66d6a2816c3956e6b39e744a83c9f9e81172ad5abea30cb620',
    ],
    [
      '120-byte app name, windows',
      'hello',
      `example.com/${base120}`,
      'windows',
      [],
      'b72e500ae9002fe43834f89a7e60dc4ff9732a56a85183b22f67e0cb6ee6c908',
    ],
    [
      '/v2 import path',
      'hello',
      'example.com/foo/v2',
      'linux',
      [],
      '946d43c66313d6347ed4d00c8d4d2f9c05d85602e6ffd2eacd23dcde29cfc015',
    ],
    [
      'caps: names, +i, =pe, bit 39',
      'hello',
      'example.com/hello',
      'linux',
      ['net_raw', 'CAP_SYS_TIME+i', 'cap_bpf=pe'],
      '8a5ccd72d0c217daa3134a93ef0cc2b8f11455877049dcc9564983b9feaeeb7b',
    ],
    [
      'caps: all=p then -p',
      'hello',
      'example.com/hello',
      'linux',
      ['all=p', 'cap_chown-p'],
      'dccc42c13afe6a60424a787ccd1f8c90ae10e36f1ffed05699f2980b89ddef8e',
    ],
    [
      'caps: =ep then -e',
      'hello',
      'example.com/hello',
      'linux',
      ['=ep', 'cap_kill-e'],
      '91135c019f60484a788c5b5f956f6d1b56f04d4bf1fbe7496cf1c63af253126d',
    ],
    [
      'caps granting nothing add no record',
      'hello',
      'example.com/hello',
      'linux',
      ['cap_chown+e'],
      '42b06c3e0b3b2fd5f944237e9753a1cc525845be9afefd2c69796d898b15f189',
    ],
  ];
  it.each(cases)(
    'same diffID as ko: %s',
    async (_label, which, importPath, os, capabilities, diff) => {
      const binaryPath = join(work, which);
      await writeFile(
        binaryPath,
        which === 'big' ? pseudoRandom('binary', 5 * 1024 * 1024 + 123) : hello,
      );
      const layer = await createBinaryLayer({
        binaryPath,
        importPath,
        os,
        capabilities,
        mediaType,
        tmpDir,
      });
      expect(layer.diffId).toBe(`sha256:${diff}`);
      await verify(layer);
    },
  );

  it('encodes capabilities as vfs_cap_data rev 2', () => {
    expect(capabilityXattr(['cap_net_bind_service+ep'])?.toString('hex')).toBe(
      '0100000200040000000000000000000000000000',
    );
    expect(capabilityXattr([])).toBeUndefined();
  });

  it('reports bad capabilities as ko does', async () => {
    expect(() => capabilityXattr(['cap_nope+p'])).toThrow(
      '"cap_nope+p": unknown capability: "cap_nope"',
    );
    expect(() => capabilityXattr(['cap_chown+x'])).toThrow(`"cap_chown+x": unknown flag 'x'`);
    expect(() => capabilityXattr(['64'])).toThrow('unknown capability: "64"');
    const err = await createBinaryLayer({
      binaryPath: await helloBinary(),
      importPath: 'example.com/hello',
      os: 'linux',
      capabilities: ['bogus'],
      mediaType,
      tmpDir,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KoActionError);
    expect((err as KoActionError).where).toBe('linux_capabilities');
  });
});

describe('kodata layer', () => {
  const opts = (kodataDir: string, os = 'linux', epochSeconds = 0) => ({
    kodataDir,
    os,
    epochSeconds,
    allowedRootEnv: '',
    mediaType,
    tmpDir,
    log: () => undefined,
  });

  it('matches the golden vectors (docs/spec/ko-compat.md#12-golden-vectors-also-in-goldenjson)', async () => {
    const missing = await createKodataLayer(opts(join(work, 'no-such-dir')));
    expect(missing.diffId).toBe(
      'sha256:ffe56a1c5f3878e9b5f803842adb9e2ce81584b6bd027e8599582aefe14a975b',
    );
    expect((await verify(missing)).length).toBe(2560);
    const epoch = await createKodataLayer(opts(join(work, 'no-such-dir'), 'linux', 1700000000));
    expect(epoch.diffId).toBe(
      'sha256:b51381ac64a4033cff00bdced914587d3def0bbd97dd95c182d3a16dc2e86d80',
    );
    const dir = join(work, 'golden-kodata');
    await mkdir(join(dir, 'd'), { recursive: true });
    await writeFile(join(dir, 'a.txt'), 'hi\n');
    await writeFile(join(dir, 'd/b.txt'), 'b\n');
    const files = await createKodataLayer(opts(dir));
    expect(files.diffId).toBe(
      'sha256:7150025db2931d14756074713161abf17625170bd14a04fce5a3e958399abe3f',
    );
    expect((await verify(files)).length).toBe(5120);
  });

  // Expected diffIDs: ko's tarKoData/walkRecursive (ko 42978711, throwaway Go 1.26.8 harness)
  // on the tree buildKodataTree makes; the allowed root is the kodata dir (no .git above tmp).
  it.each([
    ['linux', 0, 'ad66c0f7383f6926572e01ccf32c63728ee192183c503f60c832ccd48ea51668'],
    ['linux', 1700000000, '15d6eda1450207809416e21defcdc2c77a3f96d503feed7f2e68c6c015a0cd86'],
    ['linux', -5, 'edb805c5aafddf4ba05e8080372ea6df21d2124e9aff41cc1892da214d67bc40'],
    ['windows', 0, 'f980f9273ee0f0e2212bc685e462be0dc66b053762d5be67323b47417b76f847'],
  ] as const)('same diffID as ko: tree, %s, epoch %d', async (os, epoch, diff) => {
    const dir = join(work, `tree-${os}-${epoch}`, 'kodata');
    await buildKodataTree(dir);
    const logged: string[] = [];
    const layer = await createKodataLayer({ ...opts(dir, os, epoch), log: (m) => logged.push(m) });
    expect(layer.diffId).toBe(`sha256:${diff}`);
    await verify(layer);
    expect(logged).toEqual(
      os === 'windows'
        ? [
            'skipping symlink in kodata for windows: link-to-dir',
            'skipping symlink in kodata for windows: link-to-file',
          ]
        : [],
    );
  });

  it('a kodata symlink itself contributes nothing (filepath.Walk does not follow the root)', async () => {
    const dir = join(work, 'link-root');
    await buildKodataTree(join(dir, 'real'));
    await symlink('real', join(dir, 'kodata'));
    const layer = await createKodataLayer(opts(join(dir, 'kodata')));
    expect(layer.diffId).toBe(
      'sha256:ffe56a1c5f3878e9b5f803842adb9e2ce81584b6bd027e8599582aefe14a975b',
    );
  });

  async function failure(kodataDir: string, allowedRootEnv = ''): Promise<KoActionError> {
    const before = await readdir(tmpDir).catch(() => []);
    const err = await createKodataLayer({ ...opts(kodataDir), allowedRootEnv }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(KoActionError);
    // The partial temp file is removed.
    expect(await readdir(tmpDir)).toEqual(before);
    return err as KoActionError;
  }

  it('rejects a symlink escaping the allowed root, naming the kodata path', async () => {
    const repo = join(work, 'escape');
    const kodata = join(repo, 'cmd/app/kodata');
    await mkdir(kodata, { recursive: true });
    await writeFile(join(repo, 'LICENSE'), 'license\n');
    await symlink('../../../LICENSE', join(kodata, 'LICENSE'));
    const err = await failure(kodata);
    expect(err.message).toBe(
      `kodata path ${JSON.stringify(join(kodata, 'LICENSE'))} is a symlink to ${JSON.stringify(join(repo, 'LICENSE'))}, outside the allowed root ${JSON.stringify(kodata)}`,
    );
    expect(err.where).toBe(join(kodata, 'LICENSE'));
    expect(err.hint).toMatch(/KO_DATA_PATH_ALLOWED_ROOT/);

    // Inside a git checkout the whole worktree is allowed, as it is with the variable.
    const widened = await createKodataLayer({ ...opts(kodata), allowedRootEnv: repo });
    await mkdir(join(repo, '.git'));
    const gitRoot = await createKodataLayer(opts(kodata));
    expect(gitRoot.diffId).toBe(widened.diffId);
    // ko's tarKoData (Go harness) on the same layout: `.git` at the repo root, or the variable.
    expect(gitRoot.diffId).toBe(
      'sha256:6b1ad20550a97b20b0b4491f4aac6057aa9e6881306880f9667310023fab75d0',
    );
    const tar = await verify(gitRoot);
    expect(tar.includes(Buffer.from('/var/run/ko/LICENSE\0'))).toBe(true);
    expect(tar.includes(Buffer.from('license\n'))).toBe(true);
    // A variable that is not an ancestor of kodata does not widen anything.
    await rm(join(repo, '.git'), { recursive: true });
    const err2 = await failure(kodata, join(work, 'elsewhere'));
    expect(err2.message).toMatch(/outside the allowed root/);
  });

  it('rejects a directory symlink loop, naming the kodata path', async () => {
    const kodata = join(work, 'loop-dir', 'kodata');
    await mkdir(join(kodata, 'a/b'), { recursive: true });
    await symlink('..', join(kodata, 'a/b/up'));
    const err = await failure(kodata);
    expect(err.message).toBe(
      `kodata path ${JSON.stringify(join(kodata, 'a/b/up'))} is a symlink loop: it points to ${JSON.stringify(join(kodata, 'a'))}, which contains ${JSON.stringify(join(kodata, 'a'))}, already being walked`,
    );
  });

  it('rejects a loop through two directory symlinks', async () => {
    const kodata = join(work, 'loop-two', 'kodata');
    await mkdir(join(kodata, 'x'), { recursive: true });
    await mkdir(join(kodata, 'y'), { recursive: true });
    await symlink('../y', join(kodata, 'x/to-y'));
    await symlink('../x', join(kodata, 'y/to-x'));
    const err = await failure(kodata);
    expect(err.message).toMatch(/is a symlink loop: it points to/);
    expect(err.message).toContain(JSON.stringify(join(kodata, 'y/to-x')));
  });

  it('rejects self-referential and dangling symlinks, naming the kodata path', async () => {
    const kodata = join(work, 'loop-link', 'kodata');
    await mkdir(kodata, { recursive: true });
    await symlink('me', join(kodata, 'me'));
    const err = await failure(kodata);
    expect(err.message).toBe(
      `kodata path ${JSON.stringify(join(kodata, 'me'))} is a symlink loop (too many levels of symbolic links)`,
    );
    const dangling = join(work, 'dangling', 'kodata');
    await mkdir(dangling, { recursive: true });
    await symlink('missing', join(dangling, 'gone'));
    expect((await failure(dangling)).message).toBe(
      `kodata path ${JSON.stringify(join(dangling, 'gone'))} is a symlink whose target does not exist`,
    );
  });

  it('parses KO_DATA_DATE_EPOCH as ko does', () => {
    expect(kodataEpoch(undefined)).toBe(0);
    expect(kodataEpoch('')).toBe(0);
    expect(kodataEpoch('1700000000')).toBe(1700000000);
    expect(kodataEpoch('-5')).toBe(-5);
    expect(() => kodataEpoch('1.5')).toThrow(/KO_DATA_DATE_EPOCH should be the number of seconds/);
  });
});

describe('layer files', () => {
  it('streams a 64 MB binary without holding the layer in memory', async () => {
    // Real machine code (the node executable), so gzip does real work.
    const binaryPath = join(work, 'big-binary');
    await copyFile(process.execPath, binaryPath);
    const size = 64 * 1024 * 1024;
    if ((await stat(binaryPath)).size < size) {
      const head = await readFile(binaryPath);
      while ((await stat(binaryPath)).size < size) await writeFile(binaryPath, head, { flag: 'a' });
    }
    await truncate(binaryPath, size);

    // Sample the live set: collect garbage before each sample, or dead chunks awaiting GC count.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const baseline = process.memoryUsage().arrayBuffers;
    let peak = baseline;
    const sampler = setInterval(() => {
      gc();
      peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    }, 10);
    const started = performance.now();
    const layer = await createBinaryLayer({
      binaryPath,
      importPath: 'example.com/big',
      os: 'linux',
      mediaType,
      tmpDir,
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    // A few MiB in flight; holding the tar (64 MiB) or the gzip (~28 MiB) would show.
    expect(peak - baseline).toBeLessThan(20 * 1024 * 1024);
    expect(seconds).toBeLessThan(30);

    // Verify by streaming too (the gunzipped tar is 64 MiB).
    const gz = counting();
    const tar = counting();
    await pipeline(createReadStream(layer.path), gz.stream, createGunzip(), tar.stream);
    expect(tar.digest()).toBe(layer.diffId);
    expect(tar.length()).toBe(1024 + size + 1024);
    expect(gz.digest()).toBe(layer.descriptor.digest);
    expect(gz.length()).toBe(layer.descriptor.size);
    expect((await stat(layer.path)).size).toBe(layer.descriptor.size);
  });

  it('layerFromFile reads digests back, trusts known ones, and catches a wrong one', async () => {
    const made = await createBinaryLayer({
      binaryPath: await helloBinary(),
      importPath: 'example.com/hello',
      os: 'linux',
      mediaType,
      tmpDir,
    });
    const read = await layerFromFile(made.path, { mediaType });
    expect([read.diffId, read.descriptor]).toEqual([made.diffId, made.descriptor]);
    const known = await layerFromFile(made.path, {
      mediaType,
      diffId: made.diffId,
      digest: made.descriptor.digest,
    });
    expect(known.descriptor).toEqual(made.descriptor);
    const wrong = `sha256:${'0'.repeat(64)}` as const;
    await expect(layerFromFile(made.path, { mediaType, digest: wrong })).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
    });
    // A multi-member gzip (as pigz or estargz write) is one layer too.
    const tar = gunzipSync(await readFile(made.path));
    const twoMembers = join(work, 'two-members.tar.gz');
    await writeFile(
      twoMembers,
      Buffer.concat([gzipSync(tar.subarray(0, 700)), gzipSync(tar.subarray(700))]),
    );
    expect((await layerFromFile(twoMembers, { mediaType })).diffId).toBe(made.diffId);
  });

  it('createLayer removes its temp file and rethrows when the producer fails', async () => {
    await mkdir(tmpDir, { recursive: true });
    const before = await readdir(tmpDir);
    await expect(
      createLayer(
        async (sink) => {
          const tw = new TarWriter(sink, 4096);
          await tw.writeEntry(
            { name: 'x', typeflag: TypeReg, mode: 0o555, size: 100000 },
            Buffer.alloc(100000),
          );
          throw new Error('producer broke');
        },
        { mediaType, tmpDir },
      ),
    ).rejects.toThrow('producer broke');
    expect(await readdir(tmpDir)).toEqual(before);
  });
});

describe('parallel gzip', () => {
  async function gzip(data: Buffer, inputChunk: number, blockSize: number, concurrency: number) {
    const pieces: Buffer[] = [];
    for (let i = 0; i < data.length; i += inputChunk) pieces.push(data.subarray(i, i + inputChunk));
    const out: Buffer[] = [];
    await pipeline(
      Readable.from(pieces),
      createParallelGzip({ blockSize, concurrency }),
      async (source: AsyncIterable<Buffer>) => {
        for await (const c of source) out.push(c);
      },
    );
    return Buffer.concat(out);
  }

  it('writes one valid gzip member whatever the chunking, block count or concurrency', async () => {
    const data = Buffer.concat([
      pseudoRandom('gz', 5000),
      Buffer.alloc(7000, 'a'),
      pseudoRandom('z', 2240),
    ]);
    const reference = await gzip(data, 1 << 20, 4096, 1);
    expect(singleMember(reference).equals(data)).toBe(true);
    for (const [chunk, concurrency] of [
      [1, 4],
      [333, 2],
      [4096, 3],
      [8192, 4],
    ] as const) {
      expect((await gzip(data, chunk, 4096, concurrency)).equals(reference)).toBe(true);
    }
    // Input ending exactly on a block boundary, a single partial block, and nothing at all.
    for (const size of [8192, 4096, 100, 0]) {
      expect(
        singleMember(await gzip(data.subarray(0, size), 1000, 4096, 2)).equals(
          data.subarray(0, size),
        ),
      ).toBe(true);
    }
  });

  it('primes each block with the previous one as dictionary', async () => {
    // The second block repeats the first: cheap with the dictionary, 16 KiB more without it.
    const r = pseudoRandom('dict', 16 * 1024);
    const out = await gzip(Buffer.concat([r, r, Buffer.from('end')]), 1 << 20, r.length, 2);
    expect(singleMember(out).length).toBe(2 * r.length + 3);
    expect(out.length).toBeLessThan(r.length + 1024);
  });
});
