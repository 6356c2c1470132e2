import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Correction } from '@/utils/dictionary/schema';
import type { PendingDecision } from '@/utils/reader-layer/model/layer-schema';
import type { SourceRow } from '@/utils/reader-layer/model/source-counts';

/** Sources shown at first, and added by each "Show more": thousands of rows at once held the page for a second. */
const SOURCES_PAGE = 100;

/** Every source with its counts, a page at a time, newest learned first; learned ones can be removed. */
export function SourceList({ sources, onRemove }: { sources: SourceRow[]; onRemove: (id: string) => void }) {
  const [shown, setShown] = useState(SOURCES_PAGE);
  if (!sources.length) return <p class="bs-options-empty">{i18n.t('dictionary.noSources')}</p>;
  const more = Math.min(SOURCES_PAGE, sources.length - shown);
  return (
    <>
      <ul class="bs-dict-list" aria-label={i18n.t('dictionary.sourcesLabel')}>
        {sources.slice(0, shown).map((s) => (
          <SourceItem key={s.id} source={s} onRemove={onRemove} />
        ))}
      </ul>
      {more > 0 && (
        <p class="bs-options-hint">
          {i18n.t('dictionary.showingSources', [shown, sources.length])}{' '}
          <button type="button" class="bs-button-quiet" onClick={() => setShown(shown + SOURCES_PAGE)}>
            {i18n.t('dictionary.showMoreSources', [more])}
          </button>
        </p>
      )}
    </>
  );
}

/** One source: its title (linked), where it comes from, what it holds, and a way to remove it when learned. */
function SourceItem({ source: s, onRemove }: { source: SourceRow; onRemove: (id: string) => void }) {
  return (
    <li class="bs-dict-row" data-source-id={s.id}>
      <div>
        {s.url ? (
          <a href={s.url} target="_blank" rel="noreferrer">
            {s.title}
          </a>
        ) : (
          <span>{s.title}</span>
        )}
        <p class="bs-options-hint">
          {[
            s.learned ? i18n.t('dictionary.learned') : i18n.t('dictionary.bundled'),
            s.publisher,
            s.published?.slice(0, 10),
          ]
            .filter(Boolean)
            .join(' · ')}
          {' — '}
          {s.entities === undefined
            ? i18n.t('dictionary.counting')
            : [
                i18n.t('count.names', s.entities),
                i18n.t('count.facts', s.facts ?? 0),
                i18n.t('count.quotes', s.quotes ?? 0),
              ].join(', ')}
        </p>
      </div>
      {s.learned && (
        <button
          type="button"
          class="bs-button-quiet"
          onClick={() => onRemove(s.id)}
          aria-label={i18n.t('dictionary.removeSource', [s.title])}
        >
          {i18n.t('dictionary.remove')}
        </button>
      )}
    </li>
  );
}

/** Merges the layer would not guess, each with its candidates to accept or a way to keep it apart. */
export function PendingList({
  pending,
  onDecide,
}: {
  pending: PendingDecision[];
  onDecide: (pendingId: string, candidateId: string | null) => void;
}) {
  if (!pending.length) return <p class="bs-options-empty">{i18n.t('dictionary.noPending')}</p>;
  return (
    <ul class="bs-dict-list" aria-label={i18n.t('dictionary.decisionsLabel')}>
      {pending.map((p) => (
        <li key={p.id} class="bs-dict-row">
          <div>
            <strong>{p.name}</strong> ({i18n.t(`typeWord.${p.type}`)}){' '}
            {p.reason === 'type-clash' ? i18n.t('dictionary.typeClash') : i18n.t('dictionary.ambiguous')}
            <div class="bs-dict-actions">
              {p.candidates.map((c) => (
                <button type="button" class="bs-button-quiet" key={c.id} onClick={() => onDecide(p.id, c.id)}>
                  {i18n.t('dictionary.sameAs', [c.name, i18n.t(`typeWord.${c.type}`)])}
                </button>
              ))}
              <button type="button" class="bs-button-quiet" onClick={() => onDecide(p.id, null)}>
                {i18n.t('dictionary.someoneElse')}
              </button>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** What each correction says, in words. */
export function describeCorrection(c: Correction, nameOf: (id: string) => string | undefined): string {
  switch (c.kind) {
    case 'not-a-name':
      return i18n.t('dictionary.isNotAName', [c.name]);
    case 'hide':
      return i18n.t('dictionary.isHidden', [c.name]);
    case 'wrong-type':
      return i18n.t('dictionary.isType', [c.name, i18n.t(`typeAs.${c.type}`)]);
    case 'same-as':
      return i18n.t('dictionary.isSameAs', [c.name, nameOf(c.target) ?? c.target]);
  }
}

/** The reader's corrections, each removable. */
export function CorrectionList({
  corrections,
  nameOf,
  onRemove,
}: {
  corrections: Correction[];
  nameOf: (id: string) => string | undefined;
  onRemove: (c: Correction) => void;
}) {
  if (!corrections.length) return <p class="bs-options-empty">{i18n.t('dictionary.noCorrections')}</p>;
  return (
    <ul class="bs-dict-list" aria-label={i18n.t('dictionary.correctionsLabel')}>
      {corrections.map((c) => {
        const text = describeCorrection(c, nameOf);
        return (
          <li key={`${c.kind}:${c.entity}`} class="bs-dict-row">
            <span>{text}</span>
            <button
              type="button"
              class="bs-button-quiet"
              onClick={() => onRemove(c)}
              aria-label={i18n.t('dictionary.undoCorrection', [text])}
            >
              {i18n.t('dictionary.remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
