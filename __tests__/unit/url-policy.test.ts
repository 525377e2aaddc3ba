// Where a registry may send the client (src/registry/url-policy.ts): no HTTPS → HTTP downgrade
// unless insecure, and no private or loopback address from a public registry; other public hosts
// (object storage) and a private registry's own network stay allowed. And the token scope order
// some registries depend on: the push scope first.
import { describe, expect, it } from '@jest/globals';
import { pushFirst } from '../../src/registry/auth.js';
import { checkFollow, isInternalHost } from '../../src/registry/url-policy.js';
import { thrown } from '../support/errors.js';

const ctx = { registry: 'ghcr.io', insecure: false, what: 'a redirect' };
const follow = (from: string, to: string, insecure = false): void =>
  checkFollow(new URL(from), new URL(to), { ...ctx, insecure });

describe('checkFollow', () => {
  it('follows a public registry to another public host, keeping HTTPS', () => {
    expect(() =>
      follow(
        'https://ghcr.io/v2/o/a/blobs/sha256:1',
        'https://pkg-containers.githubusercontent.com/x?sig=1',
      ),
    ).not.toThrow();
  });

  it('refuses a downgrade to plain HTTP unless insecure, naming both URLs but not the query', () => {
    const err = thrown(() =>
      follow('https://ghcr.io/v2/', 'http://cdn.example.com/b?X-Amz-Signature=s'),
    );
    expect(err.message).toContain('https://ghcr.io/v2/');
    expect(err.message).toContain('http://cdn.example.com/b');
    expect(err.message).not.toContain('X-Amz-Signature');
    expect(err.hint).toMatch(/insecure-registry/);
    expect(() => follow('https://ghcr.io/v2/', 'http://cdn.example.com/b', true)).not.toThrow();
  });

  it.each([
    'http://127.0.0.1:5000/token',
    'https://10.1.2.3/token',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/token',
    'https://localhost/token',
    'https://192.168.1.10/v2/',
  ])('refuses %s from a public registry', (to) => {
    expect(thrown(() => follow('https://registry.example.com/v2/', to, true)).message).toMatch(
      /private address/,
    );
  });

  it('lets a private registry point at its own network', () => {
    expect(() => follow('http://127.0.0.1:5000/v2/', 'http://127.0.0.2:9000/blob')).not.toThrow();
    expect(() => follow('https://10.0.0.5/v2/', 'https://10.0.0.6/token')).not.toThrow();
  });

  it('refuses schemes other than HTTP(S)', () => {
    expect(() => follow('https://ghcr.io/v2/', 'file:///etc/passwd')).toThrow(/not HTTP/);
  });
});

describe('isInternalHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['100.64.0.1', true],
    ['fd00::1', true],
    ['fe80::1', true],
    ['::ffff:10.0.0.1', true],
    ['8.8.8.8', false],
    ['ghcr.io', false],
    ['2606:4700::1', false],
  ])('%s → %s', (host, internal) => {
    expect(isInternalHost(host)).toBe(internal);
  });
});

describe('pushFirst', () => {
  it('puts push scopes first, as push,pull, and keeps the rest in order', () => {
    expect(
      pushFirst(['repository:base:pull', 'repository:other:pull', 'repository:app:pull,push']),
    ).toEqual(['repository:app:push,pull', 'repository:base:pull', 'repository:other:pull']);
  });
});
