import type { Dictionary } from '../../dictionary/schema';
import { pageNames, type PageNames } from '../model/names-index';

/** Where the names-only item is read from. */
export interface NamesItem {
  getValue(): Promise<unknown>;
  watch(listener: (value: unknown) => void): () => void;
}

/**
 * Hands `listener` what a page matches with (bundled entities joined with the layer's names, corrections applied)
 * now and after every change to the layer, until `signal` aborts. Only the names-only item (`layerNamesItem`, or a
 * page's direct read of it) is read, never the layer with its facts and quotes; a missing or unreadable item counts
 * as no layer, so pages are still annotated.
 */
export function watchPageNames(
  layerNamesItem: NamesItem,
  bundled: Dictionary,
  listener: (names: PageNames) => void,
  signal: AbortSignal,
): void {
  let version = 0;
  const stop = layerNamesItem.watch((value) => {
    version++;
    listener(pageNames(bundled, value));
  });
  signal.addEventListener('abort', stop, { once: true });
  const first = version;
  void layerNamesItem
    .getValue()
    .then((value) => {
      // A change that arrived while loading already delivered newer names.
      if (!signal.aborted && version === first) listener(pageNames(bundled, value));
    })
    .catch(() => {
      if (!signal.aborted && version === first) listener(pageNames(bundled, null));
    });
}
