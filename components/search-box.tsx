import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Entity } from '@/utils/dictionary/schema';
import { SearchResult } from './search-result';
import { useSearchKeys } from './use-search-keys';
import './styles/list.css';

export interface SearchBoxProps {
  index: DictionaryIndex;
  onSelect: (id: string) => void;
  /** Called with the query as it changes, so the caller can hide other content while searching. */
  onQueryChange?: (query: string) => void;
  /** Most results shown at once. */
  limit?: number;
  /**
   * Where names beyond `index` are searched (the reader's learned names, held by the background): its results follow
   * `index`'s, which show at once. Should keep its identity from one render to the next.
   */
  search?: (query: string, limit: number) => Promise<Entity[]>;
}

/** A search field over the whole dictionary (names and aliases) with results as you type; arrows move through them. */
export function SearchBox({ index, onSelect, onQueryChange, limit = 12, search }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const results = useSearchResults(index, query, limit, search);
  const update = (value: string) => {
    setQuery(value);
    onQueryChange?.(value);
  };
  const { listRef, inputRef, onInputKey, onResultKey } = useSearchKeys(results.length > 0, query, () => update(''));

  const trimmed = query.trim();
  return (
    <div class="bs-search" role="search">
      <label for="bs-search-input" class="bs-search-label">
        {i18n.t('search.label')}
      </label>
      <input
        id="bs-search-input"
        ref={inputRef}
        type="search"
        class="bs-search-input"
        placeholder={i18n.t('search.placeholder')}
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(e) => update((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onInputKey}
        aria-describedby="bs-search-status"
      />
      <p id="bs-search-status" class="bs-search-status" role="status">
        {trimmed ? (results.length ? i18n.t('search.results', results.length) : i18n.t('search.noMatches')) : ''}
      </p>
      {results.length > 0 && (
        <ul class="bs-entity-items" ref={listRef} aria-label={i18n.t('search.resultsLabel')}>
          {results.map((entity, i) => (
            <li key={entity.id}>
              <SearchResult entity={entity} onSelect={onSelect} onKeyDown={(e) => onResultKey(e, i)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** `index`'s results for `query`, followed by those `search` finds once it answers (without repeats, at most `limit`). */
function useSearchResults(
  index: DictionaryIndex,
  query: string,
  limit: number,
  search: SearchBoxProps['search'],
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
