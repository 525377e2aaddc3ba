// The go build environment: ko's order, plus GOMAXPROCS when several builds share the cores.
import { describe, expect, it } from '@jest/globals';
import { goBuildEnv, goMaxProcs, type CompileRequest } from '../../src/go/build.js';

const req = (extra: Partial<CompileRequest> = {}): CompileRequest => ({
  goPath: 'go',
  importPath: 'example.com/app',
  cwd: '/src',
  platform: { os: 'linux', architecture: 'arm', variant: 'v7' },
  outDir: '/out',
  flags: [],
  ldflags: [],
  buildEnv: [],
  debug: false,
  processEnv: { PATH: '/bin' },
  ...extra,
});

describe('GOMAXPROCS for concurrent go builds', () => {
  it('splits the cores between builds that run at once, and leaves a lone build alone', () => {
    // (builds, jobs, cpus)
    expect(goMaxProcs(1, 2, 2)).toBeUndefined();
    expect(goMaxProcs(4, 1, 2)).toBeUndefined();
    expect(goMaxProcs(4, 2, 2)).toBe(1);
    expect(goMaxProcs(2, 4, 4)).toBe(2);
    expect(goMaxProcs(3, 4, 4)).toBe(1);
    expect(goMaxProcs(4, 4, 2)).toBe(1);
  });

  it("goes after ko's platform variables, and the user's own value wins", () => {
    expect(Object.entries(goBuildEnv(req({ maxProcs: 1 })))).toEqual([
      ['CGO_ENABLED', '0'],
      ['GOOS', 'linux'],
      ['GOARCH', 'arm'],
      ['GOARM', '7'],
      ['GOMAXPROCS', '1'],
      ['PATH', '/bin'],
    ]);
    expect(goBuildEnv(req({ maxProcs: 1, processEnv: { GOMAXPROCS: '8' } })).GOMAXPROCS).toBe('8');
    expect(goBuildEnv(req({ maxProcs: 1, buildEnv: ['GOMAXPROCS=3'] })).GOMAXPROCS).toBe('3');
    expect(goBuildEnv(req())).not.toHaveProperty('GOMAXPROCS');
  });
});
