// ko's kind.local convention, pure parts: which repos, which cluster and engines, the commands run
// in each node (ko v0.19.1 pkg/publish/kind/write.go, kind v0.32.0's providers), and the name;
// integration/kind.engine.test.ts runs them against containerd nodes.
import { describe, expect, it } from '@jest/globals';
import {
  CTR_IMPORT,
  ctrTagArgs,
  isInternalNodeRole,
  isKindRepo,
  kindClusterName,
  kindEngines,
  kindReference,
  listNodesArgs,
  nodeExecArgs,
  nodeRoleArgs,
} from '../../src/ko/kind-repo.js';
import { sha256 } from '../../src/oci/digest.js';
import { thrown } from '../support/errors.js';

describe('kind.local', () => {
  it('is any repo starting with kind.local, as ko checks it', () => {
    expect(isKindRepo('kind.local')).toBe(true);
    expect(isKindRepo('kind.local/team')).toBe(true);
    expect(isKindRepo('ko.local')).toBe(false);
    expect(isKindRepo('ghcr.io/kind.local')).toBe(false);
    expect(isKindRepo(undefined)).toBe(false);
  });

  it('names the cluster by KIND_CLUSTER_NAME, default kind', () => {
    expect(kindClusterName({})).toBe('kind');
    expect(kindClusterName({ KIND_CLUSTER_NAME: '' })).toBe('kind');
    expect(kindClusterName({ KIND_CLUSTER_NAME: 'dev' })).toBe('dev');
  });

  it("tries kind's engines in kind's order, or the one KIND_EXPERIMENTAL_PROVIDER names", () => {
    expect(kindEngines({})).toEqual(['docker', 'nerdctl', 'finch', 'podman']);
    expect(kindEngines({ KIND_EXPERIMENTAL_PROVIDER: 'podman' })).toEqual(['podman']);
    expect(kindEngines({ KIND_EXPERIMENTAL_PROVIDER: 'nerdctl' })).toEqual(['nerdctl']);
    const err = thrown(() => kindEngines({ KIND_EXPERIMENTAL_PROVIDER: 'Podman' }));
    expect(err).toMatchObject({
      code: 'INPUT',
      where: 'KIND_EXPERIMENTAL_PROVIDER',
      message: 'unknown KIND_EXPERIMENTAL_PROVIDER "Podman"',
    });
    expect(err.hint).toContain('docker, podman, nerdctl, finch, nerdctl.lima');
  });

  it("loads into control-plane and worker nodes only (kind's ListInternalNodes)", () => {
    expect(isInternalNodeRole('control-plane')).toBe(true);
    expect(isInternalNodeRole('worker')).toBe(true);
    expect(isInternalNodeRole('external-load-balancer')).toBe(false);
    expect(isInternalNodeRole('external-etcd')).toBe(false);
    expect(isInternalNodeRole('')).toBe(false);
  });

  it("runs kind's and ko's commands", () => {
    expect(listNodesArgs('dev')).toEqual([
      'ps',
      '-a',
      '--filter',
      'label=io.x-k8s.kind.cluster=dev',
      '--format',
      '{{.Names}}',
    ]);
    expect(nodeRoleArgs('dev-worker')).toEqual([
      'inspect',
      '--format',
      '{{ index .Config.Labels "io.x-k8s.kind.role"}}',
      'dev-worker',
    ]);
    expect(nodeExecArgs('dev-control-plane', CTR_IMPORT, true)).toEqual([
      'exec',
      '--privileged',
      '-i',
      'dev-control-plane',
      'ctr',
      '--namespace=k8s.io',
      'images',
      'import',
      '--all-platforms',
      '-',
    ]);
    expect(nodeExecArgs('n', ctrTagArgs('kind.local/a:1', 'kind.local/a:v1'), false)).toEqual([
      'exec',
      '--privileged',
      'n',
      'ctr',
      '--namespace=k8s.io',
      'images',
      'tag',
      '--force',
      'kind.local/a:1',
      'kind.local/a:v1',
    ]);
  });

  it("names the image <name>:<hex of the loaded image's digest>", () => {
    const digest = sha256('image');
    expect(kindReference('kind.local/app-0123', digest)).toBe(
      `kind.local/app-0123:${digest.slice('sha256:'.length)}`,
    );
  });
});
