// The daemon publisher (repo: ko.local): a build through the action entry point is loaded into a
// real podman API service as `<name>:<hex>`, tagged `latest`, and runs; a dead DOCKER_HOST is a clear
// error. Podman runs with a private config (docs/notes/test-infra.md#5-podman-431-rootful-vfs) and host networking only.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { KoActionError } from '../src/util/errors.js';
import type { ImageArtifact, IndexArtifact } from '../src/oci/artifact.js';
import type { Digest } from '../src/oci/digest.js';
import { imageName } from '../src/ko/naming.js';
import { daemonEndpoint, daemonImage, loadIntoDaemon } from '../src/engine/publish/daemon.js';
import { cleanupActionRuns, describeRun, runAction } from './support/action.js';
import { writeBaseImageLayout } from './support/base-image.js';
import { debianTool, itIfTool } from './support/tools.js';

const sha = (b: Buffer | string): Digest =>
  `sha256:${createHash('sha256').update(b).digest('hex')}`;

function exec(
  cmd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr: stderr || (err?.message ?? '') });
    });
  });
}

/** A tiny image whose blobs are in memory (the daemon is never reached in these tests). */
function fakeImage(os: string, architecture: string): ImageArtifact {
  const config = Buffer.from(JSON.stringify({ os, architecture }));
  const blob = (bytes: Buffer, mediaType: string) => ({
    descriptor: { mediaType, size: bytes.length, digest: sha(bytes) },
    open: () => Promise.resolve(Readable.from([bytes])),
  });
  const blobs = [blob(config, 'application/vnd.oci.image.config.v1+json')];
  const manifest = Buffer.from(JSON.stringify({ config: blobs[0]!.descriptor, os, architecture }));
  return {
    kind: 'image',
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: sha(manifest),
    rawManifest: manifest,
    blobs,
    platform: { os, architecture },
  };
}

