/**
 * ESLint, run by `npm test` (npm run lint): typescript-eslint's type-checked rules on all our
 * TypeScript, the Lit and lit-a11y rules on the code that writes Lit templates, no line over 140
 * characters. Formatting is Prettier's (its config is in package.json); eslint-config-prettier
 * turns off the rules that would fight it. Here rather than at the top of the repository, which
 * holds only what the project's layout names; editors take it from `eslint.options.overrideConfigFile`.
 */
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = new URL('../..', import.meta.url).pathname;

export default defineConfig(
  { ignores: ['dist/', 'offline/', 'bench/', 'node_modules/', 'public/', 'tests/fixtures/layers/', 'tests/.output*/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  // Where the code runs decides its globals (README, "Layout").
  {
    files: ['src/{platform,elements,client,host}/**', 'tests/hostile/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
  },
  { files: ['src/build/**', 'scripts/**', 'tests/**', '*.ts'], languageOptions: { globals: globals.node } },
  // Lit templates are written in the elements, our pages' runtimes and the script embed.
  { files: ['src/{elements,client,host}/**/*.ts'], extends: [lit.configs['flat/recommended'], litA11y.configs.recommended] },
  prettier,
  {
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/max-len': ['error', { code: 140, ignoreUrls: true }],
      // `_name` marks a value left unused on purpose; `{ dropped, ...kept }` drops a key.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
);
