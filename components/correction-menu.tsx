import { i18n } from '#i18n';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Correction, Entity } from '@/utils/dictionary/schema';
import { CorrectionSameAs } from './correction-same-as';
import { CorrectionTypeRow } from './correction-type-row';
import { useSendCorrection } from './use-send-correction';
import type { SearchBeyond } from './use-search-results';
import './styles/correction.css';

export interface CorrectionMenuProps {
  entity: Entity;
  /** Used to find the entity this one is "the same as". */
  index: DictionaryIndex;
  /** Where that entity is searched for beyond `index`: the reader's learned names. */
  search?: SearchBeyond;
  /** Stores the correction; a rejection is shown to the reader. */
  onCorrect: (correction: Correction) => Promise<void>;
}

/** "Correct this name": not a name, hide, another type, or the same as another entity. Stored for every page. */
export function CorrectionMenu({ entity, index, search, onCorrect }: CorrectionMenuProps) {
  const { message, send } = useSendCorrection(onCorrect);
  const { id, name } = entity;
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
        <CorrectionTypeRow entity={entity} send={send} />
        <CorrectionSameAs entity={entity} index={index} search={search} send={send} />
        <p class="bs-correct-status" role="status">
          {message ?? ''}
        </p>
      </div>
    </details>
  );
}
