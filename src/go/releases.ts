// The go.dev download listing (`<base>/?mode=json&include=all`): fetch it, and pick the release
// and archive for a spec, as actions/setup-go does. The listing also carries each archive's
// sha256, which is why we always go through it.
import { HttpClient } from '@actions/http-client';
import { parse, rcompare, satisfies, type SemVer } from 'semver';
import { KoActionError } from '../util/errors.js';
import { redact } from '../util/secrets.js';
import { makeSemver, type GoVersionSpec } from './version-spec.js';

export interface GoFile {
  readonly filename: string;
  readonly os: string;
  readonly arch: string;
  /** Hex; go.dev always lists it. An install without it is refused. */
  readonly sha256?: string;
  readonly kind?: string;
}

export interface GoRelease {
  readonly version: string; // go1.26.1
  readonly stable: boolean;
  readonly files: readonly GoFile[];
}

export interface GoDownload {
  readonly version: string; // go1.26.1
  readonly semver: string; // 1.26.1
  readonly file: GoFile;
}

export const defaultGoDownloadBaseUrl = 'https://go.dev/dl';

/** Node's `process.arch` → Go's GOARCH as the listing spells it. */
export function goArch(nodeArch: string): string {
  const names: Record<string, string> = {
    x64: 'amd64',
    x32: '386',
    ia32: '386',
    arm: 'armv6l',
    ppc64: 'ppc64le',
  };
  return names[nodeArch] ?? nodeArch;
}

/** Node's `process.platform` → GOOS. */
export function goOs(platform: string): string {
  return platform === 'win32' ? 'windows' : platform;
}

function listingUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/?mode=json&include=all`;
}

function isFile(f: unknown): f is GoFile {
  const o = f as Record<string, unknown> | null;
  return (
    !!o &&
    typeof o['filename'] === 'string' &&
    typeof o['os'] === 'string' &&
    typeof o['arch'] === 'string'
  );
}

/** Validate the listing JSON, dropping entries we cannot use. */
export function parseListing(body: string, url: string): GoRelease[] {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    throw new KoActionError('GO_INSTALL', `the Go version listing at ${url} is not JSON`, {
      cause: e,
      hint: 'go-download-base-url must serve go.dev/dl’s listing (?mode=json&include=all)',
    });
  }
  if (!Array.isArray(data)) {
    throw new KoActionError('GO_INSTALL', `the Go version listing at ${url} is not a JSON array`);
  }
  return data.flatMap((r: unknown): GoRelease[] => {
    const o = r as Record<string, unknown> | null;
    if (!o || typeof o['version'] !== 'string' || !Array.isArray(o['files'])) return [];
    const files = (o['files'] as unknown[]).filter(isFile);
    return [{ version: o['version'], stable: o['stable'] === true, files }];
  });
}

/** The listing; a failure names `where`, the input whose version needed it. */
export async function fetchListing(
  baseUrl: string,
  auth?: string,
  where = 'go-version',
): Promise<GoRelease[]> {
  const url = listingUrl(baseUrl);
  const http = new HttpClient('ko-action', [], {
    allowRetries: true,
    maxRetries: 3,
    socketTimeout: 60_000,
  });
  let status: number | undefined;
  let body: string;
  try {
    const res = await http.get(url, auth ? { authorization: auth } : {});
    status = res.message.statusCode;
    body = await res.readBody();
  } catch (e) {
    throw new KoActionError(
      'GO_INSTALL',
      `cannot fetch the Go version listing ${url}: ${redact(String(e))}`,
      {
        where,
        cause: e,
        hint: 'check network access to go-download-base-url, or set go-version to a Go the runner has',
      },
    );
  } finally {
    http.dispose();
  }
  if (status !== 200) {
    throw new KoActionError(
      'GO_INSTALL',
      `the Go version listing ${url} returned HTTP ${status ?? '?'}`,
      {
        where,
        hint: 'check go-download-base-url; it must serve ?mode=json&include=all like https://go.dev/dl',
      },
    );
  }
  return parseListing(body, url);
}

interface Candidate extends GoDownload {
  readonly sv: SemVer;
  readonly stable: boolean;
}

/** Releases that have an archive for os/arch, newest first. */
function candidates(listing: readonly GoRelease[], os: string, arch: string): Candidate[] {
  const out: Candidate[] = [];
  for (const r of listing) {
    const sv = parse(makeSemver(r.version));
    // Installers (.msi, .pkg) share os/arch with the archive; only archives are unpacked.
    const file = r.files.find(
      (f) => f.os === os && f.arch === arch && (f.kind ?? 'archive') === 'archive',
    );
    if (sv && file) {
      const stable = r.stable && sv.prerelease.length === 0;
      out.push({ version: r.version, semver: sv.version, file, sv, stable });
    }
  }
  return out.sort((a, b) => rcompare(a.sv, b.sv));
}

function strip({ version, semver, file }: Candidate): GoDownload {
  return { version, semver, file };
}

/**
 * The newest release satisfying `spec` with an archive for os/arch. `stable` is the newest
 * stable release; `oldstable` the newest patch of the minor before it.
 */
export function selectRelease(
  listing: readonly GoRelease[],
  spec: GoVersionSpec,
  os: string,
  arch: string,
): GoDownload | undefined {
  const all = candidates(listing, os, arch);
  if (spec.kind === 'alias') {
    const stable = all.filter((c) => c.stable);
    const newest = stable[0];
    if (!newest || spec.alias === 'stable') return newest && strip(newest);
    const older = stable.find(
      (c) => c.sv.major !== newest.sv.major || c.sv.minor !== newest.sv.minor,
    );
    return older && strip(older);
  }
  const range = spec.kind === 'exact' ? spec.semver : spec.range;
  const hit = all.find((c) => satisfies(c.sv, range));
  return hit && strip(hit);
}

/** The newest patch of each of the newest minors, for "did you mean" hints: `1.26.1, 1.25.8`. */
export function newestVersions(
  listing: readonly GoRelease[],
  os: string,
  arch: string,
  n = 5,
): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of candidates(listing, os, arch).filter((x) => x.stable)) {
    const minor = `${c.sv.major}.${c.sv.minor}`;
    if (seen.has(minor)) continue;
    seen.add(minor);
    out.push(c.version.replace(/^go/, ''));
    if (out.length === n) break;
  }
  return out;
}
