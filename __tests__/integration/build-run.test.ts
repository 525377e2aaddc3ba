// Acceptance of the Build issue, "it runs": a 3-platform build pushed through the action entry
// point is an index of exactly those platforms, each child is readable by skopeo, the amd64 image
// runs in podman and the arm64 one under qemu-user-static; and pushes through basic, token and TLS
// registries land with the digest the action reports.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupActionRuns, describeRun, runAction, type ActionRun } from '../support/action.js';
import { basePlatforms, pushBaseImage, type PushedBaseImage } from '../support/base-image.js';
import { crane } from '../support/crane.js';
import { startRegistry, type RegistryMode, type TestRegistry } from '../support/registry.js';
import { execResult } from '../support/exec.js';
import { podman, podmanEnv } from '../support/podman.js';
import { itUnless, itWithTools } from '../support/require-tool.js';
import { buildTimeout } from '../support/timeouts.js';
import { missingTools, systemToolPath } from '../support/tools.js';

const EXPECTED_OUTPUT = (platform: string): string =>
  `hello, ko-action ${platform} dev from kodata\n`;

interface Index {
  mediaType: string;
  manifests: {
    digest: string;
    platform?: { os: string; architecture: string; variant?: string };
  }[];
}

// ------------------------------------------------------------------ arm64 execution

const binfmtEntry = '/proc/sys/fs/binfmt_misc/qemu-aarch64';

/**
 * Registers qemu-aarch64 with binfmt_misc when it is missing and we are root
 * (docs/notes/test-infra.md#6-qemu-user-static-and-binfmt_misc). It is global kernel state, hence
 * the guards: only when absent, and tolerating a parallel registration. Returns why arm64
 * binaries cannot run here, or undefined when they can.
 */
function ensureArm64Binfmt(): string | undefined {
  const missing = missingTools('podman', 'runc', 'qemu-aarch64-static');
  if (missing !== undefined) return missing;
  if (existsSync(binfmtEntry)) return undefined;
  if (process.getuid?.() !== 0) return `${binfmtEntry} is missing and registering it needs root`;
  const conf = '/usr/lib/binfmt.d/qemu-aarch64.conf';
  try {
    if (!existsSync('/proc/sys/fs/binfmt_misc/register')) {
      execFileSync('mount', ['-t', 'binfmt_misc', 'binfmt_misc', '/proc/sys/fs/binfmt_misc']);
    }
    if (!existsSync(binfmtEntry))
      writeFileSync('/proc/sys/fs/binfmt_misc/register', readFileSync(conf));
  } catch (e) {
    if (!existsSync(binfmtEntry)) return `cannot register ${conf}: ${(e as Error).message}`;
  }
  return undefined;
}

// ------------------------------------------------------------------ podman (support/podman.ts)

let podmanDir: string | undefined;

async function podmanRun(ref: string, extra: readonly string[] = []): Promise<string> {
  podmanDir ??= await mkdtemp(join(tmpdir(), 'ko-action-podman-'));
  // Host network only: podman's default bridge would route through 10.88.0.0/16.
  const args = ['run', '--rm', '--network', 'host', '--tls-verify=false', ...extra, ref];
  const r = await podman(args, await podmanEnv(podmanDir));
  if (r.code !== 0) throw new Error(`podman ${args.join(' ')} failed (${r.code}):\n${r.stderr}`);
  return r.stdout;
}

// ------------------------------------------------------------------ the multi-platform build

const pinned = (run: ActionRun): { name: string; digest: string } => {
  const image = run.outputs.image ?? '';
  return { name: image.slice(0, image.lastIndexOf('@')), digest: run.outputs.digest ?? '' };
};

