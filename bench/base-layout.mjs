// An offline multi-platform base image written as an OCI image layout with plain Node (ustar +
// gzip of a tiny distroless-like rootfs, one config per platform), for `crane push <dir> <ref>`.
// Mirrors __tests__/support/base-image.ts, which is TypeScript for jest.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip';

const entries = [
  { name: 'etc/', dir: true, mode: 0o755 },
  { name: 'etc/group', mode: 0o644, content: 'root:x:0:\nnobody:x:65534:\nnonroot:x:65532:\n' },
  {
    name: 'etc/passwd',
    mode: 0o644,
    content:
      'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n',
  },
  { name: 'home/', dir: true, mode: 0o755 },
  { name: 'home/nonroot/', dir: true, mode: 0o700, uid: 65532 },
  { name: 'tmp/', dir: true, mode: 0o1777 },
];

const octal = (v, width) => v.toString(8).padStart(width - 1, '0') + '\0';
const sha = (b) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

function layerTar() {
  const parts = [];
  for (const e of entries) {
    const data = Buffer.from(e.content ?? '');
    const h = Buffer.alloc(512);
    h.write(e.name, 0);
    h.write(octal(e.mode, 8), 100);
    h.write(octal(e.uid ?? 0, 8), 108);
    h.write(octal(e.uid ?? 0, 8), 116);
    h.write(octal(data.length, 12), 124);
    h.write(octal(0, 12), 136);
    h.write('        ', 148);
    h.write(e.dir ? '5' : '0', 156);
    h.write('ustar\0', 257);
    h.write('00', 263);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
    parts.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

/** Writes the layout at `dir`; its index.json holds one entry, the multi-platform index. */
export async function writeBaseLayout(dir, platforms) {
  const blobs = join(dir, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  const put = async (bytes) => {
    const digest = sha(bytes);
    await writeFile(join(blobs, digest.slice(7)), bytes);
    return { digest, size: bytes.length };
  };
  const tar = layerTar();
  const diffId = sha(tar);
  const layer = await put(gzipSync(tar, { level: 9 }));
  const manifests = [];
  for (const p of platforms) {
    const [os, architecture, variant] = p.split('/');
    const platform = { architecture, os, ...(variant ? { variant } : {}) };
    const config = await put(
      Buffer.from(
        JSON.stringify({
          ...platform,
          created: '1970-01-01T00:00:00Z',
          config: { User: '65532', WorkingDir: '/home/nonroot', Env: ['PATH=/usr/bin:/bin'] },
          rootfs: { type: 'layers', diff_ids: [diffId] },
        }),
      ),
    );
    const manifest = await put(
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_MANIFEST,
          config: { mediaType: OCI_CONFIG, ...config },
          layers: [{ mediaType: OCI_LAYER, ...layer }],
        }),
      ),
    );
    manifests.push({ mediaType: OCI_MANIFEST, ...manifest, platform });
  }
  const index = await put(
    Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests })),
  );
  await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  await writeFile(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [{ mediaType: OCI_INDEX, ...index }],
    }),
  );
  return { dir, indexDigest: index.digest };
}
