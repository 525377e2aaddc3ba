// `scratch`: an empty base, as ggcr's empty.Image, but with os/architecture set (ko would leave
// them empty, which runtimes reject). For several platforms it is an index of such images, so
// `scratch` builds multi-platform images like any other base. It names no base annotation.
import { Readable } from 'node:stream';
import { sha256, type Digest } from '../../oci/digest.js';
import { MediaType } from '../../oci/media-types.js';
import { formatPlatform } from '../../oci/platform.js';
import type { Descriptor, Platform } from '../../oci/types.js';
import { KoActionError } from '../../util/errors.js';
import type { BaseReader, RawManifest } from './base-image.js';

export const scratchName = 'scratch';

export function scratchReader(platforms: readonly Platform[]): BaseReader {
  for (const p of platforms) {
    // A partial platform (`windows`) matches a base's entries; scratch has none to match.
    if (!p.os || !p.architecture) {
      throw new KoActionError(
        'INPUT',
        `platform "${formatPlatform(p)}" names no ${p.os ? 'architecture' : 'OS'}`,
        {
          where: 'platforms',
          hint: 'scratch has no platforms of its own to pick from: name each one as os/arch, e.g. windows/amd64',
        },
      );
    }
  }
  const blobs = new Map<Digest, RawManifest>();
  const put = (mediaType: string, doc: unknown): Descriptor => {
    const bytes = Buffer.from(JSON.stringify(doc));
    const digest = sha256(bytes);
    blobs.set(digest, { bytes, mediaType, digest });
    return { mediaType, size: bytes.length, digest };
  };
  const entries = platforms.map((platform) => {
    const config = put(MediaType.OciConfig, {
      architecture: platform.architecture,
      created: '0001-01-01T00:00:00Z',
      os: platform.os,
      rootfs: { type: 'layers', diff_ids: null },
      config: {},
      ...(platform['os.version'] ? { 'os.version': platform['os.version'] } : {}),
      ...(platform.variant ? { variant: platform.variant } : {}),
    });
    const manifest = put(MediaType.OciManifest, {
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      config,
      layers: [],
    });
    return { ...manifest, platform };
  });
  const root =
    entries.length === 1
      ? (entries[0] as Descriptor)
      : put(MediaType.OciIndex, {
          schemaVersion: 2,
          mediaType: MediaType.OciIndex,
          manifests: entries,
        });
  const get = (d: Descriptor): RawManifest => {
    const raw = blobs.get(d.digest);
    if (!raw) throw new KoActionError('REGISTRY', `scratch has no blob ${d.digest}`);
    return raw;
  };
  return {
    root: () => Promise.resolve(get(root)),
    manifest: (d) => Promise.resolve(get(d)),
    blob: (d) => Promise.resolve(Readable.from([Buffer.from(get(d).bytes)])),
  };
}
