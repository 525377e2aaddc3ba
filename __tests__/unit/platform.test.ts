// Platforms as ggcr and ko parse, match and build them (integration/platform.go.test.ts checks
// the embedded `go tool dist list` against the installed Go).
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { thrown } from '../support/errors.js';
import { fixturesDir } from '../support/tools.js';
import { readFileSync } from 'node:fs';
import {
  formatPlatform,
  goArchEnv,
  goarmFor,
  parsePlatform,
  parsePlatformSpec,
  platformMatches,
  platformOfConfig,
  validatePlatform,
} from '../../src/oci/platform.js';
import type { Platform } from '../../src/oci/types.js';

interface GoldenPlatforms {
  platforms: {
    parse: { spec: string; platform: Partial<Platform> }[];
    match: { spec: string; base: string; matches: boolean }[];
    goarm: { variant: string; GOARM: string | null }[];
  };
}
const golden = JSON.parse(
  readFileSync(join(fixturesDir, 'golden.json'), 'utf8'),
) as GoldenPlatforms;

describe('golden platforms', () => {
  it.each(golden.platforms.parse)('parses $spec', ({ spec, platform }) => {
    // ggcr leaves architecture "" when absent; golden omits empty fields.
    expect(parsePlatform(spec)).toEqual({ architecture: '', ...platform });
    expect(formatPlatform(parsePlatform(spec))).toBe(spec);
  });

  it.each(golden.platforms.match)('$spec vs base $base → $matches', ({ spec, base, matches }) => {
    expect(platformMatches(parsePlatformSpec([spec]), parsePlatform(base))).toBe(matches);
  });

  it.each(golden.platforms.goarm)('GOARM for $variant is $GOARM', ({ variant, GOARM }) => {
    expect(goarmFor(variant) ?? null).toBe(GOARM);
    expect(goArchEnv({ os: 'linux', architecture: 'arm', variant })).toEqual(
      GOARM === null ? {} : { GOARM },
    );
  });
});

describe('parsePlatform (ggcr v1.ParsePlatform)', () => {
  it('trims Go whitespace, and only a single colon sets os.version', () => {
    expect(parsePlatform('\u0085 linux/arm64/v8 \n')).toEqual({
      os: 'linux',
      architecture: 'arm64',
      variant: 'v8',
    });
    expect(parsePlatform('linux/amd64:a:b')).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(parsePlatform('windows/amd64:10.0.20348')['os.version']).toBe('10.0.20348');
  });

  it('rejects more than three parts with an INPUT error on `platforms`', () => {
    const e = thrown(() => parsePlatform('linux/arm/v7/x'));
    expect(e.code).toBe('INPUT');
    expect(e.where).toBe('platforms');
    expect(e.message).toBe('too many slashes in platform spec: linux/arm/v7/x');
  });

  it('formats like Platform.String()', () => {
    expect(formatPlatform({ os: '', architecture: 'amd64' })).toBe('');
    expect(formatPlatform({ os: 'linux', architecture: '', variant: 'v7' })).toBe('linux/v7');
  });
});

describe('validatePlatform', () => {
  it('accepts what Go can build, with or without variant', () => {
    expect(() => validatePlatform(parsePlatform('linux/arm/v7'))).not.toThrow();
    expect(() => validatePlatform(parsePlatform('windows/amd64:10.0.17763'))).not.toThrow();
    expect(() => validatePlatform(parsePlatform('linux'))).not.toThrow();
  });

  it('rejects unknown pairs with a suggestion', () => {
    const e = thrown(() => validatePlatform(parsePlatform('linux/amd65')));
    expect(e.message).toBe('unknown platform "linux/amd65": did you mean "linux/amd64"?');
    expect(e.where).toBe('platforms');
    expect(thrown(() => validatePlatform(parsePlatform('windows/arm'))).message).toMatch(
      /^unknown platform "windows\/arm": did you mean/,
    );
    expect(thrown(() => validatePlatform(parsePlatform('zzzzzzzz/qqqqqq'))).message).toBe(
      'unknown platform "zzzzzzzz/qqqqqq": run `go tool dist list` for the valid values',
    );
  });
});

