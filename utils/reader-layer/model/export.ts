import type { Dictionary, LearnedArticle } from '../../dictionary/schema';
import { layerDictionary } from './derive';
import type { LearnedSource, ReaderLayer } from './layer-schema';

/**
 * What the layer keeps of one learned article beyond its source: when it was learned, its text's key, and what it
 * said of each name (the name, aliases and description it gave; its facts are the entities' facts citing it).
 */
function learnedArticle(learned: LearnedSource): LearnedArticle {
  const entities = learned.entities.map((c) => ({
    entity: c.id,
    name: c.name,
    aliases: c.aliases,
    description: c.descriptionFact === undefined ? c.description : (c.facts[c.descriptionFact] ?? ''),
  }));
  return {
    source: learned.source.id,
    ...(learned.learnedAt !== undefined ? { learnedAt: learned.learnedAt } : {}),
    ...(learned.textKey !== undefined ? { textKey: learned.textKey } : {}),
    entities,
  };
}

/**
 * The reader's layer in the published dictionary format: learned sources in learned order, their entities (with
 * `mentionedIn`, so a later import knows which article named what) and quotes, the corrections, and under `learned`
 * what the layer keeps of each article besides, so an import restores the memory as it was.
 * Open merge questions are not exported: importing asks them again.
 */
export function exportLayer(layer: ReaderLayer): Dictionary {
  const learned = [...layer.sources].sort((a, b) => a.order - b.order).map(learnedArticle);
  return { ...layerDictionary(layer), corrections: layer.corrections, learned };
}

/** The export as JSON text, ready to save as a file. */
export function exportLayerJson(layer: ReaderLayer): string {
  return JSON.stringify(exportLayer(layer), null, 1);
}
