// Find a Go release in the runner's tool cache, or download, verify and cache it: the
// actions/setup-go chain (tc.find → listing → tc.downloadTool → extract → cache), plus the
// sha256 check setup-go lacks. Nothing reaches the tool cache before the checksum matches.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import { maxSatisfying } from 'semver';
import { KoActionError } from '../util/errors.js';
import { redact } from '../util/secrets.js';
import {
  defaultGoDownloadBaseUrl,
  fetchListing,
  goArch,
  goOs,
  newestVersions,
  selectRelease,
  type GoDownload,
} from './releases.js';
import type { GoVersionSpec } from './version-spec.js';

export interface InstallOptions {
  readonly baseUrl: string;
  /** Authorization header value, sent only to a custom base URL (setup-go does the same). */
  readonly auth?: string;
  /** Node's arch name (`x64`): the tool cache is keyed by it, as setup-go and the runner do. */
  readonly arch: string;
  readonly platform: string;
}

export interface InstalledGo {
  /** GOROOT: holds bin/go. */
  readonly root: string;
  readonly source: 'tool-cache' | 'download';
}

export function normalizeBaseUrl(url: string): string {
  return url.trim().replace(/\/+$/, '') || defaultGoDownloadBaseUrl;
}

/**
 * setup-go's tool name: `go` for go.dev, `go-<8 hex of sha256(base)>` for a mirror, so a
 * mirror's build never shadows, or is shadowed by, the runner's preinstalled Go.
 */
function toolCacheName(baseUrl: string): string {
  if (baseUrl === defaultGoDownloadBaseUrl) return 'go';
  return `go-${createHash('sha256').update(baseUrl).digest('hex').slice(0, 8)}`;
}

/** The tool cache needs both directories; outside Actions (the CLI) default them. */
function ensureRunnerDirs(): void {
  process.env['RUNNER_TOOL_CACHE'] ||= join(homedir(), '.cache', 'ko-action', 'tool-cache');
  process.env['RUNNER_TEMP'] ||= tmpdir();
}

/** The newest cached version satisfying the spec (aliases need the listing first). */
function findCached(tool: string, spec: GoVersionSpec, arch: string): string {
  if (spec.kind === 'alias') return '';
  if (spec.kind === 'exact') return tc.find(tool, spec.semver, arch);
  const best = maxSatisfying(tc.findAllVersions(tool, arch), spec.range);
  return best ? tc.find(tool, best, arch) : '';
}

/** A Go release (`1.27.3`) already in the tool cache: its GOROOT, or '' when absent. */
export function findInToolCache(version: string, baseUrl: string, arch: string): string {
  ensureRunnerDirs();
  return tc.find(toolCacheName(baseUrl), version, arch);
}

/** The Go releases in the tool cache, as semver (`1.27.3`). */
export function toolCacheVersions(baseUrl: string, arch: string): string[] {
  ensureRunnerDirs();
  return tc.findAllVersions(toolCacheName(baseUrl), arch);
}

export async function installGo(spec: GoVersionSpec, opts: InstallOptions): Promise<InstalledGo> {
  ensureRunnerDirs();
  const tool = toolCacheName(opts.baseUrl);
  const cached = findCached(tool, spec, opts.arch);
  if (cached) {
    core.info(`Found Go ${spec.input} in the tool cache at ${cached}`);
    return { root: cached, source: 'tool-cache' };
  }
  const os = goOs(opts.platform);
  const arch = goArch(opts.arch);
  const listing = await fetchListing(opts.baseUrl, opts.auth);
  const release = selectRelease(listing, spec, os, arch);
  if (!release) {
    const newest = newestVersions(listing, os, arch);
    throw new KoActionError(
      'GO_INSTALL',
      `Unable to find Go version '${spec.input}' for platform ${os} and architecture ${arch}`,
      {
        where: 'go-version',
        hint: newest.length
          ? `the newest at ${opts.baseUrl} are ${newest.join(', ')}`
          : `${opts.baseUrl} lists no Go release for ${os}/${arch}`,
      },
    );
  }
  // An alias resolves only now; the release may already be cached.
  const hit = spec.kind === 'alias' ? tc.find(tool, release.semver, opts.arch) : '';
  if (hit) {
    core.info(`${spec.input} is Go ${release.semver}, found in the tool cache at ${hit}`);
    return { root: hit, source: 'tool-cache' };
  }
  return { root: await downloadGo(release, tool, opts), source: 'download' };
}

