import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Entity } from '@/utils/dictionary/schema';
import { typeLabel } from './entity-labels';
import type { SendCorrection } from './use-send-correction';

// Few enough to pick from at a glance.
const MATCHES_SHOWN = 6;

export interface CorrectionSameAsProps {
  entity: Entity;
  /** Where the other entity is searched for. */
  index: DictionaryIndex;
  send: SendCorrection;
}

/** "Same as": a search for the entity this one is the same as (never itself), each match a button that says so. */
export function CorrectionSameAs({ entity, index, send }: CorrectionSameAsProps) {
  const [query, setQuery] = useState('');
  const { id, name } = entity;
  const matches = query.trim() ? index.search(query, MATCHES_SHOWN).filter((e) => e.id !== id) : [];
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
