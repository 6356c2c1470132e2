import type { DictionaryIndex } from '../dictionary/lookup';
import type { Entity, Fact, Quote, Source } from '../dictionary/schema';
import type { StoryCards } from '../messaging';

/** One part of a card: what one source says of the entity. */
export interface CardSection {
  /** This is what the story on the page says ("In this story"). */
  inStory: boolean;
  /** Where the section's words come from; undefined when no source is recorded for them. */
  source?: Source;
  description: string;
  facts: Fact[];
  said: Quote[];
  about: Quote[];
}

/** What the story on the page says of `id`, when Backstory read it along. */
export function storyEntity(story: StoryCards | undefined, id: string): Entity | undefined {
  return story?.entities.find((e) => e.id === id);
}

/**
 * An entity's card, source by source: first what the story on the page says of it ("In this story": its role
 * there, its facts and quotes), then, under each other source, what that source adds. A description from another
 * story never comes first unlabelled: it leads the section of the source it came from.
 */
export function cardSections(entity: Entity, index: DictionaryIndex, story?: StoryCards): CardSection[] {
  const storyId = story?.source.id;
  const own = storyEntity(story, entity.id);
  const { said, about } = index.relatedQuotes(entity.id);
  const sections: CardSection[] = [];
  if (own && story) {
    sections.push({
      inStory: true,
      source: story.source,
      description: own.description,
      facts: own.facts,
      said: said.filter((q) => q.source === storyId),
      about: about.filter((q) => q.source === storyId),
    });
  }
  const bySource = new Map<string, CardSection>();
  const sectionOf = (sourceId: string) => {
    let section = bySource.get(sourceId);
    if (!section) {
      section = { inStory: false, source: index.source(sourceId), description: '', facts: [], said: [], about: [] };
      bySource.set(sourceId, section);
    }
    return section;
  };
  // The entity's description is the first other source's: the one its facts cite first, else the dictionary's only one.
  const description = own && entity.description === own.description ? '' : entity.description;
  const firstSource = entity.facts.find((f) => f.source !== storyId)?.source;
  const onlySource = index.dictionary.sources.filter((s) => s.id !== storyId);
  const describedBy = firstSource ?? (onlySource.length === 1 ? onlySource[0]!.id : undefined);
  if (description) {
    if (describedBy) sectionOf(describedBy).description = description;
    else sections.push({ inStory: false, description, facts: [], said: [], about: [] });
  }
  for (const fact of entity.facts) if (fact.source !== storyId) sectionOf(fact.source).facts.push(fact);
  for (const q of said) if (q.source !== storyId) sectionOf(q.source).said.push(q);
  for (const q of about) if (q.source !== storyId) sectionOf(q.source).about.push(q);
  return [...sections, ...bySource.values()];
}

/** The one-line background of an entity: what this story says first, else the first other source's. */
export function leadLine(sections: readonly CardSection[]): { text: string; section?: CardSection } {
  for (const section of sections) {
    const text = section.description || section.facts[0]?.text || '';
    if (text) return { text, section };
  }
  return { text: '' };
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A source as a card names it: "The Guardian, 19 November 2024"; its title when it has no publisher. */
export function sourceLabel(source: Source): string {
  const time = source.published ? Date.parse(source.published) : NaN;
  const date = Number.isNaN(time) ? '' : DATE.format(time);
  const who = source.publisher || (source.title.length > 48 ? `${source.title.slice(0, 47)}…` : source.title);
  return date ? `${who}, ${date}` : who;
}
