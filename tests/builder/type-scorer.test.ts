import { describe, expect, it } from 'vitest';
import { trainTypeRows, typeWeightsFile, type TypeSample } from '@/scripts/lib/type-training';
import { processArticle } from '@/utils/builder/article';
import { TYPE_FEATURES, TYPES, typeFeatures, type TypeFeature } from '@/utils/builder/learned/type-features';
import {
  alignTypeWeights,
  SHIPPED_TYPE_WEIGHTS,
  typeProbabilities,
  typeScorer,
} from '@/utils/builder/learned/type-scorer';
import type { TypeScores } from '@/utils/builder/types';

const at = (f: TypeFeature) => TYPE_FEATURES.indexOf(f);
// An invented entity with no mentions of its own: only its name and summed scores speak.
const features = (name: string, scores: Partial<TypeScores>) =>
  typeFeatures({ name, scores: { person: 0, organization: 0, place: 0, other: 0, ...scores }, mentions: [] });

// Invented samples: each type marked by its own feature.
const FLAG: TypeFeature[] = ['top_person', 'top_organization', 'top_place', 'top_other'];
function tinySet(): TypeSample[] {
  return TYPES.flatMap((_, y) =>
    [0, 1, 2].map((k) => {
      const x = TYPE_FEATURES.map((f) => (f === 'bias' ? 1 : f === FLAG[y] ? 1 : f === 'mentions_log' ? k / 4 : 0));
      return { x, y };
    }),
  );
}

describe('type features', () => {
  it('gives one number per feature and reads the name’s shape and scores', () => {
    const x = features('Varnholt Harbour Trust', { organization: 6 });
    expect(x).toHaveLength(TYPE_FEATURES.length);
    expect(x[at('bias')]).toBe(1);
    expect(x[at('org_cue_head')]).toBe(1);
    expect(x[at('top_organization')]).toBe(1);
    expect(x[at('no_evidence')]).toBe(0);
    expect(features('NATO', {})[at('acronym')]).toBe(1);
    expect(features('Elena Dostan', {})[at('first_name')]).toBe(1);
    expect(features('Elena Dostan', {})[at('no_evidence')]).toBe(1);
  });

  it('hands a trainer every open type decision of an article with the rules’ type', () => {
    const seen: Array<{ name: string; rules: string; features: number[] }> = [];
    processArticle(
      { title: 'Harbour plan approved', text: 'Elena Dostan said the Varnholt Harbour Trust would pay.' },
      { onTypeCandidates: (c) => seen.push(c) },
    );
    expect(seen.find((c) => c.name === 'Elena Dostan')?.rules).toBe('person');
    expect(seen.find((c) => c.name === 'Varnholt Harbour Trust')?.rules).toBe('organization');
    for (const c of seen) expect(c.features).toHaveLength(TYPE_FEATURES.length);
  });
});

describe('type trainer', () => {
  const settings = { epochs: 200, rate: 0.5, l2: 0.003 };

  it('gives the same weights every time on the same samples', () => {
    expect(trainTypeRows(tinySet(), settings)).toEqual(trainTypeRows(tinySet(), settings));
  });

  it('learns the invented set', () => {
    const rows = trainTypeRows(tinySet(), settings);
    for (const s of tinySet()) {
      const p = typeProbabilities(s.x, rows);
      expect(p.indexOf(Math.max(...p))).toBe(s.y);
    }
  });
});

describe('type scorer', () => {
  const choose = typeScorer(typeWeightsFile(trainTypeRows(tinySet(), { epochs: 200, rate: 0.5, l2: 0.003 })));

  it('picks the obvious type on invented examples', () => {
    expect(choose(features('Elena Dostan', { person: 5 }))).toBe('person');
    expect(choose(features('Varnholt Harbour Trust', { organization: 6 }))).toBe('organization');
    expect(choose(features('Keswater', { place: 4 }))).toBe('place');
    expect(choose(features('Hurricane Mira', { other: 3 }))).toBe('other');
  });

  it('gives a feature the weights file does not name no weight', () => {
    const rows = alignTypeWeights({
      features: ['bias'],
      weights: { person: [2], organization: [0], place: [0], other: [0] },
    });
    expect(rows).toHaveLength(TYPES.length);
    expect(rows[0]![at('bias')]).toBe(2);
    expect(rows[0]![at('titled')]).toBe(0);
  });
});

describe('shipped type weights', () => {
  it('name every feature once, with one finite weight per feature for every type', () => {
    expect([...SHIPPED_TYPE_WEIGHTS.features].sort()).toEqual([...TYPE_FEATURES].sort());
    for (const t of TYPES) {
      expect(SHIPPED_TYPE_WEIGHTS.weights[t]).toHaveLength(SHIPPED_TYPE_WEIGHTS.features.length);
      for (const w of SHIPPED_TYPE_WEIGHTS.weights[t]) expect(Number.isFinite(w)).toBe(true);
    }
  });

  it('choose the obvious type on invented examples', () => {
    const choose = typeScorer(SHIPPED_TYPE_WEIGHTS);
    expect(choose(features('Elena Dostan', { person: 5 }))).toBe('person');
    expect(choose(features('Varnholt Harbour Trust', { organization: 6 }))).toBe('organization');
  });
});
