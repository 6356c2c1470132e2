import type { Dictionary } from '../../dictionary/schema';
import { applyCorrections, type ApplyOptions } from './corrections';
import { combineDictionaries, sortNewestFirst } from './combine';
import { layerDictionary } from './derive';
import type { ReaderLayer } from './layer-schema';

/** Bundled plus learned, corrections applied, but in learned-in order (no sorting): what merging matches against. */
export function combinedDictionary(bundled: Dictionary, layer: ReaderLayer, options: ApplyOptions = {}): Dictionary {
  return applyCorrections(combineDictionaries(bundled, layerDictionary(layer)), layer.corrections, options);
}

/**
 * The dictionary pages are annotated with: the bundled dictionary and the reader's layer combined, the reader's
 * corrections applied, and every entity's facts and all quotes ordered newest first.
 */
export function effectiveDictionary(bundled: Dictionary, layer: ReaderLayer): Dictionary {
  const learnedOrder = new Map(layer.sources.map((s) => [s.source.id, s.order]));
  const bundledOrder = new Map(bundled.sources.map((s, i) => [s.id, i]));
  const offset = bundled.sources.length;
  const rank = (id: string) => {
    const learned = learnedOrder.get(id);
    return learned !== undefined ? offset + learned : (bundledOrder.get(id) ?? -1);
  };
  const sorted = sortNewestFirst(combinedDictionary(bundled, layer), rank);
  // A quote reported by several sources is shown once, from the newest.
  const seen = new Set<string>();
  return { ...sorted, quotes: sorted.quotes.filter((q) => !seen.has(q.text) && seen.add(q.text)) };
}
