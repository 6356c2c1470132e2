import type { Correction, Dictionary } from '../../dictionary/schema';
import { applyCorrections, type ApplyOptions } from './corrections';
import { combineDictionaries, sortNewestFirst } from './combine';
import { layerDictionary } from './derive';
import type { ReaderLayer } from './layer-schema';

/** Bundled plus learned, corrections applied, but in learned-in order (no sorting): what merging matches against. */
export function combinedDictionary(bundled: Dictionary, layer: ReaderLayer, options: ApplyOptions = {}): Dictionary {
  return applyCorrections(combineDictionaries(bundled, layerDictionary(layer)), layer.corrections, options);
}

/**
 * What the effective dictionary is made from before the reader's corrections: the bundled dictionary and the learned
 * articles combined, and each source's rank for ordering newest first. Only learning and forgetting change it, so a
 * correction applies to the one already built instead of folding every learned article again.
 */
export interface EffectiveBase {
  combined: Dictionary;
  rank: (sourceId: string) => number;
}

/** The effective base of `bundled` and `layer` (its corrections aside). */
export function effectiveBase(bundled: Dictionary, layer: ReaderLayer): EffectiveBase {
  const learnedOrder = new Map(layer.sources.map((s) => [s.source.id, s.order]));
  const bundledOrder = new Map(bundled.sources.map((s, i) => [s.id, i]));
  const offset = bundled.sources.length;
  const rank = (id: string) => {
    const learned = learnedOrder.get(id);
    return learned !== undefined ? offset + learned : (bundledOrder.get(id) ?? -1);
  };
  return { combined: combineDictionaries(bundled, layerDictionary(layer)), rank };
}

/** The effective dictionary of `base` with `corrections` applied (see effectiveDictionary). */
export function correctedEffective(base: EffectiveBase, corrections: readonly Correction[]): Dictionary {
  const sorted = sortNewestFirst(applyCorrections(base.combined, corrections), base.rank);
  // A quote reported by several sources is shown once, from the newest.
  const seen = new Set<string>();
  return { ...sorted, quotes: sorted.quotes.filter((q) => !seen.has(q.text) && seen.add(q.text)) };
}

/**
 * The dictionary pages are annotated with: the bundled dictionary and the reader's layer combined, the reader's
 * corrections applied, and every entity's facts and all quotes ordered newest first.
 */
export function effectiveDictionary(bundled: Dictionary, layer: ReaderLayer): Dictionary {
  return correctedEffective(effectiveBase(bundled, layer), layer.corrections);
}
