// Runs the pinned crane against a test registry, as an independent client to check our pushes
// and to seed images. ggcr speaks plain HTTP to 127.0.0.1/localhost on its own, so `--insecure`
// is never needed here; TLS trust comes from SSL_CERT_FILE and credentials from DOCKER_CONFIG.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestRegistry } from './registry.js';
import { makeTar } from './tarball.js';
import { toolPath } from './tools.js';

export interface CraneOptions {
  /** Supplies DOCKER_CONFIG and, for tls, SSL_CERT_FILE. */
  registry?: TestRegistry;
  /** Extra environment, applied last (e.g. SSL_CERT_FILE: '' to distrust the CA). */
  env?: Readonly<Record<string, string>>;
  cwd?: string;
  /** Written to crane's stdin. */
  input?: Buffer | string;
}

export class CraneError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'CraneError';
  }
}

/** Runs `crane ...args` and resolves with its stdout; rejects with CraneError (stderr inside). */
export function crane(args: readonly string[], options: CraneOptions = {}): Promise<Buffer> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.registry?.env, ...options.env };
  return new Promise((resolve, reject) => {
    const child = execFile(
      toolPath('crane'),
      args,
      { env, cwd: options.cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) {
          const text = stderr.toString('utf8').trim();
          const code = typeof err.code === 'number' ? err.code : null;
          reject(
            new CraneError(`crane ${args.join(' ')} failed: ${text || err.message}`, code, text),
          );
        } else {
          resolve(stdout);
        }
      },
    );
    child.stdin?.end(options.input);
  });
}

export interface PushedImage {
  /** `host/repo:tag` as pushed. */
  ref: string;
  /** `sha256:...` of the manifest. */
  digest: string;
}

/**
 * Pushes a one-layer image made of `files` onto an empty base (OCI media types unless
 * `oci: false`) with `crane append`, and returns its manifest digest.
 */
export async function pushWithCrane(
  registry: TestRegistry,
  repoAndTag: string,
  files: Readonly<Record<string, string | Buffer>>,
  options: { oci?: boolean } = {},
): Promise<PushedImage> {
  const dir = await mkdtemp(join(tmpdir(), 'ko-action-crane-'));
  try {
    const layer = join(dir, 'layer.tar');
    await writeFile(layer, makeTar(files));
    const ref = `${registry.host}/${repoAndTag}`;
    const args = ['append', '-f', layer, '-t', ref];
    if (options.oci ?? true) args.push('--oci-empty-base');
    // crane append prints `host/repo@sha256:...`.
    const printed = (await crane(args, { registry })).toString('utf8').trim();
    const digest = printed.slice(printed.lastIndexOf('@') + 1);
    if (!digest.startsWith('sha256:'))
      throw new Error(`unexpected crane append output: ${printed}`);
    return { ref, digest };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
