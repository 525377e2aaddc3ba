// Locates what the tests run besides Node: pinned Go tools provisioned by
// scripts/provision-tools.mjs (into .cache/tools), and system tools from Debian packages found on
// PATH. Plain Node (no jest import), so bench/ can use it too; require-tool.ts turns a missing
// system tool into a skipped test.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type GoTool =
  | 'registry'
  | 'crane'
  | 'ko'
  | 'actionlint'
  | 'act'
  | 'containerd'
  | 'ctr'
  | 'containerd-shim-runc-v2';
/** Tools a test runs that neither Node, Go nor the provisioning script brings. */
export type SystemTool =
  'skopeo' | 'podman' | 'runc' | 'umoci' | 'qemu-aarch64-static' | 'git' | 'tar';

interface Pin {
  module: string;
  version: string;
  /** GOTOOLCHAIN it is built with, when pinned (ko: its gzip bytes depend on Go's release). */
  toolchain?: string;
  /** Build environment, when pinned (containerd, ctr: CGO_ENABLED=0 for static binaries). */
  env?: Record<string, string>;
}

// dirname of this file, not `new URL('../../', import.meta.url)`: a bundler (bench/run.mjs bundles
// this module) would take that form for an asset to copy.
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = join(repoRoot, '.cache');
/** __tests__/fixtures: Go modules, golden vectors and YAML shared by both test projects. */
export const fixturesDir = join(repoRoot, '__tests__', 'fixtures');
const toolsDir = join(cacheDir, 'tools');

/** The pins of scripts/tool-versions.json (shared with the provisioning script and benchmarks). */
export const toolVersions = JSON.parse(
  readFileSync(join(repoRoot, 'scripts', 'tool-versions.json'), 'utf8'),
) as Record<GoTool, Pin>;

/** Absolute path of a provisioned Go tool; throws when it is missing or not the pinned version. */
export function toolPath(name: GoTool): string {
  const pin = toolVersions[name];
  const bin = join(toolsDir, 'bin', name);
  const stampFile = join(toolsDir, `${name}.version`);
  const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
  // As scripts/provision-tools.mjs stamps it: a pinned Go toolchain and environment are part of it.
  const wanted = [
    `${pin.module}@${pin.version}`,
    ...(pin.toolchain ? [pin.toolchain] : []),
    ...Object.entries(pin.env ?? {}).map(([k, v]) => `${k}=${v}`),
  ].join(' ');
  if (!existsSync(bin) || stamp !== wanted) {
    const found = existsSync(bin) ? `found ${stamp || 'an unstamped binary'}` : 'not installed';
    throw new Error(
      `${name} ${pin.version} is ${found} in ${toolsDir}; run \`npm test\` (it provisions tools) ` +
        `or \`node scripts/provision-tools.mjs ${name}\`.`,
    );
  }
  return bin;
}

/** The Debian package that provides each system tool, for the "install it" hint. */
export const debianPackage: Record<SystemTool, string> = {
  skopeo: 'skopeo',
  podman: 'podman',
  runc: 'runc',
  umoci: 'umoci',
  'qemu-aarch64-static': 'qemu-user-static',
  git: 'git',
  tar: 'tar',
};

/** Absolute path of an executable `name` in one of `dirs` (default: PATH), or undefined. */
export function findExecutable(
  name: string,
  dirs: readonly string[] = (process.env.PATH ?? '').split(delimiter),
): string | undefined {
  for (const dir of dirs.filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/**
 * Absolute path of a system tool on PATH, or undefined. /usr/sbin and /sbin are searched too:
 * runc lives there, and podman finds it there whatever PATH says.
 */
export function systemTool(name: SystemTool): string | undefined {
  return findExecutable(name, [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin']);
}

/** Absolute path of a system tool, for running it; throws naming its package when it is missing. */
export function systemToolPath(name: SystemTool): string {
  const path = systemTool(name);
  if (path === undefined) throw new Error(`${describeMissing([name])} is not installed`);
  return path;
}

function describeMissing(tools: readonly SystemTool[]): string {
  return tools.map((t) => `${t} (Debian package ${debianPackage[t]})`).join(', ');
}

/** Why these tools cannot be used here ("not installed: …" with their packages), or undefined. */
export function missingTools(...tools: SystemTool[]): string | undefined {
  const missing = tools.filter((t) => systemTool(t) === undefined);
  if (missing.length === 0) return undefined;
  const packages = [...new Set(missing.map((t) => debianPackage[t]))].join(' ');
  return `not installed: ${describeMissing(missing)}; install with \`apt-get install ${packages}\``;
}
