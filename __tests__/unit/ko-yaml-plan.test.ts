// planBuild's precedence with .ko.yaml: an input beats its KO_* variable, which beats the file
// (integration/ko-yaml-build.test.ts builds with .ko.yaml against ko).
import { describe, expect, it } from '@jest/globals';
import { planBuild } from '../../src/engine/plan.js';
import { readInputs } from '../../src/inputs/inputs.js';
import { defaultKoConfig } from '../../src/ko/ko-yaml.js';
import { parseKoConfig } from '../../src/ko/ko-yaml-file.js';

describe('planBuild precedence with .ko.yaml', () => {
  const yaml = 'defaultBaseImage: yaml.example/base\ndefaultPlatforms: [linux/arm64]\n';
  const plan = (input: Record<string, string>, env: Record<string, string>) =>
    planBuild(
      readInputs((n) => input[n] ?? '', { KO_DOCKER_REPO: 'r.example/x', ...env }),
      env,
      parseKoConfig(yaml, '/w/.ko.yaml', env),
    );
  const platformsOf = (p: ReturnType<typeof plan>) =>
    p.platforms.all ? 'all' : p.platforms.platforms.map((x) => `${x.os}/${x.architecture}`);

  it('base: input > KO_DEFAULTBASEIMAGE > defaultBaseImage', () => {
    const env = { KO_DEFAULTBASEIMAGE: 'env.example/base' };
    expect(plan({ 'base-image': 'in.example/base' }, env).baseImage).toBe('in.example/base');
    expect(plan({}, env).baseImage).toBe('env.example/base');
    expect(plan({}, {}).baseImage).toBe('yaml.example/base');
  });

  it('platforms: input > KO_DEFAULTPLATFORMS > defaultPlatforms', () => {
    const env = { KO_DEFAULTPLATFORMS: 'linux/s390x' };
    expect(platformsOf(plan({ platforms: 'linux/ppc64le' }, env))).toEqual(['linux/ppc64le']);
    expect(platformsOf(plan({}, env))).toEqual(['linux/s390x']);
    expect(platformsOf(plan({}, {}))).toEqual(['linux/arm64']);
  });

  it('refuses a platform list while GOOS/GOARCH is set, as ko does', () => {
    expect(() => plan({}, { GOOS: 'linux', GOARCH: 'arm64' })).toThrow(
      /GOOS\/GOARCH is set in the environment/,
    );
    const noYaml = planBuild(
      readInputs(() => '', { KO_DOCKER_REPO: 'r.example/x' }),
      { GOOS: 'linux', GOARCH: 'arm', GOARM: '7' },
      defaultKoConfig({}),
    );
    expect(noYaml.platforms.all ? [] : noYaml.platforms.platforms).toEqual([
      { os: 'linux', architecture: 'arm', variant: 'v7' },
    ]);
  });
});
