import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KoActionError } from '../src/util/errors.js';
import { authFiles, resolveCredentials, type Env } from '../src/registry/credentials.js';
import { parseRepository } from '../src/registry/reference.js';
import { clearSecrets, redact } from '../src/util/secrets.js';

let root: string;
let n = 0;

// A real credential helper, run through PATH from the env object. It logs every server URL it
// is asked about, knows two servers, and says "credentials not found" for the rest.
const helperScript = `#!/bin/sh
[ "$1" = get ] || exit 2
read -r server
echo "$server" >> "$KOTEST_LOG"
case "$server" in
  helper.example.com) printf '{"ServerURL":"%s","Username":"helperuser","Secret":"helper-secret-1"}' "$server" ;;
  repo.example.com/team/app) printf '{"ServerURL":"%s","Username":"repouser","Secret":"repo-secret-2"}' "$server" ;;
  oauth.example.com) printf '{"ServerURL":"%s","Username":"<token>","Secret":"refresh-tok-3"}' "$server" ;;
  broken.example.com) echo "helper exploded" >&2; exit 3 ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ko-creds-'));
  mkdirSync(join(root, 'bin'));
  writeFileSync(join(root, 'bin', 'docker-credential-kotest'), helperScript);
  chmodSync(join(root, 'bin', 'docker-credential-kotest'), 0o755);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => clearSecrets());

/** A fresh HOME and env for one test; nothing of the real machine leaks in. */
function sandbox(): { env: Record<string, string>; dir: string; log: string } {
  const dir = join(root, `case-${++n}`);
  mkdirSync(join(dir, 'home'), { recursive: true });
  const log = join(dir, 'helper.log');
  writeFileSync(log, '');
  return {
    dir,
    log,
    env: { HOME: join(dir, 'home'), PATH: `${join(root, 'bin')}:/usr/bin:/bin`, KOTEST_LOG: log },
  };
}

function writeJson(file: string, value: unknown): string {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(value));
  return file;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');
const repo = (s: string) => parseRepository(s);
const lookup = (
  target: string,
  env: Env,
  extra: Partial<Parameters<typeof resolveCredentials>[1]> = {},
) => resolveCredentials(repo(target), { env, ...extra });

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
    const err = await lookup('reg.example.com/app', env).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KoActionError);
    expect((err as KoActionError).message).toMatch(/config\.json is not valid JSON/);
    expect((err as KoActionError).message).not.toContain('c2VjcmV0');
  });
});

describe('credential helpers', () => {
  it('uses credHelpers for the registry key, passing the server on stdin', async () => {
    const { env, log } = sandbox();
    writeJson(join(env.HOME!, '.docker', 'config.json'), {
      credHelpers: { 'helper.example.com': 'kotest' },
      auths: { 'helper.example.com': { auth: b64('fileuser:file-pw') } },
    });
    const got = await lookup('helper.example.com/o/app', env);
    // The helper beats auths for the same key.
    expect(got).toMatchObject({ username: 'helperuser', password: 'helper-secret-1' });
    expect(got?.source).toContain('docker-credential-kotest');
    expect(readFileSync(log, 'utf8')).toBe('helper.example.com\n');
    expect(redact('helper-secret-1')).toBe('***');
  });

  it('asks credsStore for the repository first, then the registry', async () => {
    const { env, log } = sandbox();
    writeJson(join(env.HOME!, '.docker', 'config.json'), { credsStore: 'kotest' });
    expect(await lookup('repo.example.com/team/app', env)).toMatchObject({ username: 'repouser' });
    expect(await lookup('helper.example.com/x/y', env)).toMatchObject({ username: 'helperuser' });
    expect(readFileSync(log, 'utf8')).toBe(
      'repo.example.com/team/app\nhelper.example.com/x/y\nhelper.example.com\n',
    );
  });

  it('treats "credentials not found" as anonymous (and skips auths under a store)', async () => {
    const { env, log } = sandbox();
    writeJson(join(env.HOME!, '.docker', 'config.json'), {
      credsStore: 'kotest',
      auths: { 'nothing.example.com': {} },
    });
    expect(await lookup('nothing.example.com/app', env)).toBeUndefined();
    expect(readFileSync(log, 'utf8')).toBe('nothing.example.com/app\nnothing.example.com\n');
  });

  it('maps a <token> username to an identity token', async () => {
    const { env } = sandbox();
    writeJson(join(env.HOME!, '.docker', 'config.json'), {
      credHelpers: { 'oauth.example.com': 'kotest' },
    });
    const got = await lookup('oauth.example.com/app', env);
    expect(got?.identityToken).toBe('refresh-tok-3');
  });

  it('fails clearly when a helper fails or is missing', async () => {
    const { env } = sandbox();
    writeJson(join(env.HOME!, '.docker', 'config.json'), {
      credHelpers: { 'broken.example.com': 'kotest', 'gone.example.com': 'nosuchhelper' },
    });
    await expect(lookup('broken.example.com/app', env)).rejects.toThrow(
      /docker-credential-kotest failed for broken.example.com: helper exploded/,
    );
    await expect(lookup('gone.example.com/app', env)).rejects.toThrow(
      /docker-credential-nosuchhelper is not on PATH/,
    );
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
