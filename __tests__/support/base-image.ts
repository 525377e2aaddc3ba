// An offline, reproducible multi-platform base image for build tests and the benchmark, like the
// offline base image of docs/notes/test-infra.md (section 7), smaller: one
// shared layer (passwd, group, /tmp, /home/nonroot) and one config per platform shaped like
// distroless static:nonroot (User 65532, WorkingDir, Env PATH + SSL_CERT_FILE). The layout is
// written by the production writer (src/oci/layout-writer.ts) and pushed with crane, an
// independent client, so the build under test reads it from a registry.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ImageArtifact, IndexArtifact } from '../../src/oci/artifact.js';
import { sha256 } from '../../src/oci/digest.js';
import { writeToLayout } from '../../src/oci/layout-writer.js';
import { MediaType } from '../../src/oci/media-types.js';
import type { Platform } from '../../src/oci/types.js';
import { crane } from './crane.js';
import { memoryBlob } from './oci-fixture.js';
import type { TestRegistry } from './registry.js';
import { makeTarEntries, type TarEntry } from './tarball.js';

export const basePlatforms = ['linux/amd64', 'linux/arm64', 'linux/arm/v7'] as const;
export const BASE_USER = '65532';
export const BASE_WORKDIR = '/home/nonroot';
export const BASE_ENV = [
  'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt',
];

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

const entries = (mtime: number): TarEntry[] => [
  { name: 'etc/', type: 'dir', mode: 0o755, mtime },
  {
    name: 'etc/group',
    mode: 0o644,
    mtime,
    content: 'root:x:0:\ntty:x:5:\nstaff:x:50:\nnobody:x:65534:\nnonroot:x:65532:\n',
  },
  {
    name: 'etc/passwd',
    mode: 0o644,
    mtime,
    content:
      'root:x:0:0:root:/root:/sbin/nologin\n' +
      'nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' +
      'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n',
  },
  { name: 'home/', type: 'dir', mode: 0o755, mtime },
  { name: 'home/nonroot/', type: 'dir', mode: 0o700, uid: 65532, mtime },
  { name: 'tmp/', type: 'dir', mode: 0o1777, mtime },
];

function parsePlatform(p: string): Platform {
  const [os = '', architecture = '', variant] = p.split('/');
  const v = variant ?? (architecture === 'arm64' ? 'v8' : undefined);
  return { architecture, os, ...(v ? { variant: v } : {}) };
}

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));

/** Writes the base image as an OCI layout at `dir` (created), tagged `tag`. */
export async function writeBaseImageLayout(
  dir: string,
  opts: { tag?: string; epoch?: number; platforms?: readonly string[] } = {},
): Promise<BaseImageLayout> {
  const tag = opts.tag ?? 'nonroot';
  const epoch = opts.epoch ?? 0;
  const created = new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
  const tar = makeTarEntries(entries(epoch));
  const layerDiffId = sha256(tar);
  const layer = memoryBlob(MediaType.OciLayer, gzipSync(tar, { level: 9 }));

  const children: ImageArtifact[] = (opts.platforms ?? basePlatforms).map((p) => {
    const platform = parsePlatform(p);
    const config = memoryBlob(
      MediaType.OciConfig,
      json({
        ...platform,
        created,
        config: { User: BASE_USER, Env: BASE_ENV, WorkingDir: BASE_WORKDIR },
        rootfs: { type: 'layers', diff_ids: [layerDiffId] },
        history: [{ created, created_by: 'ko-action test base-image.ts' }],
      }),
    );
    const manifest = json({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      config: config.descriptor,
      layers: [layer.descriptor],
    });
    return {
      kind: 'image',
      mediaType: MediaType.OciManifest,
      digest: sha256(manifest),
      rawManifest: manifest,
      blobs: [config, layer],
      platform,
    };
  });
  const index = json({
    schemaVersion: 2,
    mediaType: MediaType.OciIndex,
    manifests: children.map((c) => ({
      mediaType: c.mediaType,
      digest: c.digest,
      size: c.rawManifest.length,
      platform: c.platform,
    })),
  });
  const artifact: IndexArtifact = {
    kind: 'index',
    mediaType: MediaType.OciIndex,
    digest: sha256(index),
    rawManifest: index,
    children,
  };
  await writeToLayout(dir, artifact, { refName: tag });
  return {
    dir,
    tag,
    indexDigest: artifact.digest,
    layerDigest: layer.descriptor.digest,
    layerDiffId,
    images: children.map((c) => ({
      platform: [c.platform?.os, c.platform?.architecture, c.platform?.variant]
        .filter(Boolean)
        .join('/'),
      manifestDigest: c.digest,
      configDigest: c.blobs[0]!.descriptor.digest,
    })),
  };
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
