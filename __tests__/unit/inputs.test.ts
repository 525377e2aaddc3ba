// readInputs: what an input says that the build would otherwise take silently or guess at.
import { describe, expect, it } from '@jest/globals';
import { readInputs } from '../../src/inputs/inputs.js';
import type { KoActionError } from '../../src/util/errors.js';
import { thrown } from '../support/errors.js';

const read = (values: Record<string, string>, env: Record<string, string> = {}) =>
  readInputs((name) => values[name] ?? '', env);

describe('readInputs', () => {
  it('lowercases a repo with capitals, and says so', () => {
    const inputs = read({ repo: 'ghcr.io/Octo-Org/App' });
    expect(inputs.repo).toBe('ghcr.io/octo-org/app');
    expect(inputs.warnings).toEqual([
      {
        input: 'repo',
        message:
          'ghcr.io/Octo-Org/App is used as ghcr.io/octo-org/app: repository names are lowercase',
      },
    ]);
  });

  it('takes KO_DOCKER_REPO as written, as ko does', () => {
    expect(read({}, { KO_DOCKER_REPO: 'r.example/Mixed' }).repo).toBe('r.example/Mixed');
  });

  it('warns that push-by-digest drops the tags it was given', () => {
    expect(read({ 'push-by-digest': 'true', tags: 'v1\nv2' }).warnings).toEqual([
      {
        input: 'tags',
        message:
          'tags (v1, v2) are not pushed with push-by-digest: true; give them to the merge step',
      },
    ]);
    expect(read({ 'push-by-digest': 'true', tags: 'latest' }).warnings).toEqual([]);
  });

  it.each(['linux/amd64,,linux/arm64', 'linux/amd64,', 'linux/arm64\nlinux/amd64, ,'])(
    'refuses an empty platform in %j, naming the input',
    (platforms) => {
      const e: KoActionError = thrown(() => read({ platforms }));
      expect(e.where).toBe('platforms');
      expect(e.message).toMatch(/has an empty platform in it$/);
    },
  );

  it('gzips as Go (ko digests) unless compression: parallel; refuses anything else', () => {
    expect(read({}).compression).toBe('go');
    expect(read({ compression: 'parallel' }).compression).toBe('parallel');
    const e: KoActionError = thrown(() => read({ compression: 'zstd' }));
    expect(e.where).toBe('compression');
    expect(e.message).toMatch(/unknown compression "zstd"/);
  });

  it('takes blank lines between platforms', () => {
    expect(read({ platforms: 'linux/amd64\n\nlinux/arm64\n' }).platforms).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
  });
});
