import type { PageNames } from '../model/names-index';

/** Where the names-only item is read from. */
export interface NamesItem {
  getValue(): Promise<unknown>;
  watch(listener: (value: unknown) => void): () => void;
}

/**
 * Hands `listener` what a page matches with, read from `namesItem` by `toNames`, now and after every change to the
 * item, until `signal` aborts; names worked out for a value that has since changed are dropped. A names item is read,
 * never the layer with its facts and quotes; an item that cannot be read, or names that cannot be worked out from it,
 * are handed over as null (`toNames` counts it as no layer), so pages are still annotated.
 */
export function watchPageNames(
  namesItem: NamesItem,
  toNames: (raw: unknown) => PageNames | Promise<PageNames>,
  listener: (names: PageNames) => void,
  signal: AbortSignal,
): void {
  let latest = 0;
  const deliver = async (read: () => Promise<unknown>) => {
    const mine = ++latest;
    const names = await read()
      .then(toNames)
      .catch(() => toNames(null));
    if (!signal.aborted && mine === latest) listener(names);
  };
  const stop = namesItem.watch((value) => void deliver(() => Promise.resolve(value)));
  signal.addEventListener('abort', stop, { once: true });
  void deliver(() => namesItem.getValue());
}
