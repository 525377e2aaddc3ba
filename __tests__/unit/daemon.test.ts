// The daemon publisher's pure parts: where DOCKER_HOST points, and which child of an index is
// loaded (integration/daemon.engine.test.ts loads into a real podman API service).
import { describe, expect, it } from '@jest/globals';
import type { IndexArtifact } from '../../src/oci/artifact.js';
import { sha256 } from '../../src/oci/digest.js';
import { MediaType } from '../../src/oci/media-types.js';
import { daemonEndpoint } from '../../src/engine/publish/daemon.js';
import { imageToLoad } from '../../src/ko/local-image.js';
import { makeImage } from '../support/oci-fixture.js';

describe('DOCKER_HOST and platform selection', () => {
  it('reads unix and tcp addresses and defaults to /var/run/docker.sock', () => {
    expect(daemonEndpoint({})).toEqual({
      socketPath: '/var/run/docker.sock',
      display: '/var/run/docker.sock',
    });
    expect(daemonEndpoint({ DOCKER_HOST: 'unix:///run/podman/podman.sock' })).toMatchObject({
      socketPath: '/run/podman/podman.sock',
    });
    expect(daemonEndpoint({ DOCKER_HOST: 'tcp://127.0.0.1:2376' })).toMatchObject({
      host: '127.0.0.1',
      port: 2376,
    });
    expect(() => daemonEndpoint({ DOCKER_HOST: 'ssh://me@host' })).toThrow(
      /unsupported DOCKER_HOST "ssh:\/\/me@host"/,
    );
  });

  it('loads the $GOOS/$GOARCH child of an index, linux/amd64 by default', () => {
    const amd64 = makeImage({ os: 'linux', architecture: 'amd64' });
    const arm64 = makeImage({ os: 'linux', architecture: 'arm64' });
    const index: IndexArtifact = {
      kind: 'index',
      mediaType: MediaType.OciIndex,
      digest: sha256('index'),
      rawManifest: Buffer.from('index'),
      children: [arm64, amd64],
    };
    expect(imageToLoad(index, {}, 'the daemon')).toBe(amd64);
    expect(imageToLoad(index, { GOARCH: 'arm64' }, 'the daemon')).toBe(arm64);
    expect(imageToLoad(amd64, { GOARCH: 'arm64' }, 'the daemon')).toBe(amd64);
    expect(() => imageToLoad(index, { GOARCH: 's390x' }, 'the kind nodes')).toThrow(
      'no linux/s390x image in the index to load into the kind nodes',
    );
  });
});
