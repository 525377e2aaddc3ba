import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { KoActionError } from '../../src/util/errors.js';
import {
  goArch,
  goOs,
  newestVersions,
  parseListing,
  selectRelease,
  type GoRelease,
} from '../../src/go/releases.js';
import {
  makeSemver,
  parseGoVersionSpec,
  readGoVersionFile,
  versionFromFile,
} from '../../src/go/version-spec.js';

describe('makeSemver', () => {
  it.each([
    ['go1.26.1', '1.26.1'],
    ['1.13', '1.13.0'],
    ['1.10beta1', '1.10.0-beta.1'],
    ['1.14rc1', '1.14.0-rc.1'],
    ['1.8.5rc1', '1.8.5-rc.1'],
    ['go1', '1.0.0'],
    ['1.27.0-rc.1', '1.27.0-rc.1'],
  ])('%s → %s', (input, want) => {
    expect(makeSemver(input)).toBe(want);
  });

  it('rejects what is not a Go version', () => {
    expect(makeSemver('weekly.2012-03-27')).toBeUndefined();
    expect(makeSemver('1.26-foo')).toBeUndefined();
  });
});

describe('parseGoVersionSpec', () => {
  it.each([
    ['1.26.8', { kind: 'exact', semver: '1.26.8' }],
    ['go1.26.8', { kind: 'exact', semver: '1.26.8' }],
    [' 1.27rc1 ', { kind: 'exact', semver: '1.27.0-rc.1' }],
    ['1.27.0-rc.1', { kind: 'exact', semver: '1.27.0-rc.1' }],
    ['1.26', { kind: 'range', range: '1.26' }],
    ['go1.26', { kind: 'range', range: '1.26' }],
    ['^1.25', { kind: 'range', range: '^1.25' }],
    ['1.x', { kind: 'range', range: '1.x' }],
    ['>=1.25 <1.27', { kind: 'range', range: '>=1.25 <1.27' }],
    ['stable', { kind: 'alias', alias: 'stable' }],
    ['oldstable', { kind: 'alias', alias: 'oldstable' }],
  ])('%s', (input, want) => {
    expect(parseGoVersionSpec(input)).toMatchObject({ ...want, input: input.trim() });
  });

  it.each(['', 'latest', '1.26.x.y', '>=banana', 'go'])('rejects %j naming the input', (input) => {
    let err: unknown;
    try {
      parseGoVersionSpec(input, 'go-version');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KoActionError);
    const e = err as KoActionError;
    expect(e.code).toBe('INPUT');
    expect(e.where).toBe('go-version');
    expect(e.format()).toContain('is not a Go version or version range');
  });
});

