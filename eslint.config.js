import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/tmp/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Never write innerHTML: build nodes.',
        },
        {
          selector: "AssignmentExpression[left.property.name='outerHTML']",
          message: 'Never write outerHTML: build nodes.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never insert HTML strings.',
        },
      ],
    },
  },
  {
    files: ['utils/builder/**', 'utils/matcher/**', 'utils/dictionary/**'],
    rules: {
      // The builder, matcher and dictionary run at build time, in the extension and in tests alike.
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'wxt/browser'] }],
    },
  },
  {
    // The framework test apps are plain browser scripts, bundled for the test pages.
    files: ['tests/frameworks/apps/**'],
    languageOptions: {
      globals: Object.fromEntries(
        ['window', 'document', 'history', 'location', 'console', 'setTimeout'].map((g) => [g, 'readonly']),
      ),
    },
  },
);
