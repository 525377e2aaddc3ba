import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { fixturesDir } from '../support/tools.js';
import { readFileSync } from 'node:fs';
import { KoActionError } from '../../src/util/errors.js';
import {
  defaultScheme,
  parseReference,
  parseRepository,
  repositoryScope,
  withDigest,
  withTag,
} from '../../src/registry/reference.js';
import { mergeScopes } from '../../src/registry/auth.js';
import { parseChallenges, pickChallenge } from '../../src/registry/challenge.js';

interface GoldenRef {
  input: string;
  name: string;
  registry?: string;
  repository?: string;
  scheme?: string;
}
const golden = JSON.parse(readFileSync(join(fixturesDir, 'golden.json'), 'utf8')) as {
  references: { cases: GoldenRef[] };
};

const hex = 'a'.repeat(64);

describe('parseReference: golden vectors', () => {
  it.each(golden.references.cases)('$input', (c) => {
    const ref = parseReference(c.input);
    expect(ref.name).toBe(c.name);
    expect(ref.toString()).toBe(c.input);
    if (c.registry) expect(ref.registry).toBe(c.registry);
    if (c.repository) expect(ref.repository).toBe(c.repository);
    if (c.scheme) expect(defaultScheme(ref.registry)).toBe(c.scheme);
  });
  it('has at least the four golden cases', () => {
    expect(golden.references.cases.length).toBeGreaterThanOrEqual(4);
  });
});

describe('parseReference: forms', () => {
  it.each([
    [
      'alpine:3.19',
      'index.docker.io',
      'library/alpine',
      '3.19',
      undefined,
      'index.docker.io/library/alpine:3.19',
    ],
    [
      'docker.io/library/alpine',
      'index.docker.io',
      'library/alpine',
      'latest',
      undefined,
      'index.docker.io/library/alpine:latest',
    ],
    [
      'index.docker.io/alpine',
      'index.docker.io',
      'library/alpine',
      'latest',
      undefined,
      'index.docker.io/library/alpine:latest',
    ],
    [
      'owner/app',
      'index.docker.io',
      'owner/app',
      'latest',
      undefined,
      'index.docker.io/owner/app:latest',
    ],
    ['ghcr.io/o/r/app:v1', 'ghcr.io', 'o/r/app', 'v1', undefined, 'ghcr.io/o/r/app:v1'],
    ['ghcr.io/app', 'ghcr.io', 'app', 'latest', undefined, 'ghcr.io/app:latest'],
    ['localhost/app', 'localhost', 'app', 'latest', undefined, 'localhost/app:latest'],
    ['127.0.0.1:5000/a/b:t', '127.0.0.1:5000', 'a/b', 't', undefined, '127.0.0.1:5000/a/b:t'],
    ['[::1]:5000/app', '[::1]:5000', 'app', 'latest', undefined, '[::1]:5000/app:latest'],
    [
      `gcr.io/p/app@sha256:${hex}`,
      'gcr.io',
      'p/app',
      undefined,
      `sha256:${hex}`,
      `gcr.io/p/app@sha256:${hex}`,
    ],
    [
      `gcr.io/p/app:v2@sha256:${hex}`,
      'gcr.io',
      'p/app',
      'v2',
      `sha256:${hex}`,
      `gcr.io/p/app@sha256:${hex}`,
    ],
    [
      `localhost:5000/app@sha256:${hex}`,
      'localhost:5000',
      'app',
      undefined,
      `sha256:${hex}`,
      `localhost:5000/app@sha256:${hex}`,
    ],
  ])('%s', (input, registry, repository, tag, digest, name) => {
    const ref = parseReference(input);
    expect(ref.registry).toBe(registry);
    expect(ref.repository).toBe(repository);
    expect(ref.tag).toBe(tag);
    expect(ref.digest).toBe(digest);
    expect(ref.name).toBe(name);
    expect(ref.identifier).toBe(digest ?? tag);
    expect(ref.context().name).toBe(`${registry}/${repository}`);
  });

  it('withTag / withDigest build from a repository', () => {
    const repo = parseRepository('ghcr.io/o/app');
    expect(withTag(repo, 'v1').name).toBe('ghcr.io/o/app:v1');
    expect(withDigest(repo, `sha256:${hex}`).name).toBe(`ghcr.io/o/app@sha256:${hex}`);
    expect(() => withTag(repo, 'bad tag')).toThrow(/tag "bad tag" is invalid/);
  });

  it('picks the scheme as ko does', () => {
    expect(defaultScheme('localhost')).toBe('http');
    expect(defaultScheme('localhost:5000')).toBe('http');
    expect(defaultScheme('registry.localhost:5000')).toBe('http');
    expect(defaultScheme('127.0.0.1:5000')).toBe('http');
    expect(defaultScheme('[::1]:5000')).toBe('http');
    expect(defaultScheme('10.1.2.3:5000')).toBe('http');
    expect(defaultScheme('192.168.0.9')).toBe('http');
    expect(defaultScheme('172.20.0.1')).toBe('http');
    expect(defaultScheme('172.32.0.1')).toBe('https');
    expect(defaultScheme('ghcr.io')).toBe('https');
    expect(defaultScheme('index.docker.io')).toBe('https');
    expect(defaultScheme('mylocalhost.io')).toBe('https');
  });
});