describe('semver ranges', () => {
  // Through the production path: which of a listing's releases a go-version spec picks.
  const release = (version: string): GoRelease => ({
    version,
    stable: true,
    files: [{ filename: `go${version}.linux-amd64.tar.gz`, os: 'linux', arch: 'amd64' }],
  });
  const newest = (versions: readonly string[], spec: string) =>
    selectRelease(versions.map(release), parseGoVersionSpec(spec), 'linux', 'amd64')?.semver;

  it.each([
    ['1.26.3', '1.26', true],
    ['1.27.0', '1.26', false],
    ['1.26.0-rc.1', '1.26', false],
    ['1.26.0', '1.26.0', true],
    ['1.26.1', '1.26.0', false],
    ['1.25.0', '^1.25', true],
    ['1.99.9', '^1.25', true],
    ['1.24.9', '^1.25', false],
    ['2.0.0', '^1.25', false],
    ['1.27.0-rc.1', '^1.25', false],
    ['1.25.9', '~1.25', true],
    ['1.26.0', '~1.25', false],
    ['1.25.3', '~1.25.3', true],
    ['1.25.2', '~1.25.3', false],
    ['1.0.0', '1.x', true],
    ['1.26.8', '1.26.x', true],
    ['2.0.0', '1.x', false],
    ['1.25.0', '>=1.25 <1.27', true],
    ['1.26.9', '>=1.25 <1.27', true],
    ['1.27.0', '>=1.25 <1.27', false],
    ['1.27.0-rc.1', '>=1.25 <1.27', false],
    ['1.26.9', '>= 1.25  < 1.27', true],
    ['1.26.0', '>1.25', true],
    ['1.25.9', '>1.25', false],
    ['1.26.0-rc.1', '>1.25', false],
    ['1.25.9', '<=1.25', true],
    ['1.26.0', '<=1.25', false],
    ['1.24.1', '1.22 || 1.24', true],
    ['1.23.1', '1.22 || 1.24', false],
    ['1.27.0-rc.2', '>=1.27.0-rc.1', true],
    ['1.27.0', '>=1.27.0-rc.1', true],
    ['1.28.0-rc.1', '>=1.27.0-rc.1', false], // prerelease of another version
    ['1.26.1', '*', true],
  ])('%s satisfies %s: %s', (version, range, want) => {
    expect(newest([version], range)).toBe(want ? version : undefined);
  });

  it('orders prereleases before releases, numerically', () => {
    const versions = [
      '1.27.0',
      '1.27.0-rc.10',
      '1.27.0-beta.1',
      '1.27.0-rc.2',
      '1.26.10',
      '1.26.9',
    ];
    expect(newest(versions, '1.26')).toBe('1.26.10');
    expect(newest(versions, '>=1.27.0-beta.1')).toBe('1.27.0');
    expect(newest(versions.slice(1), '>=1.27.0-beta.1')).toBe('1.27.0-rc.10');
    expect(newest(versions.slice(2), '>=1.27.0-beta.1')).toBe('1.27.0-rc.2');
  });

  it('refuses ranges it does not understand', () => {
    expect(() => parseGoVersionSpec('1.25 - 1.26')).toThrow('is not a Go version or version range');
    expect(() => parseGoVersionSpec('latest')).toThrow('is not a Go version or version range');
  });
});

describe('version files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'go-version-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const goMod =
    'module example.com/x\n\ngo 1.25.0 // language\n\ntoolchain go1.26.1\n\nrequire x v1\n';

  it('go.mod: toolchain line, unless GOTOOLCHAIN=local', () => {
    expect(versionFromFile('go.mod', goMod, false)).toBe('1.26.1');
    expect(versionFromFile('/a/b/go.mod', goMod, true)).toBe('1.25.0');
    expect(versionFromFile('go.mod', 'module m\n\ngo 1.26\n', false)).toBe('1.26');
    expect(versionFromFile('go.mod', 'module m\n\ngo 1.21rc2\n', false)).toBe('1.21rc2');
    expect(versionFromFile('go.mod', 'module m\n', false)).toBeUndefined();
  });

  it('go.work, .go-version and .tool-versions', () => {
    expect(versionFromFile('go.work', 'go 1.26.0\ntoolchain go1.26.2\nuse ./a\n', false)).toBe(
      '1.26.2',
    );
    expect(versionFromFile('.go-version', '# pinned\n1.26.8\n', false)).toBe('1.26.8');
    expect(versionFromFile('.tool-versions', 'nodejs 24.1.0\ngolang 1.26.3 # go\n', false)).toBe(
      '1.26.3',
    );
    expect(versionFromFile('.tool-versions', 'nodejs 24.1.0\n', false)).toBeUndefined();
  });

  it('reads a file into a spec; GOTOOLCHAIN from the given env', () => {
    const path = join(dir, 'go.mod');
    writeFileSync(path, goMod);
    expect(readGoVersionFile(path, {})).toMatchObject({ kind: 'exact', semver: '1.26.1' });
    expect(readGoVersionFile(path, { GOTOOLCHAIN: 'local' })).toMatchObject({
      kind: 'exact',
      semver: '1.25.0',
    });
    const minorOnly = join(dir, '.go-version');
    writeFileSync(minorOnly, '1.26\n');
    expect(readGoVersionFile(minorOnly, {})).toMatchObject({ kind: 'range', range: '1.26' });
  });

  it('a missing file or one with no version is a clear input error', () => {
    expect(() => readGoVersionFile(join(dir, 'nope', 'go.mod'), {})).toThrow(
      /the Go version file .*nope\/go\.mod does not exist/,
    );
    const empty = join(dir, 'go.work');
    writeFileSync(empty, 'use ./a\n');
    expect(() => readGoVersionFile(empty, {})).toThrow(`no Go version found in ${empty}`);
  });
});

