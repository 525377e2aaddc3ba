// Auth flows of real registries that ggcr (crane, ko) only half handles (issue #21), against the
// real distribution registry: `/v2/` answering 200 to anyone while the repository wants Basic
// credentials or a Bearer token; credentials from a docker config, from username/password and
// from `github-token`; a docker config `registrytoken`; credentials looked up per repository;
// the push scope first in token requests; no DELETE of unused upload sessions that a push token
// cannot authorize.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClientPool } from '../../src/registry/client-pool.js';
import { RegistryClient } from '../../src/registry/client.js';
import { PushSession, pushArtifact } from '../../src/registry/push.js';
import { parseReference } from '../../src/registry/reference.js';
import { actionBundle, cleanupActionRuns, runAction } from '../support/action.js';
import { pushBaseImage } from '../support/base-image.js';
import { crane } from '../support/crane.js';
import { thrownAsync } from '../support/errors.js';
import { makeImage } from '../support/oci-fixture.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { buildTimeout } from '../support/timeouts.js';

const amd64 = { os: 'linux', architecture: 'amd64' } as const;
let root: string;
let emptyConfig: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ko-auth-modes-'));
  emptyConfig = join(root, 'empty');
  mkdirSync(emptyConfig);
  writeFileSync(join(emptyConfig, 'config.json'), '{}');
});

afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await cleanupActionRuns();
});

/** Pushes a fresh image through a ClientPool, as the action and the CLI do. */
async function poolPush(
  reg: TestRegistry,
  repo: string,
  pool: ClientPool,
): Promise<{ digest: string }> {
  try {
    const target = parseReference(`${reg.host}/${repo}`);
    const client = await pool.client(target.context());
    const image = makeImage(amd64, `-${repo}`);
    const res = await pushArtifact(client, target, image, { tags: ['v1'], jobs: 2 });
    expect(res.digest).toBe(image.digest);
    return res;
  } finally {
    await pool.close();
  }
}

async function craneDigest(reg: TestRegistry, ref: string): Promise<string> {
  return (await crane(['digest', `${reg.host}/${ref}`], { registry: reg })).toString('utf8').trim();
}

/**
 * The digest under a tag, read back with credentials: by crane where it can (ggcr sends Basic
 * up front after an anonymous ping, but never exchanges a token after one), else by our client.
 */
async function tagDigest(reg: TestRegistry, ref: string): Promise<string | undefined> {
  if (reg.mode !== 'token') return craneDigest(reg, ref);
  const c = new RegistryClient(reg.host, {
    credentials: { username: reg.username ?? '', password: reg.password ?? '', source: 'test' },
  });
  try {
    return (await c.headManifest(parseReference(`${reg.host}/${ref}`)))?.digest;
  } finally {
    await c.close();
  }
}

describe.each(['basic', 'token'] as const)(
  '/v2/ answers 200 anonymously, the repository asks for credentials (%s)',
  (mode) => {
    let reg: TestRegistry;
    beforeAll(async () => {
      reg = await startRegistry(mode, { anonymousPing: true });
    });
    afterAll(() => reg?.stop());

    it('pushes with credentials from a docker config', async () => {
      const pool = new ClientPool({
        env: { HOME: root, DOCKER_CONFIG: reg.dockerConfigDir ?? '' },
        targetRegistry: reg.host,
        insecure: false,
        jobs: 2,
      });
      const res = await poolPush(reg, 'modes/config', pool);
      expect(await tagDigest(reg, 'modes/config:v1')).toBe(res.digest);
      expect(reg.requests.find((r) => r.path === '/v2/')?.status).toBe(200);
    });

    it('pushes with the username/password inputs', async () => {
      const pool = new ClientPool({
        env: { HOME: root, DOCKER_CONFIG: emptyConfig },
        targetRegistry: reg.host,
        username: reg.username,
        password: reg.password,
        insecure: false,
        jobs: 2,
      });
      const res = await poolPush(reg, 'modes/inputs', pool);
      expect(await tagDigest(reg, 'modes/inputs:v1')).toBe(res.digest);
    });

    it('without credentials fails with one 401 error naming the registry', async () => {
      const pool = new ClientPool({
        env: { HOME: root, DOCKER_CONFIG: emptyConfig },
        targetRegistry: reg.host,
        insecure: false,
        jobs: 2,
      });
      const err = await thrownAsync(poolPush(reg, 'modes/anonymous', pool));
      expect(err.code).toBe('REGISTRY_AUTH');
      expect(err.message).toContain(reg.host);
      expect(err.message).toMatch(/401|UNAUTHORIZED|DENIED/);
    });
  },
);

