// How a page's content script follows the settings: straight from storage, without the storage or schema libraries.
// Migrations to a new layout run in the extension's own contexts (the background defines the settings item at every
// start); a page that meets an older layout reads it field by field, as ever, and gets the new one as a change.
import { i18n } from '@/utils/i18n/page-i18n';
import type { StoredItems } from '../page/stored-items';
import { defaultSettings } from './defaults';
import type { LoadedSettings } from './parse';
import { comparableHostname } from './hostname';
import { settingsFromStored } from './stored';

/**
 * A stored site rule's key as a page reads it: rules are checked in full when they are written, so a page only needs
 * them in comparable form, and the full check (with its messages) stays out of every page's first script. A key that
 * is no hostname at all is dropped; whatever else slipped through can never equal a page's hostname.
 */
const pageSiteKey = (host: string): string | null => {
  const key = comparableHostname(host);
  return key && !/[\s/@]/.test(key) ? key : null;
};

/** The stored key of the settings item (`local:settings`) and of its metadata, as WXT keeps them. */
const KEY = 'settings';
const META_KEY = `${KEY}$`;

/** The settings as a page sees them: one read shared by everything on the page, then every change. */
export interface SettingsFeed {
  /** The stored settings (read once; later calls get the same answer), with a notice when some were reset. */
  load(): Promise<LoadedSettings>;
  /** Calls `listener` with the parsed settings after every change; returns the function that stops watching. */
  watch(listener: (loaded: LoadedSettings) => void): () => void;
}

/** A settings feed reading `items`. */
export function settingsFeed(items: StoredItems): SettingsFeed {
  let loading: Promise<LoadedSettings> | undefined;
  return {
    load: () =>
      (loading ??= items.get([KEY, META_KEY]).then(
        (values) => settingsFromStored(values[KEY] ?? null, values[META_KEY] ?? null, pageSiteKey),
        (error: unknown) => ({
          settings: defaultSettings(),
          notice: i18n.t('settings.loadFailed', [(error as Error).message]),
        }),
      )),
    watch: (listener) =>
      items.watch((changed) => {
        if (changed.has(KEY)) listener(settingsFromStored(changed.get(KEY) ?? null, null, pageSiteKey));
      }),
  };
}
