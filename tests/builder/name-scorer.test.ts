import { describe, expect, it } from 'vitest';
import weightsFile from '@/assets/name-scorer.json';
import { processArticle } from '@/utils/builder/article';
import { CANDIDATE_FEATURES, type CandidateFeature } from '@/utils/builder/learned/candidate-features';
import { alignWeights, nameProbability, nameScorer } from '@/utils/builder/learned/name-scorer';
import type { EntityDraft } from '@/utils/builder/types';

// The candidates of an invented article and their features, by name.
function candidates(title: string, text: string) {
  const seen: Array<{ entity: EntityDraft; features: number[] }> = [];
  processArticle({ title, text }, { nameScorer: 'rules', onCandidates: (c) => seen.push(...c) });
  const feature = (name: string, f: CandidateFeature) => {
    const c = seen.find((x) => x.entity.name === name);
    if (!c) throw new Error(`no candidate ${name}`);
    return c.features[CANDIDATE_FEATURES.indexOf(f)];
  };
  return { seen, feature };
}

describe('candidate features', () => {
  const { seen, feature } = candidates(
    'Harbour plan approved',
    'Mayor Elena Dostan said the Varnholt Harbour Trust would pay. Dostan said the plan was sound.\n' +
      'Elena Dostan met the Trust on Friday.',
  );

  it('gives every candidate one number per feature', () => {
    expect(seen.length).toBeGreaterThan(0);
    for (const c of seen) expect(c.features).toHaveLength(CANDIDATE_FEATURES.length);
  });

  it('describes a person named in full and again by surname', () => {
    expect(feature('Elena Dostan', 'bias')).toBe(1);
    expect(feature('Elena Dostan', 'two_words')).toBe(1);
    expect(feature('Elena Dostan', 'one_word')).toBe(0);
    expect(feature('Elena Dostan', 'single_mention')).toBe(0);
    expect(feature('Elena Dostan', 'has_alias')).toBe(1);
    expect(feature('Elena Dostan', 'has_title')).toBe(1);
    expect(feature('Elena Dostan', 'first_name')).toBe(1);
    expect(feature('Elena Dostan', 'type_person')).toBe(1);
    expect(feature('Elena Dostan', 'headline_only')).toBe(0);
  });

  it('marks an organisation’s cue word', () => {
    expect(feature('Varnholt Harbour Trust', 'cue_word')).toBe(1);
    expect(feature('Varnholt Harbour Trust', 'three_plus_words')).toBe(1);
    expect(feature('Varnholt Harbour Trust', 'type_person')).toBe(0);
  });
});

describe('name scorer', () => {
  const weights = { features: ['bias', 'single_mention'], weights: [1, -3], threshold: 0.5 };
  const x = (single: number) =>
    CANDIDATE_FEATURES.map((f) => (f === 'bias' ? 1 : f === 'single_mention' ? single : 0.7));

  it('aligns named weights with the extractor’s features and ignores the rest', () => {
    const aligned = alignWeights(weights);
    expect(aligned).toHaveLength(CANDIDATE_FEATURES.length);
    expect(aligned[CANDIDATE_FEATURES.indexOf('bias')]).toBe(1);
    expect(aligned[CANDIDATE_FEATURES.indexOf('single_mention')]).toBe(-3);
    expect(aligned.filter((w) => w !== 0)).toHaveLength(2);
  });

  it('is the logistic of the weighted sum', () => {
    const aligned = alignWeights(weights);
    expect(nameProbability(x(0), aligned)).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
    expect(nameProbability(x(1), aligned)).toBeCloseTo(1 / (1 + Math.exp(2)), 10);
  });

  it('keeps a candidate at or above the threshold and drops one below', () => {
    const keep = nameScorer(weights);
    expect(keep(x(0))).toBe(true);
    expect(keep(x(1))).toBe(false);
  });
});

describe('shipped weights', () => {
  it('load, and weigh exactly the features the extractor makes', () => {
    expect(weightsFile.features).toEqual([...CANDIDATE_FEATURES]);
    expect(weightsFile.weights).toHaveLength(CANDIDATE_FEATURES.length);
    for (const w of weightsFile.weights) expect(Number.isFinite(w)).toBe(true);
    expect(weightsFile.threshold).toBeGreaterThan(0);
    expect(weightsFile.threshold).toBeLessThan(1);
  });

  it('leave both choices building the same founding-style article', () => {
    const text = 'Elena Dostan, the harbour master, said the Varnholt Harbour Trust would pay.';
    const rules = processArticle({ title: 'Harbour', text }, { nameScorer: 'rules' });
    const learned = processArticle({ title: 'Harbour', text }, { nameScorer: 'learned' });
    expect(learned.entities.map((e) => e.name)).toEqual(rules.entities.map((e) => e.name));
  });
});
