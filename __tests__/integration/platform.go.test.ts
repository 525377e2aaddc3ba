// The platform list embedded for validation (GO_DIST_LIST) against the installed Go's own.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { GO_DIST_LIST } from '../../src/oci/platform.js';

describe('validatePlatform', () => {
  it('embeds the list printed by `go tool dist list` (Go 1.26)', () => {
    const env = { ...process.env, GOTOOLCHAIN: 'local', GOPROXY: 'off' };
    const version = execFileSync('go', ['env', 'GOVERSION'], { env, encoding: 'utf8' }).trim();
    const list = execFileSync('go', ['tool', 'dist', 'list'], { env, encoding: 'utf8' })
      .trim()
      .split('\n');
    if (version.startsWith('go1.26')) expect([...GO_DIST_LIST]).toEqual(list);
    else expect(list).toEqual(expect.arrayContaining(['linux/amd64', 'linux/arm64']));
  });
});
