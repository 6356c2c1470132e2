import { LIMITS, type Dictionary, type Entity } from '../dictionary/schema';
import type { ReaderLayer } from './layer-schema';
import { textKey } from './normalise';

/** Adds `text` to `entity` unless the same text is there already (compared by `seen`). */
function addFact(entity: Entity, seen: Set<string>, text: string, source: string): void {
  const key = textKey(text);
  if (!key || seen.has(key)) return;
  seen.add(key);
  entity.facts.push({ text, source });
}

/** Adds aliases that differ from the name and from each other, up to the schema's cap. */
export function addAliases(entity: Entity, names: readonly string[]): void {
  const have = new Set([entity.name, ...entity.aliases]);
  for (const n of names) {
    if (entity.aliases.length >= LIMITS.aliasesPerEntity) return;
    if (!have.has(n)) {
      have.add(n);
      entity.aliases.push(n);
    }
  }
}

/**
 * The reader's layer as a dictionary of its own: every learned article folded in learned order, so an entity's
 * name and type come from the article that first named it and its description from the newest that described it.
 */
export function layerDictionary(layer: ReaderLayer): Dictionary {
  const sources = [...layer.sources].sort((a, b) => a.order - b.order);
  const entities = new Map<string, Entity>();
  const factKeys = new Map<string, Set<string>>();
  for (const learned of sources) {
    const sourceId = learned.source.id;
    for (const c of learned.entities) {
      let entity = entities.get(c.id);
      if (!entity) {
        entity = { id: c.id, name: c.name, type: c.type, aliases: [], description: '', facts: [], mentionedIn: [] };
        entities.set(c.id, entity);
        factKeys.set(c.id, new Set());
      }
      addAliases(entity, [c.name, ...c.aliases]);
      if (c.description) entity.description = c.description;
      if (!entity.mentionedIn!.includes(sourceId)) entity.mentionedIn!.push(sourceId);
      const seen = factKeys.get(c.id)!;
      for (const text of c.facts) addFact(entity, seen, text, sourceId);
    }
  }
  for (const entity of entities.values())
    if (entity.facts.length > LIMITS.factsPerEntity) entity.facts = entity.facts.slice(-LIMITS.factsPerEntity);
  return {
    schemaVersion: 1,
    sources: sources.map((s) => s.source),
    entities: [...entities.values()],
    quotes: sources.flatMap((s) => s.quotes),
  };
}
