// Logistic regression for the learned speaker scorer: each candidate of a quotation is a sample (1 when it is the gold
// speaker), fitted by full-batch gradient descent from zero weights with a little L2 (none on the bias), so the same
// samples always give the same weights. The threshold is chosen on quotations as the builder answers them (the rules'
// speaker, the scorer's where the rules leave a quotation open), precision first.
import { SPEAKER_FEATURES, type SpeakerCandidate } from '../../utils/builder/learned/speaker-features';
import { bestCandidate, speakerProbability } from '../../utils/builder/learned/speaker-scorer';

/**
 * One quotation to learn from: its candidates, the gold speaker's entity (null for nobody, -1 for a speaker the
 * builder has no entity for), the rules' answer and whether the rules leave it open.
 */
export interface SpeakerSample {
  candidates: SpeakerCandidate[];
  gold: number | null;
  rules: number | null;
  open: boolean;
}

/** Training settings. */
export interface SpeakerTraining {
  epochs: number;
  rate: number;
  l2: number;
}

export const SPEAKER_TRAINING: SpeakerTraining = { epochs: 2000, rate: 0.5, l2: 0.003 };

/** Weights over SPEAKER_FEATURES fitted to every candidate of every quotation. */
export function trainSpeakerWeights(samples: SpeakerSample[], t: SpeakerTraining = SPEAKER_TRAINING): number[] {
  const rows = samples.flatMap((s) => s.candidates.map((c) => ({ x: c.features, y: c.entity === s.gold ? 1 : 0 })));
  const d = SPEAKER_FEATURES.length;
  const w = new Array<number>(d).fill(0);
  for (let epoch = 0; epoch < t.epochs; epoch++) {
    const g = new Array<number>(d).fill(0);
    for (const r of rows) {
      const err = speakerProbability(r.x, w) - r.y;
      for (let i = 0; i < d; i++) g[i]! += err * r.x[i]!;
    }
    for (let i = 0; i < d; i++) w[i]! -= t.rate * (g[i]! / Math.max(1, rows.length) + (i === 0 ? 0 : t.l2 * w[i]!));
  }
  return w;
}

/** Right and wrong answers over quotations: right when the answer is the gold speaker (or nobody for nobody). */
export interface SpeakerTally {
  right: number;
  wrong: number;
  total: number;
}

export function tally(samples: SpeakerSample[], answer: (s: SpeakerSample) => number | null): SpeakerTally {
  let right = 0;
  let wrong = 0;
  for (const s of samples) {
    const a = answer(s);
    if (a === s.gold) right++;
    else if (a !== null) wrong++;
  }
  return { right, wrong, total: samples.length };
}

/** The scorer's own answer for a quotation at a threshold, whatever the rules say. */
export const scorerAnswer = (s: SpeakerSample, w: readonly number[], threshold: number): number | null => {
  const best = bestCandidate(s.candidates, w);
  return best && best.p >= threshold ? best.entity : null;
};

/** The learned choice as the builder makes it: the rules' answer, and the scorer's where the rules leave it open. */
export const learnedAnswer = (s: SpeakerSample, w: readonly number[], threshold: number): number | null =>
  s.open ? scorerAnswer(s, w, threshold) : s.rules;

// A wrong speaker costs more than a speaker left out: precision first.
const WRONG_COST = 3;

/** The threshold that gets most right, each wrong answer counting against it three times over; the highest of a tie. */
export function chooseThreshold(scored: Array<{ s: SpeakerSample; w: readonly number[] }>, thresholds: number[]) {
  let best = { threshold: thresholds[0]!, value: -Infinity };
  const weights = new Map(scored.map((x) => [x.s, x.w]));
  for (const t of thresholds) {
    const r = tally(
      scored.map((x) => x.s),
      (s) => learnedAnswer(s, weights.get(s)!, t),
    );
    const value = r.right - WRONG_COST * r.wrong;
    if (value >= best.value) best = { threshold: t, value };
  }
  return best.threshold;
}
