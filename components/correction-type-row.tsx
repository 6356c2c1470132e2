import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Entity, EntityType } from '@/utils/dictionary/schema';
import { ENTITY_TYPES } from '../utils/dictionary/constants';
import { typeLabel } from './entity-labels';
import type { SendCorrection } from './use-send-correction';

/** "Type": another type for the entity, sent only when it differs from the one it has. */
export function CorrectionTypeRow({ entity, send }: { entity: Entity; send: SendCorrection }) {
  const [type, setType] = useState<EntityType>(entity.type);
  const { id, name } = entity;
  return (
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
          send({ kind: 'wrong-type', entity: id, name, type }, i18n.t('correction.doneType', [name, typeLabel(type)]))
        }
      >
        {i18n.t('correction.changeType')}
      </button>
    </p>
  );
}
