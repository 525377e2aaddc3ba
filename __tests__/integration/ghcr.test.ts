// Acceptance 3 of issue #8: the real action bundle against a fake ghcr.io (loopback, speaking
// ghcr's token protocol) in front of the test registry. With only `github-token` set the push to
// the default repository ghcr.io/<owner>/<repo> succeeds with Basic <actor>:<token> at the token
// endpoint; a wrong token, or a read-only one, fails with the `permissions: packages: write` hint
// and pushes nothing; the token never reaches a log, an output file or a file under RUNNER_TEMP.
//
// The bundle reaches "ghcr.io" as such (https, port 443, SNI and certificate for ghcr.io): the
// preload in support/hosts-preload.cjs routes that host:port to the proxy, and the throwaway CA is
// trusted through NODE_EXTRA_CA_CERTS (see support/ghcr.ts). src/ knows nothing of either.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { cleanupActionRuns, runAction, type ActionRun } from '../support/action.js';
import { pushBaseImage, type PushedBaseImage } from '../support/base-image.js';
import { GHCR, startFakeGhcr, type FakeGhcr } from '../support/ghcr.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { parseScope } from '../support/token-server.js';

const ACTOR = 'Octo-Actor';
/** Distinctive, so a scan of the test output can look for it too. */
const TOKEN = 'ghs_koActionFakeGhcrToken0000000000001';
const WRONG_TOKEN = 'ghs_koActionFakeGhcrWrongToken00000002';
const FORK_ACTOR = 'fork-author';
const READ_ONLY_TOKEN = 'ghs_koActionFakeGhcrReadOnly000000003';
const SECRETS = [TOKEN, WRONG_TOKEN, READ_ONLY_TOKEN];
const HINT = '`permissions: packages: write`';

let ghcr: FakeGhcr;
let baseRegistry: TestRegistry;
let base: PushedBaseImage;

beforeAll(async () => {
  [ghcr, baseRegistry] = await Promise.all([
    startFakeGhcr({ users: { [ACTOR]: TOKEN }, readOnlyUsers: { [FORK_ACTOR]: READ_ONLY_TOKEN } }),
    // The base comes from elsewhere (anonymous), so every ghcr.io request is the push's own.
    startRegistry('anonymous'),
  ]);
  base = await pushBaseImage(baseRegistry);
});

afterAll(async () => {
  await Promise.all([ghcr?.stop(), baseRegistry?.stop()]);
  await cleanupActionRuns();
});

