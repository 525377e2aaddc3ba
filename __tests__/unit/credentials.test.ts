// Registry credentials as docker and podman look them up: config.json auths, auth.json files,
// explicit inputs and the GitHub token (integration/credentials.helper.test.ts runs real
// credential helpers).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authFiles } from '../../src/registry/credentials.js';
import { redact, clearSecrets } from '../../src/util/secrets.js';
import {
  b64,
  credentialSandbox,
  lookup,
  writeJson,
  type CredentialSandbox,
} from '../support/credentials.js';
import { thrownAsync } from '../support/errors.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ko-creds-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => clearSecrets());

const sandbox = (): CredentialSandbox => credentialSandbox(root);

describe('docker config auths', () => {
  it('reads base64 auth from $DOCKER_CONFIG/config.json and registers the password', async () => {
    const { env, dir } = sandbox();
    writeJson(join(dir, 'dc', 'config.json'), {
      auths: { 'reg.example.com': { auth: b64('alice:s3cret-pw') } },
    });
    const got = await lookup('reg.example.com/o/app', { ...env, DOCKER_CONFIG: join(dir, 'dc') });
    expect(got).toMatchObject({ username: 'alice', password: 's3cret-pw' });
    expect(got?.source).toContain(join(dir, 'dc', 'config.json'));
    expect(redact('password is s3cret-pw')).toBe('password is ***');
  });

  it('reads a registrytoken (a bearer token to send as it is) and registers it', async () => {
    const { env, dir } = sandbox();
    writeJson(join(dir, 'rt', 'config.json'), {
      auths: { 'reg.example.com': { registrytoken: 'rt-bearer-token-123' } },
    });
    const got = await lookup('reg.example.com/o/app', { ...env, DOCKER_CONFIG: join(dir, 'rt') });
    expect(got).toMatchObject({ registryToken: 'rt-bearer-token-123' });
    expect(redact('token rt-bearer-token-123')).toBe('token ***');
  });

  it('falls back to ~/.docker/config.json when DOCKER_CONFIG is unset', async () => {
    const { env } = sandbox();
    writeJson(join(env.HOME!, '.docker', 'config.json'), {
      auths: { 'reg.example.com': { username: 'bob', password: 'pw-bob-123' } },
    });
    expect(await lookup('reg.example.com/app', env)).toMatchObject({
      username: 'bob',
      password: 'pw-bob-123',
    });
  });

  it('looks up the full repository key before the registry key', async () => {
    const { env } = sandbox();
    writeJson(join(env.HOME!, '.docker', 'config.json'), {
      auths: {
        'reg.example.com': { auth: b64('hostuser:host-pw') },
        'reg.example.com/team/app': { auth: b64('repouser:repo-pw') },
      },
    });
    expect(await lookup('reg.example.com/team/app', env)).toMatchObject({ username: 'repouser' });
    expect(await lookup('reg.example.com/team/other', env)).toMatchObject({ username: 'hostuser' });
  });

  it('matches legacy keys by hostname and Docker Hub by its v1 URL', async () => {
    const { env } = sandbox();
    writeJson(join(env.HOME!, '.docker', 'config.json'), {
      auths: {
        'https://legacy.example.com/v1/': { auth: b64('legacy:legacy-pw') },
        'https://index.docker.io/v1/': { auth: b64('hubuser:hub-pw') },
      },
    });
    expect(await lookup('legacy.example.com/app', env)).toMatchObject({ username: 'legacy' });
    expect(await lookup('alpine', env)).toMatchObject({ username: 'hubuser', password: 'hub-pw' });
    expect(await lookup('docker.io/o/app', env)).toMatchObject({ username: 'hubuser' });
  });

  it('returns an identity token from identitytoken', async () => {
    const { env } = sandbox();
    writeJson(join(env.HOME!, '.docker', 'config.json'), {
      auths: {
        'acr.example.com': {
          username: '00000000-0000-0000-0000-000000000000',
          identitytoken: 'idtok-xyz',
        },
      },
    });
    const got = await lookup('acr.example.com/app', env);
    expect(got?.identityToken).toBe('idtok-xyz');
    expect(redact('idtok-xyz')).toBe('***');
  });

  it('is anonymous when nothing matches or no file exists', async () => {
    const { env } = sandbox();
    expect(await lookup('reg.example.com/app', env)).toBeUndefined();
    writeJson(join(env.HOME!, '.docker', 'config.json'), {
      auths: { 'other.example.com': { auth: b64('x:y-pw') } },
    });
    expect(await lookup('reg.example.com/app', env)).toBeUndefined();
  });

  it('rejects a config that is not JSON without echoing it', async () => {
    const { env } = sandbox();
    mkdirSync(join(env.HOME!, '.docker'));
    writeFileSync(
      join(env.HOME!, '.docker', 'config.json'),
      '{"auths": {"x": {"auth": "c2VjcmV0LXZhbHVl"',
    );
    const err = await thrownAsync(lookup('reg.example.com/app', env));
    expect(err.message).toMatch(/config\.json is not valid JSON/);
    expect(err.message).not.toContain('c2VjcmV0');
  });
});

