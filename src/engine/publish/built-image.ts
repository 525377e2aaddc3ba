// The parts of a BuiltImage every publisher reports the same way.
import type { Artifact } from '../../oci/artifact.js';
import { formatPlatform } from '../../oci/platform.js';
import type { BuiltImage } from '../result.js';
import type { PublishedPackage } from './publication.js';

export function builtImage(
  pkg: PublishedPackage,
  name: string,
  artifact: Artifact,
): Omit<BuiltImage, 'ref' | 'tags'> {
  const images = artifact.kind === 'index' ? artifact.children : [artifact];
  return {
    requested: pkg.requested,
    importPath: pkg.importPath,
    name,
    digest: artifact.digest,
    platforms: images.map((img) => ({
      platform: img.platform ? formatPlatform(img.platform) : 'unknown',
      digest: img.digest,
    })),
  };
}
