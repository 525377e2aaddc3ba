// Locates the peer tools the tests run against: pinned Go tools provisioned by
// scripts/provision-tools.mjs, and Debian packages found on PATH.
import { it } from '@jest/globals';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type GoTool = 'registry' | 'crane' | 'ko' | 'actionlint';
export type DebianTool = 'skopeo' | 'podman' | 'umoci' | 'qemu-aarch64-static' | 'runc';

interface Pin {
  module: string;
  version: string;
}

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cacheDir = join(repoRoot, '.cache');
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
  const wanted = `${pin.module}@${pin.version}`;
  if (!existsSync(bin) || stamp !== wanted) {
    const found = existsSync(bin) ? `found ${stamp || 'an unstamped binary'}` : 'not installed';
    throw new Error(
      `${name} ${pin.version} is ${found} in ${toolsDir}; run \`npm test\` (it provisions tools) ` +
        `or \`node scripts/provision-tools.mjs ${name}\`.`,
    );
  }
  return bin;
}

/** The Debian package that provides each tool, for the "install it" hint. */
export const debianPackage: Record<DebianTool, string> = {
  skopeo: 'skopeo',
  podman: 'podman',
  umoci: 'umoci',
  'qemu-aarch64-static': 'qemu-user-static',
  runc: 'runc',
};

/** Absolute path of a Debian-packaged tool on PATH (or /usr/sbin, /sbin), or undefined. */
export function debianTool(name: DebianTool): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin'];
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

const warned = new Set<DebianTool>();

/**
 * `it` when the tool is installed, else `it.skip` with a warning naming the package to install.
 * CI turns any skip into a failure (skip-reporter.cjs), so a missing tool is never silent.
 */
export function itIfTool(tool: DebianTool): typeof it.skip {
  if (debianTool(tool) !== undefined) return it;
  if (!warned.has(tool)) {
    warned.add(tool);
    console.warn(
      `${tool} is not installed: skipping the tests that need it. ` +
        `Install it with \`apt-get install ${debianPackage[tool]}\`.`,
    );
  }
  return it.skip;
}
