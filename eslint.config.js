// @ts-check
/**
 * ESLint: typed typescript-eslint (strict and stylistic, with type information) over every
 * TypeScript, TSX and Astro file — src/, machines/, tests/, content/schema.ts and the configs.
 * The .mjs/.js scripts (the Node commands in scripts/, which must run before anything is
 * installed) are linted with the rules that need no types. `npm run lint`; npm test runs it.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-*/',
    '.astro/',
    '.bench/',
    '.test-builds/',
    'exports/',
    'test-results/',
    'playwright-report/',
    'screenshots/',
    'node_modules/',
  ]),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  astro.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
  },
  {
    rules: {
      // Numbers read naturally in messages and addresses (`${count} pages`); other types still need String().
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // tsconfig's noPropertyAccessFromIndexSignature asks for record['key']: the two rules must agree.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // `onClick={() => doSomething()}` is the idiom for event handlers; a body block adds nothing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // The strict set forbids `value!`; this stylistic rule asks for it instead of `value as Type`.
      // We keep `as Type`, which names the type a checked value is known to have.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Vitest types asymmetric matchers (expect.stringContaining(…)) as `any` by design.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['**/*.astro'],
    // astro-eslint-parser reads the tsconfig by `project`; it does not take `projectService`.
    languageOptions: { parserOptions: { parser: tseslint.parser, projectService: false, project: './tsconfig.json' } },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
