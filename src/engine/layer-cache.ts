// KOCACHE for binary layers (ko pkg/build/cache.go, docs/spec/ko-compat.md#8-kocache-pkgbuildcachego-pkgcommandscachego). The key is `go tool buildid` of the
// built binary; `buildid-to-diffid` and `diffid-to-descriptor` sit next to the binary as in ko.
// Unlike ko, the compressed layer itself is kept at `$KOCACHE/layers/sha256/<hex>`, so a hit needs
// neither tar nor gzip, and the maps are written truncating (ko leaves stale tail bytes).
// The `buildid-to-diffid` key is the build ID plus the gzip encoder (`<buildid> gzip=<id>`): a
// layer compressed by another encoder has other bytes, so it is never reused for this one (ko's
// own entries, keyed by the bare build ID, are misses too).
// A cache problem is never an error: it is logged at debug level and the layer is made afresh.
import { randomUUID } from 'node:crypto';
import {
  copyFile,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isDigest, digestHex, type Digest } from '../oci/digest.js';
import { layerFromFile, type Layer } from '../oci/layer.js';
import { compressionId, type LayerCompression } from '../oci/gzip.js';
import { readBuildId } from '../go/build-id.js';
import { formatPlatform } from '../oci/platform.js';
import type { Descriptor, Platform } from '../oci/types.js';
import { errorMessage } from '../util/errors.js';
import { run } from '../go/packages.js';
import type { Env } from '../util/env.js';

export const buildIdFile = 'buildid-to-diffid';
export const descriptorFile = 'diffid-to-descriptor';

/** Where ko puts a binary's directory: `$KOCACHE/bin/<importpath>/<platform>` (`out` inside). */
export function kocacheBinDir(kocache: string, importPath: string, platform: Platform): string {
  return join(kocache, 'bin', importPath, formatPlatform(platform));
}

/** Where the compressed bytes of a cached layer live. */
export function kocacheLayerPath(kocache: string, digest: Digest): string {
  return join(kocache, 'layers', 'sha256', digestHex(digest));
}

export interface LayerCacheOptions {
  /** The layer media type the caller wants (follows the base); the bytes do not depend on it. */
  readonly mediaType: string;
  /** The encoder `make()` uses (default `go`): part of the key. */
  readonly compression?: LayerCompression;
  /** Environment for `go tool buildid` (PATH, HOME, GOCACHE…); GOTOOLCHAIN=local is forced. */
  readonly env?: Env;
  readonly debug?: (line: string) => void;
}

/**
 * The binary layer for `binaryPath`, from KOCACHE when its build ID was seen before, else from
 * `make()` (then recorded). Callers skip this when capabilities are set, as ko does.
 */
export async function binaryLayerFromCache(
  kocache: string,
  importPath: string,
  platform: Platform,
  binaryPath: string,
  goPath: string,
  make: () => Promise<Layer>,
  opts: LayerCacheOptions,
): Promise<Layer> {
  const debug = opts.debug ?? (() => undefined);
  const metaDir = dirname(binaryPath);
  let buildId: string | undefined;
  try {
    const id = (await readBuildId(binaryPath)) ?? (await goBuildId(goPath, binaryPath, opts.env));
    buildId = `${id} gzip=${compressionId(opts.compression ?? 'go')}`;
    const hit = await lookup(kocache, metaDir, buildId, opts.mediaType);
    if (hit) {
      await markUsed(metaDir);
      return hit;
    }
    debug(`KOCACHE miss for ${importPath} ${formatPlatform(platform)} (key ${buildId})`);
  } catch (err) {
    debug(`KOCACHE unusable for ${binaryPath}: ${errorMessage(err)}`);
  }
  const layer = await make();
  if (buildId === undefined) return layer;
  try {
    await record(kocache, metaDir, buildId, layer);
  } catch (err) {
    debug(`KOCACHE: cannot record ${binaryPath}: ${errorMessage(err)}`);
  }
  return layer;
}

/**
 * Sets the mtime of a binary's `buildid-to-diffid` to now, as Go marks a GOCACHE entry used: the
 * post step keeps the binaries this run used (pruneKocache). Best effort.
 */
async function markUsed(metaDir: string): Promise<void> {
  const now = new Date();
  await utimes(join(metaDir, buildIdFile), now, now).catch(() => undefined);
}

/** `go tool buildid <file>`, trimmed, as ko reads it. */
export async function goBuildId(
  goPath: string,
  file: string,
  env: Env = process.env,
): Promise<string> {
  // Run outside any module so a go.mod `toolchain` line cannot trigger a download.
  const res = await run(goPath, ['tool', 'buildid', file], dirname(file), {
    ...env,
    GOTOOLCHAIN: 'local',
  });
  const out = (res.stdout + res.stderr).trim();
  if (res.code !== 0) throw new Error(`go tool buildid ${file}: ${out}`);
  if (!out) throw new Error(`no build ID in ${file}`);
  return out;
}

type BuildIdMap = Record<string, string>;
type DescriptorMap = Record<string, Descriptor>;

