import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/** `from` may not be imported by files in `target` (paths from the project root). */
const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });

/**
 * The layers, each importing only from the ones below it:
 *   src/app (composes) → src/debug → src/call → src/persona, src/audio → src/errors, src/i18n, src/config → server-token/contract
 * and server-token/ never imports src/. Type-only imports count too: a layer should not know the shape of a
 * layer above it.
 */
const LAYERS = [
  zone('./server-token', './src', 'The token server never imports the SPA.'),
  zone('./server-token', './test', 'Product code never imports tests.'),
  zone('./server-token/contract.ts', './server-token', 'The contract imports nothing of either side.', ['./contract.ts']),
  zone('./server-token/contract.ts', './src', 'The contract imports nothing of either side.'),
  zone('./src', './server-token', 'The SPA may import only the shared contract, server-token/contract.ts.', ['./contract.ts']),
  zone('./src', './test', 'Product code never imports tests.'),
  zone('./src/call', './src/app', 'call/ does not know app/ (app/ wires things together).'),
  zone('./src/call', './src/debug', 'call/ does not know debug/ (the panel observes through the event tap).'),
  zone('./src/call', './src/persona', 'call/ takes a CallConfig; the persona is app/ business.'),
  zone('./src/debug', './src/app', 'debug/ does not know app/.'),
  zone('./src/debug', './src/persona', 'debug/ observes the call, not the studio.'),
  ...['./src/persona', './src/audio'].flatMap((lower) =>
    ['./src/app', './src/call', './src/debug'].map((upper) => zone(lower, upper, `${lower.slice(6)}/ knows nothing above it.`)),
  ),
  zone('./src/persona', './src/audio', 'persona/ and audio/ are independent.'),
  zone('./src/audio', './src/persona', 'persona/ and audio/ are independent.'),
  ...['./src/app', './src/debug', './src/audio'].map((upper) =>
    zone('./src/conversations', upper, 'conversations/ builds on call/ and persona/; app/ wires it in, debug/ and audio/ stay out of it.'),
  ),
  ...['./src/call', './src/persona', './src/audio', './src/debug'].map((lower) =>
    zone(lower, './src/conversations', `${lower.slice(6)}/ knows nothing of conversations/ (app/ connects them).`),
  ),
  ...['./src/app', './src/debug', './src/audio'].map((upper) =>
    zone('./src/report', upper, 'report/ builds on persona/, call/, conversations/ and i18n/; app/ mounts it, debug/ and audio/ stay out of it.'),
  ),
  ...['./src/call', './src/persona', './src/conversations', './src/audio', './src/debug'].map((lower) =>
    zone(lower, './src/report', `${lower.slice(6)}/ knows nothing of report/ (only app/ mounts it).`),
  ),
  zone('./src/errors', './src', 'errors/ is the bottom layer.', ['./errors']),
  zone('./src/i18n', './src', 'i18n/ is the bottom layer: areas bring their own messages to it.', ['./i18n']),
  zone('./src/lib', './src', 'lib/ is the bottom layer: small helpers that know no area.', ['./lib']),
  zone('./src/config', './src', 'config/ is the bottom layer: it only says where the token server is.', ['./config']),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'server-token/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYERS }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The SPA never loads the openai SDK or werift at run time (type-only imports are erased).
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['openai', 'openai/*', 'werift'], allowTypeImports: true }] },
      ],
    },
  },
);
