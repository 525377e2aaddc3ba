// Our Go-identical gzip (src/oci/go-flate) against Go 1.26's compress/gzip at BestSpeed itself:
// __tests__/fixtures/gzip-oracle, built with GOTOOLCHAIN=go1.26.8, compresses every input in one
// process (length-prefixed frames over stdin/stdout) and the bytes must be equal. Inputs: edge
// sizes around every threshold of Go's level 1 (16, 128, 65,535-byte blocks), zeros, random,
// text, real Go binaries, a ~100 MB stream of them, tar streams of real layers, and a seeded
// fuzz run; a few are also fed in random chunk sizes through the streaming Transform.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { createGoGzip, goGzipBuffer } from '../../src/oci/go-flate/gzip-writer.js';
import { createGoGzipWorker } from '../../src/oci/go-flate/gzip-worker.js';
import { createBinaryLayer } from '../../src/engine/binary-layer.js';
import { MediaType } from '../../src/oci/media-types.js';
import { fixtureApp, goTestEnv } from '../support/action.js';
import { repoRoot } from '../support/tools.js';

const oracleDir = join(repoRoot, '__tests__', 'fixtures', 'gzip-oracle');
const block = 65535;
let work: string;
let oracle: Oracle;

/** One Go process answering frames in order. */
class Oracle {
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private waiting: (() => void) | undefined;
  private ended = false;
  private stderr = '';

  constructor(private readonly proc: ChildProcessByStdio<Writable, Readable, Readable>) {
    proc.stdout.on('data', (c: Buffer) => {
      this.buffered.push(c);
      this.bufferedBytes += c.length;
      this.waiting?.();
    });
    proc.stderr.on('data', (c: Buffer) => (this.stderr += c.toString()));
    proc.on('close', () => {
      this.ended = true;
      this.waiting?.();
    });
  }

  private async take(n: number): Promise<Buffer> {
    while (this.bufferedBytes < n) {
      if (this.ended) throw new Error(`gzip oracle ended early: ${this.stderr}`);
      await new Promise<void>((r) => (this.waiting = r));
      this.waiting = undefined;
    }
    const all = Buffer.concat(this.buffered);
    this.buffered = [all.subarray(n)];
    this.bufferedBytes = all.length - n;
    return all.subarray(0, n);
  }

  async gzip(data: Buffer): Promise<Buffer> {
    const head = Buffer.alloc(8);
    head.writeBigUInt64LE(BigInt(data.length));
    this.proc.stdin.write(head);
    this.proc.stdin.write(data);
    const n = Number((await this.take(8)).readBigUInt64LE(0));
    return Buffer.from(await this.take(n));
  }

  close(): void {
    this.proc.stdin.end();
  }
}

function oracleEnv(): Record<string, string> {
  // Go 1.26 exactly: fetched through the module proxy if the machine's Go is another release.
  return {
    ...goTestEnv(join(work, 'home')),
    GOTOOLCHAIN: 'go1.26.8',
    GOPROXY: process.env.GOPROXY || 'https://proxy.golang.org',
    GOFLAGS: '-mod=mod',
  };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'go-gzip-oracle-'));
  const bin = join(work, 'gzip-oracle');
  execFileSync('go', ['build', '-o', bin, '.'], { cwd: oracleDir, env: oracleEnv() });
  expect(execFileSync(bin, ['-version'], { encoding: 'utf8' }).trim()).toBe('go1.26.8');
  oracle = new Oracle(spawn(bin, [], { stdio: ['pipe', 'pipe', 'pipe'] }));
}, 120_000);

afterAll(async () => {
  oracle?.close();
  await rm(work, { recursive: true, force: true });
});

/** Deterministic PRNG (mulberry32): the fuzz run is the same every time for a seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Data with matches near and far (up to past Go's 32 KiB window), runs and noise. */
function fuzzData(rand: () => number, size: number): Buffer {
  const b = Buffer.alloc(size);
  const alphabet = 1 + Math.floor(rand() * 256);
  let i = 0;
  while (i < size) {
    const kind = rand();
    const n = Math.min(size - i, 1 + Math.floor(rand() * (rand() < 0.1 ? 2000 : 60)));
    if (kind < 0.35 && i > 0) {
      const back = 1 + Math.floor(rand() * Math.min(i, rand() < 0.2 ? 70000 : 300));
      for (let k = 0; k < n; k++) b[i + k] = b[i + k - back] as number;
    } else if (kind < 0.45) {
      b.fill(Math.floor(rand() * 256), i, i + n);
    } else {
      for (let k = 0; k < n; k++) b[i + k] = Math.floor(rand() * alphabet);
    }
    i += n;
  }
  return b;
}

