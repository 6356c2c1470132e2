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

/** A value stored as JSON text read back (a value stored as it is, by an earlier version, is read as it is). */
export function fromStoredText(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw ?? null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    // Damaged text reads as nothing stored: what is derived from the layer is written again from it.
    return null;
  }
}

/** `value` as a text item stores it (null stays null: nothing to store). */
export const toStoredText = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);

/**
 * A lazy item kept as JSON text. The browser copies one long string far quicker than a value of many small objects:
 * the page names of 5,000 learned articles (4 MB) took 2.4–5.4 s to write as objects and 0.25 s as text, and a page
 * reads them in a tenth of the time. Values written as objects by earlier versions are still read.
 */
export function textItem(key: StorageItemKey): LazyItem {
  const item = lazyItem(key);
  return {
    key,
    getValue: async () => fromStoredText(await item.getValue()),
    setValue: (value) => item.setValue(toStoredText(value)),
    removeValue: item.removeValue,
    watch: (listener) => item.watch((value) => listener(fromStoredText(value))),
  };
}
