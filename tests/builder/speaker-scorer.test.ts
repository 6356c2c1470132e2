import { describe, expect, it } from 'vitest';
import {
  learnedAnswer,
  scorerAnswer,
  tally,
  trainSpeakerWeights,
  type SpeakerSample,
} from '@/scripts/lib/speaker-training';
import { processArticle } from '@/utils/builder/article';
import { SPEAKER_FEATURES, type SpeakerFeature, type SpeakerCandidate } from '@/utils/builder/learned/speaker-features';
import {
  alignSpeakerWeights,
  SHIPPED_SPEAKER_WEIGHTS,
  speakerProbability,
  speakerScorer,
} from '@/utils/builder/learned/speaker-scorer';

const at = (f: SpeakerFeature) => SPEAKER_FEATURES.indexOf(f);

/** The candidates of each quotation of an invented article, by name, with their features. */
function candidatesOf(text: string) {
  let seen: Array<{
    text: string;
    rules: string | null;
    open: boolean;
    candidates: Array<{ name: string; x: number[] }>;
  }> = [];
  processArticle(
    { title: 'Report', text },
    {
      onSpeakerCandidates: (quotes, entities) => {
        seen = quotes.map((q) => ({
          text: q.text,
          rules: q.rules === null ? null : entities[q.rules]!.name,
          open: q.open,
          candidates: q.candidates.map((c) => ({ name: entities[c.entity]!.name, x: c.features })),
        }));
      },
    },
  );
  return seen;
}

describe('speaker features', () => {
  it('lists the people and bodies named near a quotation, and whether the rules leave it open', () => {
    const [q] = candidatesOf('Tomas Berg met the Velden Trust. “We are ready,” Berg said.');
    expect(q!.rules).toBe('Tomas Berg');
    expect(q!.open).toBe(false);
    const berg = q!.candidates.find((c) => c.name === 'Tomas Berg')!;
    const trust = q!.candidates.find((c) => c.name === 'Velden Trust')!;
    for (const c of q!.candidates) expect(c.x).toHaveLength(SPEAKER_FEATURES.length);
    expect(berg.x[at('bias')]).toBe(1);
    expect(berg.x[at('person')]).toBe(1);
    expect(berg.x[at('named_just_after')]).toBe(1);
    expect(berg.x[at('verb_after_name')]).toBe(1);
    expect(berg.x[at('only_person_near')]).toBe(1);
    expect(trust.x[at('organization')]).toBe(1);
    expect(trust.x[at('verb_after_name')]).toBe(0);
  });

  it('leaves open a quotation the rules give nobody, but not one they know is nobody’s', () => {
    const [said] = candidatesOf('Tomas Berg spoke.\n“We are ready for the storm,” he said.');
    expect(said!.open).toBe(false);
    const quotes = candidatesOf('Tomas Berg met Ines Moreau.\n“We are ready for the storm.”\n“Go,” an officer said.');
    expect(quotes.map((q) => q.open)).toEqual([true, false]);
  });

  it('marks a pronoun said-clause that fits the candidate, and the speaker of the quotation before', () => {
    const [, second] = candidatesOf('“It is late,” said Ines Moreau. “We must go,” she added.');
    const moreau = second!.candidates.find((c) => c.name === 'Ines Moreau')!;
    expect(moreau.x[at('pronoun_after_fits')]).toBe(1);
    expect(moreau.x[at('previous_speaker')]).toBe(1);
  });
});

// Invented quotations: the speaker is the candidate marked by a verb after the name; the rules leave them open.
function tinySet(): SpeakerSample[] {
  const candidate = (entity: number, said: boolean): SpeakerCandidate => ({
    entity,
    features: SPEAKER_FEATURES.map((f) => (f === 'bias' ? 1 : f === 'verb_after_name' && said ? 1 : 0)),
  });
  return [0, 1, 2, 3].map((k) => ({
    candidates: [candidate(0, k % 2 === 0), candidate(1, k % 2 === 1)],
    gold: k % 2,
    rules: null,
    open: true,
  }));
}

describe('speaker scorer', () => {
  const settings = { epochs: 300, rate: 0.5, l2: 0.003 };

  it('trains the same weights every time and learns the invented set', () => {
    const w = trainSpeakerWeights(tinySet(), settings);
    expect(trainSpeakerWeights(tinySet(), settings)).toEqual(w);
    expect(tally(tinySet(), (s) => learnedAnswer(s, w, 0.5))).toEqual({ right: 4, wrong: 0, total: 4 });
  });

  it('keeps the rules’ answer where the rules do not leave the quotation open', () => {
    const w = trainSpeakerWeights(tinySet(), settings);
    const closed = { ...tinySet()[0]!, rules: 1, open: false };
    expect(scorerAnswer(closed, w, 0.5)).toBe(0);
    expect(learnedAnswer(closed, w, 0.5)).toBe(1);
  });

  it('answers nobody when the best candidate falls below the threshold', () => {
    const w = trainSpeakerWeights(tinySet(), settings);
    const file = { features: [...SPEAKER_FEATURES], weights: w, threshold: 0.5 };
    const sample = tinySet()[1]!;
    expect(speakerScorer(file)(sample.candidates)).toBe(1);
    expect(speakerScorer({ ...file, threshold: 0.999 })(sample.candidates)).toBeNull();
    expect(speakerScorer(file)([])).toBeNull();
  });

  it('gives a feature the weights file does not name no weight', () => {
    const aligned = alignSpeakerWeights({ features: ['headline', 'unknown'], weights: [2, 5], threshold: 0.5 });
    expect(aligned).toHaveLength(SPEAKER_FEATURES.length);
    expect(aligned[at('headline')]).toBe(2);
    expect(aligned.filter((w) => w !== 0)).toEqual([2]);
  });

  it('loads the shipped weights, one per feature, with a threshold between 0 and 1', () => {
    expect(SHIPPED_SPEAKER_WEIGHTS.features).toEqual([...SPEAKER_FEATURES]);
    expect(SHIPPED_SPEAKER_WEIGHTS.weights).toHaveLength(SPEAKER_FEATURES.length);
    expect(SHIPPED_SPEAKER_WEIGHTS.threshold).toBeGreaterThan(0);
    expect(SHIPPED_SPEAKER_WEIGHTS.threshold).toBeLessThan(1);
    const p = speakerProbability(
      SPEAKER_FEATURES.map(() => 0),
      alignSpeakerWeights(SHIPPED_SPEAKER_WEIGHTS),
    );
    expect(p).toBeCloseTo(0.5);
  });

  it('keeps the rules’ speaker with the shipped weights where the rules name one', () => {
    const said = 'Tomas Berg met the Velden Trust. “We are ready,” Berg said.';
    const a = processArticle({ title: 'Report', text: said }, { speakerScorer: 'learned' });
    expect(a.entities[a.quotes[0]!.speaker!]!.name).toBe('Tomas Berg');
    const rules = processArticle({ title: 'Report', text: said }, { speakerScorer: 'rules' });
    expect(rules.quotes.map((q) => q.speaker)).toEqual(a.quotes.map((q) => q.speaker));
  });
});
