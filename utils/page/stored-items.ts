/**
 * The extension's local storage as a page's content script reads it: plain reads and change events, without the
 * storage library (which every page would otherwise load). Keys are the stored keys, as WXT's `local:` items use them.
 */
export interface StoredItems {
  /** The stored values of `keys` (a key with nothing stored is missing from the result). */
  get(keys: string[]): Promise<Record<string, unknown>>;
  /** Calls `listener` with the new value of every changed key (undefined when removed); returns the function that stops. */
  watch(listener: (changed: Map<string, unknown>) => void): () => void;
}

/** One stored value read through `items`: null when nothing is stored, as the extension's own items read. */
export function storedItem(items: StoredItems, key: string) {
  return {
    getValue: async (): Promise<unknown> => (await items.get([key]))[key] ?? null,
    watch: (listener: (value: unknown) => void) =>
      items.watch((changed) => {
        if (changed.has(key)) listener(changed.get(key) ?? null);
      }),
  };
}
