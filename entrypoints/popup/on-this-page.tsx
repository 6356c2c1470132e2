import { i18n } from '#i18n';
import { EmptyState, type EmptyKind } from '@/components/empty-state';
import { EntityList, type ListedEntity } from '@/components/entity-list';
import type { PageReport } from '@/utils/messaging';
import { limitNote } from './limit-note';

export interface OnThisPageProps {
  /** The empty state to show, or null when the lists say it all. */
  empty: EmptyKind | null;
  report?: PageReport;
  /** What reading along says about the page, if anything. */
  note?: string;
  /** The story's entities, in the story's order. */
  inStory: ListedEntity[];
  /** The page's other entities. */
  others: ListedEntity[];
  onSelect(id: string): void;
}

/** "On this page": the page's entities, those of the story read along first, or why there are none. */
export function OnThisPage({ empty, report, note, inStory, others, onSelect }: OnThisPageProps) {
  // A page that gave up still lists what it found before it stopped.
  const listed = !empty || empty === 'gave-up';
  return (
    <section class="bs-on-page" aria-labelledby="bs-on-page-heading">
      <h2 id="bs-on-page-heading" class="bs-popup-section">
        {i18n.t('popup.onThisPage')}
      </h2>
      {empty && <EmptyState kind={empty} note={empty === 'gave-up' ? limitNote(report) : undefined} />}
      {note && !empty && (
        <p class="bs-popup-note" role="status">
          {note}
        </p>
      )}
      {listed && inStory.length > 0 && (
        <>
          <h3 class="bs-popup-subsection">{i18n.t('popup.inThisStory')}</h3>
          <EntityList entities={inStory} onSelect={onSelect} ordered />
          {others.length > 0 && <h3 class="bs-popup-subsection">{i18n.t('popup.alsoOnPage')}</h3>}
        </>
      )}
      {listed && <EntityList entities={others} onSelect={onSelect} />}
    </section>
  );
}
