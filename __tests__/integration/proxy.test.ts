// Self-hosted runners behind a proxy: the registry client goes through HTTPS_PROXY (a CONNECT
// tunnel, TLS to the registry inside it) and honours NO_PROXY. The registry answers under a .test
// name that resolves nowhere, reachable only through the forward proxy, so a push that succeeds
// went through it; with NO_PROXY naming the host, the same push fails to resolve it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureApp, goTestEnv } from '../support/action.js';
import { cliBundle, runNode } from '../support/cli.js';
import { startForwardProxy, type ForwardProxy } from '../support/forward-proxy.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';

const HOST = 'registry.proxied.test';

let registry: TestRegistry;
let proxy: ForwardProxy;
let home: string;

beforeAll(async () => {
  registry = await startRegistry('tls', { hostName: HOST });
  proxy = await startForwardProxy({ [`${HOST}:443`]: registry.address });
  home = await mkdtemp(join(tmpdir(), 'ko-action-proxy-'));
});

afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
  if (home) await rm(home, { recursive: true, force: true });
});

async function push(extraEnv: Record<string, string>) {
  const cli = await cliBundle();
  return runNode(
    [cli, 'build', './cmd/hello', '--base-image=scratch', '--sbom=none', '--bare'],
    { cwd: fixtureApp },
    {
      ...goTestEnv(home),
      ...registry.env,
      NODE_EXTRA_CA_CERTS: registry.caFile ?? '',
      KO_DOCKER_REPO: `${HOST}/proxied`,
      SOURCE_DATE_EPOCH: '1700000000',
      HTTPS_PROXY: proxy.url,
      ...extraEnv,
    },
  );
}

describe('registry traffic through a proxy', () => {
  it('pushes through HTTPS_PROXY (CONNECT)', async () => {
    proxy.targets.length = 0;
    const run = await push({});
    if (run.code !== 0) throw new Error(`push failed (${run.code}):\n${run.stderr}`);
    expect(run.stdout.trim()).toMatch(new RegExp(`^${HOST}/proxied@sha256:[0-9a-f]{64}$`));
    expect(proxy.targets.length).toBeGreaterThan(0);
    expect(new Set(proxy.targets)).toEqual(new Set([`${HOST}:443`]));
  });

  it('goes direct for a host in NO_PROXY (and so cannot resolve the .test name)', async () => {
    proxy.targets.length = 0;
    const run = await push({ NO_PROXY: `localhost,.proxied.test` });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ENOTFOUND|getaddrinfo/);
    expect(proxy.targets).toEqual([]);
  });
});
