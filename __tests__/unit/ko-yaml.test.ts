// .ko.yaml: lookup (viper's rules), keys and precedence, positioned errors, and matching builds
// to import paths (integration/ko-yaml.go-list.test.ts does that with the real `go list`).
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  baseImageFor,
  buildMatchKeys,
  checkBuildImportPaths,
  selectBuild,
} from '../../src/ko/build-config.js';
import { defaultKoConfig, type KoConfig } from '../../src/ko/ko-yaml.js';
import { findKoConfig, loadKoConfig } from '../../src/ko/ko-yaml-lookup.js';
import { parseKoConfig } from '../../src/ko/ko-yaml-file.js';
import { makeTemplateData, zeroGitInfo } from '../../src/ko/template-data.js';
import { renderTemplates } from '../../src/ko/templates.js';
import { thrown, thrownAsync } from '../support/errors.js';
import {
  koYamlFixtures as fixtures,
  koYamlModule as moduleDir,
  pathKind,
  texts,
} from '../support/ko-yaml.js';

function load(rel: string, env: Record<string, string> = {}): KoConfig {
  return parseKoConfig(readFileSync(join(fixtures, rel), 'utf8'), rel, env);
}

describe('valid configurations', () => {
  it('base image overrides: lowercased keys, ko:// dropped, base-image input replaces only the default', () => {
    const c = load('valid/overrides.ko.yaml');
    expect(c.defaultBaseImage).toEqual({
      value: 'gcr.io/distroless/static:nonroot',
      where: 'valid/overrides.ko.yaml:1:19',
    });
    expect([...c.baseImageOverrides.keys()]).toEqual([
      'github.com/googlecloudplatform/foo/cmd/bar',
      'example.com/app',
      'example.com/layout',
    ]);
    expect(baseImageFor(c, 'ko://github.com/GoogleCloudPlatform/foo/cmd/bar')).toBe('alpine:3.20');
    expect(baseImageFor(c, 'example.com/app', 'debian:12')).toBe(
      'ghcr.io/acme/base@sha256:0000000000000000000000000000000000000000000000000000000000000000',
    );
    expect(baseImageFor(c, 'example.com/layout')).toBe('oci-layout:./base:v1');
    expect(baseImageFor(c, 'example.com/other')).toBe('gcr.io/distroless/static:nonroot');
    expect(baseImageFor(c, 'example.com/other', 'debian:12')).toBe('debian:12');
    // KO_DEFAULTBASEIMAGE beats the file, and overrides still win over it.
    const e = load('valid/overrides.ko.yaml', { KO_DEFAULTBASEIMAGE: 'busybox' });
    expect(e.defaultBaseImage).toEqual({ value: 'busybox', where: 'KO_DEFAULTBASEIMAGE' });
    expect(baseImageFor(e, 'example.com/app')).toMatch(/^ghcr\.io\/acme\/base@/);
  });

  it('templated ldflags from env and git, with exact source columns', () => {
    const c = load('valid/templated-ldflags.ko.yaml');
    expect(texts(c.defaultLdflags)).toEqual(['-s -w']);
    const b = c.builds[0]!;
    expect(b.id).toBe('versioned');
    expect(b.ldflags.map((l) => [l.text, l.where])).toEqual([
      ['-X main.version={{.Env.VERSION}}', 'valid/templated-ldflags.ko.yaml:7:9'],
      [
        '-X main.commit={{ .Git.ShortCommit }} -X main.date={{.Git.CommitDate}}',
        'valid/templated-ldflags.ko.yaml:8:9',
      ],
      [
        '-X main.state={{.Git.TreeState}}{{- /* trimmed */ -}}',
        'valid/templated-ldflags.ko.yaml:9:9',
      ],
    ]);
    const data = makeTemplateData({
      buildEnv: { VERSION: '1.2.3' },
      goEnv: {},
      git: { ...zeroGitInfo, shortCommit: 'abc1234', commitSeconds: 1700000000, dirty: true },
      seconds: 0,
    });
    expect(renderTemplates(b.ldflags, data)).toEqual([
      '-X main.version=1.2.3',
      '-X main.commit=abc1234 -X main.date=2023-11-14T22:13:20Z',
      '-X main.state=dirty',
    ]);
    // A template error points into the YAML line: the column of the failing node (`.Version`) inside
    // the quoted scalar; the message is Go's.
    const broken = parseKoConfig(
      'builds:\n  - main: .\n    ldflags: "-s -X main.v={{.Git.Version}}"\n',
      '.ko.yaml',
      {},
    );
    const e = thrown(() => renderTemplates(broken.builds[0]!.ldflags, data));
    expect(e.where).toBe('.ko.yaml:3:34');
    expect(e.message).toBe(
      'template: argsTmpl:1:19: executing "argsTmpl" at <.Git.Version>: map has no entry for key "Version"',
    );
  });

  it('per-build env, flags (list or space-split string) and capabilities; defaults fill the gaps', () => {
    const c = load('valid/per-build.ko.yaml');
    expect(c.defaultEnv).toEqual(['GOEXPERIMENT=boringcrypto']);
    expect(texts(c.defaultFlags)).toEqual(['-trimpath']);
    const [cgo, plain] = c.builds;
    expect(cgo).toMatchObject({
      index: 0,
      id: 'cgo',
      dir: '.',
      main: './cmd/cgo',
      env: ['CGO_ENABLED=1', 'CC=gcc'],
      linuxCapabilities: ['cap_net_bind_service+ep', 'net_raw'],
      where: 'valid/per-build.ko.yaml:4:5',
      mainWhere: 'valid/per-build.ko.yaml:6:11',
    });
    expect(cgo!.flags.map((f) => [f.text, f.where])).toEqual([
      ['-tags=netgo', 'valid/per-build.ko.yaml:10:12'],
      ['-mod=vendor', 'valid/per-build.ko.yaml:10:24'],
    ]);
    expect(plain).toMatchObject({ index: 1, id: '#1', dir: '.', main: './cmd/plain', env: [] });
    expect(texts(plain!.flags)).toEqual(['-race']);
    expect(texts(plain!.ldflags)).toEqual(['-X main.mode=plain']);

    const resolved = new Map([
      [0, 'example.com/x/cmd/cgo'],
      [1, 'example.com/x/cmd/plain'],
    ]);
    const s0 = selectBuild(c, 'ko://example.com/x/cmd/cgo', resolved);
    expect(s0.build?.id).toBe('cgo');
    expect(s0.env).toEqual(['CGO_ENABLED=1', 'CC=gcc']);
    expect(texts(s0.ldflags)).toEqual([]);
    const s1 = selectBuild(c, 'example.com/x/cmd/plain', resolved);
    expect(s1.env).toEqual(['GOEXPERIMENT=boringcrypto']); // no env: defaultEnv
    expect(texts(s1.flags)).toEqual(['-race']);
    const none = selectBuild(c, 'example.com/x/cmd/elsewhere', resolved);
    expect(none.build).toBeUndefined();
    expect(none.dir).toBeUndefined();
    expect(texts(none.flags)).toEqual(['-trimpath']);
    expect(none.linuxCapabilities).toEqual([]);
    // CLI --ldflags beat the build's.
    expect(
      texts(selectBuild(c, 'example.com/x/cmd/plain', resolved, { cliLdflags: ['-w'] }).ldflags),
    ).toEqual(['-w']);
  });

  it('defaultPlatforms as a whitespace-separated string, and KO_DEFAULTPLATFORMS beating it', () => {
    const c = load('valid/platforms-string.ko.yaml');
    expect(c.defaultPlatforms).toEqual({
      value: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'],
      where: 'valid/platforms-string.ko.yaml:1:19',
    });
    const e = load('valid/platforms-string.ko.yaml', {
      KO_DEFAULTPLATFORMS: ' linux/s390x  linux/386 ',
    });
    expect(e.defaultPlatforms).toEqual({
      value: ['linux/s390x', 'linux/386'],
      where: 'KO_DEFAULTPLATFORMS',
    });
    // An empty variable counts as unset (viper).
    expect(
      load('valid/platforms-string.ko.yaml', { KO_DEFAULTPLATFORMS: '' }).defaultPlatforms?.value,
    ).toHaveLength(3);
  });

  it('defaultPlatforms as a list (commas split too, os.version kept)', () => {
    expect(load('valid/platforms-list.ko.yaml').defaultPlatforms?.value).toEqual([
      'linux/amd64',
      'linux/arm64',
      'linux/s390x',
      'windows/amd64:10.0.17763.1234',
    ]);
  });

  it('anchors and merge keys; x- keys hold anchors; GoReleaser keys warn; keys are case-insensitive', () => {
    const c = load('valid/anchors.ko.yaml');
    expect(c.builds.map((b) => [b.id, b.env, texts(b.flags)])).toEqual([
      ['one', ['CGO_ENABLED=0'], ['-v']],
      ['two', ['CGO_ENABLED=0'], ['-a']],
    ]);
    expect(c.defaultPlatforms?.value).toEqual(['linux/arm64']);
    expect(c.warnings).toEqual([
      {
        message:
          'builds[0].goos is a GoReleaser setting that ko ignores (use defaultPlatforms or the platforms input)',
        at: { file: 'valid/anchors.ko.yaml', line: 9, column: 5 },
      },
    ]);
  });

  it('env overrides for env, flags and ldflags are whitespace-split, as viper does', () => {
    const c = load('valid/per-build.ko.yaml', {
      KO_DEFAULTENV: 'A=1 B=2',
      KO_DEFAULTFLAGS: '-v  -x',
      KO_DEFAULTLDFLAGS: '-s -w',
    });
    expect(c.defaultEnv).toEqual(['A=1', 'B=2']);
    expect(c.defaultFlags).toEqual([
      { text: '-v', where: 'KO_DEFAULTFLAGS' },
      { text: '-x', where: 'KO_DEFAULTFLAGS' },
    ]);
    expect(texts(c.defaultLdflags)).toEqual(['-s', '-w']);
    const e = thrown(() => load('valid/per-build.ko.yaml', { KO_DEFAULTENV: 'A=1 B' }));
    expect([e.where, e.message]).toEqual(['KO_DEFAULTENV', 'KO_DEFAULTENV: "B" is not NAME=VALUE']);
  });

  it('a flags string is split at spaces before templating, as ko does, and the error says so', () => {
    const c = parseKoConfig('defaultFlags: -ldflags={{ .Env.X }}\n', '.ko.yaml', {});
    expect(texts(c.defaultFlags)).toEqual(['-ldflags={{', '.Env.X', '}}']);
    const data = makeTemplateData({ buildEnv: {}, goEnv: {}, git: zeroGitInfo, seconds: 0 });
    const e = thrown(() => renderTemplates(c.defaultFlags, data));
    expect([e.where, e.message]).toEqual([
      '.ko.yaml:1:24',
      'template: argsTmpl:1: unclosed action',
    ]);
    expect(e.hint).toContain('split at spaces');
  });

  it('no file: defaults plus environment', () => {
    const c = defaultKoConfig({ KO_DEFAULTBASEIMAGE: 'alpine', KO_DEFAULTPLATFORMS: 'all' });
    expect(c.file).toBeUndefined();
    expect(c.defaultBaseImage.value).toBe('alpine');
    expect(c.defaultPlatforms?.value).toEqual(['all']);
    expect(defaultKoConfig({}).defaultBaseImage).toEqual({
      value: 'cgr.dev/chainguard/static:latest',
      where: 'default',
    });
    expect(parseKoConfig('# only a comment\n', '.ko.yaml', {}).builds).toEqual([]);
    expect(
      parseKoConfig('defaultPlatforms: []\n', '.ko.yaml', {}).defaultPlatforms,
    ).toBeUndefined();
  });
});

