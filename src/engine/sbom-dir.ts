// ko's --sbom-dir: each image's SPDX SBOM is also written to `<dir>/<app>-<platform>.spdx.json`
// (platform as ggcr prints it, `/` and `:` made `-`), and an index's to `<app>-index.spdx.json`,
// where <app> is the last element of the import path (ko's gobuild.go writeSBOM, appFilename).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { Artifact } from '../oci/artifact.js';
import { formatPlatform } from '../oci/platform.js';
import { stripKoScheme } from '../ko/ko-reference.js';

export async function writeSbomDir(
  dir: string,
  importPath: string,
  artifact: Artifact,
  log: (line: string) => void,
): Promise<void> {
  const base = posix.basename(stripKoScheme(importPath));
  // ko's appFilename: a path that names no element gets ko's default name.
  const app = base === '.' || base === '/' || base === '' ? 'ko-app' : base;
  const files: [string, Uint8Array][] = [];
  const images = artifact.kind === 'index' ? artifact.children : [artifact];
  for (const img of images) {
    if (!img.sbom) continue;
    const platform = img.platform ? formatPlatform(img.platform).replace(/[/:]/g, '-') : '';
    files.push([`${app}-${platform}.spdx.json`, img.sbom]);
  }
  if (artifact.kind === 'index' && artifact.sbom)
    files.push([`${app}-index.spdx.json`, artifact.sbom]);
  if (files.length === 0) return;
  await mkdir(dir, { recursive: true });
  for (const [name, bytes] of files) {
    log(`Writing SBOM to ${join(dir, name)}`);
    await writeFile(join(dir, name), bytes, { mode: 0o644 });
  }
}