describe('parseReference: malformed', () => {
  it.each([
    ['', /is empty/],
    [' alpine', /whitespace/],
    ['Alpine', /repository "Alpine" has invalid characters/],
    ['ghcr.io/Owner/app', /repository "Owner\/app" has invalid characters/],
    ['ghcr.io/o/app:', /tag after ":" is empty/],
    ['ghcr.io/o/app:bad$tag', /tag "bad\$tag" is invalid/],
    [`ghcr.io/o/app:${'t'.repeat(129)}`, /is invalid/],
    ['ghcr.io/o/app@sha256:abc', /"sha256:abc" is not a digest/],
    [`ghcr.io/o/app@sha512:${hex}`, /is not a digest/],
    [`ghcr.io/o/app@sha256:${'A'.repeat(64)}`, /is not a digest/],
    ['ghcr.io/', /repository "" must be 2 to 255/],
    ['a', /repository "a" must be 2 to 255/],
    [`ghcr.io/${'a'.repeat(256)}`, /must be 2 to 255/],
    ['ghcr.io/o//app', /empty path component/],
    ['ghcr.io/o/app/', /empty path component/],
    ['bad_host.io/app', /registry "bad_host.io" is not a valid host/],
    ['host.io:99999/app', /port 99999 is out of range/],
    ['ghcr.io/o/a pp', /invalid characters/],
  ])('%j', (input, why) => {
    let err: unknown;
    try {
      parseReference(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KoActionError);
    const e = err as KoActionError;
    expect(e.code).toBe('REFERENCE');
    expect(e.message).toContain(`"${input}"`);
    expect(e.message).toMatch(why);
    expect(e.hint).toBeTruthy();
  });

  it('hints at lowercase for upper-case repositories', () => {
    let err: unknown;
    try {
      parseReference('ghcr.io/Owner/App');
    } catch (e) {
      err = e;
    }
    expect((err as KoActionError).hint).toBe('repository names must be lowercase');
  });
});

describe('token scopes', () => {
  it('formats a repository scope', () => {
    expect(repositoryScope('o/app', 'push,pull')).toBe('repository:o/app:push,pull');
  });
  it('merges actions per resource, keeping first-seen order', () => {
    expect(
      mergeScopes(
        ['repository:a:pull', 'repository:b:pull'],
        ['repository:a:push,pull', 'repository:c:pull', 'registry:catalog:*'],
      ),
    ).toEqual([
      'repository:a:pull,push',
      'repository:b:pull',
      'repository:c:pull',
      'registry:catalog:*',
    ]);
  });
});

describe('WWW-Authenticate parsing', () => {
  it('reads a Bearer challenge with commas inside quoted values', () => {
    const [c] = parseChallenges(
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/app:pull,push"',
    );
    expect(c).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://ghcr.io/token',
        service: 'ghcr.io',
        scope: 'repository:o/app:pull,push',
      },
    });
  });
  it('reads Basic, escapes, token values and several challenges in one header', () => {
    const cs = parseChallenges(
      'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"',
    );
    expect(cs).toEqual([
      { scheme: 'newauth', params: { realm: 'apps', type: '1', title: 'Login to "apps"' } },
      { scheme: 'basic', params: { realm: 'simple' } },
    ]);
    expect(pickChallenge(cs)?.scheme).toBe('basic');
  });
  it('prefers Bearer across several headers and reads insufficient_scope errors', () => {
    const cs = parseChallenges([
      'Basic realm="r"',
      'Bearer realm="http://127.0.0.1:1/token",service="s",error="insufficient_scope",scope="repository:x:push"',
    ]);
    const c = pickChallenge(cs);
    expect(c?.scheme).toBe('bearer');
    expect(c?.params.error).toBe('insufficient_scope');
    expect(c?.params.scope).toBe('repository:x:push');
  });
  it('yields nothing for an empty header', () => {
    expect(parseChallenges('')).toEqual([]);
    expect(pickChallenge([])).toBeUndefined();
  });
});
