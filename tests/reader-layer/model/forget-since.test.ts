import { describe, expect, it } from 'vitest';
import { validateDictionary } from '@/utils/dictionary/validate';
import { withCorrection } from '@/utils/reader-layer/model/corrections';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { withoutLearned, withoutLearnedSince } from '@/utils/reader-layer/model/forget-since';
import { emptyLayer, type ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { article, bundled, entity, page } from '../fixtures';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 0, 10, 12);
const correction = { kind: 'hide', entity: 'nato', name: 'NATO' } as const;

/** Four articles: one kept before times were kept, one two days old, one this morning, one ten minutes ago. */
function layerOfFour(): ReaderLayer {
  let layer: ReaderLayer = { ...emptyLayer(), corrections: withCorrection([], correction) };
  const learn = (n: number, at: number, entities: ReturnType<typeof entity>[]) =>
    (layer = mergeArticle(layer, article(entities), bundled(), page(n), at).layer);
  learn(1, 0, [entity('ann', 'Ann Apple', 'person', [], ['Ann in the oldest.'])]);
  delete (layer.sources[0] as { learnedAt?: number }).learnedAt;
  learn(2, NOW - 48 * HOUR, [entity('ann', 'Ann Apple', 'person', [], ['Ann two days ago.'])]);
  learn(3, NOW - 5 * HOUR, [
    entity('ann', 'Ann Apple', 'person', [], ['Ann this morning.']),
    entity('jordan', 'Jordan', 'person', [], ['Jordan the player.']),
  ]);
  learn(4, NOW - 10 * 60_000, [
    entity('ann', 'Ann Apple', 'person', [], ['Ann just now.']),
    entity('kim', 'Kim Lone', 'person', [], ['Only the newest names Kim.']),
  ]);
  return layer;
}

const titles = (layer: ReaderLayer) => layer.sources.map((s) => s.source.title);

describe('forgetting what was learned lately', () => {
  it('stamps each merged article with when it was learned', () => {
    const layer = layerOfFour();
    expect(layer.sources.map((s) => s.learnedAt)).toEqual([undefined, NOW - 48 * HOUR, NOW - 5 * HOUR, NOW - 600_000]);
  });

  it('forgets the last hour: the newest article and what only it said, nothing else', () => {
    const { layer, count } = withoutLearnedSince(layerOfFour(), NOW - HOUR);
    expect(count).toBe(1);
    expect(titles(layer)).toEqual(['Story 1', 'Story 2', 'Story 3']);
    const dict = effectiveDictionary(bundled(), layer);
    expect(validateDictionary(dict).ok).toBe(true);
    expect(dict.entities.some((e) => e.id === 'kim')).toBe(false);
    const ann = dict.entities.find((e) => e.id === 'ann')!;
    expect(ann.facts.map((f) => f.text)).not.toContain('Ann just now.');
    expect(ann.facts.map((f) => f.text)).toContain('Ann this morning.');
    expect(layer.corrections).toEqual([correction]);
    expect(layer.pending).toHaveLength(1);
  });

  it('forgets the last day with the decisions its articles raised; older and untimed articles stay', () => {
    const before = layerOfFour();
    expect(before.pending.map((p) => p.source)).toEqual([before.sources[2]!.source.id]);
    const { layer, count } = withoutLearnedSince(before, NOW - 24 * HOUR);
    expect(count).toBe(2);
    expect(titles(layer)).toEqual(['Story 1', 'Story 2']);
    expect(layer.pending).toEqual([]);
    expect(layer.corrections).toEqual([correction]);
    const ann = effectiveDictionary(bundled(), layer).entities.find((e) => e.id === 'ann')!;
    expect(ann.facts.map((f) => f.text).sort()).toEqual(['Ann in the oldest.', 'Ann two days ago.']);
  });

  it('forgets nothing when nothing was learned since', () => {
    const before = layerOfFour();
    const { layer, count } = withoutLearnedSince(before, NOW);
    expect(count).toBe(0);
    expect(layer).toEqual(before);
  });

  it('forgets everything learned and keeps the corrections', () => {
    const { layer, count } = withoutLearned(layerOfFour());
    expect(count).toBe(4);
    expect(layer.sources).toEqual([]);
    expect(layer.pending).toEqual([]);
    expect(layer.corrections).toEqual([correction]);
    const corrected = { ...emptyLayer(), corrections: [correction] };
    expect(effectiveDictionary(bundled(), layer)).toEqual(effectiveDictionary(bundled(), corrected));
  });
});
