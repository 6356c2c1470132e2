import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_TOOLBAR_ICON, ICON_SIZES, THEME_ICONS } from './utils/toolbar-icons';
import type { Plugin } from 'vite';
import { COMMANDS } from './utils/commands';
import { bundledStamp, nameRows } from './utils/dictionary/names-only';
import type { Dictionary } from './utils/dictionary/schema';

/** The script with the hover card, imported by the content script on first use. */
const CARD_CHUNK = 'card-chunk';
/** The script that finds an article's story, imported by the content script on article pages before their marks. */
const STORY_CHUNK = 'story-chunk';
/** The script that reads an article along, imported by the content script on article pages where that is on. */
const READ_ALONG_CHUNK = 'read-along-chunk';
/** The script that asks for the reader's learned names on a page, imported by the content script when there are any. */
const LEARNED_NAMES_CHUNK = 'learned-names-chunk';
/** The scripts the content script imports: the only web-accessible files. */
const CHUNKS = [CARD_CHUNK, STORY_CHUNK, READ_ALONG_CHUNK, LEARNED_NAMES_CHUNK];
const PAGE_MATCHES = ['http://*/*', 'https://*/*'];

/**
 * `virtual:bundled-names`: the bundled dictionary's names, one row per entity, for the content script's first task, and
 * their stamp, which tells the page names joined with them (see names-index) from older ones.
 */
function bundledNames(): Plugin {
  const id = 'virtual:bundled-names';
  const file = new URL('./assets/dictionary.json', import.meta.url);
  return {
    name: 'backstory:bundled-names',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      this.addWatchFile(file.pathname);
      const names = nameRows(JSON.parse(readFileSync(file, 'utf8')) as Dictionary);
      // JSON.parse of a string literal compiles faster than the same object as code.
      return [
        `export default JSON.parse(${JSON.stringify(JSON.stringify(names))});`,
        `export const stamp = ${JSON.stringify(bundledStamp(names))};`,
      ].join('\n');
    },
  };
}

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
    plugins: [preact(), bundledNames()],
    // mark.js's ES2015 build: the same library without the ES5 helpers every page would otherwise compile.
    resolve: { alias: { 'mark.js': 'mark.js/dist/mark.es6.js' } },
    build: { target: 'es2022' },
  }),
  hooks: {
    // WXT takes the button's title from the popup's <title>; the manifest's comes from the catalogue instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      const button = manifest.action ?? manifest.browser_action;
      if (button) button.default_title = '__MSG_extension_name__';
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      const [entry] = entrypoints;
      if (entrypoints.length !== 1 || !entry || !['content-script', 'unlisted-script'].includes(entry.type)) return;
      // Scripts that run in pages call only promise-based APIs both browsers have natively (storage, runtime), so
      // they go without the polyfill, which every page would otherwise compile.
      config.resolve = { ...config.resolve, alias: { ...config.resolve?.alias, 'wxt/browser': '@wxt-dev/browser' } };
      // Every page compiles the content script before its first task can start: terser's extra passes make it about
      // 3% smaller than esbuild's single pass. Function expressions become arrows where they do not use `this`; none in
      // the content script is called with `new` or reads `arguments` or its prototype, and the e2e tests run this build.
      if (entry.type === 'content-script')
        config.build = {
          ...config.build,
          minify: 'terser',
          terserOptions: {
            ecma: 2020,
            compress: { passes: 3, hoist_funs: true, keep_fargs: false, unsafe_arrows: true },
            format: { comments: false },
          },
        };
      if (!CHUNKS.includes(entry.name)) return;
      // These scripts are imported as modules, their default export the promise of what main() returns.
      if (config.build?.lib) config.build.lib = { ...config.build.lib, formats: ['es'] };
      config.plugins = (config.plugins ?? []).filter(
        (plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'wxt:iife-footer'),
      );
      // Vite leaves whitespace in library modules; these scripts are compiled in pages, so they are minified.
      config.plugins.push({
        name: 'backstory:minify-card-chunk',
        renderChunk: {
          order: 'post',
          handler: async (code) => (await transform(code, { minify: true, format: 'esm', target: 'es2022' })).code,
        },
      });
    },
  },
  manifest: ({ browser }) => ({
    // Names and descriptions come from the catalogue (locales/en.yml), so the stores show them translated too.
    name: '__MSG_extension_name__',
    short_name: 'Backstory',
    description: '__MSG_extension_description__',
    default_locale: 'en',
    // Chrome reads a story along in an offscreen document (its service worker has no DOM parser); Firefox's
    // background page parses it itself.
    permissions: ['storage', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The card's, the story's, reading along's and the learned names' scripts, imported by the content script: the only files pages could ask for, and in
    // Chromium only under an address that changes every session, so pages cannot use them to tell Backstory is there.
    // (WXT writes Firefox's MV2 form, a plain list; Firefox's extension addresses differ per installation anyway.)
    web_accessible_resources: [
      { resources: CHUNKS.map((name) => `${name}.js`), matches: PAGE_MATCHES, use_dynamic_url: true },
    ],
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    commands: {
      [COMMANDS.next]: {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commands_nextEntity__',
      },
      [COMMANDS.previous]: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commands_previousEntity__',
      },
      [COMMANDS.toggle]: {
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
