import { i18n } from '#i18n';
import type { EntityType } from '@/utils/dictionary/schema';
import { backgroundPhrase, sourceLabel, type CardSection } from '../utils/cards/card-sections';

// Components clip with the cards' own rule, so a source label and a clipped fact cut alike.
export { clip } from '../utils/cards/clip';

/** The order entity groups appear in, most often looked up first. */
export const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

/** The reader-facing name of one entity type ("Person"). */
export function typeLabel(type: EntityType): string {
  return i18n.t(`type.${type}`);
}

/** The heading of a group of entities of one type ("People"). */
export function typeGroupLabel(type: EntityType): string {
  return i18n.t(`typeGroup.${type}`);
}

/** The first sentence of a description, for one-line listings; the whole text when it has no sentence end. */
export function oneLine(description: string): string {
  const text = description.replace(/\s+/g, ' ').trim();
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

/** "1 mention" / "3 mentions". */
export function mentionLabel(count: number): string {
  return i18n.t('count.mentions', count);
}

/** "3 around the story": mentions outside an article's story, when the whole page is marked. */
export function aroundLabel(count: number): string {
  return i18n.t('count.around', count);
}

/**
 * The one-line background of an entity: its description when that is a short phrase saying who or what it is, else
 * nothing — never a fact or another sentence, which the card lists among the facts.
 */
export function backgroundOf(entity: { description?: string }): string {
  return backgroundPhrase(entity.description ?? '');
}

/** Whose words a card's line is: "In this story", or the source's publisher and date. */
export function sectionLabel(section: CardSection | undefined): string {
  if (section?.inStory) return i18n.t('card.inThisStory');
  return section?.source ? sourceLabel(section.source) : i18n.t('card.earlierBackground');
}
