import { i18n } from '#i18n';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Entity } from '@/utils/dictionary/schema';
import { cardSections, type CardSection } from '../utils/cards/card-sections';
import { FactList } from './fact-list';
import { sectionLabel, typeLabel } from './entity-labels';
import { QuoteList } from './quote-list';
import { SourceCitation } from './source-citation';
import { ReadBeforeLine } from './read-before';
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

/** One source's part of the full card: its description, facts and quotes under its name. */
function SectionView({
  section,
  entity,
  index,
  id,
}: {
  section: CardSection;
  entity: Entity;
  index: DictionaryIndex;
  id: string;
}) {
  return (
    <section class="bs-card-part" aria-labelledby={id}>
      <h3 id={id} class="bs-card-section">
        {sectionLabel(section)}
      </h3>
      {!section.inStory && section.source?.title && (
        <p class="bs-card-headline">
          <SourceCitation source={section.source} titleOnly />
        </p>
      )}
      {section.description && <p class="bs-card-description">{section.description}</p>}
      {section.facts.length > 0 && <FactList facts={section.facts} index={index} withSources={!section.inStory} />}
      {section.said.length > 0 && (
        <>
          <h4 class="bs-card-subsection">{i18n.t('card.saidBy', [entity.name])}</h4>
          <QuoteList quotes={section.said} index={index} />
        </>
      )}
      {section.about.length > 0 && (
        <>
          <h4 class="bs-card-subsection">{i18n.t('card.saidAbout', [entity.name])}</h4>
          <QuoteList quotes={section.about} index={index} />
        </>
      )}
    </section>
  );
}

/**
 * The full card for one entity, source by source: what the story on the page says of it first ("In this story"), then
 * what each other source adds, under its publisher and date.
 */
export function EntityCard({ entity, index, mentionCount, onShowOnPage, showOnPageStatus }: EntityCardProps) {
  const headingId = `bs-card-${entity.id}`;
  const otherNames = entity.aliases.filter((a) => a !== entity.name);
  const sections = cardSections(entity, index, index.story).filter(
    (s) => s.description || s.facts.length || s.said.length || s.about.length,
  );
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
      <ReadBeforeLine entity={entity} index={index} />
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
      {sections.map((section, i) => (
        <SectionView key={i} section={section} entity={entity} index={index} id={`${headingId}-part-${i}`} />
      ))}
      {sections.length === 0 && (
        <>
          <p class="bs-card-description">{i18n.t('card.noBackground')}</p>
          <p class="bs-card-empty">{i18n.t('card.nothingYet', [entity.name])}</p>
        </>
      )}
    </article>
  );
}
