// A learned choice of an entity's type: multinomial logistic regression over the type features, its weights trained
// on the written-against gold by scripts/train-type-scorer.ts and shipped beside this file as type-scorer.json.
import type { EntityType } from '../../dictionary/schema';
import weightsFile from './type-scorer.json';
import { TYPE_FEATURES, TYPES } from './type-features';

/** A weights file: the feature names, and for each type one weight per named feature. */
export interface TypeScorerWeights {
  features: string[];
  weights: Record<(typeof TYPES)[number], number[]>;
}

/** The weight rows in the order of TYPES, each in the order of TYPE_FEATURES; an unnamed feature weighs nothing. */
export function alignTypeWeights(w: TypeScorerWeights): number[][] {
  return TYPES.map((t) => {
    const at = new Map(w.features.map((f, i) => [f, w.weights[t]?.[i] ?? 0]));
    return TYPE_FEATURES.map((f) => at.get(f) ?? 0);
  });
}

/** The probability of each type (in the order of TYPES) for these features. */
export function typeProbabilities(features: readonly number[], rows: readonly (readonly number[])[]): number[] {
  const z = rows.map((row) => row.reduce((sum, w, i) => sum + w * (features[i] ?? 0), 0));
  const top = Math.max(...z);
  const e = z.map((x) => Math.exp(x - top));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / total);
}

/** A type chooser over feature vectors, from a weights file: the most probable type (the first of a tie). */
export function typeScorer(w: TypeScorerWeights): (features: readonly number[]) => EntityType {
  const rows = alignTypeWeights(w);
  return (features) => {
    const p = typeProbabilities(features, rows);
    return TYPES[p.indexOf(Math.max(...p))]!;
  };
}

/** The shipped weights. */
export const SHIPPED_TYPE_WEIGHTS: TypeScorerWeights = weightsFile;

let shipped: ((features: readonly number[]) => EntityType) | undefined;

/** The type chooser of the shipped weights. */
export function shippedTypeScorer(): (features: readonly number[]) => EntityType {
  return (shipped ??= typeScorer(SHIPPED_TYPE_WEIGHTS));
}