describe('parsePlatformSpec and matching', () => {
  it('splits comma lists and rejects `all` mixed with platforms', () => {
    expect(parsePlatformSpec(['linux/amd64, linux/arm64', 'linux/arm/v7'])).toEqual({
      all: false,
      platforms: [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' },
        { os: 'linux', architecture: 'arm', variant: 'v7' },
      ],
    });
    expect(parsePlatformSpec(['all'])).toEqual({ all: true });
    const e = thrown(() => parsePlatformSpec(['all,linux/amd64']));
    expect(e.message).toBe('all or specific platforms should be used');
  });

  it('follows ko: no platform matches only `all`; unknown never matches', () => {
    const amd64 = parsePlatformSpec(['linux/amd64']);
    expect(platformMatches(amd64, undefined)).toBe(false);
    expect(platformMatches({ all: true }, undefined)).toBe(true);
    expect(
      platformMatches(parsePlatformSpec(['unknown/unknown']), parsePlatform('unknown/unknown')),
    ).toBe(false);
    expect(platformMatches(amd64, { os: 'linux', architecture: 'amd64', variant: 'v3' })).toBe(
      true,
    );
    expect(platformMatches(parsePlatformSpec(['linux']), parsePlatform('linux/s390x'))).toBe(true);
  });

  it('applies the Windows X.Y.Z ↔ X.Y.Z.W rule only to Windows and only in that shape', () => {
    const win = (v: string): Platform => parsePlatform(`windows/amd64:${v}`);
    const spec = parsePlatformSpec(['windows/amd64:10.0.17763']);
    expect(platformMatches(spec, win('10.0.17763.5458'))).toBe(true);
    expect(platformMatches(spec, win('10.0.17763'))).toBe(true);
    expect(platformMatches(spec, win('10.0.20348.5458'))).toBe(false);
    expect(platformMatches(spec, win('10.0.17763.1.2'))).toBe(false);
    expect(platformMatches(parsePlatformSpec(['windows/amd64:10.0']), win('10.0.17763'))).toBe(
      false,
    );
    expect(platformMatches(spec, parsePlatform('windows/amd64'))).toBe(false);
  });
});

describe('build environment for variants (ko buildEnv)', () => {
  it('sets GOAMD64 verbatim and GOARM per getGoarm', () => {
    expect(goArchEnv({ os: 'linux', architecture: 'amd64', variant: 'v3' })).toEqual({
      GOAMD64: 'v3',
    });
    expect(goArchEnv({ os: 'linux', architecture: 'arm64', variant: 'v8' })).toEqual({});
    expect(goArchEnv({ os: 'linux', architecture: 'amd64' })).toEqual({});
    expect(goarmFor('v6')).toBe('6');
    expect(goarmFor('v99')).toBe('7');
  });

  it('rejects arm variants ko cannot read', () => {
    expect(thrown(() => goarmFor('7')).message).toBe('strange arm variant: 7');
    expect(thrown(() => goarmFor('vX')).message).toBe('cannot parse arm variant: vX');
  });
});

describe('platformOfConfig (single-image base, docs/spec/ko-compat.md#45-platform-of-a-single-image-base)', () => {
  it('defaults os/architecture and ignores the variant', () => {
    expect(
      platformOfConfig({
        architecture: '',
        os: '',
        created: '0001-01-01T00:00:00Z',
        rootfs: { type: 'layers', diff_ids: null },
        config: {},
        variant: 'v7',
      }),
    ).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(
      platformOfConfig({
        architecture: 'amd64',
        os: 'windows',
        'os.version': '10.0.17763.1',
        created: '0001-01-01T00:00:00Z',
        rootfs: { type: 'layers', diff_ids: null },
        config: {},
      }),
    ).toEqual({ os: 'windows', architecture: 'amd64', 'os.version': '10.0.17763.1' });
  });
});
