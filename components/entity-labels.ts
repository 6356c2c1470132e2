import { i18n } from '#i18n';
import type { EntityType } from '@/utils/dictionary/schema';
import { sourceLabel, type CardSection } from '../utils/cards/card-sections';

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

/** Shortens `text` to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
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
 * The one-line background of an entity: its description, else its most informative fact (facts come best first),
 * never anything else; empty when the entity has neither.
 */
export function backgroundOf(entity: { description?: string; facts?: readonly { text: string }[] }): string {
  return entity.description || entity.facts?.[0]?.text || '';
}

/** Whose words a card's line is: "In this story", or the source's publisher and date. */
export function sectionLabel(section: CardSection | undefined): string {
  if (section?.inStory) return i18n.t('card.inThisStory');
  return section?.source ? sourceLabel(section.source) : i18n.t('card.earlierBackground');
}
