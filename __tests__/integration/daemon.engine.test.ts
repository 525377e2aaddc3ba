// The daemon publisher (repo: ko.local) against real engines: a build through the action entry
// point is loaded into a real podman API service as `<name>:<hex>`, tagged `latest`, and runs; a
// dead DOCKER_HOST (tcp or unix) is a clear error. Podman runs with a private config
// (support/podman.ts) and host networking only. unit/daemon.test.ts has the pure parts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { imageName } from '../../src/ko/naming.js';
import { loadIntoDaemon } from '../../src/engine/publish/daemon.js';
import { cleanupActionRuns, describeRun, runAction } from '../support/action.js';
import { writeBaseImageLayout } from '../support/base-image.js';
import { thrownAsync } from '../support/errors.js';
import { makeImage } from '../support/oci-fixture.js';
import { podman, startPodmanService, type PodmanService } from '../support/podman.js';
import { describeWithTools } from '../support/require-tool.js';
import { buildTimeout } from '../support/timeouts.js';

/** A TCP port nothing listens on (bound then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise<void>((r) => server.close(() => r()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const EXPECTED = 'hello, ko-action linux/amd64 dev from kodata\n';

let scratch: string;
let baseImage: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'ko-action-daemon-'));
  const base = await writeBaseImageLayout(join(scratch, 'base'));
  baseImage = `oci-layout:${base.dir}:${base.tag}`;
});

afterAll(async () => {
  await cleanupActionRuns();
  await rm(scratch, { recursive: true, force: true });
});

const buildTo = (dockerHost: string) =>
  runAction({
    inputs: {
      repo: 'ko.local',
      'import-paths': './cmd/hello',
      platforms: 'linux/amd64',
      sbom: 'none',
      cache: 'false',
      'base-image': baseImage,
    },
    env: { DOCKER_HOST: dockerHost },
  });

describe('a dead DOCKER_HOST', () => {
  it('(tcp or unix) is a clear REGISTRY error', async () => {
    const image = makeImage({ os: 'linux', architecture: 'amd64' });
    const port = await closedPort();
    const tcp = loadIntoDaemon(image, 'ko.local/x', ['latest'], {
      DOCKER_HOST: `tcp://127.0.0.1:${port}`,
    });
    await expect(tcp).rejects.toThrow(
      `no Docker-compatible engine at tcp://127.0.0.1:${port}: set DOCKER_HOST`,
    );
    const sock = join(scratch, 'nothing.sock');
    const unix = await thrownAsync(
      loadIntoDaemon(image, 'ko.local/x', [], { DOCKER_HOST: `unix://${sock}` }),
    );
    expect(unix).toMatchObject({
      code: 'REGISTRY',
      where: 'repo',
      message: `no Docker-compatible engine at ${sock}: set DOCKER_HOST`,
    });
  });

  it('fails the step with the clear error', async () => {
    const dead = join(scratch, 'dead.sock');
    const run = await buildTo(`unix://${dead}`);
    expect(run.code).not.toBe(0);
    expect(run.errors.join('\n')).toContain(
      `no Docker-compatible engine at ${dead}: set DOCKER_HOST`,
    );
  });
});

// ------------------------------------------------------------------ podman API service

describeWithTools('podman', 'runc')('repo: ko.local with a podman API service', () => {
  let service: PodmanService;
  let env: NodeJS.ProcessEnv;
  let socket: string;

  beforeAll(async () => {
    service = await startPodmanService(join(scratch, 'podman'));
    ({ env, socket } = service);
  });

  afterAll(() => service?.stop());

  it(
    'loads the image as <name>:<hex>, tags latest, and it runs',
    async () => {
      const run = await buildTo(`unix://${socket}`);
      expect({ code: run.code, errors: run.errors }).toEqual({ code: 0, errors: [] });
      const name = imageName('ko.local', 'example.com/koapp/cmd/hello', 'md5');
      const image = run.outputs.image ?? describeRun(run);
      expect(image).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')}:[0-9a-f]{64}$`));

      const ran = await podman(['run', '--rm', '--network', 'host', image], env);
      expect({ code: ran.code, stderr: ran.code === 0 ? '' : ran.stderr }).toEqual({
        code: 0,
        stderr: '',
      });
      expect(ran.stdout).toBe(EXPECTED);
      const latest = await podman(['image', 'exists', `${name}:latest`], env);
      expect(latest.code).toBe(0);
      // The loaded image is the built one: its config digest is podman's image ID.
      const hex = image.slice(image.lastIndexOf(':') + 1);
      const ids = await podman(
        ['image', 'inspect', '--format', '{{.Id}}', `${name}:latest`, image],
        env,
      );
      const [a, b] = ids.stdout.trim().split('\n');
      expect(a).toBe(b);
      expect(hex).toBe(run.outputs.digest?.slice('sha256:'.length));
    },
    buildTimeout(2),
  ); // one build, then podman copies the image into vfs storage and runs it
});
