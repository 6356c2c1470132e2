import type { EntityType } from '../../dictionary/schema';
import { addAliases } from './aliases';
import type { Contribution, LearnedSource, ReaderLayer } from './layer-schema';

/** What folding names needs of an entity. */
interface Named {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

/**
 * Folds the layer's contributions into one entity per id, walking the learned sources in learned order: the first
 * article to name an entity gives its name and type (`start` makes it), and every article adds its name and aliases
 * as aliases, without repeats and up to the cap. `each` then sees every contribution with its entity and source.
 */
export function foldLayerNames<E extends Named>(
  layer: ReaderLayer,
  start: (c: Contribution) => E,
  each?: (entity: E, c: Contribution, learned: LearnedSource) => void,
): E[] {
  const folding = new Map<string, { entity: E; names: Set<string> }>();
  for (const learned of [...layer.sources].sort((a, b) => a.order - b.order)) {
    for (const c of learned.entities) {
      let f = folding.get(c.id);
      if (!f) {
        f = { entity: start(c), names: new Set([c.name]) };
        folding.set(c.id, f);
      }
      if (!f.names.has(c.name)) addAliases(f.entity, [c.name], f.names);
      if (c.aliases.length) addAliases(f.entity, c.aliases, f.names);
      each?.(f.entity, c, learned);
    }
  }
  return [...folding.values()].map((f) => f.entity);
}
