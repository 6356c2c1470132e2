// Multinomial logistic regression for the learned type scorer: full-batch gradient descent from zero weights with a
// little L2 (none on the bias), so the same samples always give the same weights.
import { TYPE_FEATURES, TYPES } from '../../utils/builder/learned/type-features';
import { typeProbabilities, type TypeScorerWeights } from '../../utils/builder/learned/type-scorer';

/** One labelled type decision: its features and the gold type's index in TYPES. */
export interface TypeSample {
  x: number[];
  y: number;
}

/** Training settings. */
export interface TypeTraining {
  epochs: number;
  rate: number;
  l2: number;
}

export const TYPE_TRAINING: TypeTraining = { epochs: 2000, rate: 0.5, l2: 0.003 };

/** Weight rows (one per type, in the order of TYPES) fitted to the samples. */
export function trainTypeRows(samples: TypeSample[], t: TypeTraining = TYPE_TRAINING): number[][] {
  const d = samples[0]?.x.length ?? TYPE_FEATURES.length;
  const rows = TYPES.map(() => new Array<number>(d).fill(0));
  for (let epoch = 0; epoch < t.epochs; epoch++) {
    const grad = TYPES.map(() => new Array<number>(d).fill(0));
    for (const s of samples) {
      const p = typeProbabilities(s.x, rows);
      for (let k = 0; k < TYPES.length; k++) {
        const err = p[k]! - (s.y === k ? 1 : 0);
        for (let i = 0; i < d; i++) grad[k]![i]! += err * s.x[i]!;
      }
    }
    for (let k = 0; k < TYPES.length; k++)
      for (let i = 0; i < d; i++)
        rows[k]![i]! -= t.rate * (grad[k]![i]! / Math.max(1, samples.length) + (i === 0 ? 0 : t.l2 * rows[k]![i]!));
  }
  return rows;
}

/** A weights file for rows over TYPE_FEATURES, rounded to four places. */
export function typeWeightsFile(rows: number[][]): TypeScorerWeights {
  const round = (row: number[]) => row.map((w) => Number(w.toFixed(4)));
  return {
    features: [...TYPE_FEATURES],
    weights: { person: round(rows[0]!), organization: round(rows[1]!), place: round(rows[2]!), other: round(rows[3]!) },
  };
}
