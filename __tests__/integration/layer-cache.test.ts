// KOCACHE for binary layers, against the real `go` building the fixture app.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { createBinaryLayer } from '../../src/engine/binary-layer.js';
import {
  binaryLayerFromCache,
  buildIdFile,
  descriptorFile,
  goBuildId,
  kocacheBinDir,
  kocacheLayerPath,
  pruneKocacheLayers,
} from '../../src/engine/layer-cache.js';
import type { Layer } from '../../src/oci/layer.js';
import type { LayerCompression } from '../../src/oci/gzip.js';
import { MediaType } from '../../src/oci/media-types.js';
import type { Platform } from '../../src/oci/types.js';
import { fixtureApp, goTestEnv } from '../support/action.js';

const run = promisify(execFile);
const importPath = 'example.com/koapp/cmd/hello';
const platform: Platform = { os: 'linux', architecture: 'amd64' };

let work: string;
let env: Record<string, string>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'layer-cache-'));
  env = { ...goTestEnv(work), CGO_ENABLED: '0', GOOS: 'linux', GOARCH: 'amd64', GOFLAGS: '' };
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** `go build` into ko's KOCACHE location; returns the binary path. */
async function build(src: string, kocache: string): Promise<string> {
  const out = join(kocacheBinDir(kocache, importPath, platform), 'out');
  await run('go', ['build', '-trimpath', '-o', out, './cmd/hello'], { cwd: src, env });
  return out;
}

interface Harness {
  kocache: string;
  makes: number;
  logs: string[];
  get(binary: string, mediaType?: string, compression?: LayerCompression): Promise<Layer>;
}

function harness(name: string): Harness {
  const kocache = join(work, name, 'kocache');
  const tmpDir = join(work, name, 'tmp');
  const h: Harness = {
    kocache,
    makes: 0,
    logs: [],
    get(binary, mediaType = MediaType.OciLayer, compression: LayerCompression = 'go') {
      const make = () => {
        h.makes++;
        return createBinaryLayer({
          binaryPath: binary,
          importPath,
          os: 'linux',
          mediaType,
          tmpDir,
          compression,
        });
      };
      return binaryLayerFromCache(kocache, importPath, platform, binary, 'go', make, {
        mediaType,
        compression,
        env,
        debug: (line) => h.logs.push(line),
      });
    },
  };
  return h;
}

async function sha256File(path: string): Promise<string> {
  return `sha256:${createHash('sha256')
    .update(await readFile(path))
    .digest('hex')}`;
}

