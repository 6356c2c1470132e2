import { i18n } from '#i18n';
import type { Correction } from '@/utils/dictionary/schema';
import type { PendingDecision } from '@/utils/reader-layer/model/layer-schema';
import type { SourceRow } from '@/utils/reader-layer/model/source-counts';
import { CorrectionList, PendingList, SourceList } from './dictionary-lists';
import { MemoryPanel, type MemoryPanelProps } from './memory-panel';
import './dictionary-section.css';

export interface DictionarySectionProps {
  /** What Backstory remembers of the articles read, and the ways to pause and forget it (once settings are read). */
  memory?: MemoryPanelProps;
  sources: SourceRow[];
  pending: PendingDecision[];
  corrections: Correction[];
  nameOf: (id: string) => string | undefined;
  /** The most recently removed source while it can still be put back. */
  undo?: { title: string };
  /** The outcome of the last action: an error names the problem. */
  notice?: { kind: 'error' | 'done'; text: string };
  /** The stored layer could not be read: everything else waits for a reset. */
  broken?: boolean;
  busy?: boolean;
  onRemove: (sourceId: string) => void;
  onUndo: () => void;
  onDecide: (pendingId: string, candidateId: string | null) => void;
  onRemoveCorrection: (correction: Correction) => void;
  onExport: () => void;
  onImport: (file: File) => void;
  onReset: () => void;
}

/** The options page's "Dictionary" section: memory, sources, open decisions, corrections, export and import. */
export function DictionarySection(props: DictionarySectionProps) {
  const { notice, undo, broken, busy } = props;
  const onFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) props.onImport(file);
  };
  return (
    <div class="bs-dict" aria-busy={busy}>
      <p
        class={notice?.kind === 'error' ? 'bs-options-error bs-dict-notice' : 'bs-dict-notice'}
        role={notice?.kind === 'error' ? 'alert' : 'status'}
      >
        {notice?.text ?? ''}
        {undo && (
          <button type="button" class="bs-button-quiet" onClick={props.onUndo}>
            {i18n.t('dictionary.undoRemoving', [undo.title])}
          </button>
        )}
      </p>
      {broken && (
        <button type="button" class="bs-button" onClick={props.onReset}>
          {i18n.t('dictionary.startAfresh')}
        </button>
      )}
      {props.memory && <MemoryPanel {...props.memory} />}
      <fieldset class="bs-options-fieldset">
        <legend>{i18n.t('dictionary.sources')}</legend>
        <SourceList sources={props.sources} onRemove={props.onRemove} />
      </fieldset>
      <fieldset class="bs-options-fieldset">
        <legend>{i18n.t('dictionary.decisions')}</legend>
        <PendingList pending={props.pending} onDecide={props.onDecide} />
      </fieldset>
      <fieldset class="bs-options-fieldset">
        <legend>{i18n.t('dictionary.corrections')}</legend>
        <CorrectionList corrections={props.corrections} nameOf={props.nameOf} onRemove={props.onRemoveCorrection} />
      </fieldset>
      <fieldset class="bs-options-fieldset">
        <legend>{i18n.t('dictionary.exportLegend')}</legend>
        <p class="bs-options-hint">{i18n.t('dictionary.exportHint')}</p>
        <div class="bs-dict-actions">
          <button type="button" class="bs-button-quiet" onClick={props.onExport} disabled={broken}>
            {i18n.t('dictionary.export')}
          </button>
          <label class="bs-button-quiet bs-dict-file">
            {i18n.t('dictionary.import')}
            <input
              type="file"
              accept="application/json,.json"
              onChange={onFile}
              disabled={broken || busy}
              class="bs-visually-hidden"
            />
          </label>
        </div>
      </fieldset>
    </div>
  );
}
