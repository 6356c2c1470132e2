import type { Entity, Quote } from '../dictionary/schema';
import type { CardBundle } from '../messaging';
import type { TabStory } from './tab-story';

/**
 * A card bundle with what the tab's story says of the entities asked for: each as this story describes it (under
 * `story`), the story's quotes by or about them first, and its source. Names known from this story alone have their
 * only entity there, so it joins the bundle's entities too.
 */
export function withStory(bundle: CardBundle, story: TabStory, ids: readonly string[]): CardBundle {
  const wanted = new Set(ids);
  const storyEntities = story.dictionary.entities.filter((e) => wanted.has(e.id));
  if (!storyEntities.length) return bundle;
  const entities = new Map<string, Entity>(bundle.entities.map((e) => [e.id, e]));
  for (const e of storyEntities) if (!entities.has(e.id)) entities.set(e.id, e);
  const quotes: Quote[] = story.dictionary.quotes.filter(
    (q) => (q.speaker !== null && wanted.has(q.speaker)) || q.about.some((a) => wanted.has(a)),
  );
  // Speakers of the story's quotes get a name on the card even when they were not asked for.
  const storyById = new Map(story.dictionary.entities.map((e) => [e.id, e]));
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
