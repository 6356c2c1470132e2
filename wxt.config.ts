import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_TOOLBAR_ICON, ICON_SIZES, THEME_ICONS } from './utils/toolbar-icons';

// The manifest asks for as little as possible: the content script runs on http(s) pages only and storage keeps settings
// and the reader's own dictionary; unlimitedStorage keeps a layer of many learned articles (about 15 MB at a thousand,
// in the extension's IndexedDB, with its names in storage.local) within quota and safe from eviction. "Learn from this article" asks the content script already on the page, so neither
// activeTab nor scripting is needed. PRIVACY.md explains each permission; tests/e2e/manifest.test.ts holds them to it.
export default defineConfig({
  // auto-icons makes the extension's icon sizes from assets/icon.svg; modules/toolbar-icons.ts (loaded by WXT from
  // modules/) adds the toolbar variants. i18n turns locales/*.yml into the browser's message catalogues.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons', '@wxt-dev/i18n/module'],
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [...ICON_SIZES], developmentIndicator: false },
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  hooks: {
    // WXT takes the button's title from the popup's <title>; the manifest's comes from the catalogue instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      const button = manifest.action ?? manifest.browser_action;
      if (button) button.default_title = '__MSG_extension_name__';
    },
  },
  manifest: ({ browser }) => ({
    // Names and descriptions come from the catalogue (locales/en.yml), so the stores show them translated too.
    name: '__MSG_extension_name__',
    short_name: 'Backstory',
    description: '__MSG_extension_description__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage'],
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    commands: {
      'next-entity': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commands_nextEntity__',
      },
      'previous-entity': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commands_previousEntity__',
      },
      'toggle-backstory': {
        suggested_key: { default: 'Alt+Shift+O' }, // Chrome keeps Alt+Shift+B for its bookmarks bar
        description: '__MSG_commands_toggleBackstory__',
      },
    },
    // The toolbar button: the full-colour mark by default; Firefox also gets single-colour glyphs for light and dark
    // toolbars. (The background switches a tab to the "off" variant.)
    ...(browser === 'firefox'
      ? {
          browser_action: {
            default_title: '__MSG_extension_name__',
            default_icon: DEFAULT_TOOLBAR_ICON,
            theme_icons: THEME_ICONS,
          },
        }
      : {
          action: { default_title: '__MSG_extension_name__', default_icon: DEFAULT_TOOLBAR_ICON },
          minimum_chrome_version: '116',
        }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              // 140 (the current ESR) is the first to read data_collection_permissions, 142 on Android.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
