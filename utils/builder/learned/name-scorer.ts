// A learned keep/drop decision for candidate entities: logistic regression over the candidate features, its weights
// trained on the written-against gold by scripts/train-name-scorer.ts and shipped as assets/name-scorer.json.
import weightsFile from '../../../assets/name-scorer.json';
import { CANDIDATE_FEATURES } from './candidate-features';

/** A weights file: one weight per named feature, and the probability above which a candidate is kept. */
export interface NameScorerWeights {
  features: string[];
  weights: number[];
  threshold: number;
}

/** The weights in the order of CANDIDATE_FEATURES; a feature the file does not name weighs nothing. */
export function alignWeights(w: NameScorerWeights): number[] {
  const at = new Map(w.features.map((f, i) => [f, w.weights[i] ?? 0]));
  return CANDIDATE_FEATURES.map((f) => at.get(f) ?? 0);
}

/** The probability that a candidate with these features is a name (an entity to keep). */
export function nameProbability(features: readonly number[], weights: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += features[i]! * (weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** A keep/drop decider over feature vectors, from a weights file. */
export function nameScorer(w: NameScorerWeights): (features: readonly number[]) => boolean {
  const aligned = alignWeights(w);
  return (features) => nameProbability(features, aligned) >= w.threshold;
}

/** The shipped weights. */
export const SHIPPED_WEIGHTS: NameScorerWeights = weightsFile;

let shipped: ((features: readonly number[]) => boolean) | undefined;

/** The keep/drop decider of the shipped weights. */
export function shippedNameScorer(): (features: readonly number[]) => boolean {
  return (shipped ??= nameScorer(SHIPPED_WEIGHTS));
}
