// The `merge` input: matrix jobs push one platform each by digest, and a final job joins those
// images into one index under the wanted tags. Every source is checked (present, an image, its
// platform unique, in the target repository) before anything is pushed, so a bad input leaves
// the registry untouched.
import { KoActionError } from '../util/errors.js';
import type { ImageArtifact, IndexArtifact } from '../oci/artifact.js';
import { parseConfigFile } from '../oci/config.js';
import { isDigest, type Digest } from '../oci/digest.js';
import { buildIndex, parseManifest } from '../oci/manifest.js';
import { MediaType, isImageManifestMediaType, isIndexMediaType } from '../oci/media-types.js';
import { formatPlatform } from '../oci/platform.js';
import type { Descriptor, Platform } from '../oci/types.js';
import type { RegistryClient } from '../registry/client.js';
import { RegistryError } from '../registry/errors.js';
import { pushArtifact } from '../registry/push.js';
import {
  parseReference,
  parseRepository,
  withDigest,
  type Reference,
  type Repository,
} from '../registry/reference.js';

const WHERE = 'merge';

export interface MergeOptions {
  /** The target repository (`ghcr.io/owner/app`); a tag or digest on it is ignored. */
  readonly repo: Repository | Reference | string;
  /** One per platform: `sha256:<hex>` (in `repo`) or `<repo>@sha256:<hex>`. */
  readonly sources: readonly string[];
  /** Tags for the index; empty pushes it by digest only. */
  readonly tags: readonly string[];
  /** Index-level annotations. */
  readonly annotations?: Readonly<Record<string, string>>;
  readonly client: RegistryClient;
  readonly jobs: number;
}

export interface MergedPlatform {
  /** `os/arch[/variant][:osversion]` */
  readonly platform: string;
  readonly digest: Digest;
}

export interface MergeResult {
  readonly digest: Digest;
  /** `registry/repo@sha256:…` */
  readonly ref: string;
  /** `registry/repo:tag` for every tag pushed. */
  readonly tagged: readonly string[];
  /** In source order. */
  readonly platforms: readonly MergedPlatform[];
}

/** Joins images already in `repo` into one index and pushes it under every tag. */
export async function mergeImages(opts: MergeOptions): Promise<MergeResult> {
  const repo = toRepository(opts.repo);
  if (opts.sources.length === 0) {
    throw new KoActionError('INPUT', 'no image digests to merge', {
      where: WHERE,
      hint: 'list one sha256:<hex> digest (or image@sha256:<hex>) per line',
    });
  }
  const digests = opts.sources.map((s) => sourceDigest(s, repo));
  const children = await Promise.all(digests.map((d) => fetchChild(opts.client, repo, d)));
  rejectDuplicatePlatforms(children);

  const allDocker = children.every((c) => c.image.mediaType === MediaType.DockerManifest);
  const index = buildIndex({
    mediaType: allDocker ? MediaType.DockerManifestList : MediaType.OciIndex,
    manifests: children.map((c) => c.descriptor),
    ...(opts.annotations && Object.keys(opts.annotations).length > 0
      ? { annotations: opts.annotations }
      : {}),
  });
  const artifact: IndexArtifact = {
    kind: 'index',
    mediaType: index.value.mediaType ?? MediaType.OciIndex,
    digest: index.digest,
    rawManifest: index.bytes,
    // No blobs: the children are confirmed present, so the pusher's HEAD skips each of them.
    children: children.map((c) => c.image),
  };
  const pushed = await pushArtifact(opts.client, withDigest(repo, index.digest), artifact, {
    tags: opts.tags,
    jobs: opts.jobs,
  });
  return {
    digest: pushed.digest,
    ref: pushed.byDigest,
    tagged: pushed.tagged,
    platforms: children.map((c) => ({ platform: c.platformName, digest: c.image.digest })),
  };
}

const isReference = (r: Repository | Reference): r is Reference =>
  typeof (r as Partial<Reference>).context === 'function';

function toRepository(repo: Repository | Reference | string): Repository {
  if (typeof repo !== 'string') return isReference(repo) ? repo.context() : repo;
  // Accept `repo:tag` / `repo@digest` too; only the repository matters.
  return parseReference(repo).context();
}

