import type { Dictionary } from '../../dictionary/schema';
import { foldEntity } from './fold-entity';

/** The bundled dictionary with the layer's sources, entities and quotes added; shared entity ids are joined, the bundled one leading. */
export function combineDictionaries(bundled: Dictionary, layer: Dictionary): Dictionary {
  const bundledSourceIds = new Set(bundled.sources.map((s) => s.id));
  const entities = new Map(bundled.entities.map((e) => [e.id, e]));
  for (const learned of layer.entities) {
    const existing = entities.get(learned.id);
    entities.set(learned.id, existing ? foldEntity(existing, learned) : learned);
  }
  return {
    schemaVersion: 1,
    sources: [...bundled.sources, ...layer.sources.filter((s) => !bundledSourceIds.has(s.id))],
    entities: [...entities.values()],
    quotes: [...bundled.quotes, ...layer.quotes],
  };
}

/**
 * Orders every entity's facts and all quotes newest first: by the source's publication date, then by the order
 * sources were learned (later first); undated sources come after dated ones.
 */
export function sortNewestFirst(dict: Dictionary, learnedRank: (sourceId: string) => number): Dictionary {
  const rank = new Map<string, { time: number; order: number }>();
  for (const source of dict.sources) {
    const time = source.published ? Date.parse(source.published) : NaN;
    rank.set(source.id, { time: Number.isNaN(time) ? -Infinity : time, order: learnedRank(source.id) });
  }
  const none = { time: -Infinity, order: -1 };
  const compare = (a: string, b: string) => {
    const ra = rank.get(a) ?? none;
    const rb = rank.get(b) ?? none;
    if (ra.time !== rb.time) return ra.time < rb.time ? 1 : -1;
    return rb.order - ra.order;
  };
  return {
    ...dict,
    entities: dict.entities.map((e) =>
      e.facts.length > 1 ? { ...e, facts: [...e.facts].sort((a, b) => compare(a.source, b.source)) } : e,
    ),
    quotes: [...dict.quotes].sort((a, b) => compare(a.source, b.source)),
  };
}