describe('a 3-platform image built by the action', () => {
  let registry: TestRegistry;
  let base: PushedBaseImage;
  let run: ActionRun;
  let index: Index;

  beforeAll(async () => {
    registry = await startRegistry('anonymous');
    base = await pushBaseImage(registry);
    run = await runAction({
      inputs: {
        'import-paths': './cmd/hello',
        repo: `${registry.host}/app`,
        platforms: basePlatforms.join(','),
        'base-image': base.ref,
        sbom: 'none',
        cache: 'false',
      },
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    if (run.code !== 0) throw new Error(`the action failed: ${describeRun(run)}`);
    const { name, digest } = pinned(run);
    index = JSON.parse(
      (await crane(['manifest', `${name}@${digest}`], { registry })).toString('utf8'),
    ) as Index;
  }, buildTimeout(basePlatforms.length));

  afterAll(async () => {
    await registry?.stop();
    await cleanupActionRuns();
    if (podmanDir) await rm(podmanDir, { recursive: true, force: true });
  });

  it('is an index of exactly the requested platforms', () => {
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    const platforms = index.manifests.map((m) =>
      [m.platform?.os, m.platform?.architecture, m.platform?.variant].filter(Boolean).join('/'),
    );
    expect(platforms).toEqual(['linux/amd64', 'linux/arm64/v8', 'linux/arm/v7']);
  });

  itWithTools('skopeo')('has children each readable by skopeo', async () => {
    const { name } = pinned(run);
    for (const child of index.manifests) {
      const r = await execResult(systemToolPath('skopeo'), [
        'inspect',
        '--tls-verify=false',
        `docker://${name}@${child.digest}`,
      ]);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      const info = JSON.parse(r.stdout) as { Digest: string; Architecture: string; Os: string };
      expect(info).toMatchObject({
        Digest: child.digest,
        Architecture: child.platform?.architecture,
        Os: 'linux',
      });
    }
  });

  itWithTools('podman', 'runc')(
    'the amd64 image runs in podman and prints the app output',
    async () => {
      const amd64 = index.manifests.find((m) => m.platform?.architecture === 'amd64');
      const stdout = await podmanRun(`${pinned(run).name}@${amd64?.digest ?? ''}`);
      expect(stdout).toBe(EXPECTED_OUTPUT('linux/amd64'));
    },
  );

  itUnless(ensureArm64Binfmt())(
    'the arm64 image, picked from the index, runs under qemu-user-static',
    async () => {
      const { name, digest } = pinned(run);
      const stdout = await podmanRun(`${name}@${digest}`, ['--arch', 'arm64']);
      expect(stdout).toBe(EXPECTED_OUTPUT('linux/arm64'));
    },
  );
});

// ------------------------------------------------------------------ authenticated registries

describe('pushing through the action to authenticated registries', () => {
  const registries = new Map<RegistryMode, TestRegistry>();

  beforeAll(async () => {
    const modes: RegistryMode[] = ['basic', 'token', 'tls'];
    const started = await Promise.all(modes.map((m) => startRegistry(m)));
    modes.forEach((m, i) => registries.set(m, started[i] as TestRegistry));
  });

  afterAll(async () => {
    await Promise.all([...registries.values()].map((r) => r.stop()));
    await cleanupActionRuns();
  });

  const credentialsFor = (registry: TestRegistry): Record<string, string> => {
    switch (registry.mode) {
      case 'basic': // explicit inputs, no credential store
        return { username: registry.username ?? '', password: registry.password ?? '' };
      default:
        return {};
    }
  };
  const envFor = (registry: TestRegistry): Record<string, string> => {
    switch (registry.mode) {
      case 'token':
        return { DOCKER_CONFIG: registry.dockerConfigDir ?? '' };
      case 'tls':
        return {
          DOCKER_CONFIG: registry.dockerConfigDir ?? '',
          NODE_EXTRA_CA_CERTS: registry.caFile ?? '',
        };
      default:
        return {};
    }
  };

  it.each(['basic', 'token', 'tls'] as const)(
    '%s: the digest output is what the registry holds',
    async (mode) => {
      const registry = registries.get(mode) as TestRegistry;
      const base = await pushBaseImage(registry);
      registry.clearRequests();
      const run = await runAction({
        inputs: {
          'import-paths': './cmd/hello',
          repo: `${registry.host}/${mode}`,
          platforms: 'linux/amd64,linux/arm64',
          'base-image': base.ref,
          sbom: 'none',
          cache: 'false',
          ...credentialsFor(registry),
        },
        env: envFor(registry),
      });
      if (run.code !== 0) throw new Error(`${mode}: the action failed: ${describeRun(run)}`);
      const { name, digest } = pinned(run);
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);

      // What the registry serves under the tag, by an independent client.
      const held = (await crane(['digest', `${name}:latest`], { registry })).toString().trim();
      const bytes = await crane(['manifest', `${name}:latest`], { registry });
      expect(held).toBe(digest);
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(digest);
      // The password is registered as a secret (the runner masks it) and never logged otherwise.
      const logged = (run.stdout + run.stderr).split('\n');
      expect(logged).toContain(`::add-mask::${registry.password ?? ''}`);
      expect(logged.filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(
        registry.password ?? '',
      );
      // The action itself pushed (3 manifests: 2 images and the index), and was challenged.
      const puts = registry.requests.filter(
        (r) => r.method === 'PUT' && r.path.includes('/manifests/'),
      );
      expect(puts.map((r) => r.status)).toEqual([201, 201, 201]);
      expect(registry.requests.some((r) => r.status === 401)).toBe(true);
    },
    buildTimeout(2),
  );
});
