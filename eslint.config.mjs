import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/playwright-report/**', '**/test-results/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    ...solid,
  },
  {
    // Micro-frontends never import single-spa (one copy per page: docs/pitfalls.md #9) nor the Altogic client.
    files: ['auth-mfe/src/**', 'profile-mfe/src/**', 'portal-ui/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'single-spa', message: 'Use the navigate prop: one single-spa per page.' },
            { name: 'altogic', message: 'Go through shared-auth.' },
          ],
        },
      ],
    },
  },
);
