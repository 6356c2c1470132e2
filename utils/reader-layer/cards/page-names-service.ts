import type { Dictionary } from '../../dictionary/schema';
import { indexDictionary, type DictionaryIndex } from '../../dictionary/lookup';
import { nameRows, type NameRow } from '../../dictionary/names-only';
import { pageNames } from '../model/names-index';
import { namesByWord, type NamesByWord } from '../model/names-by-word';

/** Hands each page the reader's names its text can hold, from every name the background indexed once per change. */
export interface PageNamesService {
  /** The rows of the bundled names (always, as the reader corrected them) and of the learned names `words` hold. */
  namesIn(words: readonly string[]): Promise<NameRow[]>;
  /** The rows of the names whose name or an alias starts with (or else holds) `query`, best first (see indexDictionary). */
  search(query: string, limit: number): Promise<NameRow[]>;
  /** Forgets the index; the next request builds it from the stored names again. */
  invalidate(): void;
  /** Builds the index now, ahead of any request (after a change, so the next page need not wait for it). */
  warm(): void;
}

/** The joined names, by their words for pages, and for search once the popup searches. */
interface IndexedNames {
  byWord: NamesByWord;
  dictionary: Dictionary;
  searched?: DictionaryIndex;
}

/**
 * A page names service over `bundled` and the layer's names-only outline read by `readNames`: the names are joined and
 * corrected as pages match them (see pageNames) and indexed by their words, once per change. At 5,000 learned
 * articles that is 112,000 names: each page used to parse, index and compile all of them, again after every learn.
 */
export function createPageNamesService(bundled: Dictionary, readNames: () => Promise<unknown>): PageNamesService {
  const bundledIds = new Set(bundled.entities.map((e) => e.id));
  let built: Promise<IndexedNames> | undefined;
  const build = async (): Promise<IndexedNames> => {
    const { dictionary } = pageNames(bundled, await readNames());
    const rows = nameRows(dictionary);
    // A bundled name is handed over whatever the words: text the page adds later is marked with it as without a layer.
    return { byWord: namesByWord(rows, (_, r) => bundledIds.has(dictionary.entities[r]!.id)), dictionary };
  };
  const current = () => {
    const mine = (built ??= build());
    // A failed build is tried again on the next request.
    mine.catch(() => built === mine && (built = undefined));
    return mine;
  };
  return {
    async namesIn(words) {
      return (await current()).byWord.find(words);
    },
    async search(query, limit) {
      const names = await current();
      // Indexed for search on the first search only: pages never search.
      names.searched ??= indexDictionary(names.dictionary);
      return nameRows({ ...names.dictionary, entities: names.searched.search(query, limit) });
    },
    invalidate() {
      built = undefined;
    },
    warm() {
      current().catch((error: unknown) => console.warn('Backstory: your names could not be prepared:', error));
    },
  };
}
