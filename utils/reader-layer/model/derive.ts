import { LIMITS } from '../../dictionary/constants';
import type { Dictionary, Entity } from '../../dictionary/schema';
import type { ReaderLayer } from './layer-schema';

/** Adds aliases that differ from the name and from each other, up to the schema's cap. */
export function addAliases(
  entity: Entity,
  names: readonly string[],
  have = new Set([entity.name, ...entity.aliases]),
): void {
  for (const n of names) {
    if (entity.aliases.length >= LIMITS.aliasesPerEntity) return;
    if (!have.has(n)) {
      have.add(n);
      entity.aliases.push(n);
    }
  }
}

/** An entity being folded together, with the sets that keep its lists free of repeats. */
interface Folding {
  entity: Entity;
  names: Set<string>;
  factKeys: Set<string>;
  mentioned: Set<string>;
}

/**
 * The reader's layer as a dictionary of its own: every learned article folded in learned order, so an entity's
 * name and type come from the article that first named it and its description from the newest that described it.
 */
export function layerDictionary(layer: ReaderLayer): Dictionary {
  const sources = [...layer.sources].sort((a, b) => a.order - b.order);
  const folding = new Map<string, Folding>();
  for (const learned of sources) {
    const sourceId = learned.source.id;
    for (const c of learned.entities) {
      let f = folding.get(c.id);
      if (!f) {
        const entity: Entity = { id: c.id, name: c.name, type: c.type, aliases: [], description: '', facts: [] };
        f = { entity, names: new Set([c.name]), factKeys: new Set(), mentioned: new Set() };
        folding.set(c.id, f);
      }
      const { entity } = f;
      if (!f.names.has(c.name)) addAliases(entity, [c.name], f.names);
      if (c.aliases.length) addAliases(entity, c.aliases, f.names);
      const description = c.descriptionFact === undefined ? c.description : (c.facts[c.descriptionFact] ?? '');
      if (description) entity.description = description;
      f.mentioned.add(sourceId);
      // Learning already left out facts the entity had; this only catches exact repeats (e.g. after a join).
      for (const text of c.facts) {
        if (f.factKeys.has(text)) continue;
        f.factKeys.add(text);
        entity.facts.push({ text, source: sourceId });
      }
    }
  }
  const entities: Entity[] = [];
  for (const { entity, mentioned } of folding.values()) {
    entity.mentionedIn = [...mentioned];
    if (entity.facts.length > LIMITS.factsPerEntity) entity.facts = entity.facts.slice(-LIMITS.factsPerEntity);
    entities.push(entity);
  }
  return {
    schemaVersion: 1,
    sources: sources.map((s) => s.source),
    entities,
    quotes: sources.flatMap((s) => s.quotes),
  };
}
