import { indexDictionary, type DictionaryIndex } from '../../dictionary/lookup';
import type { CardBundle } from '../../messaging';

/** Finds the card of an entity on the page: an index holding its details, or undefined when it is unknown. */
export type CardLookup = (id: string) => Promise<DictionaryIndex | undefined>;

/**
 * Card details fetched on demand: `names` is the page's names-only index (what matching uses), `fetch` asks for the
 * full details of some entities. Details are cached until the names index is replaced (the layer changed). An
 * entity whose details cannot be fetched still gets a card from what the names index holds. With `beyondNames`, an
 * entity the names index lacks is asked for too (the popup's search finds names beyond the page's).
 */
export function createCardLookup(
  names: () => DictionaryIndex | undefined,
  fetch: (ids: string[]) => Promise<CardBundle>,
  beyondNames = false,
): CardLookup {
  let cachedFor: DictionaryIndex | undefined;
  const cache = new Map<string, Promise<DictionaryIndex | undefined>>();

  const load = async (base: DictionaryIndex, id: string): Promise<DictionaryIndex | undefined> => {
    let bundle: CardBundle;
    try {
      bundle = await fetch([id]);
    } catch (error) {
      console.warn('Backstory: card details could not be loaded:', error);
      return base.entity(id) ? base : undefined;
    }
    const details = indexDictionary({ schemaVersion: 1, ...bundle });
    if (!details.entity(id)) return undefined;
    return {
      dictionary: details.dictionary,
      entity: (e) => details.entity(e) ?? base.entity(e),
      source: (s) => details.source(s) ?? base.source(s),
      relatedQuotes: details.relatedQuotes,
      // "Same as …" searches every name on the page's dictionary, not just this card's.
      search: base.search,
      ...(bundle.story ? { story: bundle.story } : {}),
    };
  };

  return (id) => {
    const base = names();
    if (!base || (!beyondNames && !base.entity(id))) return Promise.resolve(undefined);
    if (cachedFor !== base) {
      cachedFor = base;
      cache.clear();
    }
    let found = cache.get(id);
    if (!found) {
      found = load(base, id);
      cache.set(id, found);
      // A failed fetch is tried again next time.
      void found.then((index) => index === base && cache.get(id) === found && cache.delete(id));
    }
    return found;
  };
}
