import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// The pure core never does I/O: network, processes and the Actions toolkit stay in adapters.
const sideEffectModules = [
  'node:child_process',
  'node:http',
  'node:https',
  'undici',
  '@actions/core',
  '@actions/exec',
  '@actions/cache',
  '@actions/tool-cache',
  '@actions/http-client',
];

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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: sideEffectModules.map((name) => ({ name, message: 'The pure core does no I/O.' })),
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
