import type { Dictionary, Entity, Quote, Source } from './schema';

/** What the story on the page says of some entities (see `StoryCards` in utils/messaging.ts). */
export interface IndexStory {
  source: Source;
  entities: Entity[];
}

/** Fast read access to one dictionary: entities by id, sources by id, quotes by speaker and by subject. */
export interface DictionaryIndex {
  readonly dictionary: Dictionary;
  entity(id: string): Entity | undefined;
  source(id: string): Source | undefined;
  /** Quotes the entity said, then quotes about it, each list in dictionary order, without repeats. */
  relatedQuotes(id: string): { said: Quote[]; about: Quote[] };
  /** Entities whose name or an alias starts with (or, failing that, contains) the query, best first. */
  search(query: string, limit?: number): Entity[];
  /** What the story on the page says of the entities, when Backstory read it along: cards show it first. */
  readonly story?: IndexStory;
}

/** Entities by id, and the dictionary they come from: all a page needs until a card opens. */
export type EntityLookup = Pick<DictionaryIndex, 'dictionary' | 'entity'>;

/** Just the entity table of `dictionary` (see indexDictionary for everything). */
export function indexEntities(dictionary: Dictionary): EntityLookup {
  const entities = new Map(dictionary.entities.map((e) => [e.id, e]));
  return { dictionary, entity: (id) => entities.get(id) };
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Builds the lookup tables for `dictionary` once; every query after that is a map lookup or a short scan. */
export function indexDictionary(dictionary: Dictionary): DictionaryIndex {
  const entities = new Map(dictionary.entities.map((e) => [e.id, e]));
  const sources = new Map(dictionary.sources.map((s) => [s.id, s]));
  const said = new Map<string, Quote[]>();
  const about = new Map<string, Quote[]>();
  const push = (map: Map<string, Quote[]>, key: string, q: Quote) => {
    const list = map.get(key);
    if (list) list.push(q);
    else map.set(key, [q]);
  };
  for (const q of dictionary.quotes) {
    if (q.speaker) push(said, q.speaker, q);
    for (const a of new Set(q.about)) if (a !== q.speaker) push(about, a, q);
  }
  const searchKeys = dictionary.entities.map((e) => ({ entity: e, keys: [e.name, ...e.aliases].map(fold) }));

  return {
    dictionary,
    entity: (id) => entities.get(id),
    source: (id) => sources.get(id),
    relatedQuotes: (id) => ({ said: said.get(id) ?? [], about: about.get(id) ?? [] }),
    search(query, limit = 20) {
      const q = fold(query.trim());
      if (!q) return [];
      const prefix: Entity[] = [];
      const inner: Entity[] = [];
      for (const { entity, keys } of searchKeys) {
        if (keys.some((k) => k.startsWith(q) || k.includes(` ${q}`))) prefix.push(entity);
        else if (keys.some((k) => k.includes(q))) inner.push(entity);
      }
      return [...prefix, ...inner].slice(0, limit);
    },
  };
}
