import type { Dictionary, Entity, Quote } from '../dictionary/schema';
import type { CardBundle } from '../messaging';
import { STORY_ID_PREFIX, type TabStory } from './tab-story';

/**
 * Names the story alone gave that the reader's layer has taken since under ids of their own (the story was
 * remembered, and the page now marks them by those ids): each such story-only id to the id asked for, where the
 * bundle's entity of that id has the story entity's name and type.
 */
function rememberedIds(entities: readonly Entity[], story: TabStory, ids: readonly string[]): Map<string, string> {
  const own = new Map(story.dictionary.entities.map((e) => [e.id, e]));
  const asked = new Map(entities.map((e) => [e.id, e]));
  const rekeyed = new Map<string, string>();
  for (const id of ids) {
    const before = own.has(id) ? undefined : own.get(`${STORY_ID_PREFIX}${id}`);
    const now = asked.get(id);
    if (before && now && before.name === now.name && before.type === now.type) rekeyed.set(before.id, id);
  }
  return rekeyed;
}

/** The story's dictionary with its remembered names under the ids the page marks them by now. */
function storyUnder(story: TabStory, rekeyed: ReadonlyMap<string, string>): Pick<Dictionary, 'entities' | 'quotes'> {
  if (!rekeyed.size) return story.dictionary;
  const idOf = (id: string) => rekeyed.get(id) ?? id;
  return {
    entities: story.dictionary.entities.map((e) => (rekeyed.has(e.id) ? { ...e, id: idOf(e.id) } : e)),
    quotes: story.dictionary.quotes.map((q) => ({
      ...q,
      speaker: q.speaker === null ? null : idOf(q.speaker),
      about: q.about.map(idOf),
    })),
  };
}

/**
 * A card bundle with what the tab's story says of the entities asked for: each as this story describes it (under
 * `story`), the story's quotes by or about them first, and its source. Names known from this story alone have their
 * only entity there, so it joins the bundle's entities too; once the story was remembered, they are found under the
 * ids the reader's layer gave them.
 */
export function withStory(bundle: CardBundle, story: TabStory, ids: readonly string[]): CardBundle {
  const wanted = new Set(ids);
  const told = storyUnder(story, rememberedIds(bundle.entities, story, ids));
  const storyEntities = told.entities.filter((e) => wanted.has(e.id));
  if (!storyEntities.length) return bundle;
  const entities = new Map<string, Entity>(bundle.entities.map((e) => [e.id, e]));
  for (const e of storyEntities) if (!entities.has(e.id)) entities.set(e.id, e);
  const quotes: Quote[] = told.quotes.filter(
    (q) => (q.speaker !== null && wanted.has(q.speaker)) || q.about.some((a) => wanted.has(a)),
  );
  // Speakers of the story's quotes get a name on the card even when they were not asked for.
  const storyById = new Map(told.entities.map((e) => [e.id, e]));
  for (const q of quotes) {
    const speaker = q.speaker ? storyById.get(q.speaker) : undefined;
    if (speaker && !entities.has(speaker.id)) entities.set(speaker.id, { ...speaker, facts: [] });
  }
  // A quote this story and an earlier source both report is shown once, as this story's.
  const storyTexts = new Set(quotes.map((q) => q.text));
  return {
    entities: [...entities.values()],
    quotes: [...quotes, ...bundle.quotes.filter((q) => !storyTexts.has(q.text))],
    sources: [story.source, ...bundle.sources.filter((s) => s.id !== story.source.id)],
    story: { source: story.source, entities: storyEntities },
  };
}
