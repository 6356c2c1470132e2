import type { DictionaryIndex } from '../dictionary/lookup';
import type { Entity, Fact, Quote, Source } from '../dictionary/schema';
import type { StoryCards } from '../messaging';
import { clip } from './clip';
import { CLAUSE_OPENERS, CLAUSE_WORDS } from '../lexicon/clause-words';

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
 * there, its facts and quotes), then, under each other source, newest first, what that source adds. A description from another
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
  return [...sections, ...timeline([...bySource.values()])];
}

/**
 * Other sources' sections as a timeline: the one the background comes from first (the most informative), then the
 * rest newest first, undated last.
 */
function timeline(sections: CardSection[]): CardSection[] {
  const date = (s: CardSection) => s.source?.published ?? '';
  return sections.sort(
    (a, b) => Number(Boolean(b.description)) - Number(Boolean(a.description)) || date(b).localeCompare(date(a)),
  );
}

// A one-line background is a short phrase saying who or what the entity is ("Ukrainian president"), never a
// sentence: a fact stands among the facts, not above them. The limits match the builder's description shape.
const PHRASE_WORDS = 14;
const PHRASE_LENGTH = 110;
// A phrase opening with a pronoun or a subordinator, or holding a relative pronoun or a finite auxiliary, is a clause.
const CLAUSE_OPENER = new RegExp(`^(?:${CLAUSE_OPENERS.join('|')})\\b`, 'i');
const CLAUSE_WORD = new RegExp(`\\b(?:${CLAUSE_WORDS.join('|')})\\b`, 'i');

/**
 * The one-line background a description gives: its first sentence, without the full stop, when that is a short
 * phrase and not a clause; empty otherwise. "Where X is a senior fellow", the builder's one relation read
 * backwards, is a phrase.
 */
export function backgroundPhrase(description: string): string {
  const text = description.replace(/\s+/g, ' ').trim();
  const end = text.search(/[.!?…]["”’)]?\s+["“‘(]?\p{Lu}/u);
  const first = (end === -1 ? text : text.slice(0, end + 1)).replace(/(\p{L}{2,})\.$/u, '$1');
  if (!first || first.length > PHRASE_LENGTH || first.split(' ').length > PHRASE_WORDS) return '';
  if (/[!?]$/.test(first) || CLAUSE_OPENER.test(first)) return '';
  return first.startsWith('Where ') || !CLAUSE_WORD.test(first) ? first : '';
}

/** The one-line background of a list entry: the first source's phrase, this story's first; empty without one. */
export function firstPhrase(sections: readonly { description: string }[]): string {
  return sections.map((s) => backgroundPhrase(s.description)).find(Boolean) ?? '';
}

/**
 * The part of a card a glance shows: the first section with words on the entity (this story's first) and its
 * description's phrase as the one-line background; the text is empty when the description is no phrase, and the
 * section's facts stand on their own.
 */
export function leadLine(sections: readonly CardSection[]): { text: string; section?: CardSection } {
  const section = sections.find((s) => backgroundPhrase(s.description) || s.facts.length);
  return section ? { text: backgroundPhrase(section.description), section } : { text: '' };
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** How long a headline may run in a source's label before it is clipped at a word boundary. */
export const LABEL_TITLE_LENGTH = 48;

/**
 * A source as a card names it: "The Guardian, 19 November 2024"; without a publisher, its headline, clipped between
 * words, never in the middle of one.
 */
export function sourceLabel(source: Source): string {
  const time = source.published ? Date.parse(source.published) : NaN;
  const date = Number.isNaN(time) ? '' : DATE.format(time);
  const who = source.publisher || clip(source.title.replace(/\s+/g, ' ').trim(), LABEL_TITLE_LENGTH);
  return date ? `${who}, ${date}` : who;
}
