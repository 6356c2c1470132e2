import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import { SearchResult } from './search-result';
import { useSearchKeys } from './use-search-keys';
import { useSearchResults, type SearchBeyond } from './use-search-results';
import './styles/list.css';

export interface SearchBoxProps {
  index: DictionaryIndex;
  onSelect: (id: string) => void;
  /** Called with the query as it changes, so the caller can hide other content while searching. */
  onQueryChange?: (query: string) => void;
  /** Most results shown at once. */
  limit?: number;
  /** Where names beyond `index` are searched (see SearchBeyond): its results follow `index`'s, which show at once. */
  search?: SearchBeyond;
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
