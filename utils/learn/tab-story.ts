import type { Dictionary, Entity, Quote, Source } from '../dictionary/schema';
import { LIMITS } from '../dictionary/schema';
import { nameRows, type NameRow } from '../dictionary/names-only';
import { uniqueId } from '../reader-layer/model/ids';
import { sourceOf } from '../reader-layer/model/merge';
import { buildMatchIndex } from '../reader-layer/model/match';
import { learnedSourceId } from '../reader-layer/model/source-id';
import type { StoryRead } from './read-story';
import type { StoryLocation } from './story-root';

/** The story of one tab as Backstory read it: kept in memory for that tab only. */
export interface TabStory {
  url: string;
  /** The story's source: its title, publisher and date. */
  source: Source;
  /** Where the story sits in the page. */
  location: StoryLocation | null;
  /** What this story says of each name it names, under the ids the page already uses where the name is known. */
  dictionary: Dictionary;
  /** Ids of names the reader's dictionaries did not know before this story: marked in the story's text only. */
  storyOnly: string[];
  /** The story was longer than the builder reads; only its start was read. */
  capped: boolean;
}

/** Prefix of the ids of names known from this story alone. */
export const STORY_ID_PREFIX = 'story:';

const fold = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether `name` is two names run together ("Barack Obama and the Pentagon" from a headline "Obama and the Pentagon
 * meet"): an "and" or "&" with a name the reader's dictionaries know on one side. Such a run is never marked: it would
 * cover the known name.
 */
function joinsKnownNames(name: string, knownNames: ReadonlySet<string>): boolean {
  const parts = fold(name).split(/ (?:and|&) /);
  return parts.length > 1 && parts.some((part) => knownNames.has(part.replace(/^the /, '')));
}

/**
 * The story's names, matched against what the page already knows (`known`: the bundled dictionary and the reader's
 * layer): a name that is already an entity keeps that entity's id, so its card joins both; a new name gets an id of
 * its own. Facts and quotes cite the story as their source.
 */
export function tabStory(read: StoryRead, known: Dictionary): TabStory {
  const { article } = read;
  const sourceId = learnedSourceId(article.url, article.title);
  const source = sourceOf(sourceId, article);
  const index = buildMatchIndex(known);
  const taken = new Set(known.entities.map((e) => e.id));
  const ids = new Map<string, string>();
  const storyOnly: string[] = [];
  const knownNames = new Set(known.entities.flatMap((e) => [e.name, ...e.aliases].map(fold)));
  const byId = new Map<string, Entity>();
  for (const found of read.dictionary.entities) {
    if (joinsKnownNames(found.name, knownNames)) continue;
    const entity = { ...found, aliases: found.aliases.filter((a) => !joinsKnownNames(a, knownNames)) };
    const outcome = index.match(entity);
    let id: string;
    if (outcome.kind === 'join') id = outcome.id;
    else {
      id = uniqueId(`${STORY_ID_PREFIX}${entity.id}`, taken);
      storyOnly.push(id);
    }
    ids.set(entity.id, id);
    const facts = entity.facts.map((f) => ({ ...f, source: sourceId }));
    const same = byId.get(id);
    // Two of the story's names for one known entity ("Obama", "Barack Obama") make one card.
    if (same) {
      same.aliases = [...new Set([...same.aliases, entity.name, ...entity.aliases])].slice(0, LIMITS.aliasesPerEntity);
      same.facts = [...same.facts, ...facts].slice(0, LIMITS.factsPerEntity);
      same.description ||= entity.description;
      continue;
    }
    const type = outcome.kind === 'join' ? outcome.type : entity.type;
    byId.set(id, { ...entity, id, type, facts });
  }
  const entities = [...byId.values()];
  const quotes: Quote[] = read.dictionary.quotes.map((q, i) => ({
    ...q,
    id: `${sourceId}:q${i}`,
    speaker: q.speaker === null ? null : (ids.get(q.speaker) ?? null),
    about: [...new Set(q.about.flatMap((a) => ids.get(a) ?? []))],
    source: sourceId,
  }));
  return {
    url: article.url,
    source,
    location: read.location,
    dictionary: { schemaVersion: 1, sources: [source], entities, quotes },
    storyOnly,
    capped: article.capped === true,
  };
}

/** What the page needs of its story to mark it: the names (in the builder's order of prominence) and where. */
export interface StoryNames {
  url: string;
  rows: NameRow[];
  storyOnly: string[];
  location: StoryLocation | null;
  capped: boolean;
}

export function storyNames(story: TabStory): StoryNames {
  return {
    url: story.url,
    rows: nameRows(story.dictionary),
    storyOnly: story.storyOnly,
    location: story.location,
    capped: story.capped,
  };
}
