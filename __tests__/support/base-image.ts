// An offline, reproducible multi-platform base image for build tests, like
// the offline base image of docs/notes/test-infra.md (section 7, tools/make-base-image.sh), in TypeScript and smaller: one shared layer (passwd,
// group, /tmp, /home/nonroot) and one config per platform shaped like distroless static:nonroot
// (User 65532, WorkingDir, Env PATH + SSL_CERT_FILE). It is written as an OCI image layout and
// pushed with crane, an independent client, so the build under test reads it from a registry.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { crane } from './crane.js';
import type { TestRegistry } from './registry.js';

export const basePlatforms = ['linux/amd64', 'linux/arm64', 'linux/arm/v7'] as const;
export const BASE_USER = '65532';
export const BASE_WORKDIR = '/home/nonroot';
export const BASE_ENV = [
  'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt',
];

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip';

export interface BasePlatformImage {
  /** `os/arch[/variant]` as written in the index (arm64 carries variant v8 there). */
  readonly platform: string;
  readonly manifestDigest: string;
  readonly configDigest: string;
}

export interface BaseImageLayout {
  readonly dir: string;
  readonly tag: string;
  readonly indexDigest: string;
  readonly layerDigest: string;
  readonly layerDiffId: string;
  readonly images: readonly BasePlatformImage[];
}

export interface PushedBaseImage extends Omit<BaseImageLayout, 'dir'> {
  /** `host/repo:tag`, what a build names as its base. */
  readonly ref: string;
}

interface Entry {
  readonly name: string;
  readonly type: 'file' | 'dir';
  readonly mode: number;
  readonly uid?: number;
  readonly content?: string;
}

const entries: readonly Entry[] = [
  { name: 'etc/', type: 'dir', mode: 0o755 },
  {
    name: 'etc/group',
    type: 'file',
    mode: 0o644,
    content: 'root:x:0:\ntty:x:5:\nstaff:x:50:\nnobody:x:65534:\nnonroot:x:65532:\n',
  },
  {
    name: 'etc/passwd',
    type: 'file',
    mode: 0o644,
    content:
      'root:x:0:0:root:/root:/sbin/nologin\n' +
      'nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' +
      'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n',
  },
  { name: 'home/', type: 'dir', mode: 0o755 },
  { name: 'home/nonroot/', type: 'dir', mode: 0o700, uid: 65532 },
  { name: 'tmp/', type: 'dir', mode: 0o1777 },
];

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

/** A ustar header with numeric owners (the production writer only does root-owned entries). */
function tarHeader(e: Entry, size: number, mtime: number): Buffer {
  const block = Buffer.alloc(512);
  block.write(e.name, 0, 100, 'utf8');
  block.write(octal(e.mode, 8), 100);
  block.write(octal(e.uid ?? 0, 8), 108);
  block.write(octal(e.uid ?? 0, 8), 116);
  block.write(octal(size, 12), 124);
  block.write(octal(mtime, 12), 136);
  block.write('        ', 148);
  block.write(e.type === 'dir' ? '5' : '0', 156);
  block.write('ustar\0', 257);
  block.write('00', 263);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return block;
}

function layerTar(mtime: number): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const data = Buffer.from(e.content ?? '', 'utf8');
    parts.push(tarHeader(e, data.length, mtime), data);
    parts.push(Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

const sha = (b: Buffer | string): string =>
  `sha256:${createHash('sha256').update(b).digest('hex')}`;

function parsePlatform(p: string): Record<string, string> {
  const [os = '', architecture = '', variant] = p.split('/');
  const v = variant ?? (architecture === 'arm64' ? 'v8' : undefined);
  return { architecture, os, ...(v ? { variant: v } : {}) };
}

/** Writes the base image as an OCI layout at `dir` (created), tagged `tag`. */
export async function writeBaseImageLayout(
  dir: string,
  opts: { tag?: string; epoch?: number; platforms?: readonly string[] } = {},
): Promise<BaseImageLayout> {
  const tag = opts.tag ?? 'nonroot';
  const epoch = opts.epoch ?? 0;
  const created = new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
  const blobs = join(dir, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  const put = async (bytes: Buffer): Promise<{ digest: string; size: number }> => {
    const digest = sha(bytes);
    await writeFile(join(blobs, digest.slice('sha256:'.length)), bytes);
    return { digest, size: bytes.length };
  };

  const tar = layerTar(epoch);
  const layerDiffId = sha(tar);
  const layer = await put(gzipSync(tar, { level: 9 }));

  const images: BasePlatformImage[] = [];
  const manifests: unknown[] = [];
  for (const p of opts.platforms ?? basePlatforms) {
    const platform = parsePlatform(p);
    const config = await put(
      Buffer.from(
        JSON.stringify({
          ...platform,
          created,
          config: { User: BASE_USER, Env: BASE_ENV, WorkingDir: BASE_WORKDIR },
          rootfs: { type: 'layers', diff_ids: [layerDiffId] },
          history: [{ created, created_by: 'ko-action test base-image.ts' }],
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
    images.push({
      platform: [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/'),
      manifestDigest: manifest.digest,
      configDigest: config.digest,
    });
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
      manifests: [
        {
          mediaType: OCI_INDEX,
          ...index,
          annotations: { 'org.opencontainers.image.ref.name': tag },
        },
      ],
    }),
  );
  return { dir, tag, indexDigest: index.digest, layerDigest: layer.digest, layerDiffId, images };
}

/** Writes the base image and pushes it with crane to `registry` as `<repo>:<tag>`. */
export async function pushBaseImage(
  registry: TestRegistry,
  opts: { repo?: string; tag?: string; platforms?: readonly string[] } = {},
): Promise<PushedBaseImage> {
  const dir = await mkdtemp(join(tmpdir(), 'ko-action-base-'));
  try {
    const layout = await writeBaseImageLayout(join(dir, 'layout'), {
      ...(opts.tag ? { tag: opts.tag } : {}),
      ...(opts.platforms ? { platforms: opts.platforms } : {}),
    });
    const ref = `${registry.host}/${opts.repo ?? 'base/static'}:${layout.tag}`;
    // The layout holds one entry, the index: crane pushes it (and its children) under `ref`.
    const printed = (await crane(['push', layout.dir, ref], { registry })).toString('utf8').trim();
    if (!printed.endsWith(`@${layout.indexDigest}`)) {
      throw new Error(`crane pushed ${printed}, expected the index ${layout.indexDigest}`);
    }
    const { tag, indexDigest, layerDigest, layerDiffId, images } = layout;
    return { ref, tag, indexDigest, layerDigest, layerDiffId, images };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
