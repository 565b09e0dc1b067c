// Lint rules, chiefly the layer boundaries of docs/architecture.md, enforced per folder so the layout stays true.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import stylistic from '@stylistic/eslint-plugin';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'stream', 'zlib', 'url', 'util'];

/** @param {string[]} groups @param {string} message */
const forbid = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'release/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { '@stylistic': stylistic },
    rules: {
      // Prettier formats; this catches what it cannot wrap (long strings, comments, template literals).
      '@stylistic/max-len': ['error', { code: 140, ignoreUrls: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // One SQLite driver: the encrypting fork (issue 13.7). A plain better-sqlite3 connection could not open
      // the encrypted database, and one that made a database would leave it unencrypted.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'better-sqlite3', message: 'Use better-sqlite3-multiple-ciphers (the database is encrypted: docs/security.md).' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts', 'shared/**/*.tsx'],
    rules: forbid(
      [
        ...nodeBuiltins,
        'electron',
        'react',
        'react-dom',
        'better-sqlite3-multiple-ciphers',
        'pdfkit',
        'archiver',
        '**/electron/**',
        '**/renderer/**',
      ],
      'shared/ runs anywhere: only other shared/ modules and pure libraries such as zod.',
    ),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: forbid(['electron', 'react', 'react-dom', '**/renderer/**'], 'The core runs in plain Node: no electron, no React.'),
  },
  {
    files: ['electron/cli/**/*.ts'],
    rules: forbid(['electron', 'react', 'react-dom', '**/renderer/**'], 'The CLI drives the core in plain Node.'),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: forbid(['react', 'react-dom', '**/renderer/**'], 'The main process never imports React or the renderer.'),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: forbid(
      [...nodeBuiltins, 'zod', '**/core/**', '**/main/**', 'better-sqlite3-multiple-ciphers'],
      'The sandboxed preload may import only the channel list.',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: forbid(
      [...nodeBuiltins, 'electron', 'better-sqlite3-multiple-ciphers', 'pdfkit', 'archiver', '**/electron/**'],
      'The renderer reaches the main process only through renderer/api.ts.',
    ),
  },
);
