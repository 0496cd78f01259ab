// Lint rules, including the layout's import boundaries from design.md: only main/electron
// and main/preload may import electron; the renderer may not reach db/, Node, better-sqlite3
// or electron, and takes only types from main/ipc/contract; db/ knows nothing of main/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
  'zlib',
  'module',
  'process',
  'buffer',
  'events',
];

const electronOnlyInShell = {
  paths: [
    { name: 'electron', message: 'Only main/electron and main/preload may import electron.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      '.scratch/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', electronOnlyInShell],
    },
  },
  {
    // Raw baselines in test/bench may use better-sqlite3 directly; the app may not.
    files: ['main/**', 'db/**'],
    ignores: ['db/transaction.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message:
            'Begin transactions through db/transaction.ts (writeTransaction or readTransaction), so every write is IMMEDIATE.',
        },
      ],
    },
  },
  {
    files: ['main/electron/**', 'main/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...electronOnlyInShell,
          patterns: [
            {
              group: ['**/main/*', '!**/main/domain', '**/renderer/**'],
              message: 'db/ knows nothing of main/ or the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer talks to the notebook only through renderer/api.ts.',
            },
            {
              name: 'better-sqlite3',
              message: 'The renderer never touches the database; call the API.',
            },
            ...NODE_BUILTINS.map((name) => ({
              name,
              message: 'The renderer runs in a browser: no Node modules.',
            })),
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a browser: no Node modules.' },
            {
              group: ['**/db', '**/db/**'],
              message: 'The renderer never imports db/; call the API.',
            },
            {
              group: [
                '**/main/*',
                '!**/main/domain',
                '!**/main/ipc',
                '**/main/ipc/*',
                '!**/main/ipc/contract',
              ],
              message:
                'The renderer may import only types from main/ipc/contract, and main/domain.',
            },
            {
              group: ['**/main/ipc/contract'],
              allowTypeImports: true,
              message: 'Import only types from main/ipc/contract (import type …).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/tools/**/*.mjs', 'main/bin/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