/** `sha256:<hex>` or `<repo>@sha256:<hex>`, the latter only for the target repository. */
function sourceDigest(source: string, repo: Repository): Digest {
  const text = source.trim();
  if (isDigest(text)) return text;
  const at = text.lastIndexOf('@');
  if (at < 0 || !isDigest(text.slice(at + 1))) {
    throw new KoActionError('INPUT', `"${source}" is not an image digest`, {
      where: WHERE,
      hint: 'write sha256:<64 lowercase hex> or image@sha256:<64 lowercase hex> (other digest algorithms are not supported)',
    });
  }
  const ref = parseReference(text);
  const from = parseRepository(`${ref.registry}/${ref.repository}`);
  if (from.name !== repo.name) {
    throw new KoActionError(
      'INPUT',
      `${text} is in ${from.name}, not in the target repository ${repo.name}`,
      {
        where: WHERE,
        hint: `an index can only reference manifests in its own repository; push each platform image to ${repo.name} (e.g. with push-by-digest) or copy it there first (crane copy), then merge its digest`,
      },
    );
  }
  return ref.digest!;
}

interface Child {
  readonly image: ImageArtifact;
  readonly descriptor: Descriptor;
  readonly platformName: string;
}

async function fetchChild(
  client: RegistryClient,
  repo: Repository,
  digest: Digest,
): Promise<Child> {
  const ref = withDigest(repo, digest);
  let fetched;
  try {
    fetched = await client.getManifest(ref);
  } catch (e) {
    if (e instanceof RegistryError && e.status === 404) {
      throw new KoActionError('REGISTRY', `${ref.name} does not exist`, {
        where: WHERE,
        hint: `check that the job that built ${digest} pushed it to ${repo.name} and that its digest output was passed on unchanged`,
        cause: e,
      });
    }
    throw e;
  }
  if (isIndexMediaType(fetched.mediaType)) {
    throw new KoActionError('INPUT', `${ref.name} is an image index, not a single image`, {
      where: WHERE,
      hint: 'merge takes one single-platform image digest per line; list the digests of the index entries instead',
    });
  }
  if (!isImageManifestMediaType(fetched.mediaType)) {
    throw new KoActionError(
      'INPUT',
      `${ref.name} has media type ${fetched.mediaType}, not an image manifest`,
      { where: WHERE, hint: 'merge takes OCI or Docker v2 image manifests' },
    );
  }
  const manifest = parseManifest(fetched.bytes, ref.name);
  const configBytes = await client.fetchBlob(
    repo.repository,
    manifest.config.digest,
    manifest.config.size,
  );
  const platform = platformOfImage(parseConfigFile(configBytes, ref.name), ref.name);
  return {
    image: {
      kind: 'image',
      mediaType: fetched.mediaType,
      digest,
      rawManifest: fetched.bytes,
      blobs: [],
      platform,
    },
    // As ko's index entries (ggcr partial.Descriptor): artifactType is the config media type, so
    // a merged index lists its children exactly as a single multi-platform build would.
    descriptor: {
      mediaType: fetched.mediaType,
      size: fetched.bytes.length,
      digest,
      platform,
      ...(manifest.config.mediaType ? { artifactType: manifest.config.mediaType } : {}),
    },
    platformName: formatPlatform(platform),
  };
}

/** The platform recorded in an image's config, variant and os.version included. */
function platformOfImage(
  cf: { os: string; architecture: string; variant?: string; 'os.version'?: string },
  name: string,
): Platform {
  if (!cf.os || !cf.architecture) {
    throw new KoActionError('INPUT', `${name} has no os/architecture in its config`, {
      where: WHERE,
      hint: 'an index entry needs a platform; merge only images built for one platform',
    });
  }
  const p: Platform = { architecture: cf.architecture, os: cf.os };
  if (cf['os.version']) p['os.version'] = cf['os.version'];
  if (cf.variant) p.variant = cf.variant;
  return p;
}

function rejectDuplicatePlatforms(children: readonly Child[]): void {
  const seen = new Map<string, Digest>();
  for (const c of children) {
    const first = seen.get(c.platformName);
    if (first === c.image.digest) {
      throw new KoActionError('INPUT', `${c.image.digest} is listed twice`, {
        where: WHERE,
        hint: 'list each image digest once',
      });
    }
    if (first !== undefined) {
      throw new KoActionError(
        'INPUT',
        `${first} and ${c.image.digest} are both ${c.platformName} images`,
        {
          where: WHERE,
          hint: 'an index has one image per platform; check the matrix builds a different platform in each job',
        },
      );
    }
    seen.set(c.platformName, c.image.digest);
  }
}
