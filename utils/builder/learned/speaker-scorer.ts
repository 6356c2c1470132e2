// A learned choice of who spoke a quotation: logistic regression over the speaker features of each candidate, its
// weights trained on the written-against gold by scripts/train-speaker-scorer.ts and shipped beside this file as
// speaker-scorer.json. The most probable candidate speaks when its probability reaches the threshold; else nobody.
import weightsFile from './speaker-scorer.json';
import { SPEAKER_FEATURES, type SpeakerCandidate } from './speaker-features';

/** A weights file: one weight per named feature, and the probability below which the scorer answers nobody. */
export interface SpeakerScorerWeights {
  features: string[];
  weights: number[];
  threshold: number;
}

/** The weights in the order of SPEAKER_FEATURES; a feature the file does not name weighs nothing. */
export function alignSpeakerWeights(w: SpeakerScorerWeights): number[] {
  const at = new Map(w.features.map((f, i) => [f, w.weights[i] ?? 0]));
  return SPEAKER_FEATURES.map((f) => at.get(f) ?? 0);
}

/** The probability that a candidate with these features spoke the quotation. */
export function speakerProbability(features: readonly number[], weights: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += features[i]! * (weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** The candidate most probably the speaker and its probability (the first of a tie), or null with none. */
export function bestCandidate(
  candidates: readonly SpeakerCandidate[],
  weights: readonly number[],
): { entity: number; p: number } | null {
  let best: { entity: number; p: number } | null = null;
  for (const c of candidates) {
    const p = speakerProbability(c.features, weights);
    if (!best || p > best.p) best = { entity: c.entity, p };
  }
  return best;
}

/** A speaker chooser over a quotation's candidates, from a weights file: null below the threshold. */
export function speakerScorer(w: SpeakerScorerWeights): (candidates: readonly SpeakerCandidate[]) => number | null {
  const aligned = alignSpeakerWeights(w);
  return (candidates) => {
    const best = bestCandidate(candidates, aligned);
    return best && best.p >= w.threshold ? best.entity : null;
  };
}

/** The shipped weights. */
export const SHIPPED_SPEAKER_WEIGHTS: SpeakerScorerWeights = weightsFile;

let shipped: ((candidates: readonly SpeakerCandidate[]) => number | null) | undefined;

/** The speaker chooser of the shipped weights. */
export function shippedSpeakerScorer(): (candidates: readonly SpeakerCandidate[]) => number | null {
  return (shipped ??= speakerScorer(SHIPPED_SPEAKER_WEIGHTS));
}
