// Jest in ESM mode, as actions/setup-go runs it: the @actions toolkit is ESM-only.
export default {
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  moduleFileExtensions: ['js', 'ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, isolatedModules: true, diagnostics: { ignoreCodes: [151002] } },
    ],
  },
  extensionsToTreatAsEsm: ['.ts'],
  transformIgnorePatterns: ['node_modules/(?!(@actions)/)'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 120_000,
  // Each test file starts its own registry and Go builds; two cores, so two workers.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/__tests__/support/skip-reporter.cjs'],
};
