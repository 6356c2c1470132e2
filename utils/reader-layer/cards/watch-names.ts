import type { Dictionary } from '../../dictionary/schema';
import { dictionaryFromRows } from '../../dictionary/names-only';
import type { PageNameRows, PageNames } from '../model/names-index';
import { fromStoredText } from '../store/lazy-item';

/** Where the names-only item is read from. */
export interface NamesItem {
  getValue(): Promise<unknown>;
  watch(listener: (value: unknown) => void): () => void;
}

/**
 * Hands `listener` what a page matches with, read from `namesItem` by `toNames`, now and after every change to the
 * item, until `signal` aborts. A names item is read, never the layer with its facts and quotes; an item that cannot be
 * read is handed over as null (`toNames` counts it as no layer), so pages are still annotated.
 */
export function watchPageNames(
  namesItem: NamesItem,
  toNames: (raw: unknown) => PageNames,
  listener: (names: PageNames) => void,
  signal: AbortSignal,
): void {
  let version = 0;
  const stop = namesItem.watch((value) => {
    version++;
    listener(toNames(value));
  });
  signal.addEventListener('abort', stop, { once: true });
  const first = version;
  void namesItem
    .getValue()
    .then((value) => {
      // A change that arrived while loading already delivered newer names.
      if (!signal.aborted && version === first) listener(toNames(value));
    })
    .catch(() => {
      if (!signal.aborted && version === first) listener(toNames(null));
    });
}

/**
 * What a page matches with, from the page names item: the names the extension joined ahead from the bundled names
 * (stamped `stamp`), the reader's layer and corrections; or the bundled names alone when there are none, when they
 * were joined with other bundled names (before an update), or when they are damaged.
 */
export function namesFromItem(raw: unknown, bundled: Dictionary, stamp: string): PageNames {
  const item = fromStoredText(raw) as Partial<PageNameRows> | null;
  if (item?.version === 1 && item.bundled === stamp) {
    const dictionary = dictionaryFromRows(item.rows);
    if (dictionary) return { dictionary, bundledOnly: false };
    console.warn('Backstory: your learned names are damaged; this page is marked with the bundled names.');
  }
  return { dictionary: bundled, bundledOnly: true };
}
