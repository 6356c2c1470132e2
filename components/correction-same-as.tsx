import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Entity } from '@/utils/dictionary/schema';
import { typeLabel } from './entity-labels';
import { useSearchResults, type SearchBeyond } from './use-search-results';
import type { SendCorrection } from './use-send-correction';

// Few enough to pick from at a glance.
const MATCHES_SHOWN = 6;

export interface CorrectionSameAsProps {
  entity: Entity;
  /** Where the other entity is searched for. */
  index: DictionaryIndex;
  /** Where it is searched for beyond `index`: the reader's learned names. */
  search?: SearchBeyond;
  send: SendCorrection;
}

/** "Same as": a search for the entity this one is the same as (never itself), each match a button that says so. */
export function CorrectionSameAs({ entity, index, search, send }: CorrectionSameAsProps) {
  const [query, setQuery] = useState('');
  const { id, name } = entity;
  // One more than shown, as the entity itself may be among them.
  const found = useSearchResults(index, query, MATCHES_SHOWN + 1, search);
  const matches = query.trim() ? found.filter((e) => e.id !== id).slice(0, MATCHES_SHOWN) : [];
  return (
    <>
      <label class="bs-correct-row">
        {i18n.t('correction.sameAs')}{' '}
        <input
          type="search"
          value={query}
          placeholder={i18n.t('correction.anotherName')}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {matches.length > 0 && (
        <ul class="bs-correct-matches" aria-label={i18n.t('correction.sameAsWhich')}>
          {matches.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                class="bs-button-quiet"
                onClick={() =>
                  send(
                    { kind: 'same-as', entity: id, name, target: m.id },
                    i18n.t('correction.doneSameAs', [name, m.name]),
                  )
                }
              >
                {i18n.t('correction.match', [m.name, typeLabel(m.type)])}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
