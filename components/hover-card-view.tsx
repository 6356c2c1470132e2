import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Entity, Quote } from '@/utils/dictionary/schema';
import { cardSections, leadLine, type CardSection } from '../utils/cards/card-sections';
import { FactList } from './fact-list';
import { clip, sectionLabel, typeLabel } from './entity-labels';
import { QuoteList } from './quote-list';
import { ReadBeforeLine } from './read-before';
import './styles/theme.css';
import './styles/card.css';

/** How many facts and quotes fit on a hover card before it stops being a glance. */
export const HOVER_LIMITS = { facts: 2, factLength: 120, quotes: 2, quoteLength: 140, description: 220 } as const;

export interface HoverCardViewProps {
  entity: Entity;
  index: DictionaryIndex;
  /** The page text that was highlighted, which may be an alias ("Musk"). */
  matchedText: string;
  theme: 'light' | 'dark';
  /** Shown at the card's end (the correction menu on pages). */
  children?: ComponentChildren;
}

/** The quotes most worth a glance: this story's first, and in each source what the entity said, then about it. */
export function hoverQuotes(index: DictionaryIndex, entityId: string, limit: number = HOVER_LIMITS.quotes): Quote[] {
  const entity = index.entity(entityId);
  if (!entity) return [];
  return sectionQuotes(index, entityId, cardSections(entity, index, index.story), limit);
}

/** This story's quotes first (said, then about), then the other sources' in the dictionary's order, said first. */
function sectionQuotes(index: DictionaryIndex, entityId: string, sections: readonly CardSection[], limit: number) {
  const storyId = sections.find((s) => s.inStory)?.source?.id;
  const story = sections.filter((s) => s.inStory).flatMap((s) => [...s.said, ...s.about]);
  const { said, about } = index.relatedQuotes(entityId);
  return [...story, ...[...said, ...about].filter((q) => q.source !== storyId)].slice(0, limit);
}

/** The compact card shown next to a highlighted name: a non-modal dialog labelled by the name. */
export function HoverCardView({ entity, index, matchedText, theme, children }: HoverCardViewProps) {
  const sections = cardSections(entity, index, index.story);
  // The first words are this story's on the entity when there are some, always under whose words they are: a short
  // phrase saying who or what it is, then the facts, none repeating the phrase. With no phrase the facts stand alone.
  const lead = leadLine(sections);
  const background = lead.text;
  const facts = (lead.section?.facts ?? []).filter((f) => f.text !== background).slice(0, HOVER_LIMITS.facts);
  const describedBy = background || facts.length === 0 ? 'bs-hover-description' : 'bs-hover-facts';
  const quotes = sectionQuotes(index, entity.id, sections, HOVER_LIMITS.quotes);
  // What another source says, when the first line is this story's.
  const other = lead.section?.inStory ? sections.find((s) => !s.inStory && s.description) : undefined;
  const matched = matchedText.replace(/\s+/g, ' ').trim();
  return (
    <div
      class="bs-theme bs-hover-card"
      data-theme={theme}
      role="dialog"
      aria-modal="false"
      aria-labelledby="bs-hover-name"
      aria-describedby={describedBy}
    >
      <header class="bs-card-header">
        <h2 id="bs-hover-name" class="bs-card-name">
          {entity.name}
        </h2>
        <span class="bs-type-badge">{typeLabel(entity.type)}</span>
      </header>
      {(background || facts.length > 0) && <p class="bs-card-source-label">{sectionLabel(lead.section)}</p>}
      {(background || facts.length === 0) && (
        <p id="bs-hover-description" class="bs-card-description">
          {background ? clip(background, HOVER_LIMITS.description) : i18n.t('card.noBackground')}
        </p>
      )}
      {facts.length > 0 && (
        <section id="bs-hover-facts" aria-label={i18n.t('card.keyFacts')}>
          <FactList facts={facts} index={index} withSources={false} maxLength={HOVER_LIMITS.factLength} />
        </section>
      )}
      {other && (
        <p class="bs-card-other">
          <span class="bs-card-source-label">{sectionLabel(other)}</span>{' '}
          {clip(other.description, HOVER_LIMITS.factLength)}
        </p>
      )}
      <ReadBeforeLine entity={entity} index={index} />
      {quotes.length > 0 && (
        <section aria-label={i18n.t('card.quotes')}>
          <QuoteList quotes={quotes} index={index} maxLength={HOVER_LIMITS.quoteLength} compact />
        </section>
      )}
      <footer class="bs-hover-footer">
        {matched && <p class="bs-hover-why">{i18n.t('card.highlightedBecause', [matched])}</p>}
        <p class="bs-hover-more">{i18n.t('card.moreInPopup')}</p>
        <p class="bs-hover-more">{i18n.t('card.keyboardHint')}</p>
      </footer>
      {children}
    </div>
  );
}
