import { storage, type StorageItemKey } from 'wxt/utils/storage';

/** A stored value read only when asked for. */
export interface LazyItem {
  key: StorageItemKey;
  /** The stored value, or null when there is none. */
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls `listener` with the new value (null when removed) on every change; returns the function that stops. */
  watch(listener: (value: unknown) => void): () => void;
}

/**
 * A storage item under `key` that reads nothing until asked. WXT's `storage.defineItem` (@wxt-dev/storage 1.3) reads
 * its item as soon as it is defined, with or without migrations: it runs `migrationsDone.then(getOrInitValue)` for
 * every item, and `getOrInitValue` reads the value before it looks for an `init`. The names and outline items are
 * defined together, in a module the popup, the options page and the background all load, so with `defineItem` each
 * would read both at load, and twice where it then reads one itself: the options page would read the names item
 * (which grows with every learned article) it never uses, the popup the outline. This wrapper reads nothing until
 * asked (see lazy-item.test.ts); an item that is read at once anyway, like the settings item, needs no wrapper.
 */
export function lazyItem(key: StorageItemKey): LazyItem {
  return {
    key,
    getValue: async () => (await storage.getItem<unknown>(key)) ?? null,
    setValue: (value) => storage.setItem(key, value),
    removeValue: () => storage.removeItem(key),
    watch: (listener) => storage.watch<unknown>(key, (value) => listener(value ?? null)),
  };
}
