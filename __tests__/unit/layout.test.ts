// The OCI image layout: writeToLayout (push: false) and the layout source (oci-layout: bases);
// integration/layout.skopeo.test.ts cross-checks both with skopeo.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Blob, ImageArtifact } from '../../src/oci/artifact.js';
import { sha256 } from '../../src/oci/digest.js';
import {
  openBlob,
  openLayout,
  parseLayoutReference,
  readManifest,
  resolveLayoutRef,
} from '../../src/oci/layout-reader.js';
import { MediaType } from '../../src/oci/media-types.js';
import { writeToLayout } from '../../src/oci/layout-writer.js';
import { thrownAsync } from '../support/errors.js';
import { makeImage, makeIndex, type FixtureIndex } from '../support/oci-fixture.js';
import { readAll } from '../../src/util/read-all.js';

const refName = 'org.opencontainers.image.ref.name';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'layout-test-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function indexJson(dir: string): {
  manifests: { digest: string; annotations?: Record<string, string> }[];
} {
  return JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as ReturnType<typeof indexJson>;
}

function blobFile(dir: string, digest: string): string {
  return join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
}

function flipByte(path: string, at: number): void {
  const bytes = readFileSync(path);
  bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  writeFileSync(path, bytes);
}

describe('writeToLayout: a two-platform index tagged v1', () => {
  let dir: string;
  let idx: FixtureIndex;
  beforeAll(async () => {
    dir = join(root, 'written');
    idx = makeIndex();
    await writeToLayout(dir, idx, { refName: 'v1' });
  });

  it('writes the marker, every blob under its digest, and one named index.json entry', () => {
    expect(readFileSync(join(dir, 'oci-layout'), 'utf8')).toBe('{"imageLayoutVersion":"1.0.0"}');
    expect(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))).toEqual({
      schemaVersion: 2,
      mediaType: MediaType.OciIndex,
      manifests: [
        {
          mediaType: MediaType.OciIndex,
          size: idx.rawManifest.length,
          digest: idx.digest,
          annotations: { [refName]: 'v1' },
        },
      ],
    });
    const files = readdirSync(join(dir, 'blobs', 'sha256'));
    // index + 2 manifests + 2 configs + 1 shared layer + 2 own layers
    expect(files).toHaveLength(8);
    for (const f of files) {
      expect(sha256(readFileSync(join(dir, 'blobs', 'sha256', f)))).toBe(`sha256:${f}`);
    }
    expect(readdirSync(dir).sort()).toEqual(['blobs', 'index.json', 'oci-layout']);
  });

  it('opens a layer shared by both platforms only once', () => {
    const shared = idx.children.map((c) => c.blobs[1]?.opens() ?? 0);
    expect(shared[0]! + shared[1]!).toBe(1);
    expect(idx.children.map((c) => c.blobs[2]?.opens())).toEqual([1, 1]);
  });

  it('reads back the same bytes with layout-source', async () => {
    const top = await resolveLayoutRef(dir, 'v1');
    expect(top.digest).toBe(idx.digest);
    const index = await readManifest(dir, top);
    expect(index).toEqual({
      bytes: new Uint8Array(idx.rawManifest),
      mediaType: MediaType.OciIndex,
      digest: idx.digest,
    });
    for (const child of idx.children) {
      const m = await readManifest(dir, child.digest);
      expect(Buffer.from(m.bytes).equals(child.rawManifest)).toBe(true);
      expect(m.mediaType).toBe(MediaType.OciManifest);
      for (const b of child.blobs) {
        expect((await readAll(await openBlob(dir, b.descriptor))).equals(b.bytes)).toBe(true);
      }
    }
  });

  it('detects a corrupted blob and a corrupted manifest on read', async () => {
    const bad = join(root, 'corrupt');
    cpSync(dir, bad, { recursive: true });
    const layer = idx.children[1]!.blobs[2]!.descriptor;
    flipByte(blobFile(bad, layer.digest), 20);
    const e = await thrownAsync(openBlob(bad, layer).then(readAll));
    expect(e.code).toBe('DIGEST_MISMATCH');
    expect(e.message).toContain(`expected ${layer.digest} (${layer.size} bytes), read sha256:`);
    expect(e.where).toBe(blobFile(bad, layer.digest));
    expect(e.format()).toContain('recreate the OCI layout');

    // A longer file fails as soon as it passes the expected size.
    writeFileSync(blobFile(bad, layer.digest), Buffer.alloc(layer.size + 10));
    const long = await thrownAsync(openBlob(bad, layer).then(readAll));
    const read = Number(/read at least (\d+) bytes$/.exec(long.message)?.[1]);
    expect(read).toBeGreaterThan(layer.size);

    flipByte(blobFile(bad, idx.digest), 5);
    const m = await thrownAsync(readManifest(bad, idx.digest));
    expect(m.code).toBe('DIGEST_MISMATCH');
    expect(m.message).toContain(`expected ${idx.digest}`);

    rmSync(blobFile(bad, idx.children[0]!.digest));
    const gone = await thrownAsync(readManifest(bad, idx.children[0]!.digest));
    expect(gone.message).toBe(`manifest ${idx.children[0]!.digest} is missing from blobs/`);
  });
});

