// The OCI layout against skopeo, an independent implementation: skopeo reads what writeToLayout
// writes (the exact index bytes, every platform), and the layout source reads what skopeo writes.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  openBlob,
  openLayout,
  readManifest,
  resolveLayoutRef,
} from '../../src/oci/layout-reader.js';
import { writeToLayout } from '../../src/oci/layout-writer.js';
import { MediaType } from '../../src/oci/media-types.js';
import { readAll } from '../../src/util/read-all.js';
import { makeIndex, type FixtureIndex } from '../support/oci-fixture.js';
import { describeWithTools } from '../support/require-tool.js';
import { systemToolPath } from '../support/tools.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'layout-skopeo-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function skopeo(...args: string[]): Buffer {
  return execFileSync(systemToolPath('skopeo'), args, {
    maxBuffer: 16 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function indexDigests(dir: string): Promise<string[]> {
  return (await openLayout(dir)).index.manifests.map((m) => m.digest);
}

describeWithTools('skopeo')('a two-platform index written by writeToLayout', () => {
  let dir: string;
  let idx: FixtureIndex;
  beforeAll(async () => {
    dir = join(root, 'written');
    idx = makeIndex();
    await writeToLayout(dir, idx, { refName: 'v1' });
  });

  it('is read by skopeo: identical index bytes, and copy --all succeeds', async () => {
    expect(skopeo('inspect', '--raw', `oci:${dir}:v1`).equals(Buffer.from(idx.rawManifest))).toBe(
      true,
    );
    const copy = join(root, 'skopeo-copy');
    skopeo('copy', '--quiet', '--all', `oci:${dir}:v1`, `oci:${copy}:copy`);
    expect(await indexDigests(copy)).toEqual([idx.digest]);
  });

  it('lets skopeo pick the arm64 child', () => {
    const info = JSON.parse(
      skopeo('inspect', '--override-arch', 'arm64', `oci:${dir}:v1`).toString(),
    ) as { Architecture: string; Layers: string[] };
    const arm = idx.children[1]!;
    expect(info.Architecture).toBe('arm64');
    expect(info.Layers).toEqual(arm.blobs.slice(1).map((b) => b.descriptor.digest));
  });

  it('shows skopeo the replaced entry when a name is written again', async () => {
    const updates = join(root, 'updates');
    await writeToLayout(updates, makeIndex('a'), { refName: 'v1' });
    await writeToLayout(updates, makeIndex('b'), { refName: 'v2' });
    const v1b = makeIndex('c');
    await writeToLayout(updates, v1b, { refName: 'v1' });
    expect(
      skopeo('inspect', '--raw', `oci:${updates}:v1`).equals(Buffer.from(v1b.rawManifest)),
    ).toBe(true);
  });
});

describeWithTools('skopeo')('a layout written by skopeo', () => {
  it('is read by the layout source: the tag, every manifest and every blob, verified', async () => {
    const idx = makeIndex('from-skopeo');
    const ours = join(root, 'ours');
    await writeToLayout(ours, idx, { refName: 'v1' });
    const theirs = join(root, 'theirs');
    skopeo('copy', '--quiet', '--all', `oci:${ours}:v1`, `oci:${theirs}:nonroot`);

    const top = await resolveLayoutRef(theirs, 'nonroot');
    expect(top.digest).toBe(idx.digest);
    expect((await resolveLayoutRef(theirs)).digest).toBe(idx.digest);
    const index = await readManifest(theirs, top);
    expect(index.mediaType).toBe(MediaType.OciIndex);
    expect(Buffer.from(index.bytes).equals(Buffer.from(idx.rawManifest))).toBe(true);
    for (const child of idx.children) {
      const m = await readManifest(theirs, child.digest);
      expect(Buffer.from(m.bytes).equals(Buffer.from(child.rawManifest))).toBe(true);
      for (const b of child.blobs) {
        expect((await readAll(await openBlob(theirs, b.descriptor))).equals(b.bytes)).toBe(true);
      }
    }
  });
});