async function lookup(
  kocache: string,
  metaDir: string,
  buildId: string,
  mediaType: string,
): Promise<Layer | undefined> {
  const diffIds = await readMap<BuildIdMap>(join(metaDir, buildIdFile));
  const descs = await readMap<DescriptorMap>(join(metaDir, descriptorFile));
  if (!diffIds || !descs) return undefined;
  const diffId = diffIds[buildId];
  if (diffId === undefined) return undefined;
  if (!isDigest(diffId)) throw new Error(`${buildIdFile}: bad diffID ${diffId}`);
  const desc = descs[diffId];
  if (!desc || !isDigest(desc.digest) || !Number.isSafeInteger(desc.size)) {
    throw new Error(`${descriptorFile}: no valid descriptor for ${diffId}`);
  }
  const path = kocacheLayerPath(kocache, desc.digest);
  const { size } = await stat(path);
  if (size !== desc.size) throw new Error(`${path} has ${size} bytes, not ${desc.size}`);
  // The media type follows today's base, not the one recorded: the bytes are the same.
  return layerFromFile(path, { mediaType, diffId, digest: desc.digest });
}

/** A map file, or undefined when absent; anything unparsable throws (and so becomes a miss). */
async function readMap<T extends object>(path: string): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${path}: not a JSON object`);
  }
  return value as T;
}

/**
 * Copies the layer file into KOCACHE and rewrites both maps with this one entry: a binary
 * directory only ever needs its latest build, and older layers are left for pruneKocacheLayers.
 */
async function record(
  kocache: string,
  metaDir: string,
  buildId: string,
  layer: Layer,
): Promise<void> {
  const { diffId, descriptor } = layer;
  const path = kocacheLayerPath(kocache, descriptor.digest);
  await mkdir(dirname(path), { recursive: true });
  const staged = `${path}.${randomUUID()}.tmp`;
  // A copy, not a move: the caller's layer keeps its file, and a reader never sees a partial one.
  await copyFile(layer.path, staged);
  await rename(staged, path);
  const desc: Descriptor = {
    mediaType: descriptor.mediaType,
    size: descriptor.size,
    digest: descriptor.digest,
  };
  await writeJson(join(metaDir, descriptorFile), { [diffId]: desc });
  await writeJson(join(metaDir, buildIdFile), { [buildId]: diffId });
}

/** Go's json.Encoder with SetIndent("", "  "): 2-space indent and a trailing newline. */
async function writeJson(path: string, value: object): Promise<void> {
  const tmp = `${path}.${randomUUID()}.tmp`;
  await writeFile(tmp, JSON.stringify(value, null, 2) + '\n');
  await rename(tmp, path);
}

/**
 * Removes layer files no `diffid-to-descriptor` under `$KOCACHE/bin` refers to, so a cache saved
 * run after run does not grow without bound. Run it when no build is in progress (post step).
 */
export async function pruneKocacheLayers(kocache: string): Promise<number> {
  const layersDir = join(kocache, 'layers', 'sha256');
  let files: string[];
  try {
    files = await readdir(layersDir);
  } catch {
    return 0;
  }
  const used = new Set<string>();
  for (const file of await findFiles(join(kocache, 'bin'), descriptorFile)) {
    try {
      const descs = await readMap<DescriptorMap>(file);
      for (const d of Object.values(descs ?? {})) {
        if (typeof d.digest === 'string' && isDigest(d.digest)) used.add(digestHex(d.digest));
      }
    } catch {
      // A corrupt map protects nothing; its layers go.
    }
  }
  let removed = 0;
  for (const name of files) {
    if (used.has(name)) continue;
    await rm(join(layersDir, name), { force: true });
    removed++;
  }
  return removed;
}

/** The files ko-action keeps per binary in `$KOCACHE/bin/<importpath>/<platform>/`. */
const binFiles = new Set(['out', buildIdFile, descriptorFile]);

/**
 * Keeps what this run used: removes each binary (`out` and its maps) whose files are all older
 * than `usedSince` (a restored KOCACHE is back-dated; a build rewrites `out` and the maps, a hit
 * marks the maps used), then the layers nothing refers to any more. Post step only.
 */
export async function pruneKocache(
  kocache: string,
  usedSince: number,
): Promise<{ binaries: number; layers: number }> {
  let binaries = 0;
  const visit = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const files = entries.filter((e) => e.isFile() && binFiles.has(e.name)).map((e) => e.name);
    if (files.length) {
      const times = await Promise.all(
        files.map((f) =>
          stat(join(dir, f)).then(
            (st) => st.mtimeMs,
            () => 0,
          ),
        ),
      );
      if (Math.max(...times) < usedSince) {
        await Promise.all(files.map((f) => rm(join(dir, f), { force: true })));
        binaries++;
      }
    }
    for (const e of entries) if (e.isDirectory()) await visit(join(dir, e.name));
  };
  await visit(join(kocache, 'bin'));
  return { binaries, layers: await pruneKocacheLayers(kocache) };
}

async function findFiles(dir: string, name: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) found.push(...(await findFiles(p, name)));
    else if (e.name === name) found.push(p);
  }
  return found;
}