describe('podman auth.json and precedence', () => {
  it('reads $REGISTRY_AUTH_FILE, $XDG_RUNTIME_DIR and ~/.config/containers/auth.json', async () => {
    const { env, dir } = sandbox();
    const authFile = writeJson(join(dir, 'ra.json'), {
      auths: { 'a.example.com': { auth: b64('ra:ra-pw') } },
    });
    writeJson(join(dir, 'run', 'containers', 'auth.json'), {
      auths: { 'b.example.com': { auth: b64('xdg:xdg-pw') } },
    });
    writeJson(join(env.HOME!, '.config', 'containers', 'auth.json'), {
      auths: { 'c.example.com': { auth: b64('cfg:cfg-pw') } },
    });
    const e = { ...env, REGISTRY_AUTH_FILE: authFile, XDG_RUNTIME_DIR: join(dir, 'run') };
    expect(await lookup('a.example.com/app', e)).toMatchObject({ username: 'ra' });
    expect(await lookup('b.example.com/app', e)).toMatchObject({ username: 'xdg' });
    expect(await lookup('c.example.com/app', e)).toMatchObject({ username: 'cfg' });
    expect(authFiles(e)).toEqual([
      join(env.HOME!, '.docker', 'config.json'),
      authFile,
      join(dir, 'run', 'containers', 'auth.json'),
      join(env.HOME!, '.config', 'containers', 'auth.json'),
    ]);
  });

  it('prefers the docker config over podman', async () => {
    const { env, dir } = sandbox();
    writeJson(join(env.HOME!, '.docker', 'config.json'), {
      auths: { 'a.example.com': { auth: b64('docker:d-pw') } },
    });
    const authFile = writeJson(join(dir, 'ra.json'), {
      auths: { 'a.example.com': { auth: b64('podman:p-pw') } },
    });
    expect(
      await lookup('a.example.com/app', { ...env, REGISTRY_AUTH_FILE: authFile }),
    ).toMatchObject({
      username: 'docker',
    });
  });

  it('lets explicit credentials win, for their registry only', async () => {
    const { env } = sandbox();
    writeJson(join(env.HOME!, '.docker', 'config.json'), {
      auths: { 'a.example.com': { auth: b64('docker:d-pw') } },
    });
    const explicit = { registry: 'a.example.com', username: 'me', password: 'explicit-pw' };
    expect(await lookup('a.example.com/app', env, { explicit })).toMatchObject({
      username: 'me',
      password: 'explicit-pw',
    });
    expect(await lookup('b.example.com/app', env, { explicit })).toBeUndefined();
    expect(redact('explicit-pw')).toBe('***');
  });

  it('uses the GitHub token for ghcr.io only, after any configured credentials', async () => {
    const { env } = sandbox();
    const githubToken = 'ghs_faketoken123';
    expect(
      await lookup('ghcr.io/o/app', { ...env, GITHUB_ACTOR: 'octocat' }, { githubToken }),
    ).toMatchObject({
      username: 'octocat',
      password: githubToken,
      source: 'github-token',
    });
    expect(await lookup('ghcr.io/o/app', env, { githubToken })).toMatchObject({
      username: 'unset',
    });
    expect(await lookup('quay.io/o/app', env, { githubToken })).toBeUndefined();
    expect(redact(`token ${githubToken}`)).toBe('token ***');
    writeJson(join(env.HOME!, '.docker', 'config.json'), {
      auths: { 'ghcr.io': { auth: b64('pat-user:pat-pw') } },
    });
    expect(await lookup('ghcr.io/o/app', env, { githubToken })).toMatchObject({
      username: 'pat-user',
    });
  });
});
