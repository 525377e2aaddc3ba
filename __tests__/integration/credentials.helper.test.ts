// Credential helpers (docker-credential-<name>) run for real: a shell-script helper on the
// sandbox PATH answers `get` as docker's helpers do, and logs every server it is asked about.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearSecrets, redact } from '../../src/util/secrets.js';
import {
  b64,
  credentialSandbox,
  lookup,
  writeJson,
  type CredentialSandbox,
} from '../support/credentials.js';

let root: string;

// It knows three servers, fails for a fourth, and says "credentials not found" for the rest.
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
  root = mkdtempSync(join(tmpdir(), 'ko-creds-helper-'));
  mkdirSync(join(root, 'bin'));
  writeFileSync(join(root, 'bin', 'docker-credential-kotest'), helperScript);
  chmodSync(join(root, 'bin', 'docker-credential-kotest'), 0o755);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => clearSecrets());

const sandbox = (): CredentialSandbox => credentialSandbox(root);

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
