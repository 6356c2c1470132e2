import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Never build the page's DOM from strings.
const NO_HTML_STRINGS = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never write innerHTML: build nodes.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Never write outerHTML: build nodes.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insert HTML strings.' },
];

// Words a reader sees come from the catalogue (locales/en.yml through i18n.t), never from a literal in the UI code.
const WORDS = '/[A-Za-z]/';
const FROM_CATALOGUE = 'Reader-facing words come from the catalogue: add them to locales/en.yml and use i18n.t().';
const NO_HARD_CODED_WORDS = [
  `JSXText[value=${WORDS}]`,
  `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > Literal[value=${WORDS}]`,
  `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
  `JSXAttribute[name.name=/^(aria-label|aria-valuetext|aria-description|placeholder|title|alt|label|legend|hint)$/] > Literal[value=${WORDS}]`,
  `JSXAttribute[name.name=/^(aria-label|aria-valuetext|placeholder|title|alt)$/] TemplateElement[value.raw=${WORDS}]`,
  `Property[key.name=/^(label|hint|legend|title|body|placeholder)$/] > Literal[value=${WORDS}]`,
  `CallExpression[callee.name=/^set(Status|Message|Error|Notice)$/] > Literal[value=${WORDS}]`,
  `CallExpression[callee.name=/^set(Status|Message|Error|Notice)$/] > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
  `NewExpression[callee.name='Error'] > Literal[value=${WORDS}]`,
  `NewExpression[callee.name='Error'] > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
].map((selector) => ({ selector, message: FROM_CATALOGUE }));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/tmp/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...NO_HTML_STRINGS],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...NO_HTML_STRINGS, ...NO_HARD_CODED_WORDS] },
  },
  {
    files: ['utils/builder/**', 'utils/matcher/**', 'utils/dictionary/**'],
    rules: {
      // The builder, matcher and dictionary run at build time, in the extension and in tests alike.
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'wxt/browser'] }],
    },
  },
  {
    // store/idb.ts is the one module that opens the extension's IndexedDB; everything else goes through it.
    files: ['utils/**', 'entrypoints/**', 'components/**'],
    ignores: ['utils/reader-layer/store/idb.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'indexedDB', message: 'Open IndexedDB through store/idb.ts.' }],
      'no-restricted-properties': [
        'error',
        ...['globalThis', 'self', 'window'].map((object) => ({
          object,
          property: 'indexedDB',
          message: 'Open IndexedDB through store/idb.ts.',
        })),
      ],
    },
  },
  {
    files: ['utils/reader-layer/model/**'],
    rules: {
      // The layer's model is pure: what is stored, and where, belongs to store/; what pages get, to cards/.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'wxt/browser',
            'wxt/utils/storage',
            '@wxt-dev/storage',
            '../store/*',
            '../cards/*',
            '../layer-actions',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'indexedDB', 'browser', 'chrome'],
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
