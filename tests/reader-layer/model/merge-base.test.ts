import { describe, expect, it } from 'vitest';
import type { Correction, Dictionary, Entity, EntityType } from '@/utils/dictionary/schema';
import { withCorrection } from '@/utils/reader-layer/model/corrections';
import { combinedDictionary } from '@/utils/reader-layer/model/effective';
import { emptyLayer, type LearnedSource, type ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { withRoom } from '@/utils/reader-layer/model/make-room';
import { mergeArticle, type MergedArticle } from '@/utils/reader-layer/model/merge';
import { MergeBase } from '@/utils/reader-layer/model/merge-base';
import { textKey } from '@/utils/reader-layer/model/normalise';
import { article, bundled, entity, page } from '../fixtures';

/** A small seeded random source, so a failing sequence can be replayed. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { chance: (p: number) => next() < p, pick, count: (max: number) => Math.floor(next() * (max + 1)) };
}
type Random = ReturnType<typeof randomSource>;

/** Invented names: shared surnames make ambiguous matches, one name as two types makes clashes. */
const CAST: { id: string; name: string; type: EntityType; aliases: string[] }[] = [
  { id: 'ada', name: 'Ada Quill', type: 'person', aliases: ['Quill'] },
  { id: 'ben', name: 'Ben Quill', type: 'person', aliases: ['Quill', 'Benedict Quill'] },
  { id: 'cato', name: 'Cato Vrell', type: 'person', aliases: ['Vrell'] },
  { id: 'vrell', name: 'Vrell Group', type: 'organization', aliases: ['Vrell'] },
  { id: 'dara', name: 'Dara Moss', type: 'person', aliases: ['Ms Moss', 'Moss'] },
  { id: 'moss', name: 'Moss Valley', type: 'place', aliases: [] },
  { id: 'orl', name: 'Orlen Bay', type: 'place', aliases: ['the Bay'] },
  { id: 'tess', name: 'Tess Orlen', type: 'person', aliases: ['Orlen'] },
  { id: 'jo', name: 'Mr Johnson', type: 'person', aliases: [] },
  { id: 'nat', name: 'NATO', type: 'organization', aliases: ['the alliance'] },
];
const FACTS = [
  'Spoke at the harbour.',
  'Opened the new mill.',
  'Left the council.',
  'Won the regatta.',
  'Wrote a book.',
];
const QUOTES = ['We will rebuild.', 'Nothing was decided.', 'The river is rising.', 'We will rebuild!'];
const TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];

/** One invented article: a few of the cast, sometimes under another type or a new alias, with facts and quotes. */
function randomArticle(random: Random): Dictionary {
  const entities: Entity[] = [];
  for (const who of CAST) {
    if (!random.chance(0.35)) continue;
    const type = random.chance(0.1) ? random.pick(TYPES) : who.type;
    const aliases = random.chance(0.5) ? who.aliases : [...who.aliases, `${who.name} Jr`];
    const facts = FACTS.filter(() => random.chance(0.3));
    const found = entity(random.chance(0.2) ? `${who.id}2` : who.id, who.name, type, aliases, facts);
    entities.push(random.chance(0.3) ? { ...found, description: random.pick(FACTS) } : found);
  }
  const quotes = entities.length
    ? QUOTES.filter(() => random.chance(0.3)).map((text) => ({
        text,
        speaker: random.chance(0.7) ? random.pick(entities).id : null,
        about: random.chance(0.5) ? [random.pick(entities).id] : [],
      }))
    : [];
  return article(entities, quotes);
}

/** A correction of one of the cast, or of an id the layer may not hold yet. */
function randomCorrection(random: Random): Correction {
  const who = random.pick(CAST);
  const entity = random.chance(0.2) ? `${who.id}-2` : who.id;
  switch (random.count(3)) {
    case 0:
      return { kind: 'hide', entity, name: who.name };
    case 1:
      return { kind: 'wrong-type', entity, name: who.name, type: random.pick(TYPES) };
    case 2:
      return { kind: 'same-as', entity, name: who.name, target: random.pick(CAST).id };
    default:
      return { kind: 'not-a-name', entity, name: random.chance(0.5) ? who.name : 'the Bay' };
  }
}

/** What matching needs of a layer, as folding every article makes it (the combined dictionary, hidden kept). */
function fullFold(layer: ReaderLayer) {
  const existing = combinedDictionary(bundled(), layer, { keepHidden: true });
  const taken = new Set([
    ...bundled().entities.map((e) => e.id),
    ...layer.sources.flatMap((s) => s.entities.map((c) => c.id)),
  ]);
  return {
    entities: existing.entities,
    quoteTexts: new Map(existing.quotes.map((q) => [textKey(q.text), q.text])),
    taken,
  };
}

