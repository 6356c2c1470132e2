import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Entity } from '@/utils/dictionary/schema';

/**
 * A search over names beyond a dictionary index (the reader's learned names, held by the background). Should keep its
 * identity from one render to the next.
 */
export type SearchBeyond = (query: string, limit: number) => Promise<Entity[]>;

/** `index`'s results for `query`, followed by those `search` finds once it answers (without repeats, at most `limit`). */
export function useSearchResults(
  index: DictionaryIndex,
  query: string,
  limit: number,
  search: SearchBeyond | undefined,
): Entity[] {
  const local = useMemo(() => index.search(query, limit), [index, query, limit]);
  const [more, setMore] = useState<{ query: string; found: Entity[] }>({ query: '', found: [] });
  useEffect(() => {
    if (!search || !query.trim()) return;
    let live = true;
    search(query, limit)
      .then((found) => live && setMore({ query, found }))
      .catch((error: unknown) => console.warn('Backstory: your learned names could not be searched:', error));
    return () => {
      live = false;
    };
  }, [search, query, limit]);
  return useMemo(() => {
    if (!search || more.query !== query) return local;
    const shown = new Set(local.map((e) => e.id));
    return [...local, ...more.found.filter((e) => !shown.has(e.id))].slice(0, limit);
  }, [local, more, query, limit, search]);
}
