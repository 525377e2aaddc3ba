// ghcr.io for the e2e workflows: the documented recipes push to `ghcr.io/${{ github.repository }}`
// with the workflow token, so the suite serves a fake ghcr.io (support/ghcr.ts: the real registry
// in token mode, ghcr's token flow, TLS with a throwaway CA) and points the runner's steps at it
// with the same routing preload the integration tests use (NODE_OPTIONS, passed with act's --env).
// crane, a Go program, reaches it through a CONNECT proxy that maps ghcr.io:443 to it, as a
// self-hosted runner behind a proxy would: the reads check what the action pushed, independently.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crane } from '../../__tests__/support/crane.js';
import { startForwardProxy } from '../../__tests__/support/forward-proxy.js';
import { GHCR, startFakeGhcr, type FakeGhcr } from '../../__tests__/support/ghcr.js';
import { writeBaseImageLayout } from '../../__tests__/support/base-image.js';

/** The runner's actor and its workflow token (secret scans in .ci/run look for the prefix). */
export const ACTOR = 'acme-bot';
export const WORKFLOW_TOKEN = 'ghs_koActionFakeGhcrE2eWorkflowToken0001';
/** Where every recipe's base image comes from (e2e/fixtures/shop/.ko.yaml). */
export const BASE_IMAGE = `${GHCR}/acme/base:static`;

export interface E2eGhcr {
  /** --env entries for act: the routing preload and the CA. */
  readonly stepEnv: Readonly<Record<string, string>>;
  /** `crane …args` against the fake ghcr.io; stdout as text. */
  crane(args: readonly string[]): Promise<string>;
  stop(): Promise<void>;
}

export async function startE2eGhcr(): Promise<E2eGhcr> {
  const ghcr: FakeGhcr = await startFakeGhcr({ users: { [ACTOR]: WORKFLOW_TOKEN } });
  const proxy = await startForwardProxy({ [`${GHCR}:443`]: ghcr.registry.address });
  const craneEnv = { HTTPS_PROXY: proxy.url, https_proxy: proxy.url, NO_PROXY: '' };
  const run = async (args: readonly string[]): Promise<string> =>
    (await crane(args, { registry: ghcr.registry, env: craneEnv })).toString('utf8');

  const stop = async (): Promise<void> => {
    await proxy.stop();
    await ghcr.stop();
  };

  const dir = await mkdtemp(join(tmpdir(), 'ko-action-e2e-base-'));
  try {
    const layout = await writeBaseImageLayout(join(dir, 'layout'), { tag: 'static' });
    await run(['push', layout.dir, BASE_IMAGE]);
  } catch (e) {
    await stop();
    throw e;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { stepEnv: ghcr.actionEnv, crane: run, stop };
}