describe('keys ko does not know: accepted as ko does, with a warning where they are', () => {
  it.each([
    [
      'unknown-top-key',
      { line: 1, column: 1 },
      'unknown key "defaultPlatform" in .ko.yaml: ko ignores it, and so does ko-action; did you mean "defaultPlatforms"?',
    ],
    [
      'unknown-build-key',
      { line: 4, column: 5 },
      'unknown key "ldflag" in builds[0]: ko ignores it, and so does ko-action; did you mean "ldflags"?',
    ],
  ])('%s.ko.yaml', (name, pos, message) => {
    const file = `${name}.ko.yaml`;
    const c = parseKoConfig(readFileSync(join(fixtures, 'valid', file), 'utf8'), file, {});
    expect(c.warnings).toEqual([{ message, at: { file, ...pos } }]);
  });

  it('names no key when nothing known is close', () => {
    const c = parseKoConfig('someOtherTool:\n  enabled: true\n', 'f.ko.yaml', {});
    expect(c.warnings.map((w) => w.message)).toEqual([
      'unknown key "someOtherTool" in .ko.yaml: ko ignores it, and so does ko-action',
    ]);
  });
});

describe('malformed configurations: exact file:line:column and message', () => {
  it.each([
    [
      'syntax',
      '4:11',
      'invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    [
      'platforms-number',
      '2:19',
      'defaultPlatforms must be a list or a space-separated string, not a number (5)',
    ],
    ['builds-map', '2:9', 'builds must be a list, not a map'],
    [
      'bad-base',
      '1:19',
      'defaultBaseImage: invalid image reference "ghcr.io/Acme/App:latest": repository "Acme/App" has invalid characters',
    ],
    [
      'bad-override',
      '2:20',
      'baseImageOverrides."example.com/app": invalid image reference "alpine@sha256:abc": "sha256:abc" is not a digest (only sha256:<64 lowercase hex> is supported)',
    ],
    [
      'unknown-platform',
      '1:31',
      'defaultPlatforms: unknown platform "linux/amd65": did you mean "linux/amd64"?',
    ],
    ['env-no-equals', '5:9', 'builds[0].env: "GOFLAGS" is not NAME=VALUE'],
    [
      'duplicate-key',
      '2:1',
      'duplicate key "defaultbaseimage" in the top level of .ko.yaml (keys are case-insensitive; "defaultBaseImage" is at duplicate-key.ko.yaml:1:1)',
    ],
    [
      'bad-capability',
      '3:42',
      'builds[0].linux_capabilities: unknown capability: "net_bind_servic"',
    ],
    ['build-not-map', '2:5', 'builds[0] must be a map (key: value), not a string'],
    ['flags-map', '4:7', 'builds[0].flags must be a list or a space-separated string, not a map'],
    ['top-level-list', '1:1', 'the top level of .ko.yaml must be a map (key: value), not a list'],
    ['all-combined', '1:33', 'defaultPlatforms: "all" cannot be combined with other platforms'],
    ['default-env-token', '1:18', 'defaultEnv: "B" is not NAME=VALUE'],
    ['flags-boolean', '1:20', 'defaultFlags[1] must be a string, not a boolean (true)'],
  ])('%s.ko.yaml → %s', (name, pos, message) => {
    const file = `${name}.ko.yaml`;
    const e = thrown(() =>
      parseKoConfig(readFileSync(join(fixtures, 'bad', file), 'utf8'), file, {}),
    );
    expect(e.code).toBe('CONFIG');
    expect(e.where).toBe(`${file}:${pos}`);
    expect(e.message).toBe(message);
    expect(e.hint).toBeTruthy();
  });

  it.each([
    ['defaultFlags: {a: 1\nbuilds: []\n', 'f:1:15'],
    ['defaultBaseImage: "alpine\nbuilds: []\n', 'f:1:19'],
    ["# it's a comment\ndefaultEnv: ['A=1\n", 'f:2:14'],
  ])('an unclosed bracket or quote is reported where it opens: %j', (text, where) => {
    const e = thrown(() => parseKoConfig(text, 'f', {}));
    expect(e.where).toBe(where);
    expect(e.message).toMatch(/^invalid YAML: /);
  });

  it('a bad KO_DEFAULTBASEIMAGE or KO_DEFAULTPLATFORMS names the variable', () => {
    const a = thrown(() => defaultKoConfig({ KO_DEFAULTBASEIMAGE: 'UPPER/case' }));
    expect([a.where, a.code]).toEqual(['KO_DEFAULTBASEIMAGE', 'CONFIG']);
    const b = thrown(() => defaultKoConfig({ KO_DEFAULTPLATFORMS: 'linux/amd64 darwn/arm64' }));
    expect(b.where).toBe('KO_DEFAULTPLATFORMS');
    expect(b.message).toContain('did you mean "darwin/arm64"');
  });
});