function firstDifference(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

interface Outcome {
  readonly name: string;
  readonly size: number;
  /** undefined when equal. */
  readonly mismatch?: string;
}

/**
 * Ours against Go's: whole (goGzipBuffer), or streamed in random chunk sizes through the Transform
 * of small layers (`chunked`) or the worker-thread one large layers use (`worker`).
 */
async function compare(
  name: string,
  data: Buffer,
  chunked?: () => number,
  worker = false,
): Promise<Outcome> {
  const want = await oracle.gzip(data);
  let got: Buffer;
  if (chunked) {
    const parts: Buffer[] = [];
    const gz = worker ? createGoGzipWorker() : createGoGzip();
    gz.on('data', (c: Buffer) => parts.push(c));
    const done = new Promise((resolve, reject) => gz.on('end', resolve).on('error', reject));
    for (let at = 0; at < data.length;) {
      const n = Math.min(data.length - at, 1 + Math.floor(chunked() * 3 * block));
      gz.write(data.subarray(at, at + n));
      at += n;
    }
    gz.end();
    await done;
    got = Buffer.concat(parts);
  } else {
    got = Buffer.concat(goGzipBuffer(data));
  }
  if (got.equals(want)) return { name, size: data.length };
  const at = firstDifference(got, want);
  return {
    name,
    size: data.length,
    mismatch: `first differing byte at offset ${at} (ours ${got.length} bytes, Go's ${want.length})`,
  };
}

function mismatches(outcomes: Outcome[]): string[] {
  return outcomes
    .filter((o) => o.mismatch)
    .map((o) => `${o.name} (${o.size} bytes): ${o.mismatch}`);
}

const text = async (): Promise<Buffer> => {
  const dir = join(repoRoot, 'docs', 'spec');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  return Buffer.concat(await Promise.all(files.map((f) => readFile(join(dir, f)))));
};

describe('Go 1.26 compress/gzip BestSpeed, byte for byte', () => {
  it('edge sizes of zeros, random bytes and text', async () => {
    const sizes = new Set<number>([
      0, 1, 2, 3, 4, 5, 15, 16, 17, 18, 31, 32, 33, 126, 127, 128, 129, 255, 256, 257, 1000, 4096,
      32767, 32768, 32769,
    ]);
    for (let k = 1; k <= 3; k++) for (let d = -2; d <= 2; d++) sizes.add(k * block + d);
    const corpus = await text();
    const repeatedText = Buffer.concat(Array.from({ length: 8 }, () => corpus));
    const outcomes: Outcome[] = [];
    for (const size of [...sizes].sort((a, b) => a - b)) {
      outcomes.push(await compare(`zeros ${size}`, Buffer.alloc(size)));
      outcomes.push(await compare(`random ${size}`, randomBytes(size)));
      outcomes.push(await compare(`text ${size}`, repeatedText.subarray(0, size)));
    }
    // Past int32 offset rebasing would need 2 GiB; 5 blocks of text covers cross-block matches.
    outcomes.push(await compare('docs/spec text', corpus));
    outcomes.push(await compare('docs/spec text x8', repeatedText));
    expect(outcomes.length).toBeGreaterThanOrEqual(120);
    expect(mismatches(outcomes)).toEqual([]);
  }, 120_000);

  it('real Go binaries (2 MB to ~100 MB) and tar streams of real layers', async () => {
    const env = { ...goTestEnv(join(work, 'home')), CGO_ENABLED: '0', GOFLAGS: '' };
    const app = join(work, 'hello');
    execFileSync('go', ['build', '-trimpath', '-o', app, './cmd/hello'], { cwd: fixtureApp, env });
    const goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8', env }).trim();
    const toolDir = execFileSync('go', ['env', 'GOTOOLDIR'], { encoding: 'utf8', env }).trim();
    const goBinaries = [
      app,
      join(goroot, 'bin', 'gofmt'),
      join(goroot, 'bin', 'go'),
      join(toolDir, 'compile'),
    ];
    const outcomes: Outcome[] = [];
    for (const file of goBinaries) {
      const data = await readFile(file);
      expect(data.length).toBeGreaterThan(2_000_000);
      outcomes.push(await compare(file, data));
    }
    // 100 MB of Go machine code: the toolchain's binaries one after another (again from the
    // start if they add up to less).
    const tools = (await readdir(toolDir)).sort().map((f) => join(toolDir, f));
    const files: string[] = [];
    for (const file of [join(goroot, 'bin', 'go'), ...tools]) {
      if ((await stat(file)).isFile()) files.push(file);
    }
    const big: Buffer[] = [];
    let bigSize = 0;
    for (let i = 0; bigSize < 100_000_000; i++) {
      const data = await readFile(files[i % files.length] as string);
      big.push(data);
      bigSize += data.length;
    }
    const bigData = Buffer.concat(big);
    big.length = 0;
    outcomes.push(await compare(`Go toolchain binaries, ${bigSize} bytes`, bigData));
    outcomes.push(
      await compare(`Go toolchain binaries, ${bigSize} bytes, worker`, bigData, prng(3), true),
    );

    // Tar streams as layers hold them: our binary layer of the app and of `go`, un-gzipped.
    for (const file of [app, join(goroot, 'bin', 'go')]) {
      const layer = await createBinaryLayer({
        binaryPath: file,
        importPath: 'example.com/oracle',
        os: 'linux',
        mediaType: MediaType.OciLayer,
        tmpDir: join(work, 'layers'),
        compression: 'parallel',
      });
      const tar = gunzipSync(await readFile(layer.path));
      outcomes.push(await compare(`layer tar of ${file}`, tar));
      outcomes.push(await compare(`layer tar of ${file}, streamed`, tar, prng(7)));
      outcomes.push(await compare(`layer tar of ${file}, worker`, tar, prng(8), true));
    }
    expect(mismatches(outcomes)).toEqual([]);
  }, 180_000);

  it('a seeded fuzz run: random sizes, contents and chunking', async () => {
    const seed = 0x6f2a;
    const rand = prng(seed);
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 100; i++) {
      const size = Math.floor(rand() ** 3 * 5 * block);
      const data = fuzzData(rand, size);
      const name = `fuzz seed ${seed} case ${i} sha256 ${createHash('sha256').update(data).digest('hex').slice(0, 12)}`;
      outcomes.push(await compare(name, data, i % 3 === 0 ? prng(i) : undefined, i % 10 === 1));
    }
    expect(mismatches(outcomes)).toEqual([]);
  }, 120_000);
});