describe('/v2/ answers 200 anonymously on ghcr.io, which wants a token: the github-token path', () => {
  let ghcr: TestRegistry;
  let baseRegistry: TestRegistry;
  const actor = 'octo-actor';
  const token = 'ghs_koActionAuthModesToken000000001';

  beforeAll(async () => {
    // Bundling src/ (when dist/ is stale) is the slow part: done here, outside the test's time.
    await actionBundle();
    [ghcr, baseRegistry] = await Promise.all([
      startRegistry('token', {
        hostName: 'ghcr.io',
        anonymousPing: true,
        users: { [actor]: token },
      }),
      startRegistry('anonymous'),
    ]);
  }, buildTimeout(3));
  afterAll(async () => {
    await ghcr?.stop();
    await baseRegistry?.stop();
  });

  it(
    'the action pushes with only github-token set',
    async () => {
      const base = await pushBaseImage(baseRegistry);
      const preload = fileURLToPath(new URL('../support/hosts-preload.cjs', import.meta.url));
      const run = await runAction({
        inputs: {
          'import-paths': './cmd/hello',
          platforms: 'linux/amd64',
          'base-image': base.ref,
          sbom: 'none',
          cache: 'false',
          'github-token': token,
        },
        env: {
          NODE_OPTIONS: `--require "${preload}"`,
          KO_ACTION_TEST_ROUTES: ghcr.route ?? '',
          NODE_EXTRA_CA_CERTS: ghcr.caFile ?? '',
          GITHUB_REPOSITORY: 'owner/repo',
          GITHUB_ACTOR: actor,
        },
      });
      expect(run.errors).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(ghcr.requests.find((r) => r.path === '/v2/')?.status).toBe(200);
      // The token was exchanged for the pushing user, and the manifest went in with it.
      expect(ghcr.tokenLog.some((t) => t.user === actor && t.status === 200)).toBe(true);
      expect(
        ghcr.requests.some(
          (r) => r.method === 'PUT' && r.path.includes('/manifests/') && r.status === 201,
        ),
      ).toBe(true);
      // Masked by the runner (add-mask), never printed otherwise.
      const printed = (run.stdout + run.stderr).replace(/^::add-mask::.*$/gm, '');
      expect(printed).not.toContain(token);
    },
    buildTimeout(1),
  );
});

