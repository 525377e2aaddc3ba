// Registry errors as users see them (status, code, hint) and digest verification of streamed
// blobs; integration/registry-client.test.ts exercises the client against real registries.
import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { sha256 } from '../../src/oci/digest.js';
import { registryError } from '../../src/registry/errors.js';
import { verifiedStream } from '../../src/registry/verify.js';

describe('errors and verification', () => {
  it('maps a GHCR 403 DENIED to the packages: write hint', () => {
    const err = registryError({
      registry: 'ghcr.io',
      method: 'PUT',
      url: 'https://ghcr.io/v2/o/app/manifests/v1?_state=secret-state',
      status: 403,
      body: '{"errors":[{"code":"DENIED","message":"permission_denied: write_package"}]}',
    });
    expect(err.code).toBe('REGISTRY_AUTH');
    expect(err.message).toBe(
      'PUT https://ghcr.io/v2/o/app/manifests/v1 answered 403 (DENIED: permission_denied: write_package)',
    );
    expect(err.hint).toBe(
      'grant `permissions: packages: write` to the job (and, for a package created elsewhere, give this repository write access in the package settings)',
    );
    const other = registryError({
      registry: 'quay.io',
      method: 'GET',
      url: 'https://quay.io/v2/',
      status: 401,
    });
    expect(other.hint).not.toContain('packages: write');
    expect(other.temporary).toBe(false);
    expect(
      registryError({ registry: 'x.io', method: 'GET', url: 'https://x.io/v2/', status: 503 })
        .temporary,
    ).toBe(true);
  });

  it('fails a blob stream whose bytes do not match the digest', async () => {
    const data = Buffer.from('hello');
    const wrong = sha256('other');
    const read = async (s: Readable) => {
      for await (const _ of s) void _;
    };
    await expect(
      read(verifiedStream(Readable.from([data]), wrong, undefined, 'r/x')),
    ).rejects.toThrow(/does not match its digest/);
    await expect(
      read(verifiedStream(Readable.from([data]), sha256(data), 4, 'r/x')),
    ).rejects.toThrow(/more than the expected 4 bytes/);
    await expect(
      read(verifiedStream(Readable.from([data]), sha256(data), 5, 'r/x')),
    ).resolves.toBeUndefined();
  });
});
