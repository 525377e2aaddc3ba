// Throwaway TLS material for the TLS test registry: a fresh CA and a server certificate for
// 127.0.0.1, ::1, localhost and any extra DNS names (the fake ghcr.io), made by the stdlib-only Go
// program in ./certgen.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { cacheDir } from './tools.js';

const run = promisify(execFile);

export interface TlsFiles {
  /** PEM of the CA that signed the server certificate: what clients must trust. */
  caFile: string;
  /** A directory holding only ca.crt, for `--cert-dir` (skopeo, podman read every file there). */
  caDir: string;
  certFile: string;
  keyFile: string;
}

const source = fileURLToPath(new URL('./certgen/main.go', import.meta.url));

// Offline and reproducible: never reach the module proxy or switch toolchains from a test.
const goEnv = {
  ...process.env,
  GOPROXY: 'off',
  GOSUMDB: 'off',
  GOTOOLCHAIN: 'local',
  GOFLAGS: '',
  GOWORK: 'off',
  CGO_ENABLED: '0',
};

let built: Promise<string> | undefined;

/** Builds certgen once per test process, cached in .cache/ by the hash of its source. */
function certgenBinary(): Promise<string> {
  built ??= (async () => {
    const hash = createHash('sha256')
      .update(await readFile(source))
      .digest('hex')
      .slice(0, 16);
    const dir = join(cacheDir, 'certgen');
    const bin = join(dir, `certgen-${hash}`);
    if (existsSync(bin)) return bin;
    await mkdir(dir, { recursive: true });
    // Build beside the target and rename: parallel jest workers may race here.
    const tmp = `${bin}.${process.pid}.tmp`;
    await run('go', ['build', '-o', tmp, source], { env: goEnv });
    await rename(tmp, bin);
    return bin;
  })();
  return built;
}

/** Writes <dir>/ca/ca.crt and <dir>/server/server.{crt,key}; `dnsNames` are extra SANs. */
export async function makeTlsFiles(
  dir: string,
  dnsNames: readonly string[] = [],
): Promise<TlsFiles> {
  const caDir = join(dir, 'ca');
  const serverDir = join(dir, 'server');
  await mkdir(caDir, { recursive: true });
  await mkdir(serverDir, { recursive: true });
  await run(await certgenBinary(), [serverDir, ...dnsNames]);
  // Alone in its directory: containers tools would take server.key for a client key.
  await rename(join(serverDir, 'ca.crt'), join(caDir, 'ca.crt'));
  return {
    caFile: join(caDir, 'ca.crt'),
    caDir,
    certFile: join(serverDir, 'server.crt'),
    keyFile: join(serverDir, 'server.key'),
  };
}
