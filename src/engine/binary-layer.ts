// ko's binary layer (pkg/build/gobuild.go tarBinary, docs/spec/ko-compat.md#1-binary-layer-tar-pkgbuildgobuildgo-tarbinary-buildlayer): the directory `ko-app`, then the
// binary at `/ko-app/<app>`; on Windows under Hives/ and Files/ with an owner/group security
// descriptor. Names, modes and mtimes are fixed so the diffID depends only on the binary bytes,
// the app name, the OS and the capabilities.
import { appFileName } from '../ko/image-config.js';
import { stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { KoActionError } from '../util/errors.js';
import { createLayer, type CreateLayerOptions, type Layer } from '../oci/layer.js';
import { TarWriter, TypeDir, TypeReg } from '../oci/tar.js';
import { capabilityXattr } from '../oci/capabilities.js';

/** `O:BUG:BU` (owner and group BUILTIN\Users): Windows will not run the binary without it. */
export const windowsSecurityDescriptor =
  'AQAAgBQAAAAkAAAAAAAAAAAAAAABAgAAAAAABSAAAAAhAgAAAQIAAAAAAAUgAAAAIQIAAA==';
export const windowsSecurityKey = 'MSWINDOWS.rawsd';
const capabilityKey = 'SCHILY.xattr.security.capability';

/** Where the binary lives in the image. */
export const appDir = '/ko-app';

/** The binary's path in the image, as the entrypoint names it on Linux. */
export function appPath(importPath: string): string {
  return posix.join(appDir, appFileName(importPath));
}

export interface BinaryLayerOptions {
  /** The built binary on disk. */
  readonly binaryPath: string;
  /** The Go import path; its last element names the binary. */
  readonly importPath: string;
  /** platform.os */
  readonly os: string;
  /** `builds[].linux_capabilities` terms; only applied when os is linux. */
  readonly capabilities?: readonly string[];
}

/** Writes the binary layer's entries (no trailer) to `tw`; `size` is the binary's. */
export async function writeBinaryTar(
  tw: TarWriter,
  opts: BinaryLayerOptions,
  size: number,
): Promise<void> {
  const windows = opts.os === 'windows';
  const dirs = windows ? ['Hives', 'Files', 'Files/ko-app'] : ['ko-app'];
  for (const name of dirs) await tw.writeEntry({ name, typeflag: TypeDir, mode: 0o555 });

  let pax: Record<string, string | Buffer> | undefined;
  if (windows) {
    pax = { [windowsSecurityKey]: windowsSecurityDescriptor };
  } else if (opts.os === 'linux') {
    const xattr = capabilityXattr(opts.capabilities ?? []);
    if (xattr) pax = { [capabilityKey]: xattr };
  }
  const name = (windows ? 'Files' : '') + appPath(opts.importPath);
  await tw.writeFile(
    { name, typeflag: TypeReg, mode: 0o555, size, ...(pax && { pax }) },
    opts.binaryPath,
  );
}

/** The binary layer, compressed into `tmpDir`. */
export async function createBinaryLayer(
  opts: BinaryLayerOptions & CreateLayerOptions,
): Promise<Layer> {
  // Parse capabilities before any work so a typo fails fast.
  if (opts.os === 'linux') capabilityXattr(opts.capabilities ?? []);
  let size: number;
  try {
    size = (await stat(opts.binaryPath)).size;
  } catch (err) {
    throw new KoActionError('GO_BUILD', `cannot read the built binary ${opts.binaryPath}`, {
      cause: err,
    });
  }
  return createLayer(
    async (sink) => {
      const tw = new TarWriter(sink);
      await writeBinaryTar(tw, opts, size);
      await tw.close();
    },
    { ...opts, expectedSize: size },
  );
}
