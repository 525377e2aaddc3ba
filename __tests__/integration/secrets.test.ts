// No credential reaches what the runner shows or keeps: representative runs of the real bundle
// (basic auth from inputs, token auth from DOCKER_CONFIG, a wrong password), all with
// ACTIONS_STEP_DEBUG=true. The password, base64(user:pass) and every bearer token the clients
// actually sent (collected by a proxy in front of the registry) may appear only in the
// `::add-mask::` lines the runner consumes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupActionRuns, describeRun, runAction, type ActionRun } from '../support/action.js';
import { pushBaseImage, type PushedBaseImage } from '../support/base-image.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';

interface Setup {
  registry: TestRegistry;
  proxy: FaultProxy;
  base: PushedBaseImage;
}

const setups: Setup[] = [];
/** Every Authorization value a client sent, and the bearer tokens among them. */
const authorizations = new Set<string>();
let scratch: string;

async function setUp(mode: 'basic' | 'token'): Promise<Setup> {
  const registry = await startRegistry(mode);
  const proxy = await startFaultProxy({
    targetPort: Number(registry.host.split(':')[1]),
    onRequest: (req) => {
      const auth = req.headers.authorization;
      if (auth) authorizations.add(auth);
    },
  });
  const base = await pushBaseImage(registry);
  const setup = { registry, proxy, base };
  setups.push(setup);
  return setup;
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'ko-action-secrets-'));
});

afterAll(async () => {
  for (const s of setups) {
    await s.proxy.stop();
    await s.registry.stop();
  }
  await cleanupActionRuns();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function push(s: Setup, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({
    inputs: {
      'import-paths': './cmd/hello',
      // Through the proxy, which sees every Authorization header the action sends.
      repo: `${s.proxy.host}/secrets`,
      // The base lives on the same registry, so it is pulled with the same credentials.
      'base-image': s.base.ref.replace(s.registry.host, s.proxy.host),
      platforms: 'linux/amd64',
      sbom: 'none',
      cache: 'false',
      'insecure-registry': 'true',
      ...inputs,
    },
    env: { SOURCE_DATE_EPOCH: '1700000000', ACTIONS_STEP_DEBUG: 'true', ...env },
  });
}

/** Lines of everything the runner keeps that contain `secret`, other than ::add-mask:: ones. */
function leaks(run: ActionRun, secret: string): string[] {
  const texts = {
    stdout: run.stdout,
    stderr: run.stderr,
    outputs: JSON.stringify(run.outputs),
    summary: run.summary,
  };
  return Object.entries(texts).flatMap(([where, text]) =>
    text
      .split('\n')
      .filter((l) => l.includes(secret) && l !== `::add-mask::${secret}`)
      .map((l) => `${where}: ${l}`),
  );
}

/** The secrets this run could have leaked. */
function secretsOf(s: Setup, password = s.registry.password ?? ''): string[] {
  const user = s.registry.username ?? '';
  const bearer = [...authorizations]
    .filter((a) => a.startsWith('Bearer '))
    .map((a) => a.slice('Bearer '.length));
  return [password, Buffer.from(`${user}:${password}`).toString('base64'), ...bearer];
}

describe('credentials never reach logs, outputs or the summary', () => {
  it('basic auth from the username/password inputs', async () => {
    const s = await setUp('basic');
    const run = await push(s, {
      username: s.registry.username ?? '',
      password: s.registry.password ?? '',
    });
    if (run.code !== 0) throw new Error(`the push failed: ${describeRun(run)}`);
    expect(authorizations.size).toBeGreaterThan(0); // the proxy saw the credentials go by
    for (const secret of secretsOf(s)) expect(leaks(run, secret)).toEqual([]);
    expect(run.stdout).toContain(`::add-mask::${s.registry.password ?? ''}`);
  });

  it('a wrong password fails without echoing it', async () => {
    const s = setups[0] ?? (await setUp('basic'));
    const wrong = 'WrongPassw0rd-secret';
    const run = await push(s, { username: s.registry.username ?? '', password: wrong });
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    for (const secret of secretsOf(s, wrong)) expect(leaks(run, secret)).toEqual([]);
  });

  it('token auth from DOCKER_CONFIG', async () => {
    const s = await setUp('token');
    const dockerConfig = join(scratch, 'docker');
    const auth = Buffer.from(`${s.registry.username ?? ''}:${s.registry.password ?? ''}`);
    await rm(dockerConfig, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(dockerConfig, { recursive: true }));
    await writeFile(
      join(dockerConfig, 'config.json'),
      JSON.stringify({ auths: { [s.proxy.host]: { auth: auth.toString('base64') } } }),
    );
    authorizations.clear();
    const run = await push(s, {}, { DOCKER_CONFIG: dockerConfig });
    if (run.code !== 0) throw new Error(`the push failed: ${describeRun(run)}`);
    const bearers = [...authorizations].filter((a) => a.startsWith('Bearer '));
    expect(bearers.length).toBeGreaterThan(0);
    for (const secret of secretsOf(s)) expect(leaks(run, secret)).toEqual([]);
  });
});
