import { browser } from 'wxt/browser';
import type { StoredItems } from '@/utils/page/stored-items';

/** The extension's local storage area, read and watched directly (see StoredItems). */
export const localItems: StoredItems = {
  get: (keys) => browser.storage.local.get(keys),
  watch(listener) {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      listener(new Map(Object.entries(changes).map(([key, change]) => [key, change.newValue])));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
};