describe('listing', () => {
  const file = (v: string, os: string, arch: string, kind = 'archive') => ({
    filename: `${v}.${os}-${arch}.${kind === 'archive' ? 'tar.gz' : 'pkg'}`,
    os,
    arch,
    sha256: 'ab'.repeat(32),
    size: 1,
    kind,
  });
  const release = (v: string, stable: boolean, arches = ['amd64', 'arm64']): GoRelease => ({
    version: v,
    stable,
    files: [file(v, 'darwin', 'arm64', 'installer'), ...arches.map((a) => file(v, 'linux', a))],
  });
  // Deliberately not sorted: the newest satisfying release wins regardless of order.
  const listing = parseListing(
    JSON.stringify([
      release('go1.27rc1', false),
      release('go1.26.1', true, ['arm64']),
      release('go1.26.0', true),
      release('go1.24.9', true),
      release('go1.25.8', true),
      release('go1.25.7', true),
      { version: 'weird', files: 'nope' },
    ]),
    'http://mirror/?mode=json&include=all',
  );

  const pick = (spec: string, arch = 'amd64') =>
    selectRelease(listing, parseGoVersionSpec(spec), 'linux', arch)?.version;

  it('picks the newest release with an os/arch archive', () => {
    expect(pick('1.26')).toBe('go1.26.0'); // go1.26.1 has no linux/amd64 archive
    expect(pick('1.26', 'arm64')).toBe('go1.26.1');
    expect(pick('^1.25')).toBe('go1.26.0');
    expect(pick('1.x')).toBe('go1.26.0');
    expect(pick('>=1.24 <1.26')).toBe('go1.25.8');
    expect(pick('1.25.7')).toBe('go1.25.7');
    expect(pick('1.27rc1')).toBe('go1.27rc1');
    expect(pick('1.23')).toBeUndefined();
  });

  it('resolves stable and oldstable', () => {
    expect(pick('stable')).toBe('go1.26.0');
    expect(pick('oldstable')).toBe('go1.25.8');
    expect(pick('stable', 'arm64')).toBe('go1.26.1');
  });

  it('returns the archive file and semver, never an installer', () => {
    const hit = selectRelease(listing, parseGoVersionSpec('1.25.8'), 'linux', 'amd64');
    expect(hit).toEqual({
      version: 'go1.25.8',
      semver: '1.25.8',
      file: file('go1.25.8', 'linux', 'amd64'),
    });
    expect(selectRelease(listing, parseGoVersionSpec('1.25.8'), 'darwin', 'arm64')).toBeUndefined();
  });

  it('lists the newest patch of the newest minors for hints', () => {
    expect(newestVersions(listing, 'linux', 'amd64')).toEqual(['1.26.0', '1.25.8', '1.24.9']);
    expect(newestVersions(listing, 'linux', 'amd64', 2)).toEqual(['1.26.0', '1.25.8']);
  });

  it('rejects a listing that is not a JSON array', () => {
    expect(() => parseListing('<html>', 'u')).toThrow('the Go version listing at u is not JSON');
    expect(() => parseListing('{}', 'u')).toThrow('is not a JSON array');
  });

  it('maps Node names to Go names', () => {
    expect(['x64', 'x32', 'ia32', 'arm', 'arm64', 's390x'].map(goArch)).toEqual([
      'amd64',
      '386',
      '386',
      'armv6l',
      'arm64',
      's390x',
    ]);
    expect([goOs('win32'), goOs('linux'), goOs('darwin')]).toEqual(['windows', 'linux', 'darwin']);
  });
});
