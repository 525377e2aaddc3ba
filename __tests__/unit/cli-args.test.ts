// The CLI's command line, read as cobra and pflag read ko's: forms of flags, shorthand groups,
// slices, ko's precedence for -P/-B/--bare, and one clear error for what ko refuses.
import { describe, expect, it } from '@jest/globals';
import { parseCliArgs, splitCsv } from '../../src/cli/args.js';
import { helpText } from '../../src/cli/help.js';
import { flagsOf } from '../../src/cli/flags.js';
import { thrown } from '../support/errors.js';

describe('parseCliArgs', () => {
  it('maps ko build flags onto the action inputs, in every pflag form', () => {
    const cmd = parseCliArgs([
      'build',
      './cmd/a',
      '--platform=linux/amd64,linux/arm64',
      '-t',
      'v1,v2',
      '--tags=v2',
      '-tv3',
      '--image-label',
      'a=b,c=d',
      '--image-annotation=x=y',
      '--image-user',
      '1000',
      '-j',
      '3',
      '--disable-optimizations',
      '--sbom',
      'none',
      '--push=false',
      '--insecure-registry',
      './cmd/b',
    ]);
    expect(cmd.command).toBe('build');
    expect(cmd.args).toEqual(['./cmd/a', './cmd/b']);
    expect(cmd.inputs).toMatchObject({
      platforms: 'linux/amd64\nlinux/arm64',
      tags: 'v1\nv2\nv3',
      labels: 'a=b\nc=d',
      annotations: 'x=y',
      user: '1000',
      jobs: '3',
      debug: 'true',
      sbom: 'none',
      push: 'false',
      'insecure-registry': 'true',
      cache: 'false',
    });
  });

  it('reads ko-only flags into the ko fields', () => {
    const cmd = parseCliArgs([
      'publish',
      '--tag-only',
      '-L',
      '--oci-layout-path',
      'out',
      '--tarball=app.tar',
      '--image-refs',
      'refs.txt',
      '--sbom-dir',
      'sbom',
      '--ldflags=-s,-w',
      '--ldflags',
      '-X main.v=1',
    ]);
    expect(cmd.command).toBe('build');
    expect(cmd.ko).toEqual({
      tagOnly: true,
      local: true,
      ociLayoutPath: 'out',
      tarball: 'app.tar',
      imageRefs: 'refs.txt',
      sbomDir: 'sbom',
      ldflags: ['-s', '-w', '-X main.v=1'],
    });
  });

  it('reads grouped shorthands: -Rf dir, -Rl app=x, and -f=-', () => {
    expect(parseCliArgs(['resolve', '-Rf', 'config/']).inputs).toMatchObject({
      resolve: 'config/',
      'resolve-recursive': 'true',
    });
    const grouped = parseCliArgs(['apply', '-Rlapp=x', '-f=-', '--', '--namespace=foo']);
    expect(grouped.ko.selector).toBe('app=x');
    expect(grouped.inputs.resolve).toBe('-');
    expect(grouped.afterDash).toEqual(['--namespace=foo']);
  });

  it('applies ko precedence to naming: -P over -B over --bare, whatever the order', () => {
    expect(parseCliArgs(['build', '--bare', '-P']).inputs.naming).toBe('preserve-import-paths');
    const both = parseCliArgs(['build', '--bare', '-B']);
    expect(both.inputs.naming).toBe('base-import-paths');
    expect(both.warnings).toEqual([expect.stringContaining('--base-import-paths wins')]);
    expect(parseCliArgs(['build', '-B', '-B=false']).inputs.naming).toBeUndefined();
  });

  it('takes global flags before the command and -h anywhere', () => {
    const cmd = parseCliArgs(['-v', 'build', '-h']);
    expect(cmd).toMatchObject({ command: 'build', verbose: true, help: true });
    expect(parseCliArgs([]).command).toBe('help');
  });

  it('passes everything after delete to kubectl, unread', () => {
    expect(parseCliArgs(['delete', '-f', 'x.yaml', '--now', '--unknown']).args).toEqual([
      '-f',
      'x.yaml',
      '--now',
      '--unknown',
    ]);
  });

  it('lets run ignore flags it does not know, as ko run does', () => {
    const cmd = parseCliArgs(['run', './cmd/a', '--frobnicate', '--', '--port=8080']);
    expect(cmd.args).toEqual(['./cmd/a']);
    expect(cmd.afterDash).toEqual(['--port=8080']);
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['build', '--nope'], 'unknown flag: --nope'],
    [['build', '-Z'], 'unknown flag: -Z'],
    [['build', '--push=maybe'], 'invalid argument "maybe" for "--push" flag'],
    [['build', '-j', 'x'], 'invalid argument "x" for "-j" flag'],
    [['build', '--tags'], 'flag needs an argument: --tags'],
    [['build', '--platform', 'all,linux/amd64'], 'all or specific platforms should be used'],
    [['build', '--image-label', 'nokey'], 'invalid label flag: nokey'],
    [['build', '--image-annotation', 'k'], "missing '=' in annotation: k"],
    [['build', '--debug'], 'is not supported by ko-action'],
    [['resolve', '--image-user'], 'flag needs an argument: --image-user'],
  ])('%j fails: %s', (argv, message) => {
    expect(thrown(() => parseCliArgs(argv)).message).toContain(message);
  });

  it('warns that ko makes SPDX for any --sbom value but none', () => {
    const cmd = parseCliArgs(['build', '--sbom=cyclonedx']);
    expect(cmd.inputs.sbom).toBe('spdx');
    expect(cmd.warnings).toEqual([expect.stringContaining('--sbom=cyclonedx')]);
  });
});

describe('splitCsv (a pflag string slice)', () => {
  it.each([
    ['a,b', ['a', 'b']],
    ['"a,b",c', ['a,b', 'c']],
    ['k=v', ['k=v']],
    ['', []],
    ['a,,b', ['a', '', 'b']],
  ])('%s', (raw, want) => {
    expect(splitCsv(raw, '--x')).toEqual(want);
  });
});

describe('helpText', () => {
  it("lists each command's flags, ko's names and shorthands", () => {
    const text = helpText('build');
    expect(text).toContain('Usage:\n  ko-action build IMPORTPATH... [flags]');
    expect(text).toContain('Aliases:\n  build, publish');
    for (const f of flagsOf('build')) {
      expect(text).toContain(`${f.short ? `-${f.short}, ` : ''}--${f.long}`);
    }
    expect(helpText('resolve')).toContain('-l, --selector string');
    expect(helpText('help')).toContain('alias ko=ko-action');
  });
});
