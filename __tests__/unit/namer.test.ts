import { describe, expect, it } from '@jest/globals';
import { thrown } from '../support/errors.js';
import { join } from 'node:path';
import { fixturesDir } from '../support/tools.js';
import { readFileSync } from 'node:fs';
import { KoActionError } from '../../src/util/errors.js';
import type { Digest } from '../../src/oci/digest.js';
import {
  basePath,
  checkTagOnly,
  imageName,
  joinPath,
  namingImportPath,
  normaliseTags,
  parseNamingMode,
  printedReference,
} from '../../src/ko/naming.js';

interface Golden {
  md5_naming: {
    cases: {
      import_path: string;
      hashed: string;
      md5: string;
      name_suffix: string;
      with_repo: string;
    }[];
  };
  other_naming: {
    import_path: string;
    repo: string;
    preserve_import_paths: string;
    base_import_paths: string;
    bare: string;
  };
  printed_refs: { digest: Digest; name: string; cases: { mode: string; printed: string }[] };
}
const golden = JSON.parse(readFileSync(join(fixturesDir, 'golden.json'), 'utf8')) as Golden;

describe('golden md5_naming', () => {
  it.each(golden.md5_naming.cases)('$import_path', (c) => {
    const ip = namingImportPath(`ko://${c.import_path}`);
    expect(ip).toBe(c.hashed);
    expect(imageName('ghcr.io/o/r', ip, 'md5')).toBe(c.with_repo);
    expect(imageName('', ip, 'md5')).toBe(c.name_suffix);
    expect(c.name_suffix.endsWith(c.md5)).toBe(true);
  });
});

describe('golden other_naming', () => {
  const g = golden.other_naming;
  const ip = namingImportPath(g.import_path);
  it.each([
    ['preserve-import-paths', g.preserve_import_paths],
    ['base-import-paths', g.base_import_paths],
    ['bare', g.bare],
  ] as const)('%s', (mode, expected) => {
    expect(imageName(g.repo, ip, parseNamingMode(mode))).toBe(expected);
  });
});

describe('golden printed_refs', () => {
  const { digest, name } = golden.printed_refs;
  const byMode = Object.fromEntries(golden.printed_refs.cases.map((c) => [c.mode, c.printed]));
  it('covers every golden case', () => {
    expect(Object.keys(byMode)).toHaveLength(6);
  });
  it('registry push', () => {
    expect(printedReference({ publisher: 'registry', name, tags: ['latest'], digest })).toBe(
      byMode['push, tags=[latest]'],
    );
    expect(printedReference({ publisher: 'registry', name, tags: ['v1'], digest })).toBe(
      byMode['push, tags=[v1]'],
    );
    expect(printedReference({ publisher: 'registry', name, tags: ['v1', 'latest'], digest })).toBe(
      byMode['push, tags=[v1,latest]'],
    );
    expect(
      printedReference({ publisher: 'registry', name, tags: ['v1'], digest, tagOnly: true }),
    ).toBe(byMode['push, --tag-only, tags=[v1]']);
  });
  it('--push=false', () => {
    expect(printedReference({ publisher: 'none', name, tags: ['latest'], digest })).toBe(
      byMode['--push=false, tags=[latest]'],
    );
  });
  it('daemon', () => {
    const daemonName = imageName('ko.local', namingImportPath('ko://example.com/hello'), 'md5');
    expect(printedReference({ publisher: 'daemon', name: daemonName, digest })).toBe(
      byMode['daemon (KO_DOCKER_REPO=ko.local)'],
    );
  });
  it('OCI layout', () => {
    expect(printedReference({ publisher: 'layout', layoutPath: '/tmp/oci', digest })).toBe(
      `/tmp/oci@${digest}`,
    );
  });
});

describe('path semantics (Go path.Join / path.Base)', () => {
  it.each([
    // Go 1.26.8: path.Join(a, b)
    ['ghcr.io/o/r', 'github.com/foo/bar', 'ghcr.io/o/r/github.com/foo/bar'],
    ['ghcr.io/o/r/', 'x', 'ghcr.io/o/r/x'],
    ['ghcr.io//o/r', './cmd/app', 'ghcr.io/o/r/cmd/app'],
    ['ko.local', '../x', 'x'],
    ['', 'a/b', 'a/b'],
    ['a', '', 'a'],
    ['', '', ''],
    ['/a/../..', 'b', '/b'],
    ['a/b', '../../../c', '../c'],
    ['ghcr.io/o/r', 'example.com/a/./b//c/', 'ghcr.io/o/r/example.com/a/b/c'],
  ])('join(%j, %j) = %j', (a, b, expected) => {
    expect(joinPath(a, b)).toBe(expected);
  });

  it.each([
    // Go 1.26.8: path.Base(p)
    ['', '.'],
    ['/', '/'],
    ['///', '/'],
    ['a/b/', 'b'],
    ['a//b//', 'b'],
    ['./cmd/app', 'app'],
    ['x', 'x'],
    ['.', '.'],
  ])('base(%j) = %j', (p, expected) => {
    expect(basePath(p)).toBe(expected);
  });

  it('keeps case when asked (ko --push=false)', () => {
    expect(namingImportPath('ko://Example.com/Hello', false)).toBe('Example.com/Hello');
    expect(namingImportPath('Example.com/Hello')).toBe('example.com/hello');
  });
});

describe('naming input', () => {
  it('defaults to md5 and rejects unknown modes on `naming`', () => {
    expect(parseNamingMode('')).toBe('md5');
    const e = thrown(() => parseNamingMode('short'));
    expect(e.code).toBe('INPUT');
    expect(e.where).toBe('naming');
    expect(e.format()).toBe(
      'naming: unknown naming mode "short". Use one of md5, preserve-import-paths, base-import-paths, bare',
    );
  });
});

describe('tags', () => {
  it('dedupes preserving order', () => {
    expect(normaliseTags(['v1', 'latest', 'v1', 'sha-abc', 'latest'])).toEqual([
      'v1',
      'latest',
      'sha-abc',
    ]);
  });

  it('rejects tags ggcr would reject, naming the `tags` input', () => {
    for (const bad of ['', 'a:b', 'v1/x', 'x'.repeat(129), 'é']) {
      const e = thrown(() => normaliseTags([bad]));
      expect(e.where).toBe('tags');
      expect(e.message).toBe(`invalid tag "${bad}"`);
    }
    expect(normaliseTags(['x'.repeat(128), 'A_b.c-D'])).toHaveLength(2);
    expect(thrown(() => normaliseTags([])).where).toBe('tags');
  });

  it('applies ko --tag-only rules', () => {
    expect(() => checkTagOnly(['v1'])).not.toThrow();
    expect(thrown(() => checkTagOnly(['latest'])).message).toBe(
      'latest tag cannot be used in tag-only references',
    );
    expect(thrown(() => checkTagOnly(['v1', 'v2'])).message).toBe(
      'must specify exactly one tag to resolve images into tag-only references',
    );
    const name = 'ghcr.io/o/r';
    const digest: Digest = `sha256:${'0'.repeat(64)}`;
    expect(() =>
      printedReference({ publisher: 'registry', name, tags: ['latest'], digest, tagOnly: true }),
    ).toThrow(KoActionError);
    expect(printedReference({ publisher: 'none', name, tags: [], digest })).toBe(
      `${name}@${digest}`,
    );
    expect(printedReference({ publisher: 'none', name, tags: ['v2'], digest, tagOnly: true })).toBe(
      `${name}:v2`,
    );
  });
});
