import { describe, expect, it } from 'vitest';
import { validateDictionary } from '@/utils/dictionary/validate';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { emptyLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { removeSource, restoreSource } from '@/utils/reader-layer/model/remove';
import { article, bundled, entity, page } from '../fixtures';

function twoArticles() {
  const a = mergeArticle(
    emptyLayer(),
    article(
      [entity('ann', 'Ann Apple', 'person', ['Apple'], ['Ann fact one.']), entity('solo', 'Solo Sam', 'person')],
      [{ text: 'Ann speaks once.', speaker: 'ann', about: ['solo'] }],
    ),
    bundled(),
    page(1, '2020-01-01'),
  );
  const b = mergeArticle(
    a.layer,
    article(
      [
        entity('ann', 'Ann Apple', 'person', ['Annie'], ['Ann fact two.']),
        entity('b', 'Boris Johnson', 'person', [], ['BJ fact.']),
      ],
      [{ text: 'Ann speaks twice.', speaker: 'ann', about: [] }],
    ),
    bundled(),
    page(2, '2021-01-01'),
  );
  return { layer: b.layer, first: a.summary.sourceId, second: b.summary.sourceId };
}

describe('removing a learned source', () => {
  it('takes its facts, quotes and lone entities; shared entities keep what other sources say', () => {
    const { layer, first } = twoArticles();
    const { layer: after } = removeSource(layer, first);
    const dict = effectiveDictionary(bundled(), after);
    expect(validateDictionary(dict).ok).toBe(true);
    expect(dict.sources.some((s) => s.id === first)).toBe(false);
    expect(dict.entities.some((e) => e.name === 'Solo Sam')).toBe(false);
    const ann = dict.entities.find((e) => e.id === 'ann')!;
    expect(ann.facts.map((f) => f.text)).toEqual(['Ann fact two.']);
    expect(ann.aliases).toEqual(['Annie']);
    expect(dict.quotes.map((q) => q.text)).not.toContain('Ann speaks once.');
    expect(dict.quotes.map((q) => q.text)).toContain('Ann speaks twice.');
  });

  it('leaves bundled entities whole when their learned additions go', () => {
    const { layer, second } = twoArticles();
    const dict = effectiveDictionary(bundled(), removeSource(layer, second).layer);
    expect(dict.entities.find((e) => e.id === 'boris-johnson')).toEqual(bundled().entities[0]);
  });

  it('undo puts everything back exactly, in learned order', () => {
    const { layer, first } = twoArticles();
    const { layer: after, removed } = removeSource(layer, first);
    const restored = restoreSource(after, removed);
    expect(restored).toEqual(layer);
    expect(effectiveDictionary(bundled(), restored)).toEqual(effectiveDictionary(bundled(), layer));
  });

  it("takes the source's pending questions along, and undo brings them back", () => {
    const learned = mergeArticle(emptyLayer(), article([entity('j', 'Jordan', 'person')]), bundled(), page(3));
    expect(learned.layer.pending).toHaveLength(1);
    const { layer, removed } = removeSource(learned.layer, learned.summary.sourceId);
    expect(layer.pending).toEqual([]);
    expect(restoreSource(layer, removed).pending).toEqual(learned.layer.pending);
  });

  it('a fact or quote both sources gave stays when the first is removed', () => {
    const say = () =>
      article(
        [entity('ann', 'Ann Apple', 'person', [], ['Ann chairs the board.'])],
        [{ text: 'We will win.', speaker: 'ann', about: [] }],
      );
    const first = mergeArticle(emptyLayer(), say(), bundled(), page(1));
    const second = mergeArticle(first.layer, say(), bundled(), page(2));
    const dict = effectiveDictionary(bundled(), removeSource(second.layer, first.summary.sourceId).layer);
    expect(dict.entities.find((e) => e.id === 'ann')?.facts).toEqual([
      { text: 'Ann chairs the board.', source: second.summary.sourceId },
    ]);
    expect(dict.quotes.filter((q) => q.text === 'We will win.').map((q) => q.source)).toEqual([
      second.summary.sourceId,
    ]);
  });

  it('refuses an unknown source with a clear message', () => {
    expect(() => removeSource(emptyLayer(), 'learned-x')).toThrow(/not among the learned/);
  });
});