describe('writeToLayout: index.json updates', () => {
  it('keeps v1 when v2 is added, replaces v1 in place, appends unnamed entries', async () => {
    const dir = join(root, 'updates');
    const v1 = makeIndex('a');
    await writeToLayout(dir, v1, { refName: 'v1' });
    const v2 = makeIndex('b');
    await writeToLayout(dir, v2, { refName: 'v2' });
    expect(indexJson(dir).manifests.map((m) => [m.annotations?.[refName], m.digest])).toEqual([
      ['v1', v1.digest],
      ['v2', v2.digest],
    ]);

    const v1b = makeIndex('c');
    await writeToLayout(dir, v1b, { refName: 'v1' });
    expect(indexJson(dir).manifests.map((m) => [m.annotations?.[refName], m.digest])).toEqual([
      ['v1', v1b.digest],
      ['v2', v2.digest],
    ]);

    // ko's --oci-layout-path: no name, always appended.
    const img = makeImage({ architecture: 'amd64', os: 'linux' }, 'd');
    const entry = await writeToLayout(dir, img);
    await writeToLayout(dir, img);
    expect(entry).toEqual({
      mediaType: MediaType.OciManifest,
      size: img.rawManifest.length,
      digest: img.digest,
    });
    const all = indexJson(dir).manifests;
    expect(all).toHaveLength(4);
    expect(all.slice(2)).toEqual([entry, entry]);
  });

  it('keeps foreign fields of index.json and drops later duplicates of a replaced name', async () => {
    const dir = join(root, 'foreign');
    const first = makeIndex('e');
    await writeToLayout(dir, first, { refName: 'x' });
    const doc = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
      annotations?: Record<string, string>;
      manifests: object[];
    };
    doc.annotations = { keep: 'me' };
    const other = { ...doc.manifests[0], annotations: { [refName]: 'other', extra: '1' } };
    doc.manifests.push(other, doc.manifests[0]!);
    writeFileSync(join(dir, 'index.json'), JSON.stringify(doc));

    const second = makeIndex('f');
    await writeToLayout(dir, second, { refName: 'x' });
    const after = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as typeof doc;
    expect(after.annotations).toEqual({ keep: 'me' });
    expect(after.manifests).toEqual([
      {
        mediaType: MediaType.OciIndex,
        size: second.rawManifest.length,
        digest: second.digest,
        annotations: { [refName]: 'x' },
      },
      other,
    ]);
  });

  it('does not reopen blobs that are already present', async () => {
    const dir = join(root, 'again');
    await writeToLayout(dir, makeIndex('g'), { refName: 'v1' });
    const again = makeIndex('g');
    await writeToLayout(dir, again, { refName: 'v1' });
    expect(again.children.flatMap((c) => c.blobs.map((b) => b.opens()))).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
    expect(indexJson(dir).manifests).toHaveLength(1);
  });

  it('records every one of several concurrent writes to one layout', async () => {
    const dir = join(root, 'concurrent');
    const names = ['a', 'b', 'c', 'd', 'e'];
    await Promise.all(names.map((n) => writeToLayout(dir, makeIndex(n), { refName: n })));
    expect(
      indexJson(dir)
        .manifests.map((m) => m.annotations?.[refName])
        .sort(),
    ).toEqual(names);
  });

  it('leaves no partial blob, temp file or index change when a blob fails mid-stream', async () => {
    const dir = join(root, 'interrupted');
    await writeToLayout(dir, makeIndex('h'), { refName: 'v1' });
    const before = readFileSync(join(dir, 'index.json'));
    const good = makeImage({ architecture: 'amd64', os: 'linux' }, 'i');
    const layer = good.blobs[2]!;
    const failing: Blob = {
      descriptor: layer.descriptor,
      open: () =>
        Promise.resolve(
          Readable.from(
            (function* () {
              yield Buffer.from(layer.bytes.subarray(0, 10));
              throw new Error('disk on fire');
            })(),
          ),
        ),
    };
    const broken: ImageArtifact = { ...good, blobs: [good.blobs[0]!, good.blobs[1]!, failing] };
    await expect(writeToLayout(dir, broken, { refName: 'v1' })).rejects.toThrow('disk on fire');
    expect(existsSync(blobFile(dir, layer.descriptor.digest))).toBe(false);
    expect(existsSync(blobFile(dir, good.digest))).toBe(false);
    expect(readFileSync(join(dir, 'index.json')).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // Bytes that do not match the descriptor are refused while writing.
    const lying: Blob = {
      descriptor: layer.descriptor,
      open: () => Promise.resolve(Readable.from([Buffer.from('nope')])),
    };
    const e = await thrownAsync(
      writeToLayout(dir, { ...good, blobs: [good.blobs[0]!, good.blobs[1]!, lying] }),
    );
    expect(e.code).toBe('DIGEST_MISMATCH');
    expect(e.message).toBe(
      `blob ${layer.descriptor.digest} (${layer.descriptor.size} bytes) read back as ${sha256('nope')} (4 bytes)`,
    );
    expect(existsSync(blobFile(dir, layer.descriptor.digest))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(join(dir, 'index.json')).equals(before)).toBe(true);
  });

  it('refuses a directory with a foreign oci-layout file or a broken index.json', async () => {
    const dir = join(root, 'foreign-marker');
    await writeToLayout(dir, makeIndex('j'));
    writeFileSync(join(dir, 'index.json'), '{"manifests": 3}');
    const e = await thrownAsync(writeToLayout(dir, makeIndex('j')));
    expect(e.code).toBe('LAYOUT');
    expect(e.message).toBe(`${join(dir, 'index.json')} is not a valid OCI index`);
    expect(readFileSync(join(dir, 'index.json'), 'utf8')).toBe('{"manifests": 3}');

    writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"2.0.0"}');
    const m = await thrownAsync(writeToLayout(dir, makeIndex('j')));
    expect(m.message).toBe(`${join(dir, 'oci-layout')} is not an OCI layout version 1 marker`);
  });
});