describe('finding the file', () => {
  const wd = (d: string): string => join(fixtures, d);

  it('.ko.yaml in working-directory; none is fine', async () => {
    const found = await findKoConfig({ env: {}, workingDirectory: wd('module') });
    expect(found?.path).toBe(join(wd('module'), '.ko.yaml'));
    expect(await findKoConfig({ env: {}, workingDirectory: wd('valid') })).toBeUndefined();
  });

  it('.ko.yml and .ko.json are found (viper tries json, toml, yaml, yml in that order)', async () => {
    const yml = await loadKoConfig({ env: {}, workingDirectory: wd('discover/yml') });
    expect(yml.defaultPlatforms?.value).toEqual(['linux/arm64']);
    const json = await loadKoConfig({ env: {}, workingDirectory: wd('discover/json') });
    expect(json.defaultPlatforms?.value).toEqual(['linux/ppc64le']);
    expect(json.defaultBaseImage.value).toBe('alpine');
    const both = await findKoConfig({ env: {}, workingDirectory: wd('discover/both') });
    expect(both?.path.endsWith('.ko.json')).toBe(true);
  });

  it('a .ko.toml that ko would read is an error rather than silently ignored', async () => {
    const e = await thrownAsync(findKoConfig({ env: {}, workingDirectory: wd('discover/toml') }));
    expect(e.message).toMatch(
      /\.ko\.toml is a \.toml file; ko-action reads ko's configuration as YAML or JSON only$/,
    );
  });

  it('config input beats KO_CONFIG_PATH; either may name a file or a directory', async () => {
    const explicit = await findKoConfig({
      configInput: 'valid/overrides.ko.yaml',
      env: { KO_CONFIG_PATH: 'explicit-dir' },
      workingDirectory: wd('module'),
      cwd: fixtures,
    });
    expect(explicit?.path).toBe('valid/overrides.ko.yaml');
    const viaEnv = await findKoConfig({
      env: { KO_CONFIG_PATH: 'explicit-dir' },
      workingDirectory: wd('module'),
      cwd: fixtures,
    });
    expect(viaEnv?.path).toBe('explicit-dir/.ko.yaml');
    expect(viaEnv?.text).toBe('defaultBaseImage: alpine\n');
  });

  it('a named path that does not exist is an error naming the input or the variable', async () => {
    const a = await thrownAsync(
      findKoConfig({ configInput: 'nope.yaml', env: {}, workingDirectory: '.', cwd: fixtures }),
    );
    expect([a.code, a.where, a.message]).toEqual([
      'CONFIG',
      'config',
      'the config input names nope.yaml, which does not exist',
    ]);
    const b = await thrownAsync(
      findKoConfig({ env: { KO_CONFIG_PATH: 'nope' }, workingDirectory: '.', cwd: fixtures }),
    );
    expect([b.where, b.message]).toEqual([
      'KO_CONFIG_PATH',
      'KO_CONFIG_PATH names nope, which does not exist',
    ]);
    const c = await thrownAsync(
      findKoConfig({ configInput: 'valid', env: {}, workingDirectory: '.', cwd: fixtures }),
    );
    expect(c.message).toBe('the config input names the directory valid, which has no .ko.yaml');
  });
});

