import { describe, expect, it } from 'vitest';
import { emptyDictionary, validateDictionary } from '@/utils/dictionary/validate';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { emptyLayer, type ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { article, bundled, entity, page } from '../fixtures';

/** Learns one article per [page number, date, fact] in the given order. */
function learnAll(items: [number, string | undefined, string][]): ReaderLayer {
  let layer = emptyLayer();
  for (const [n, date, fact] of items) {
    const built = article(
      [entity('b', 'Boris Johnson', 'person', [], [fact])],
      [{ text: `Quote ${fact}`, speaker: 'b', about: [] }],
    );
    layer = mergeArticle(layer, built, bundled(), page(n, date)).layer;
  }
  return layer;
}

describe('effectiveDictionary', () => {
  it('is the bundled dictionary when nothing is learned', () => {
    const dict = effectiveDictionary(bundled(), emptyLayer());
    expect(dict.entities.map((e) => e.id)).toEqual(bundled().entities.map((e) => e.id));
    expect(effectiveDictionary(emptyDictionary(), emptyLayer())).toEqual(emptyDictionary());
  });

  it('orders facts and quotes by publication date, newest first, then by learned order', () => {
    const layer = learnAll([
      [1, '2019-03-01', 'March.'],
      [2, '2021-01-01T10:00:00Z', 'Twenty-one.'],
      [3, undefined, 'Undated first.'],
      [4, '2019-03-01', 'March again, learned later.'],
      [5, undefined, 'Undated later.'],
    ]);
    const dict = effectiveDictionary(bundled(), layer);
    expect(validateDictionary(dict).ok).toBe(true);
    const boris = dict.entities.find((e) => e.id === 'boris-johnson')!;
    const order = ['Twenty-one.', 'March again, learned later.', 'March.', 'Boris Johnson was mayor.'];
    expect(boris.facts.map((f) => f.text)).toEqual([...order, 'Undated later.', 'Undated first.']);
    const said = dict.quotes.filter((q) => q.speaker === 'boris-johnson').map((q) => q.text);
    expect(said).toEqual([
      'Quote Twenty-one.',
      'Quote March again, learned later.',
      'Quote March.',
      'Bundled words.',
      'Quote Undated later.',
      'Quote Undated first.',
    ]);
  });

  it('lists bundled sources first and learned ones after, each once', () => {
    const dict = effectiveDictionary(bundled(), learnAll([[1, '2020-01-01', 'x']]));
    expect(dict.sources.map((s) => s.id)).toEqual(['b1', expect.stringMatching(/^learned-/)]);
  });

  it('carries mentionedIn for learned entities', () => {
    const layer = learnAll([
      [1, undefined, 'a'],
      [2, undefined, 'b'],
    ]);
    const boris = effectiveDictionary(bundled(), layer).entities.find((e) => e.id === 'boris-johnson')!;
    expect(boris.mentionedIn).toEqual(layer.sources.map((s) => s.source.id));
  });
});
