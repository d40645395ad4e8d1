import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const views = readdirSync('src/views', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Libraries that lay pictures out at build time (src/content/layout); never in the browser. */
const buildTimeOnly = ['d3-*', 'topojson-*', 'world-atlas', 'world-atlas/*', 'uqr'];
const layout = '**/layout/*';
const noReact = ['react', 'react-*'];

/** Which folders may not import which (paths from the repository's root). */
const boundaryZones = [
  {
    target: './src/content',
    from: './src',
    except: ['./content'],
    message: 'The content module imports nothing from the app.',
  },
  {
    target: './src/components',
    from: './src/views',
    message: 'Components import no views: move what both need into components or content.',
  },
  {
    target: ['./src/hooks'],
    from: ['./src/components', './src/views'],
    message: 'Hooks import no components or views.',
  },
  ...views.map((view) => ({
    target: `./src/views/${view}`,
    from: './src/views',
    except: [`./${view}`],
    message: 'A view imports no other view: shared parts go to components or content.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.{ts,tsx}', 'tests/views/**/*.tsx', 'tests/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    // Imports flow content → components → views → routes, never back, and never round in a
    // circle; dynamic import() counts too. tests/lint holds a test for each of these rules.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // Read imported TypeScript files too, so a cycle through them is seen.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
    },
  },
  // Content is data and pure functions (no React). Pictures are laid out at build time by
  // content/layout (d3, the coastlines), which only content/pictures may call: those modules are
  // JSON in the browser, so none of it reaches the reader's bundle.
  ...[
    {
      files: ['src/**/*.{ts,tsx}'],
      ignores: ['src/content/**'],
      banned: [...buildTimeOnly, layout],
    },
    { files: ['src/content/**'], banned: [...noReact, ...buildTimeOnly, layout] },
    { files: ['src/content/pictures/**'], banned: [...noReact, ...buildTimeOnly] },
    { files: ['src/content/layout/**'], banned: noReact },
  ].map(({ banned, ...scope }) => ({
    ...scope,
    rules: { 'no-restricted-imports': ['error', { patterns: banned }] },
  })),
  {
    files: ['tests/views/**/*.{ts,tsx}', 'tests/content/**/*.ts', 'tests/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Node-side code: the browser-test runner, the static server, Playwright's specs.
    files: ['scripts/**/*.mjs', 'tests/e2e/**/*.ts', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
