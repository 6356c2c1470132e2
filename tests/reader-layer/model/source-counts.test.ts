import { describe, expect, it } from 'vitest';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { emptyLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { sourceRows } from '@/utils/reader-layer/model/source-counts';
import { article, bundled, entity, page } from '../fixtures';

describe('sourceRows', () => {
  it('counts entities, facts and quotes per source, learned sources newest first', () => {
    let layer = mergeArticle(
      emptyLayer(),
      article(
        [entity('a', 'Ann Apple', 'person', [], ['F1.', 'F2.']), entity('b', 'Bo Bee', 'person')],
        [{ text: 'Q.', speaker: 'a', about: ['b'] }],
      ),
      bundled(),
      page(1),
    ).layer;
    layer = mergeArticle(layer, article([entity('c', 'Cy Sea', 'person')]), bundled(), page(2)).layer;
    const rows = sourceRows(effectiveDictionary(bundled(), layer), layer);
    expect(rows.map((r) => [r.title, r.learned, r.entities, r.facts, r.quotes])).toEqual([
      ['Story 2', true, 1, 0, 0],
      ['Story 1', true, 2, 2, 1],
      ['Bundled story', false, 1, 1, 1],
    ]);
  });
});