describe('binaryLayerFromCache', () => {
  it('records on a miss and serves the same layer from disk on a hit', async () => {
    const h = harness('hit');
    const binary = await build(fixtureApp, h.kocache);
    expect(binary).toBe(join(h.kocache, 'bin', importPath, 'linux', 'amd64', 'out'));

    const first = await h.get(binary);
    expect(h.makes).toBe(1);
    const dir = join(h.kocache, 'bin', importPath, 'linux', 'amd64');
    const buildId = await goBuildId('go', binary, env);
    expect(await readFile(join(dir, buildIdFile), 'utf8')).toBe(
      `{\n  "${buildId} gzip=go1.26-bestspeed": "${first.diffId}"\n}\n`,
    );
    expect(await readFile(join(dir, descriptorFile), 'utf8')).toBe(
      `{\n  "${first.diffId}": {\n    "mediaType": "${MediaType.OciLayer}",\n` +
        `    "size": ${first.descriptor.size},\n    "digest": "${first.descriptor.digest}"\n  }\n}\n`,
    );
    const stored = kocacheLayerPath(h.kocache, first.descriptor.digest);
    expect(await sha256File(stored)).toBe(first.descriptor.digest);

    // A hit: no tar, no gzip; the bytes come from KOCACHE; the media type follows the caller.
    const second = await h.get(binary, MediaType.DockerLayer);
    expect(h.makes).toBe(1);
    expect(second.path).toBe(stored);
    expect(second.diffId).toBe(first.diffId);
    expect(second.descriptor).toEqual({
      mediaType: MediaType.DockerLayer,
      size: first.descriptor.size,
      digest: first.descriptor.digest,
    });
    const chunks: Buffer[] = [];
    for await (const c of await second.open()) chunks.push(c as Buffer);
    expect(`sha256:${createHash('sha256').update(Buffer.concat(chunks)).digest('hex')}`).toBe(
      first.descriptor.digest,
    );
  });

  it('never serves a layer made by the other gzip encoder (nor one recorded without the encoder)', async () => {
    const h = harness('encoders');
    const binary = await build(fixtureApp, h.kocache);
    const dir = join(h.kocache, 'bin', importPath, 'linux', 'amd64');
    const buildId = await goBuildId('go', binary, env);

    const parallel = await h.get(binary, MediaType.OciLayer, 'parallel');
    expect(h.makes).toBe(1);
    expect(JSON.parse(await readFile(join(dir, buildIdFile), 'utf8'))).toEqual({
      [`${buildId} gzip=zlib-parallel-1m`]: parallel.diffId,
    });
    // Same binary, same tar (diffID), other encoder: made afresh, other compressed bytes.
    const go = await h.get(binary);
    expect(h.makes).toBe(2);
    expect(go.diffId).toBe(parallel.diffId);
    expect(go.descriptor.digest).not.toBe(parallel.descriptor.digest);
    expect(await h.get(binary)).toMatchObject({ descriptor: go.descriptor });
    expect(h.makes).toBe(2);

    // An entry as written before the encoder was part of the key (the bare build ID) is a miss.
    await writeFile(join(dir, buildIdFile), JSON.stringify({ [buildId]: go.diffId }));
    await h.get(binary);
    expect(h.makes).toBe(3);
  });

  it('misses when the source changes, and keeps only the latest build in the maps', async () => {
    const h = harness('changed');
    const src = join(work, 'changed', 'src');
    await cp(fixtureApp, src, { recursive: true });
    const first = await h.get(await build(src, h.kocache));
    expect(h.makes).toBe(1);

    const main = join(src, 'cmd', 'hello', 'main.go');
    await writeFile(main, (await readFile(main, 'utf8')).replace('"dev"', '"edited"'));
    const binary = await build(src, h.kocache);
    const second = await h.get(binary);
    expect(h.makes).toBe(2);
    expect(second.diffId).not.toBe(first.diffId);
    expect(h.logs.some((l) => l.startsWith('KOCACHE miss'))).toBe(true);

    const dir = join(h.kocache, 'bin', importPath, 'linux', 'amd64');
    const map = JSON.parse(await readFile(join(dir, buildIdFile), 'utf8')) as object;
    expect(map).toEqual({
      [`${await goBuildId('go', binary, env)} gzip=go1.26-bestspeed`]: second.diffId,
    });

    // The first layer is now unreferenced: pruning removes it and keeps the second.
    const layers = join(h.kocache, 'layers', 'sha256');
    expect((await readdir(layers)).length).toBe(2);
    expect(await pruneKocacheLayers(h.kocache)).toBe(1);
    expect(await readdir(layers)).toEqual([second.descriptor.digest.slice(7)]);
    await h.get(binary);
    expect(h.makes).toBe(2);
  });

  const corruptions: [string, (dir: string, layer: Layer, kocache: string) => Promise<void>][] = [
    ['bad JSON in buildid-to-diffid', (dir) => writeFile(join(dir, buildIdFile), '{"x": ')],
    ['bad JSON in diffid-to-descriptor', (dir) => writeFile(join(dir, descriptorFile), '[')],
    [
      'a descriptor without a digest',
      (dir, layer) =>
        writeFile(join(dir, descriptorFile), JSON.stringify({ [layer.diffId]: { size: 1 } })),
    ],
    [
      'a missing layer file',
      (_dir, layer, kocache) => rm(kocacheLayerPath(kocache, layer.descriptor.digest)),
    ],
    [
      'a truncated layer file',
      (_dir, layer, kocache) => truncate(kocacheLayerPath(kocache, layer.descriptor.digest), 10),
    ],
  ];
  it.each(corruptions)('treats %s as a miss and repairs the cache', async (name, corrupt) => {
    const h = harness(`corrupt-${name.replace(/\W+/g, '-')}`);
    const binary = await build(fixtureApp, h.kocache);
    const first = await h.get(binary);
    await corrupt(kocacheBinDir(h.kocache, importPath, platform), first, h.kocache);

    const again = await h.get(binary);
    expect(h.makes).toBe(2);
    expect(again.diffId).toBe(first.diffId);
    expect(again.descriptor.digest).toBe(first.descriptor.digest);
    expect(h.logs.join('\n')).toMatch(/KOCACHE unusable for .*out: /);

    await h.get(binary);
    expect(h.makes).toBe(2);
  });

  it('makes the layer when the file has no build ID', async () => {
    const h = harness('no-buildid');
    const binary = join(kocacheBinDir(h.kocache, importPath, platform), 'out');
    await mkdir(dirname(binary), { recursive: true });
    await writeFile(binary, 'not a Go binary');
    await h.get(binary);
    await h.get(binary);
    expect(h.makes).toBe(2);
    expect(h.logs[0]).toMatch(/KOCACHE unusable/);
  });
});
