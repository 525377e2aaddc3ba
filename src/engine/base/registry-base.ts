// A base image read from a registry; its layers can be mounted when the target is the same registry.
import type { Descriptor } from '../../oci/types.js';
import type { RegistryClient } from '../../registry/client.js';
import { withDigest, type Reference } from '../../registry/reference.js';
import type { BaseReader } from './base-image.js';

export function registryReader(client: RegistryClient, ref: Reference): BaseReader {
  const repo = ref.context();
  return {
    root: () => client.getManifest(ref),
    manifest: (d: Descriptor) => client.getManifest(withDigest(repo, d.digest)),
    blob: (d: Descriptor) => client.openBlob(repo.repository, d.digest, d.size),
    mountFrom: { registry: repo.registry, repository: repo.repository },
  };
}
