// jest globalSetup of the integration project: compiles the fixture app (fixtures/app) once for each
// platform the tests build it for, into the GOCACHE every Go build of the suite shares
// (.cache/test-gocache, support/action.ts's testGoCache), with the flags ko uses (-trimpath,
// CGO_ENABLED=0). A cold cache then costs its minutes here, once, instead of inside whichever
// test happens to build a platform first and against that test's timeout. With a warm cache this
// takes a few seconds.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const app = join(repoRoot, '__tests__', 'fixtures', 'app');

/** GOOS, GOARCH, GOARM: support/base-image.ts's basePlatforms. */
const platforms = [
  ['linux', 'amd64'],
  ['linux', 'arm64'],
  ['linux', 'arm', '7'],
];

export default async function warmGoCache() {
  const started = Date.now();
  const env = {
    ...process.env,
    GOCACHE: join(repoRoot, '.cache', 'test-gocache'),
    GOPROXY: 'off',
    GOSUMDB: 'off',
    GOTOOLCHAIN: 'local',
    GOTELEMETRY: 'off',
    GOFLAGS: '',
    CGO_ENABLED: '0',
  };
  for (const [goos, goarch, goarm] of platforms) {
    const platformEnv = { ...env, GOOS: goos, GOARCH: goarch, ...(goarm ? { GOARM: goarm } : {}) };
    try {
      await run('go', ['build', '-trimpath', '-o', '/dev/null', './cmd/hello'], {
        cwd: app,
        env: platformEnv,
      });
    } catch (e) {
      throw new Error(
        `warming the test GOCACHE: go build for ${goos}/${goarch} failed ` +
          `(the integration tests need Go on PATH): ${e.stderr || e.message}`,
      );
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `\nglobal setup: test GOCACHE warm for ${platforms.length} platforms (${seconds} s)\n`,
  );
}
