import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { indexDictionary, type DictionaryIndex } from '@/utils/dictionary/lookup';
import { sendMessage } from '@/utils/messaging';
import { createCardLookup, type CardLookup } from '@/utils/reader-layer/cards/card-lookup';
import { layerNamesItem } from '@/utils/reader-layer/store/storage-items';
import { watchPageNames } from '@/utils/reader-layer/cards/watch-names';
import { pageNames } from '@/utils/reader-layer/model/names-index';
import { backgroundOf } from '@/components/entity-labels';
import { popupDictionary } from './dictionary';

/** The popup's dictionary: every name (for the list and search), and cards with their details on demand. */
export interface PopupIndex {
  /** Bundled entities whole, learned ones by their names only, the reader's corrections applied. */
  index: DictionaryIndex;
  /** No learned layer: `index` holds every detail and cards need no message. */
  bundledOnly: boolean;
  /** The index that holds one entity's card details (asked of the background when learned names are in play). */
  card: CardLookup;
  error?: string;
}

/**
 * The popup's index, kept current as the reader's layer changes (e.g. right after "Learn from this article"). Like a
 * page, the popup reads only the layer's names-only item, so it opens as quickly with a thousand learned articles as
 * with none; a card's facts and quotes come from the background, which keeps the effective dictionary built.
 */
export function usePopupIndex(): PopupIndex {
  const [state, setState] = useState(() => ({ ...popupDictionary(), bundledOnly: true }));
  const current = useRef(state);
  current.current = state;
  useEffect(() => {
    const bundled = popupDictionary();
    if (bundled.error) return;
    const controller = new AbortController();
    watchPageNames(
      layerNamesItem,
      (raw) => pageNames(bundled.index.dictionary, raw),
      (names) => setState({ index: indexDictionary(names.dictionary), bundledOnly: names.bundledOnly }),
      controller.signal,
    );
    return () => controller.abort();
  }, []);
  // Extension pages ask the background for card details the same way pages do.
  const fetched = useMemo(
    () =>
      createCardLookup(
        () => current.current.index,
        (ids) => sendMessage('content:get-cards', { ids }),
      ),
    [],
  );
  const card: CardLookup = (id) => {
    const { index, bundledOnly } = current.current;
    return bundledOnly ? Promise.resolve(index.entity(id) ? index : undefined) : fetched(id);
  };
  return { ...state, card };
}

/**
 * Descriptions of the listed entities that the names-only index lacks (learned names), fetched from the background
 * in one message once the list is known; bundled entities' descriptions are in the index already.
 */
export function useDescriptions(ids: readonly string[], popup: PopupIndex): (id: string) => string | undefined {
  const [fetched, setFetched] = useState<Map<string, string>>(new Map());
  const known = (id: string) => {
    const entity = popup.index.entity(id);
    return entity ? backgroundOf(entity) : '';
  };
  const missing = popup.bundledOnly ? [] : ids.filter((id) => !known(id));
  const key = missing.join('\n');
  useEffect(() => {
    if (!key) return;
    let live = true;
    sendMessage('content:get-cards', { ids: key.split('\n') })
      .then((bundle) => {
        if (live) setFetched(new Map(bundle.entities.map((e) => [e.id, backgroundOf(e)])));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key, popup.index]);
  // An entity the articles give no short description shows none: its facts are on its card.
  return (id) => known(id) || fetched.get(id) || undefined;
}
