// Each docker config.json style authenticates a real push to a basic-auth registry, and a wrong
// password fails with one error naming the registry. Credentials come only from the files.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from '../../src/util/errors.js';
import { RegistryClient } from '../../src/registry/client.js';
import { resolveCredentials } from '../../src/registry/credentials.js';
import { pushArtifact } from '../../src/registry/push.js';
import { parseReference } from '../../src/registry/reference.js';
import { redact } from '../../src/util/secrets.js';
import { makeImage } from '../support/oci-fixture.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { crane } from '../support/crane.js';

let registry: TestRegistry;
let root: string;

beforeAll(async () => {
  registry = await startRegistry('basic');
  root = mkdtempSync(join(tmpdir(), 'ko-cred-reg-'));
  // A real credential helper: answers for the test registry only.
  mkdirSync(join(root, 'bin'));
  const helper = join(root, 'bin', 'docker-credential-kotest');
  writeFileSync(
    helper,
    `#!/bin/sh
[ "$1" = get ] || exit 2
read -r server
case "$server" in
  ${registry.host}) printf '{"ServerURL":"%s","Username":"${registry.username}","Secret":"${registry.password}"}' "$server" ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
`,
  );
  chmodSync(helper, 0o755);
});

afterAll(async () => {
  await registry.stop();
  rmSync(root, { recursive: true, force: true });
});

const basic = (user: string, pass: string) => Buffer.from(`${user}:${pass}`).toString('base64');

async function pushWith(config: unknown, repo: string): Promise<string> {
  const home = mkdtempSync(join(root, 'home-'));
  mkdirSync(join(home, '.docker'));
  writeFileSync(join(home, '.docker', 'config.json'), JSON.stringify(config));
  const env = { HOME: home, PATH: `${join(root, 'bin')}:${process.env.PATH ?? ''}` };
  const target = parseReference(`${registry.host}/${repo}:v1`);
  const credentials = await resolveCredentials(target.context(), { env });
  const client = new RegistryClient(registry.host, { credentials });
  try {
    const image = makeImage({ os: 'linux', architecture: 'amd64' }, repo);
    const result = await pushArtifact(client, target, image, { tags: ['v1'], jobs: 2 });
    return result.digest;
  } finally {
    await client.close();
  }
}

describe('docker config.json credentials against a basic-auth registry', () => {
  const cases: [string, () => unknown][] = [
    [
      'auths',
      () => ({
        auths: { [registry.host]: { auth: basic(registry.username!, registry.password!) } },
      }),
    ],
    ['credHelpers', () => ({ credHelpers: { [registry.host]: 'kotest' } })],
    ['credsStore', () => ({ credsStore: 'kotest' })],
  ];
  it.each(cases)('%s authenticates a push that crane can read back', async (style, config) => {
    const repo = `creds/${style.toLowerCase()}`;
    const digest = await pushWith(config(), repo);
    const craneDigest = (await crane(['digest', `${registry.host}/${repo}:v1`], { registry }))
      .toString()
      .trim();
    expect(craneDigest).toBe(digest);
  });

  it('a wrong password fails once, naming the registry, without the password', async () => {
    registry.clearRequests();
    const wrong = {
      auths: { [registry.host]: { auth: basic(registry.username!, 'not-the-password') } },
    };
    const err = await pushWith(wrong, 'creds/wrong').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeDefined();
    const msg = redact(errorMessage(err));
    expect(msg).toContain(registry.host);
    expect(msg).not.toContain('not-the-password');
    expect(registry.requests.filter((r) => r.method === 'PUT' || r.method === 'POST')).toEqual([]);
  });
});
