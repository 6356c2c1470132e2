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
 * A storage item under `key` that reads nothing until asked. WXT's `defineItem` reads its item's value as soon as it
 * is defined, which for the reader's layer (megabytes at a thousand learned articles) would cost every context that
 * imports the module (each page's content script, the popup, a background waking up) a full read it may not need.
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