describe('token registry details', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startRegistry('token');
  });
  afterAll(() => reg?.stop());

  const login = () => ({
    username: reg.username ?? '',
    password: reg.password ?? '',
    source: 'test',
  });

  it('asks for the push scope first, even after pulling from another repository', async () => {
    const seeder = new RegistryClient(reg.host, { credentials: login() });
    const c = new RegistryClient(reg.host, { credentials: login() });
    try {
      const base = makeImage(amd64, '-scope-base');
      await pushArtifact(seeder, parseReference(`${reg.host}/scope/base`), base, {
        tags: ['v1'],
        jobs: 2,
      });
      // This client pulls first (a base image), then pushes elsewhere.
      await c.getManifest(parseReference(`${reg.host}/scope/base:v1`));
      reg.clearRequests();
      const target = parseReference(`${reg.host}/scope/app`);
      await pushArtifact(c, target, makeImage(amd64, '-scope-app'), { tags: ['v1'], jobs: 2 });
    } finally {
      await Promise.all([seeder.close(), c.close()]);
    }
    const pushes = reg.tokenLog.filter((t) => t.scopes.some((s) => s.includes('scope/app')));
    expect(pushes.length).toBeGreaterThan(0);
    for (const t of pushes) expect(t.scopes[0]).toBe('repository:scope/app:push,pull');
  });

  it('leaves unused upload sessions to expire instead of a DELETE the token cannot authorize', async () => {
    const c = new RegistryClient(reg.host, { credentials: login() });
    try {
      const target = parseReference(`${reg.host}/sessions/app`);
      const session = new PushSession(c, target.context(), 2);
      session.known([], 2); // two sessions opened ahead, never used
      const image = makeImage(amd64, '-sessions');
      await session.push(target, image, ['v1']);
    } finally {
      await c.close();
    }
    expect(
      reg.requests.filter(
        (r) => r.path.startsWith('/v2/sessions/app/blobs/uploads/') && r.method === 'POST',
      ).length,
    ).toBeGreaterThanOrEqual(2);
    expect(reg.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    expect(reg.requests.filter((r) => r.status === 401 && r.method !== 'GET')).toEqual([]);
  });

  it('a docker config registrytoken is sent as it is, with no token exchange', async () => {
    const realm = new URL(reg.tokenRealm ?? '');
    realm.searchParams.set('service', 'test-registry');
    realm.searchParams.append('scope', 'repository:rt/app:push,pull');
    const basic = Buffer.from(`${reg.username}:${reg.password}`).toString('base64');
    const res = await fetch(realm, { headers: { authorization: `Basic ${basic}` } });
    const { token } = (await res.json()) as { token: string };
    const dir = join(root, 'registrytoken');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ auths: { [reg.host]: { registrytoken: token } } }),
    );
    reg.clearRequests();
    const pool = new ClientPool({
      env: { HOME: root, DOCKER_CONFIG: dir },
      targetRegistry: reg.host,
      insecure: false,
      jobs: 2,
    });
    const pushed = await poolPush(reg, 'rt/app', pool);
    expect(reg.tokenLog).toEqual([]);
    expect(await craneDigest(reg, 'rt/app:v1')).toBe(pushed.digest);
  });
});

describe('credentials are looked up per repository', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startRegistry('basic');
  });
  afterAll(() => reg?.stop());

  it('a credential helper for host/repo answers for that repository only', async () => {
    const dir = join(root, 'per-repo');
    mkdirSync(join(dir, 'bin'), { recursive: true });
    const helper = join(dir, 'bin', 'docker-credential-perrepo');
    writeFileSync(
      helper,
      `#!/bin/sh
[ "$1" = get ] || exit 2
read -r server
case "$server" in
  ${reg.host}/team/good) printf '{"Username":"${reg.username}","Secret":"${reg.password}"}' ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
`,
    );
    chmodSync(helper, 0o755);
    const wrong = Buffer.from(`${reg.username}:not-the-password`).toString('base64');
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({
        auths: { [reg.host]: { auth: wrong } },
        credHelpers: { [`${reg.host}/team/good`]: 'perrepo' },
      }),
    );
    const pool = new ClientPool({
      env: {
        HOME: root,
        DOCKER_CONFIG: dir,
        PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}`,
      },
      targetRegistry: reg.host,
      insecure: false,
      jobs: 2,
    });
    try {
      // The registry-wide entry is asked first (and is wrong); the repository's helper still wins.
      const other = await pool.client(parseReference(`${reg.host}/team/other`).context());
      await expect(other.blobExists('team/other', makeImage(amd64).digest)).rejects.toThrow(/401/);
      const good = parseReference(`${reg.host}/team/good`);
      const client = await pool.client(good.context());
      const image = makeImage(amd64, '-per-repo');
      await pushArtifact(client, good, image, { tags: ['v1'], jobs: 2 });
      expect(await craneDigest(reg, 'team/good:v1')).toBe(image.digest);
    } finally {
      await pool.close();
    }
  });
});
