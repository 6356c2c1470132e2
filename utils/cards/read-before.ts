import type { DictionaryIndex } from '../dictionary/lookup';
import type { Entity, Source } from '../dictionary/schema';
import { isLearnedSourceId } from '../reader-layer/model/source-id';

/** Sources a card lists under "In N articles you read": enough to follow up, few enough for a glance. */
export const READ_BEFORE_SHOWN = 3;

/** The articles the reader read that name an entity: how many, and the newest few the card can cite. */
export interface ReadBefore {
  count: number;
  sources: Source[];
}

/**
 * The articles the reader read before that name `entity` (the learned sources among those naming it, by mention,
 * fact or quote), apart from the story on the page, `storyId`: how many, and the newest few, by publication date
 * (undated last), whose details the card has.
 */
export function readBefore(entity: Entity, index: DictionaryIndex, storyId?: string): ReadBefore {
  const learned = learnedSourcesNaming(entity, index).filter((id) => id !== storyId);
  const sources = learned.flatMap((id): Source[] => {
    const source = index.source(id);
    return source ? [source] : [];
  });
  sources.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  return { count: learned.length, sources: sources.slice(0, READ_BEFORE_SHOWN) };
}

/** Ids of the learned articles that name `entity`, by mention, fact or quote. */
export function learnedSourcesNaming(entity: Entity, index: DictionaryIndex): string[] {
  const ids = new Set(entity.mentionedIn ?? []);
  for (const f of entity.facts) ids.add(f.source);
  const { said, about } = index.relatedQuotes(entity.id);
  for (const q of [...said, ...about]) ids.add(q.source);
  return [...ids].filter(isLearnedSourceId);
}

/**
 * How many learned articles name each of `ids` (those that none names are left out), leaving out the articles in
 * `exclude` (the page the reader has open, when it was remembered too): the popup lists names met before first.
 */
export function readBeforeCounts(
  index: DictionaryIndex,
  ids: readonly string[],
  exclude: ReadonlySet<string>,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of ids) {
    const entity = index.entity(id);
    if (!entity) continue;
    const count = learnedSourcesNaming(entity, index).filter((s) => !exclude.has(s)).length;
    if (count > 0) counts[id] = count;
  }
  return counts;
}
