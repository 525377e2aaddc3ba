// The e2e suite (npm run e2e): documented workflows under nektos/act. Its own jest config, so that
// `npm test` does not run it; the TypeScript set-up is jest.config.js's. One worker: the test file
// runs its act runs in a pool of its own.
import base from '../jest.config.js';

const typescript = { ...base.projects[0] };
delete typescript.displayName;
delete typescript.testMatch;

export default {
  ...typescript,
  rootDir: '..',
  testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
  maxWorkers: 1,
  // Warms the shared test GOCACHE (the recipes' jobs build with it) as for the integration tests.
  globalSetup: '<rootDir>/__tests__/support/global-setup.mjs',
  // Each test waits for its own act run (support/act.ts); the runs' own bound is in the test file.
  testTimeout: 15 * 60_000,
  reporters: ['default', '<rootDir>/__tests__/support/skip-reporter.cjs'],
};
