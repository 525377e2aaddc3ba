// Jest in ESM mode, as actions/setup-go runs it: the @actions toolkit is ESM-only. Two projects:
//   unit         pure logic: no network, no child process, no `go`, no registry (npm run test:unit)
//   integration  real registries, go, ko, crane, skopeo, podman, fake servers (npm run test:integration)
// `npm test` runs both. Timeouts: see __tests__/support/timeouts.ts.

// KO_ACTION_TEST_TIMEOUT_SCALE multiplies every timeout (support/timeouts.ts reads it too).
const scale =
  Number(process.env.KO_ACTION_TEST_TIMEOUT_SCALE) > 0
    ? Number(process.env.KO_ACTION_TEST_TIMEOUT_SCALE)
    : 1;

const typescript = {
  testEnvironment: 'node',
  moduleFileExtensions: ['js', 'ts'],
  // Transpiled file by file, without type-checking (types are tsc's job): ts-jest does that because
  // tsconfig.json sets isolatedModules.
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: { ignoreCodes: [151002] } }],
  },
  extensionsToTreatAsEsm: ['.ts'],
  transformIgnorePatterns: ['node_modules/(?!(@actions)/)'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

export default {
  projects: [
    {
      ...typescript,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'],
    },
    {
      ...typescript,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'],
      // Warms the shared test GOCACHE for the fixture app's platforms before any test starts.
      globalSetup: '<rootDir>/__tests__/support/global-setup.mjs',
    },
  ],
  // Per test and hook (jest reads it from here, not per project): enough for at most one small Go
  // build on a loaded machine; tests that do more ask for more (buildTimeout in
  // support/timeouts.ts). Unit tests take milliseconds: for them it only bounds a hang.
  testTimeout: 120_000 * scale,
  // Each integration test file starts its own registry and Go builds; two cores, so two workers.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/__tests__/support/skip-reporter.cjs'],
};
