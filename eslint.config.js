import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// The pure core never does I/O: network, processes and the Actions toolkit stay in adapters.
// Node's modules are refused under both spellings (`node:http` and `http`).
const sideEffectModules = [
  ...['child_process', 'http', 'https', 'http2', 'net', 'tls'].flatMap((m) => [`node:${m}`, m]),
  'undici',
];
const pureCoreMessage = 'The pure core does no I/O.';

// Layering (src/util < oci < … < action | cli) and import cycles are checked by
// dependency-cruiser (.dependency-cruiser.cjs); unused files, exports and dependencies by knip
// (knip.json). Both run in `npm run lint`.

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', '.cache/', 'out/', 'coverage/', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/oci/**/*.ts', 'src/ko/**/*.ts', 'src/inputs/**/*.ts', 'src/util/**/*.ts'],
    // util/process.ts is the one process runner; everything else below engine stays pure.
    ignores: ['src/util/process.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: sideEffectModules.map((name) => ({ name, message: pureCoreMessage })),
          patterns: [{ group: ['@actions/*'], message: pureCoreMessage }],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
