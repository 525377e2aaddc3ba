// The test harness itself: each registry mode answers as a real registry would, crane (an
// independent client) can push to it and read back, and the proxy records the traffic.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crane, CraneError, pushWithCrane } from '../support/crane.js';
import { startRegistry, type RegistryMode, type TestRegistry } from '../support/registry.js';
import { makeTar } from '../support/tarball.js';
import { parseScope } from '../support/token-server.js';
import { itWithTools } from '../support/require-tool.js';
import { systemToolPath } from '../support/tools.js';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A bare GET (no redirects, no retries), to see exactly what the server answers. */
function get(
  url: string,
  options: { ca?: string; auth?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers: Record<string, string> = { ...options.headers };
    if (options.auth)
      headers.authorization = `Basic ${Buffer.from(options.auth).toString('base64')}`;
    const req = send(target, { headers, ...(options.ca ? { ca: options.ca } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

async function withEmptyDockerConfig<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'ko-action-nocreds-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const modes: RegistryMode[] = ['anonymous', 'basic', 'token', 'tls'];
const registries = new Map<RegistryMode, TestRegistry>();
const registry = (mode: RegistryMode): TestRegistry => {
  const r = registries.get(mode);
  if (!r) throw new Error(`registry ${mode} did not start`);
  return r;
};

beforeAll(async () => {
  const started = await Promise.allSettled(modes.map((mode) => startRegistry(mode)));
  for (const result of started) {
    if (result.status === 'fulfilled') registries.set(result.value.mode, result.value);
  }
  const failed = started.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
});

afterAll(async () => {
  await Promise.all([...registries.values()].map((r) => r.stop()));
});

describe.each(modes)('%s registry', (mode) => {
  it('takes a crane push, serves it back, and records the traffic', async () => {
    const reg = registry(mode);
    reg.clearRequests();
    const pushed = await pushWithCrane(reg, 'test/app:1', { 'hello.txt': `hello ${mode}\n` });

    const manifest = await crane(['manifest', pushed.ref], { registry: reg });
    const digest = (await crane(['digest', pushed.ref], { registry: reg })).toString().trim();
    expect(digest).toBe(pushed.digest);
    const parsed = JSON.parse(manifest.toString('utf8')) as {
      mediaType: string;
      layers: unknown[];
    };
    expect(parsed.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(parsed.layers).toHaveLength(1);

    expect(reg.requests).toContainEqual({
      method: 'POST',
      path: '/v2/test/app/blobs/uploads/',
      status: 202,
    });
    expect(reg.requests).toContainEqual({
      method: 'PUT',
      path: '/v2/test/app/manifests/1',
      status: 201,
    });
    expect(reg.requests).toContainEqual({
      method: 'GET',
      path: '/v2/test/app/manifests/1',
      status: 200,
    });
    expect(reg.requests.every((r) => !r.path.includes('?'))).toBe(true);
    // Upload URLs come back absolute: the registry must have built them for the proxy's address.
    expect(
      reg.requests.some(
        (r) => r.method === 'PUT' && r.path.startsWith('/v2/test/app/blobs/uploads/'),
      ),
    ).toBe(true);
  });
});

describe('anonymous registry', () => {
  it('answers /v2/ with 200 and has no credentials', async () => {
    const reg = registry('anonymous');
    expect(reg.url).toBe(`http://${reg.host}`);
    expect((await get(`${reg.url}/v2/`)).status).toBe(200);
    expect(reg.username).toBeUndefined();
    expect(reg.dockerConfigDir).toBeUndefined();
    expect(
      JSON.parse(readFileSync(join(reg.env.DOCKER_CONFIG ?? '', 'config.json'), 'utf8')),
    ).toEqual({});
  });
});

describe('basic registry', () => {
  it('challenges with Basic and checks the password', async () => {
    const reg = registry('basic');
    const anonymous = await get(`${reg.url}/v2/`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['www-authenticate']).toBe('Basic realm="test-realm"');
    expect((await get(`${reg.url}/v2/`, { auth: 'testuser:wrong' })).status).toBe(401);
    expect((await get(`${reg.url}/v2/`, { auth: `${reg.username}:${reg.password}` })).status).toBe(
      200,
    );
  });

  it('writes a docker config that names the host', () => {
    const reg = registry('basic');
    const config = JSON.parse(
      readFileSync(join(reg.dockerConfigDir ?? '', 'config.json'), 'utf8'),
    ) as {
      auths: Record<string, { auth: string }>;
    };
    expect(Buffer.from(config.auths[reg.host]?.auth ?? '', 'base64').toString()).toBe(
      'testuser:testpass',
    );
  });

  it('refuses a pull without credentials', async () => {
    const reg = registry('basic');
    await withEmptyDockerConfig(async (dir) => {
      const pull = crane(['manifest', `${reg.host}/test/app:1`], { env: { DOCKER_CONFIG: dir } });
      await expect(pull).rejects.toThrow(/UNAUTHORIZED: authentication required/);
    });
  });
});

describe('token registry', () => {
  it('challenges with Bearer, pointing at the token server', async () => {
    const reg = registry('token');
    const reply = await get(`${reg.url}/v2/`);
    expect(reply.status).toBe(401);
    expect(reply.headers['www-authenticate']).toBe(
      `Bearer realm="${reg.tokenRealm}",service="test-registry"`,
    );
  });

  it('gives testuser push, anonymous pull only, and a wrong password 401', async () => {
    const reg = registry('token');
    const scope = 'repository:test/app:pull,push';
    const realm = `${reg.tokenRealm}?service=test-registry&scope=${encodeURIComponent(scope)}`;
    // The JWT's claims: what the registry will allow the bearer to do.
    const claims = (reply: Reply): { sub: string; aud: string; access: unknown } => {
      const { token } = JSON.parse(reply.body.toString('utf8')) as { token: string };
      const payload = token.split('.')[1] ?? '';
      return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
        sub: string;
        aud: string;
        access: unknown;
      };
    };
    reg.clearRequests();
    expect((await get(realm, { auth: 'testuser:nope' })).status).toBe(401);
    const anonymous = await get(realm);
    expect(anonymous.status).toBe(200);
    expect(claims(anonymous)).toMatchObject({
      sub: '',
      aud: 'test-registry',
      access: [{ type: 'repository', name: 'test/app', actions: ['pull'] }],
    });
    const user = await get(realm, { auth: 'testuser:testpass' });
    expect(user.status).toBe(200);
    expect(claims(user)).toMatchObject({
      sub: 'testuser',
      access: [{ type: 'repository', name: 'test/app', actions: ['pull', 'push'] }],
    });
    expect(reg.tokenRequests).toBe(3);
    // Token requests are the token server's, not the registry's traffic.
    expect(reg.requests).toEqual([]);
    expect(reg.tokenLog.map((t) => [t.user, t.status])).toEqual([
      ['', 401],
      ['', 200],
      ['testuser', 200],
    ]);
  });

  it('lets anonymous pull but not push, and logs token requests', async () => {
    const reg = registry('token');
    reg.clearRequests();
    await pushWithCrane(reg, 'test/pull:1', { a: 'a' });
    expect(
      reg.tokenLog.some(
        (t) =>
          t.user === 'testuser' && t.scopes.some((s) => parseScope(s)?.actions.includes('push')),
      ),
    ).toBe(true);
    await withEmptyDockerConfig(async (dir) => {
      const env = { DOCKER_CONFIG: dir };
      await crane(['manifest', `${reg.host}/test/pull:1`], { env });
      const layer = join(dir, 'layer.tar');
      await writeFile(layer, makeTar({ b: 'b' }));
      const push = crane(['append', '-f', layer, '-t', `${reg.host}/test/pull:2`], { env });
      // distribution answers a token without the push action with 401 (insufficient_scope).
      await expect(push).rejects.toThrow(/POST \S+\/blobs\/uploads\/: UNAUTHORIZED/);
    });
  });
});

describe('tls registry', () => {
  it('serves https with a chain that only the test CA makes valid', async () => {
    const reg = registry('tls');
    expect(reg.url).toBe(`https://${reg.host}`);
    await expect(get(`${reg.url}/v2/`)).rejects.toMatchObject({
      code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
    const ca = readFileSync(reg.caFile ?? '', 'utf8');
    const reply = await get(`${reg.url}/v2/`, { ca });
    expect(reply.status).toBe(401);
    expect(reply.headers['www-authenticate']).toBe('Basic realm="test-realm"');
    expect((await get(`${reg.url}/v2/`, { ca, auth: 'testuser:testpass' })).status).toBe(200);
    // localhost is in the certificate too.
    expect((await get(`https://localhost:${reg.host.split(':')[1]}/v2/`, { ca })).status).toBe(401);
  });

  it('fails crane without the CA', async () => {
    const reg = registry('tls');
    const run = crane(['digest', `${reg.host}/test/app:1`], {
      registry: reg,
      env: { SSL_CERT_FILE: '' },
    });
    await expect(run).rejects.toBeInstanceOf(CraneError);
    await expect(run).rejects.toThrow(/certificate|x509/);
  });
});

describe('tls registry with skopeo', () => {
  itWithTools('skopeo')(
    'trusts caDir with --cert-dir and reads the exact manifest bytes',
    async () => {
      const reg = registry('tls');
      const pushed = await pushWithCrane(reg, 'test/skopeo:1', { s: 'skopeo' });
      const { stdout } = await promisify(execFile)(
        systemToolPath('skopeo'),
        [
          'inspect',
          '--raw',
          '--cert-dir',
          reg.caDir ?? '',
          '--creds',
          'testuser:testpass',
          `docker://${pushed.ref}`,
        ],
        { encoding: 'buffer' },
      );
      expect(`sha256:${createHash('sha256').update(stdout).digest('hex')}`).toBe(pushed.digest);
    },
  );
});

describe('stop', () => {
  it('ends the registry process and closes the port', async () => {
    const reg = await startRegistry('anonymous');
    await reg.stop();
    expect(() => process.kill(reg.pid, 0)).toThrow(/ESRCH/);
    await expect(get(`${reg.url}/v2/`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