describe('layout-source', () => {
  let dir: string;
  let idx: FixtureIndex;
  beforeAll(async () => {
    // index.json as another tool writes it: no mediaType, fields in another order, indented.
    // (integration/layout.skopeo.test.ts reads a layout that skopeo wrote.)
    dir = join(root, 'foreign-index');
    idx = makeIndex('raw');
    await writeToLayout(dir, idx, { refName: 'nonroot' });
    const foreign = {
      manifests: [
        {
          annotations: { [refName]: 'nonroot' },
          digest: idx.digest,
          size: idx.rawManifest.length,
          mediaType: idx.mediaType,
        },
      ],
      schemaVersion: 2,
    };
    writeFileSync(join(dir, 'index.json'), JSON.stringify(foreign, null, 2));
  });

  it('opens a layout whose index.json another tool wrote, with or without the tag', async () => {
    const layout = await openLayout(dir);
    expect(layout.index.manifests).toHaveLength(1);
    expect((await resolveLayoutRef(dir, 'nonroot')).digest).toBe(idx.digest);
    expect((await resolveLayoutRef(dir)).digest).toBe(idx.digest);
    const top = await readManifest(dir, await resolveLayoutRef(dir));
    const children = (
      JSON.parse(Buffer.from(top.bytes).toString()) as {
        manifests: { digest: string; platform: object }[];
      }
    ).manifests;
    expect(children.map((c) => c.platform)).toEqual([
      { architecture: 'amd64', os: 'linux' },
      { architecture: 'arm64', os: 'linux', variant: 'v8' },
    ]);
  });

  it('explains a missing directory, a missing tag and a directory that is not a layout', async () => {
    const missing = await thrownAsync(resolveLayoutRef(join(root, 'nope'), 'v1'));
    expect(missing.code).toBe('LAYOUT');
    expect(missing.format()).toBe(
      `oci-layout:${join(root, 'nope')}: OCI layout directory does not exist. Check the path.`,
    );

    const two = join(root, 'two-tags');
    await writeToLayout(two, makeIndex('k'), { refName: 'v1' });
    await writeToLayout(two, makeIndex('l'), { refName: 'v2' });
    const tag = await thrownAsync(resolveLayoutRef(two, 'v3'));
    expect(tag.message).toBe('no image tagged "v3" in index.json (available: v1, v2)');
    const none = await thrownAsync(resolveLayoutRef(two));
    expect(none.message).toBe('index.json has 2 entries, so a tag is needed (available: v1, v2)');
    expect(none.hint).toBe(`Use oci-layout:${two}:<tag>.`);

    const plain = join(root, 'plain');
    cpSync(two, plain, { recursive: true });
    rmSync(join(plain, 'oci-layout'));
    const notLayout = await thrownAsync(resolveLayoutRef(plain, 'v1'));
    expect(notLayout.message).toBe('not an OCI image layout (no oci-layout file)');
    expect(notLayout.where).toBe(`oci-layout:${plain}`);

    const file = join(root, 'a-file');
    writeFileSync(file, 'x');
    expect((await thrownAsync(openLayout(file))).message).toBe(
      'OCI layout path is not a directory',
    );
  });

  it('refuses digests that are not sha256 (no path escapes)', async () => {
    const e = await thrownAsync(openBlob(dir, { digest: 'sha256:../../etc/passwd', size: 1 }));
    expect(e.message).toBe('unsupported or malformed digest "sha256:../../etc/passwd"');
  });

  it('splits oci-layout references', () => {
    expect(parseLayoutReference('oci-layout:/tmp/base:nonroot')).toEqual({
      dir: '/tmp/base',
      tag: 'nonroot',
    });
    expect(parseLayoutReference('oci-layout:./base')).toEqual({ dir: './base' });
    expect(parseLayoutReference('oci-layout:C:\\base')).toEqual({ dir: 'C:\\base' });
    expect(parseLayoutReference('oci-layout:a:b/c')).toEqual({ dir: 'a:b/c' });
    expect(parseLayoutReference('ghcr.io/x/y:v1')).toBeUndefined();
  });
});
