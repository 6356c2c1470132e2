import { LIMITS } from '../../dictionary/constants';
import type { Dictionary, Entity } from '../../dictionary/schema';
import { foldLayerNames } from './fold-names';
import type { ReaderLayer } from './layer-schema';

/**
 * The reader's layer as a dictionary of its own: every learned article folded in learned order, so an entity's
 * name and type come from the article that first named it and its description from the newest that described it.
 */
export function layerDictionary(layer: ReaderLayer): Dictionary {
  const sources = [...layer.sources].sort((a, b) => a.order - b.order);
  // Per entity, the facts' texts and the sources mentioning it, which keep its lists free of repeats.
  const factKeys = new Map<string, Set<string>>();
  const mentioned = new Map<string, Set<string>>();
  const folded = foldLayerNames(
    layer,
    (c): Entity => {
      factKeys.set(c.id, new Set());
      mentioned.set(c.id, new Set());
      return { id: c.id, name: c.name, type: c.type, aliases: [], description: '', facts: [] };
    },
    (entity, c, learned) => {
      const sourceId = learned.source.id;
      const description = c.descriptionFact === undefined ? c.description : (c.facts[c.descriptionFact] ?? '');
      if (description) entity.description = description;
      mentioned.get(c.id)!.add(sourceId);
      const keys = factKeys.get(c.id)!;
      // Learning already left out facts the entity had; this only catches exact repeats (e.g. after a join).
      for (const text of c.facts) {
        if (keys.has(text)) continue;
        keys.add(text);
        entity.facts.push({ text, source: sourceId });
      }
    },
  );
  const entities = folded.map((entity) => {
    entity.mentionedIn = [...mentioned.get(entity.id)!];
    if (entity.facts.length > LIMITS.factsPerEntity) entity.facts = entity.facts.slice(-LIMITS.factsPerEntity);
    return entity;
  });
  return {
    schemaVersion: 1,
    sources: sources.map((s) => s.source),
    entities,
    quotes: sources.flatMap((s) => s.quotes),
  };
}