/** A TCP port nothing listens on (bound then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise<void>((r) => server.close(() => r()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'ko-action-daemon-'));
});

afterAll(async () => {
  await cleanupActionRuns();
  await rm(scratch, { recursive: true, force: true });
});

describe('DOCKER_HOST and platform selection', () => {
  it('reads unix and tcp addresses and defaults to /var/run/docker.sock', () => {
    expect(daemonEndpoint({})).toEqual({
      socketPath: '/var/run/docker.sock',
      display: '/var/run/docker.sock',
    });
    expect(daemonEndpoint({ DOCKER_HOST: 'unix:///run/podman/podman.sock' })).toMatchObject({
      socketPath: '/run/podman/podman.sock',
    });
    expect(daemonEndpoint({ DOCKER_HOST: 'tcp://127.0.0.1:2376' })).toMatchObject({
      host: '127.0.0.1',
      port: 2376,
    });
    expect(() => daemonEndpoint({ DOCKER_HOST: 'ssh://me@host' })).toThrow(
      /unsupported DOCKER_HOST "ssh:\/\/me@host"/,
    );
  });

  it('loads the $GOOS/$GOARCH child of an index, linux/amd64 by default', () => {
    const amd64 = fakeImage('linux', 'amd64');
    const arm64 = fakeImage('linux', 'arm64');
    const index: IndexArtifact = {
      kind: 'index',
      mediaType: 'application/vnd.oci.image.index.v1+json',
      digest: sha('index'),
      rawManifest: Buffer.from('index'),
      children: [arm64, amd64],
    };
    expect(daemonImage(index, {})).toBe(amd64);
    expect(daemonImage(index, { GOARCH: 'arm64' })).toBe(arm64);
    expect(() => daemonImage(index, { GOARCH: 's390x' })).toThrow(
      'no linux/s390x image in the index to load into the daemon',
    );
  });

  it('a dead DOCKER_HOST (tcp or unix) is a clear REGISTRY error', async () => {
    const image = fakeImage('linux', 'amd64');
    const port = await closedPort();
    const tcp = loadIntoDaemon(image, 'ko.local/x', ['latest'], {
      DOCKER_HOST: `tcp://127.0.0.1:${port}`,
    });
    await expect(tcp).rejects.toThrow(
      `no Docker-compatible engine at tcp://127.0.0.1:${port}: set DOCKER_HOST`,
    );
    const sock = join(scratch, 'nothing.sock');
    const unix = loadIntoDaemon(image, 'ko.local/x', [], { DOCKER_HOST: `unix://${sock}` });
    await expect(unix).rejects.toBeInstanceOf(KoActionError);
    await expect(unix).rejects.toMatchObject({
      code: 'REGISTRY',
      where: 'repo',
      message: `no Docker-compatible engine at ${sock}: set DOCKER_HOST`,
    });
  });
});

// ------------------------------------------------------------------ podman API service

const EXPECTED = 'hello, ko-action linux/amd64 dev from kodata\n';

describe('repo: ko.local through the action entry point', () => {
  let podmanDir: string;
  let service: ChildProcess | undefined;
  let podmanEnv: NodeJS.ProcessEnv;
  let socket: string;
  let baseImage: string;

  beforeAll(async () => {
    const base = await writeBaseImageLayout(join(scratch, 'base'));
    baseImage = `oci-layout:${base.dir}:${base.tag}`;
    if (!debianTool('podman')) return;
    podmanDir = join(scratch, 'podman');
    await mkdir(join(podmanDir, 'run'), { recursive: true });
    await mkdir(join(podmanDir, 'storage'), { recursive: true });
    // Private config (docs/notes/test-infra.md#5-podman-431-rootful-vfs): runc, cgroupfs, low ulimits, vfs storage in podmanDir.
    await writeFile(
      join(podmanDir, 'containers.conf'),
      '[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]\n' +
        '[engine]\nruntime = "runc"\ncgroup_manager = "cgroupfs"\nevents_logger = "file"\n',
    );
    await writeFile(
      join(podmanDir, 'storage.conf'),
      `[storage]\ndriver = "vfs"\nrunroot = "${podmanDir}/run"\ngraphroot = "${podmanDir}/storage"\n`,
    );
    podmanEnv = {
      ...process.env,
      CONTAINERS_CONF: join(podmanDir, 'containers.conf'),
      CONTAINERS_STORAGE_CONF: join(podmanDir, 'storage.conf'),
    };
    socket = join(podmanDir, 'podman.sock');
    service = spawn('podman', ['system', 'service', '--time=0', `unix://${socket}`], {
      env: podmanEnv,
      stdio: 'ignore',
    });
    for (let i = 0; i < 100 && !existsSync(socket); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!existsSync(socket)) throw new Error(`podman system service did not create ${socket}`);
  }, 60_000);

  afterAll(async () => {
    if (service?.pid !== undefined && service.exitCode === null) {
      const exited = new Promise((r) => service?.once('exit', r));
      process.kill(service.pid, 'SIGTERM');
      await exited;
    }
  });

  itIfTool('podman')(
    'loads the image as <name>:<hex>, tags latest, and it runs',
    async () => {
      const run = await runAction({
        inputs: {
          repo: 'ko.local',
          'import-paths': './cmd/hello',
          platforms: 'linux/amd64',
          sbom: 'none',
          cache: 'false',
          'base-image': baseImage,
        },
        env: { DOCKER_HOST: `unix://${socket}` },
      });
      expect({ code: run.code, errors: run.errors }).toEqual({ code: 0, errors: [] });
      const name = imageName('ko.local', 'example.com/koapp/cmd/hello', 'md5');
      const image = run.outputs.image ?? describeRun(run);
      expect(image).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')}:[0-9a-f]{64}$`));

      const ran = await exec('podman', ['run', '--rm', '--network', 'host', image], podmanEnv);
      expect({ code: ran.code, stderr: ran.code === 0 ? '' : ran.stderr }).toEqual({
        code: 0,
        stderr: '',
      });
      expect(ran.stdout).toBe(EXPECTED);
      const latest = await exec('podman', ['image', 'exists', `${name}:latest`], podmanEnv);
      expect(latest.code).toBe(0);
      // The loaded image is the built one: its config digest is podman's image ID.
      const hex = image.slice(image.lastIndexOf(':') + 1);
      const ids = await exec(
        'podman',
        ['image', 'inspect', '--format', '{{.Id}}', `${name}:latest`, image],
        podmanEnv,
      );
      const [a, b] = ids.stdout.trim().split('\n');
      expect(a).toBe(b);
      expect(hex).toBe(run.outputs.digest?.slice('sha256:'.length));
    },
    180_000,
  );

  it('a dead DOCKER_HOST fails the step with the clear error', async () => {
    const run = await runAction({
      inputs: {
        repo: 'ko.local',
        'import-paths': './cmd/hello',
        platforms: 'linux/amd64',
        sbom: 'none',
        cache: 'false',
        'base-image': baseImage,
      },
      env: { DOCKER_HOST: `unix://${join(scratch, 'dead.sock')}` },
    });
    expect(run.code).not.toBe(0);
    expect(run.errors.join('\n')).toContain(
      `no Docker-compatible engine at ${join(scratch, 'dead.sock')}: set DOCKER_HOST`,
    );
  }, 180_000);
});
