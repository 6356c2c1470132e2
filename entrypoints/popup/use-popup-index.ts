import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { indexDictionary, type DictionaryIndex } from '@/utils/dictionary/lookup';
import { dictionaryFromRows } from '@/utils/dictionary/names-only';
import type { Dictionary, Entity } from '@/utils/dictionary/schema';
import { addTellingWords } from '@/utils/matcher/telling-words';
import { sendMessage } from '@/utils/messaging';
import { createCardLookup, type CardLookup } from '@/utils/reader-layer/cards/card-lookup';
import { pageNamesItem } from '@/utils/reader-layer/store/storage-items';
import { backgroundOf } from '@/components/entity-labels';
import { popupDictionary } from './dictionary';

/** The popup's dictionary: the names it lists, a search over every name, and cards with their details on demand. */
export interface PopupIndex {
  /** Bundled entities whole and the learned ones the page names by their names only, the reader's corrections applied. */
  index: DictionaryIndex;
  /** No learned layer: `index` holds every detail and cards need no message. */
  bundledOnly: boolean;
  /** The index that holds one entity's card details (asked of the background when learned names are in play). */
  card: CardLookup;
  /** Names beyond `index` that match a query: the learned ones, searched by the background (none without a layer). */
  search?: (query: string, limit: number) => Promise<Entity[]>;
  error?: string;
}

/**
 * The names `rows` give, a bundled entity whole (description, facts) under the name, type and aliases the rows give
 * it (the reader may have corrected them); null when the rows are damaged.
 */
function withBundled(rows: unknown, bundled: DictionaryIndex): Dictionary | null {
  const names = dictionaryFromRows(rows);
  if (!names) return null;
  const entities = names.entities.map((e): Entity => {
    const whole = bundled.entity(e.id);
    return whole ? { ...whole, name: e.name, type: e.type, aliases: e.aliases } : e;
  });
  return { ...bundled.dictionary, entities };
}

/** The telling words of `names` (see telling-words), as one key. */
function wordsOf(names: readonly string[]): string {
  const words = new Set<string>();
  for (const name of names) addTellingWords(name, words);
  return [...words].sort().join(' ');
}

/** The page names mark (see names-index), read and followed: undefined until read, null when the layer adds no names. */
function usePageNamesMark(): unknown {
  const [mark, setMark] = useState<unknown>(undefined);
  useEffect(() => {
    let live = true;
    pageNamesItem.getValue().then(
      (value) => live && setMark(value),
      () => live && setMark(null),
    );
    const stop = pageNamesItem.watch(setMark);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return mark;
}

/**
 * The popup's index of the page's names `listed`, kept current as the reader's layer changes (e.g. right after "Learn
 * from this article"). Like a page, the popup asks the background for the learned names it needs, so it opens as
 * quickly with 5,000 learned articles as with none; search over every learned name and a card's facts and quotes
 * come from the background too.
 */
export function usePopupIndex(listed: readonly string[]): PopupIndex {
  const [state, setState] = useState(() => ({ ...popupDictionary(), bundledOnly: true }));
  const current = useRef(state);
  current.current = state;
  const mark = usePageNamesMark();
  const words = wordsOf(listed);
  useEffect(() => {
    const bundled = popupDictionary();
    if (bundled.error || mark === undefined) return;
    if (mark === null) return setState({ ...bundled, bundledOnly: true });
    let live = true;
    sendMessage('content:names-in-page', { words: words ? words.split(' ') : [] })
      .then((rows) => {
        const dictionary = withBundled(rows, bundled.index);
        if (live && dictionary) setState({ index: indexDictionary(dictionary), bundledOnly: false });
      })
      .catch((error: unknown) => console.warn('Backstory: your learned names could not be read:', error));
    return () => {
      live = false;
    };
  }, [mark, words]);
  // Extension pages ask the background for card details the same way pages do.
  const fetched = useMemo(
    () =>
      createCardLookup(
        () => current.current.index,
        (ids) => sendMessage('content:get-cards', { ids }),
        true,
      ),
    [],
  );
  const search = useMemo(
    () => async (query: string, limit: number) =>
      withBundled(await sendMessage('ui:search-names', { query, limit }), popupDictionary().index)?.entities ?? [],
    [],
  );
  const card: CardLookup = (id) => {
    const { index, bundledOnly } = current.current;
    return bundledOnly ? Promise.resolve(index.entity(id) ? index : undefined) : fetched(id);
  };
  return { ...state, card, ...(state.bundledOnly ? {} : { search }) };
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
