import { metBeforeFirst, type ListedEntity } from '@/components/entity-list';
import { cardSections, firstPhrase, sourceLabel } from '@/utils/cards/card-sections';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import { STORY_ID_PREFIX, type TabStory } from '@/utils/learn/tab-story';
import type { Entity } from '@/utils/dictionary/schema';
import type { PageEntity } from '@/utils/messaging';

/**
 * The story's entity for a name on the page: by its id, or, once the story was remembered and a name it alone gave
 * became the reader's own under its own id, the story-only entity it was (the same id without the story's prefix,
 * the same name and type).
 */
function storyEntityOf(own: ReadonlyMap<string, Entity>, e: PageEntity): Entity | undefined {
  const before = own.get(e.id) ?? own.get(`${STORY_ID_PREFIX}${e.id}`);
  return before && (before.id === e.id || (before.name === e.name && before.type === e.type)) ? before : undefined;
}

/**
 * The page's names in two lists: the story's own, most mentioned first, each with its role in this story (a short
 * phrase, else another source's, else none) and, when the reader's dictionaries know it too, where from; then the
 * page's other names with their background. Each says in how many articles the reader read before it was named
 * (`readBefore`); the story's names met before come first, and the other list does the same within each type.
 */
export function splitByStory(
  entities: readonly PageEntity[],
  story: TabStory | null,
  index: DictionaryIndex,
  describe: (id: string) => string | undefined,
  readBefore: (id: string) => number = () => 0,
): { inStory: ListedEntity[]; others: ListedEntity[] } {
  const own = new Map(story?.dictionary.entities.map((e) => [e.id, e]));
  const inStory: ListedEntity[] = [];
  const others: ListedEntity[] = [];
  for (const page of entities) {
    const count = readBefore(page.id);
    const e = count > 0 ? { ...page, readBefore: count } : page;
    const storyEntity = storyEntityOf(own, e);
    if (!storyEntity || !story) {
      others.push({ ...e, description: describe(e.id) });
      continue;
    }
    const sections = cardSections(index.entity(e.id) ?? storyEntity, index, index.story);
    const elsewhere = sections.find((s) => !s.inStory && s.source);
    inStory.push({
      ...e,
      description: firstPhrase([storyEntity, ...sections]) || undefined,
      ...(story.storyOnly.includes(e.id) || !elsewhere?.source ? {} : { knownFrom: sourceLabel(elsewhere.source) }),
    });
  }
  // Names met before first, then prominence: how often the page names it; the page's order breaks ties.
  inStory.sort((a, b) => metBeforeFirst(a, b) || b.count - a.count);
  return { inStory, others };
}
