import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Correction, Entity, EntityType } from '@/utils/dictionary/schema';
import { ENTITY_TYPES } from '@/utils/dictionary/constants';
import { typeLabel } from './entity-labels';
import './styles/correction.css';

export interface CorrectionMenuProps {
  entity: Entity;
  /** Used to find the entity this one is "the same as". */
  index: DictionaryIndex;
  /** Stores the correction; a rejection is shown to the reader. */
  onCorrect: (correction: Correction) => Promise<void>;
}

/** "Correct this name": not a name, hide, another type, or the same as another entity. Stored for every page. */
export function CorrectionMenu({ entity, index, onCorrect }: CorrectionMenuProps) {
  const [type, setType] = useState<EntityType>(entity.type);
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<string>();
  const { id, name } = entity;
  const matches = query.trim() ? index.search(query, 6).filter((e) => e.id !== id) : [];

  const send = async (correction: Correction, done: string) => {
    try {
      await onCorrect(correction);
      setMessage(done);
    } catch (error) {
      setMessage(i18n.t('correction.notSaved', [(error as Error).message]));
    }
  };

  return (
    <details class="bs-correct">
      <summary>{i18n.t('correction.summary')}</summary>
      <div class="bs-correct-body">
        <p class="bs-correct-row">
          <button
            type="button"
            class="bs-button-quiet"
            onClick={() => send({ kind: 'not-a-name', entity: id, name }, i18n.t('correction.doneNotAName', [name]))}
          >
            {i18n.t('correction.notAName')}
          </button>
          <button
            type="button"
            class="bs-button-quiet"
            onClick={() => send({ kind: 'hide', entity: id, name }, i18n.t('correction.doneHidden', [name]))}
          >
            {i18n.t('correction.hide')}
          </button>
        </p>
        <p class="bs-correct-row">
          <label>
            {i18n.t('correction.type')}{' '}
            <select value={type} onChange={(e) => setType((e.currentTarget as HTMLSelectElement).value as EntityType)}>
              {ENTITY_TYPES.map((t) => (
                <option key={t} value={t}>
                  {typeLabel(t)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="bs-button-quiet"
            disabled={type === entity.type}
            onClick={() =>
              send(
                { kind: 'wrong-type', entity: id, name, type },
                i18n.t('correction.doneType', [name, typeLabel(type)]),
              )
            }
          >
            {i18n.t('correction.changeType')}
          </button>
        </p>
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
        <p class="bs-correct-status" role="status">
          {message ?? ''}
        </p>
      </div>
    </details>
  );
}
