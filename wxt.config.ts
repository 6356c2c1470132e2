import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest asks for as little as possible: the content script runs on http(s) pages only and storage keeps settings
// and the reader's own dictionary; unlimitedStorage keeps a layer of many learned articles (about 15 MB at a thousand,
// in the extension's IndexedDB, with its names in storage.local) within quota and safe from eviction. "Learn from this article" asks the content script already on the page, so neither
// activeTab nor scripting is needed. PRIVACY.md explains each permission; tests/e2e/manifest.test.ts holds them to it.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Highlights the people, organisations and places named in the news you read, with background cards and quotes. Runs entirely on your machine.',
    permissions: ['storage', 'unlimitedStorage'],
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    commands: {
      'next-entity': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Focus the next highlighted name and open its card',
      },
      'previous-entity': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Focus the previous highlighted name and open its card',
      },
      'toggle-backstory': {
        suggested_key: { default: 'Alt+Shift+O' }, // Chrome keeps Alt+Shift+B for its bookmarks bar
        description: 'Turn Backstory on or off everywhere',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
