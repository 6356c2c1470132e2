import { i18n } from '#i18n';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Entity } from '@/utils/dictionary/schema';
import { FactList } from './fact-list';
import { typeLabel } from './entity-labels';
import { QuoteList } from './quote-list';
import './styles/card.css';

export interface EntityCardProps {
  entity: Entity;
  index: DictionaryIndex;
  /** How often the open page names the entity; omitted when the card is not about the page (search). */
  mentionCount?: number;
  /** Scroll the page to the next mention; the button shows only when this is given. */
  onShowOnPage?: () => void;
  /** What the last "show on page" did, announced politely ("Mention 2 of 5"). */
  showOnPageStatus?: string;
}

/** The full card for one entity: background, facts with their sources, and quotes said by it and about it. */
export function EntityCard({ entity, index, mentionCount, onShowOnPage, showOnPageStatus }: EntityCardProps) {
  const { said, about } = index.relatedQuotes(entity.id);
  const headingId = `bs-card-${entity.id}`;
  const otherNames = entity.aliases.filter((a) => a !== entity.name);
  return (
    <article class="bs-card" aria-labelledby={headingId}>
      <header class="bs-card-header">
        <h2 id={headingId} class="bs-card-name">
          {entity.name}
        </h2>
        <span class="bs-type-badge">{typeLabel(entity.type)}</span>
        {mentionCount !== undefined && <span class="bs-card-count">{i18n.t('card.mentionsOnPage', mentionCount)}</span>}
      </header>
      {otherNames.length > 0 && <p class="bs-card-aliases">{i18n.t('card.alsoCalled', [otherNames.join(', ')])}</p>}
      {/* With no description the type badge and the facts below speak for the entity. */}
      {(entity.description || entity.facts.length === 0) && (
        <p class="bs-card-description">{entity.description || i18n.t('card.noBackground')}</p>
      )}
      {onShowOnPage && (
        <p class="bs-card-actions">
          <button type="button" class="bs-button" onClick={onShowOnPage}>
            {i18n.t('card.showOnPage')}
          </button>
          <span class="bs-card-status" role="status">
            {showOnPageStatus ?? ''}
          </span>
        </p>
      )}
      {entity.facts.length > 0 && (
        <section aria-labelledby={`${headingId}-facts`}>
          <h3 id={`${headingId}-facts`} class="bs-card-section">
            {i18n.t('card.facts')}
          </h3>
          <FactList facts={entity.facts} index={index} />
        </section>
      )}
      {said.length > 0 && (
        <section aria-labelledby={`${headingId}-said`}>
          <h3 id={`${headingId}-said`} class="bs-card-section">
            {i18n.t('card.saidBy', [entity.name])}
          </h3>
          <QuoteList quotes={said} index={index} />
        </section>
      )}
      {about.length > 0 && (
        <section aria-labelledby={`${headingId}-about`}>
          <h3 id={`${headingId}-about`} class="bs-card-section">
            {i18n.t('card.saidAbout', [entity.name])}
          </h3>
          <QuoteList quotes={about} index={index} />
        </section>
      )}
      {said.length + about.length === 0 && entity.facts.length === 0 && (
        <p class="bs-card-empty">{i18n.t('card.nothingYet', [entity.name])}</p>
      )}
    </article>
  );
}