async function downloadGo(
  release: GoDownload,
  tool: string,
  opts: InstallOptions,
): Promise<string> {
  const { file } = release;
  const url = `${opts.baseUrl}/${file.filename}`;
  if (!file.sha256 || !/^[0-9a-f]{64}$/i.test(file.sha256)) {
    throw new KoActionError(
      'GO_INSTALL',
      `the Go listing at ${opts.baseUrl} gives no sha256 for ${file.filename}`,
      {
        hint: 'use a mirror whose listing carries checksums, as go.dev/dl does',
      },
    );
  }
  // Keep the file name: extractZip on Windows wants the extension.
  const tmp = join(process.env['RUNNER_TEMP'] ?? tmpdir(), `ko-action-go-${randomUUID()}`);
  const toolCache = process.env['RUNNER_TOOL_CACHE'] ?? '';
  const dest = join(toolCache, tool, release.semver, opts.arch);
  // Extract on the tool cache's file system, so moving into place is a rename, not a copy.
  const staging = join(toolCache, `.ko-action-staging-${randomUUID()}`);
  try {
    core.info(`Downloading Go ${release.semver} from ${url}`);
    const archive = await download(url, join(tmp, file.filename), release, opts);
    const actual = await sha256File(archive);
    if (actual !== file.sha256.toLowerCase()) {
      throw new KoActionError(
        'GO_INSTALL',
        `sha256 mismatch for ${file.filename}: expected ${file.sha256.toLowerCase()}, got ${actual}`,
        {
          hint: `the archive at ${url} is not the one its listing describes; check go-download-base-url`,
        },
      );
    }
    await (file.filename.endsWith('.zip')
      ? tc.extractZip(archive, staging)
      : tc.extractTar(archive, staging));
    // go.dev archives hold everything under a top-level go/.
    const goRoot = join(staging, 'go');
    if (!existsSync(join(goRoot, 'bin'))) {
      throw new KoActionError('GO_INSTALL', `${file.filename} has no go/bin directory`, {
        hint: 'go-download-base-url must serve go.dev’s archives (a top-level go/ directory)',
      });
    }
    await moveIntoToolCache(goRoot, dest);
    core.info(`Cached Go ${release.semver} at ${dest}`);
    return dest;
  } finally {
    await rm(tmp, { recursive: true, force: true });
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * What tc.cacheDir does (replace `<tool>/<version>/<arch>`, then write the `<arch>.complete`
 * marker tc.find looks for), but by rename: copying Go's ~17k files doubled the install time.
 */
async function moveIntoToolCache(dir: string, dest: string): Promise<void> {
  await rm(`${dest}.complete`, { force: true });
  await rm(dest, { recursive: true, force: true });
  await mkdir(dirname(dest), { recursive: true });
  await rename(dir, dest);
  await writeFile(`${dest}.complete`, '');
}

async function download(
  url: string,
  dest: string,
  release: GoDownload,
  opts: InstallOptions,
): Promise<string> {
  try {
    return await tc.downloadTool(url, dest, opts.auth);
  } catch (e) {
    const status = e instanceof tc.HTTPError ? e.httpStatusCode : undefined;
    const what = `Go ${release.semver} for ${goOs(opts.platform)}/${goArch(opts.arch)}`;
    throw new KoActionError(
      'GO_INSTALL',
      status === 404
        ? `the requested ${what} is not available: ${url} returned HTTP 404`
        : `failed to download ${what} from ${url}: ${redact(e instanceof Error ? e.message : String(e))}`,
      {
        cause: e,
        hint: 'check go-download-base-url and the network; retry if the error was temporary',
      },
    );
  }
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