/** Runs the bundle as a workflow step whose only credential is `github-token`. */
function runStep(opts: {
  repository: string;
  actor: string;
  token: string;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  return runAction({
    inputs: {
      'import-paths': './cmd/hello',
      platforms: 'linux/amd64',
      'base-image': base.ref,
      sbom: 'none',
      cache: 'false',
      'github-token': opts.token,
    },
    // No repo input, no KO_DOCKER_REPO; runAction's DOCKER_CONFIG is an empty config.json and
    // HOME is fresh, so neither Docker nor podman has a credential for ghcr.io.
    env: {
      ...ghcr.actionEnv,
      GITHUB_REPOSITORY: opts.repository,
      GITHUB_ACTOR: opts.actor,
      RUNNER_DEBUG: '1',
      ACTIONS_STEP_DEBUG: 'true',
      ...opts.env,
    },
  });
}

/** A run's log for a failure message, with the test tokens masked as the runner would. */
function describeMasked(run: ActionRun): string {
  const stdout = run.stdout.replace(/^::add-mask::.*$/gm, '::add-mask::***');
  let text = `exit ${run.code}\n--- stdout\n${stdout}\n--- stderr\n${run.stderr}`;
  for (const s of SECRETS) text = text.split(s).join('***');
  return `${text}\n--- registry\n${ghcr.registry.logTail().slice(-2000)}`;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * Where `secret` (or the Basic header made from it) shows up in what the step leaves behind:
 * stdout except the runner's `::add-mask::` commands, stderr, and every file of the run
 * (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_STATE, RUNNER_TEMP, the home dir).
 */
async function leaks(run: ActionRun, actor: string, secret: string): Promise<string[]> {
  const needles = [secret, Buffer.from(`${actor}:${secret}`).toString('base64')];
  const places: [string, string][] = [
    [
      'stdout',
      run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ],
    ['stderr', run.stderr],
  ];
  const runDir = dirname(run.runnerTemp);
  for (const file of await filesUnder(runDir)) {
    places.push([file.slice(runDir.length + 1), (await readFile(file)).toString('latin1')]);
  }
  return places.filter(([, text]) => needles.some((n) => text.includes(n))).map(([w]) => w);
}

const pushes = (): string[] =>
  ghcr.registry.requests
    .filter((r) => r.method === 'PUT' || r.method === 'POST' || r.method === 'PATCH')
    .map((r) => `${r.method} ${r.path} ${r.status}`);

describe('the action against a fake ghcr.io, with only github-token', () => {
  it('pushes to ghcr.io/<owner>/<repo>, logging in as the actor with the token', async () => {
    ghcr.registry.clearRequests();
    const run = await runStep({ repository: 'Owner/Repo', actor: ACTOR, token: TOKEN });
    if (run.code !== 0) throw new Error(`the push failed: ${describeMasked(run)}`);

    // The default repository, lowercased, on ghcr.io itself.
    const image = run.outputs.image ?? '';
    const digest = run.outputs.digest ?? '';
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(image).toMatch(new RegExp(`^${GHCR}/owner/repo/hello-[0-9a-f]{32}@${digest}$`));

    // Every token was issued to the actor for the token given, with push rights on that repo.
    const tokenLog = [...ghcr.registry.tokenLog];
    expect(tokenLog.length).toBeGreaterThan(0);
    for (const t of tokenLog) {
      expect(t).toMatchObject({ method: 'GET', user: ACTOR, status: 200 });
    }
    const repository = image.slice(GHCR.length + 1, image.indexOf('@'));
    const granted = tokenLog.flatMap((t) => t.granted.map(parseScope));
    expect(granted).toContainEqual({
      type: 'repository',
      name: repository,
      actions: expect.arrayContaining(['pull', 'push']),
    });
    // The registry accepted the image's manifest under the `latest` tag.
    const manifestPut = `PUT /v2/${repository}/manifests/latest 201`;
    expect(pushes()).toContain(manifestPut);

    // Read back as ghcr.io serves it: the tag holds exactly the bytes the `digest` output names.
    const pulled = await ghcr.pullManifest(repository, 'latest', `${ACTOR}:${TOKEN}`);
    expect(pulled.status).toBe(200);
    expect(pulled.digest).toBe(digest);
    expect(`sha256:${createHash('sha256').update(pulled.bytes).digest('hex')}`).toBe(digest);

    // The runner is told to mask the token, and it is nowhere else.
    expect(run.stdout.split('\n').includes(`::add-mask::${TOKEN}`)).toBe(true);
    expect(run.stdout).toContain('::debug::'); // debug output was on, and was checked too
    expect(await leaks(run, ACTOR, TOKEN)).toEqual([]);
  });

  it('fails with the permissions hint and pushes nothing when the token is wrong', async () => {
    ghcr.registry.clearRequests();
    const run = await runStep({ repository: 'Owner/Wrong', actor: ACTOR, token: WRONG_TOKEN });
    expect(run.code).not.toBe(0);
    const error = run.errors.join('\n');
    expect(error).toContain(HINT);
    expect(error).toContain(`${GHCR}/token`);
    expect(error).toMatch(/403 \(DENIED: denied\)/);
    // The token endpoint refused the actor's Basic login every time; the registry got no write.
    expect(ghcr.registry.tokenLog.length).toBeGreaterThan(0);
    for (const t of ghcr.registry.tokenLog) {
      expect(t).toMatchObject({ presented: ACTOR, user: '', status: 403 });
    }
    expect(pushes()).toEqual([]);
    expect(await leaks(run, ACTOR, WRONG_TOKEN)).toEqual([]);
  });

  it('fails with the permissions hint when the token may only pull (a fork PR)', async () => {
    ghcr.registry.clearRequests();
    const run = await runStep({
      repository: 'Owner/Fork',
      actor: FORK_ACTOR,
      token: READ_ONLY_TOKEN,
    });
    expect(run.code).not.toBe(0);
    expect(run.errors.join('\n')).toContain(HINT);
    // Logged in fine, but was only granted pull: the first write was refused, no manifest landed.
    expect(ghcr.registry.tokenLog.length).toBeGreaterThan(0);
    for (const t of ghcr.registry.tokenLog) {
      expect(t).toMatchObject({ user: FORK_ACTOR, status: 200 });
      expect(t.granted.every((g) => g.endsWith(':pull'))).toBe(true);
    }
    // (Writes still in flight when the step gave up are cut off: the proxy logs those as 502.)
    const writes = pushes();
    expect(writes.some((w) => w.endsWith(' 401'))).toBe(true);
    expect(writes.filter((w) => / 2\d\d$/.test(w) || w.includes('/manifests/'))).toEqual([]);
    expect(await leaks(run, FORK_ACTOR, READ_ONLY_TOKEN)).toEqual([]);
  });

  it('does not reach the fake ghcr.io unless its CA is trusted, as with the real one', async () => {
    ghcr.registry.clearRequests();
    const run = await runStep({
      repository: 'Owner/Untrusted',
      actor: ACTOR,
      token: TOKEN,
      env: { NODE_EXTRA_CA_CERTS: '' },
    });
    expect(run.code).not.toBe(0);
    // Routed to our server (its certificate is the one refused), before any HTTP request.
    const error = run.errors.join('\n');
    expect(error).toContain('GET https://ghcr.io/v2/ failed: UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    expect(error).toContain('NODE_EXTRA_CA_CERTS');
    expect(ghcr.registry.requests).toEqual([]);
    expect(ghcr.registry.tokenLog).toEqual([]);
  });
});