describe('matching builds to import paths', () => {
  it('a main that does not exist is an error at its position (ko#483)', () => {
    const c = parseKoConfig('builds:\n  - id: x\n    main: ./cmd/missing\n', '.ko.yaml', {});
    const e = thrown(() => buildMatchKeys(c, moduleDir, pathKind));
    expect([e.where, e.message]).toEqual([
      '.ko.yaml:3:11',
      `builds[0].main: ./cmd/missing does not exist in ${moduleDir}`,
    ]);
    const d = parseKoConfig('builds:\n  - dir: nowhere\n', '.ko.yaml', {});
    expect(thrown(() => buildMatchKeys(d, moduleDir, pathKind)).where).toBe('.ko.yaml:2:10');
  });

  it('two builds for one package are an error at the later entry', () => {
    const c = parseKoConfig(
      'builds:\n  - main: ./cmd/app\n  - id: again\n    main: cmd/app\n',
      '.ko.yaml',
      {},
    );
    const resolved = new Map([
      [0, 'example.com/KoFix/cmd/app'],
      [1, 'example.com/KoFix/cmd/app'],
    ]);
    const e = thrown(() => checkBuildImportPaths(c, resolved));
    expect([e.where, e.message]).toEqual([
      '.ko.yaml:3:5',
      'builds[1] (again) and builds[0] (#0) both build example.com/KoFix/cmd/app',
    ]);
  });
});
