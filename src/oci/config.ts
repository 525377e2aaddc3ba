// Reading a base image's config the way ggcr does (v1.ParseConfigFile): unknown fields such as
// `container_config` are dropped and times are normalised, so re-encoding gives ko's bytes.
import { KoActionError } from '../util/errors.js';
import { GoDecodeError, decodeGo } from './go-decode.js';
import { ConfigFileType } from './go-schema.js';
import type { ConfigFile } from './types.js';

/**
 * Parses config JSON into ggcr's ConfigFile. `where` names the image for error messages.
 * Throws KoActionError('REGISTRY') where ggcr would fail to parse.
 */
export function parseConfigFile(raw: Uint8Array | string, where?: string): ConfigFile {
  try {
    return decodeGo(raw, ConfigFileType) as ConfigFile;
  } catch (e) {
    if (!(e instanceof GoDecodeError)) throw e;
    throw new KoActionError('REGISTRY', `cannot parse the image config: ${e.message}`, {
      ...(where ? { where } : {}),
      hint: 'the base image config must be a valid OCI or Docker image config',
      cause: e,
    });
  }
}

/** A deep copy, so a mutation never reaches the caller's (possibly shared) config. */
export function cloneConfigFile(cf: ConfigFile): ConfigFile {
  return structuredClone(cf);
}
