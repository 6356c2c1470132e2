import { useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import { backgroundOf, oneLine, typeLabel } from './entity-labels';
import './styles/list.css';

export interface SearchBoxProps {
  index: DictionaryIndex;
  onSelect: (id: string) => void;
  /** Called with the query as it changes, so the caller can hide other content while searching. */
  onQueryChange?: (query: string) => void;
  /** Most results shown at once. */
  limit?: number;
}

/** A search field over the whole dictionary (names and aliases) with results as you type; arrows move through them. */
export function SearchBox({ index, onSelect, onQueryChange, limit = 12 }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const results = useMemo(() => index.search(query, limit), [index, query, limit]);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const update = (value: string) => {
    setQuery(value);
    onQueryChange?.(value);
  };

  const buttons = () => Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
  const onInputKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      buttons()[0]?.focus();
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      update('');
    }
  };
  const onResultKey = (event: KeyboardEvent, i: number) => {
    const all = buttons();
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(i + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (i === 0 ? inputRef.current : all[i - 1])?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      inputRef.current?.focus();
    }
  };

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
              <button
                type="button"
                class="bs-entity-item"
                data-entity-id={entity.id}
                onClick={() => onSelect(entity.id)}
                onKeyDown={(e) => onResultKey(e, i)}
              >
                <span class="bs-entity-line">
                  <span class="bs-entity-name">{entity.name}</span>
                  <span class="bs-type-badge">{typeLabel(entity.type)}</span>
                </span>
                {backgroundOf(entity) && <span class="bs-entity-background">{oneLine(backgroundOf(entity))}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