describe('MergeBase', () => {
  it('is what folding every article makes, built or advanced', () => {
    const dictionary = bundled();
    let layer = emptyLayer();
    let kept: MergeBase | undefined;
    for (let n = 1; n <= 12; n++) {
      const merged = mergeArticle(layer, randomArticle(randomSource(n)), dictionary, page(n), n, kept);
      layer = merged.layer;
      kept = merged.base;
      expect(kept?.snapshot()).toEqual(fullFold(layer));
    }
    expect(MergeBase.build(dictionary, layer).snapshot()).toEqual(fullFold(layer));
  });

  it('merges exactly as a full fold over random sequences of merges, corrections, replacements and pruning', () => {
    const dictionary = bundled();
    let merges = 0;
    let advanced = 0;
    let followed = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const random = randomSource(seed);
      let full = emptyLayer();
      let incremental = emptyLayer();
      let kept: MergeBase | undefined;
      let n = 0;
      for (let step = 0; step < 25; step++) {
        if (random.chance(0.1)) {
          // A change made elsewhere: the kept base describes another layer now.
          const correction = randomCorrection(random);
          full = { ...full, corrections: withCorrection(full.corrections, correction) };
          incremental = { ...incremental, corrections: withCorrection(incremental.corrections, correction) };
          continue;
        }
        const replacing = n > 0 && random.chance(0.1);
        const meta = page(replacing ? 1 + random.count(n - 1) : ++n);
        const built = randomArticle(random);
        const room = random.chance(0.25) ? { sources: 2 + random.count(3), bytes: 1e9 } : undefined;
        const prune = (layer: ReaderLayer) => (room ? withRoom(layer, room) : layer);
        const fromFull = mergeArticle(prune(full), built, dictionary, meta, step);
        const before = prune(incremental);
        const fromKept: MergedArticle = mergeArticle(before, built, dictionary, meta, step, kept);
        merges++;
        expect(fromKept.layer).toEqual(fromFull.layer);
        expect(fromKept.summary).toEqual(fromFull.summary);
        if (kept && fromKept.base === kept) {
          advanced++;
          if (before.sources.length < incremental.sources.length || replacing) followed++;
        }
        full = fromFull.layer;
        incremental = fromKept.layer;
        kept = fromKept.base;
        if (kept) expect(kept.snapshot()).toEqual(fullFold(incremental));
      }
    }
    // The sequences must mostly go through the kept base, and often after articles were taken out, or they test
    // only the full fold.
    expect(advanced).toBeGreaterThan(merges / 2);
    expect(followed).toBeGreaterThan(merges / 10);
  });

  it('cannot advance over an article naming an id a correction names before it exists', () => {
    const dictionary = bundled();
    const hideLater: ReaderLayer = {
      ...emptyLayer(),
      corrections: [{ kind: 'hide', entity: 'ada', name: 'Ada Quill' }],
    };
    const first = mergeArticle(hideLater, article([entity('cato', 'Cato Vrell', 'person')]), dictionary, page(1), 1);
    expect(first.base).toBeDefined();
    const second = mergeArticle(
      first.layer,
      article([entity('ada', 'Ada Quill', 'person')]),
      dictionary,
      page(2),
      2,
      first.base,
    );
    expect(second.base).toBeUndefined();
    expect(first.base!.describes(first.layer)).toBe(false);
    const again = mergeArticle(second.layer, article([entity('dara', 'Dara Moss', 'person')]), dictionary, page(3), 3);
    expect(again.base?.snapshot()).toEqual(fullFold(again.layer));
  });

  /** A learned source made directly, naming `said` (id, name) in that order. */
  const learnedSource = (order: number, said: [string, string][]): LearnedSource => ({
    source: { id: `s${order}`, title: `Story ${order}` },
    order,
    entities: said.map(([id, name]) => ({ id, name, type: 'person', aliases: [], description: '', facts: [] })),
    quotes: [],
  });

  it('refolds in the new order the entities it keeps when the article that named one first is taken out', () => {
    const dictionary = bundled();
    const layer: ReaderLayer = {
      ...emptyLayer(),
      nextOrder: 3,
      sources: [
        learnedSource(0, [['ann', 'Ann Ames']]),
        learnedSource(1, [
          ['bo', 'Bo Ames'],
          ['ann', 'Ann A. Ames'],
        ]),
        learnedSource(2, [['bo', 'Bo B. Ames']]),
      ],
      corrections: [
        { kind: 'same-as', entity: 'ann', name: 'Ann Ames', target: 'nato' },
        { kind: 'same-as', entity: 'bo', name: 'Bo Ames', target: 'nato' },
      ],
    };
    const base = MergeBase.build(dictionary, layer);
    const pruned = withRoom(layer, { sources: 3, bytes: 1e9 });
    expect(base.follow(pruned, dictionary)).toBe(true);
    expect(base.snapshot()).toEqual(fullFold(pruned));
  });

  it('gives up, and the merge folds every article, when taking an article out drops an entity it kept', () => {
    const dictionary = bundled();
    const layer: ReaderLayer = {
      ...emptyLayer(),
      nextOrder: 2,
      sources: [learnedSource(0, [['mill', 'Quill Mill']]), learnedSource(1, [['mill', 'The Mill']])],
      corrections: [{ kind: 'not-a-name', entity: 'elsewhere', name: 'The Mill' }],
    };
    const base = MergeBase.build(dictionary, layer);
    const pruned = withRoom(layer, { sources: 2, bytes: 1e9 });
    expect(base.follow(pruned, dictionary)).toBe(false);
    const merged = mergeArticle(pruned, article([]), dictionary, page(9), 9, base);
    expect(merged.base).not.toBe(base);
    expect(merged.base?.snapshot()).toEqual(fullFold(merged.layer));
  });
});
