// A base image read from a local OCI image layout (`oci-layout:<dir>[:<tag>]`).
import { openBlob, readManifest, resolveLayoutRef } from '../../oci/layout-reader.js';
import type { BaseReader } from './base-image.js';

export function layoutReader(dir: string, tag: string | undefined): BaseReader {
  return {
    root: async () => readManifest(dir, await resolveLayoutRef(dir, tag)),
    manifest: (d) => readManifest(dir, d),
    blob: (d) => openBlob(dir, d),
  };
}
