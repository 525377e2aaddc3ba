// `go version -m <binary>`, the input of ko's SBOM. The random build path in its first line is
// replaced by the path inside the image, as ko does, so the text is the same on every build.
import { KoActionError } from '../util/errors.js';
import { run } from './packages.js';
import type { Env } from '../util/env.js';

/**
 * Runs `go version -m binary` and returns its output with the binary's path (first occurrence)
 * replaced by `appPath` (ko's `/ko-app/<name>`) when given.
 */
export async function readBuildInfo(
  goPath: string,
  binary: string,
  opts: { readonly appPath?: string; readonly env?: Env; readonly cwd?: string } = {},
): Promise<string> {
  const res = await run(goPath, ['version', '-m', binary], opts.cwd ?? process.cwd(), {
    ...(opts.env ?? process.env),
  });
  if (res.code !== 0) {
    throw new KoActionError('GO_BUILD', `go version -m ${binary} failed: ${res.stderr.trim()}`, {
      hint: 'the SBOM is made from the build info Go embeds in the binary; set `sbom: none` to skip it',
    });
  }
  return opts.appPath === undefined ? res.stdout : res.stdout.replace(binary, () => opts.appPath!);
}
