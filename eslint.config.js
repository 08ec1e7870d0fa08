// Lint for TypeScript and .astro files. Formatting is Prettier's job (.prettierrc.json), so
// eslint-config-prettier switches off every stylistic rule; what remains are rules about code.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'src/generated/', '.astro/', 'node_modules/', 'test/fixtures/', 'content/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsconfig is astro/strictest (noUncheckedIndexedAccess): a lookup the code has just proved
      // present is asserted with `!`, which is clearer than a runtime check that cannot fail.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Comments quote the report, whose indents are full-width spaces (　　); code and strings are still checked.
      'no-irregular-whitespace': ['error', { skipComments: true }],
      // `{ line: _line, ...rest }` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The worker template: scripts/offline/write-service-worker.ts replaces these placeholders.
    files: ['scripts/offline/service-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker, __PAGES__: 'readonly', __ASSETS__: 'readonly' } },
  },
  {
    // TypeScript files are linted with type information too (the .astro parser cannot give it).
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.stringMatching) are typed `any`.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  prettier,
);
