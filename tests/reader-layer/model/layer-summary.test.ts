import { describe, expect, it } from 'vitest';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { emptyLayer } from '@/utils/reader-layer/model/layer-schema';
import { layerBytes } from '@/utils/reader-layer/model/layer-size';
import { layerSummary } from '@/utils/reader-layer/model/layer-summary';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { sourceRows } from '@/utils/reader-layer/model/source-counts';
import { article, bundled, entity, page } from '../fixtures';

describe('the layer summed up for the options page', () => {
  it('counts every source, sizes the layer and names the targets of "same as" corrections only', () => {
    let layer = mergeArticle(emptyLayer(), article([entity('ann', 'Ann Apple', 'person')]), bundled(), page(1)).layer;
    layer = { ...layer, corrections: [{ kind: 'same-as', entity: 'ann', name: 'Ann Apple', target: 'boris-johnson' }] };
    const effective = effectiveDictionary(bundled(), layer);
    const summary = layerSummary(effective, { layer });
    expect(summary.sources).toEqual(sourceRows(effective, layer));
    expect(summary.bytes).toBe(layerBytes(layer));
    expect(summary.names).toEqual({ 'boris-johnson': 'Boris Johnson' });
    expect(summary.notice).toBeUndefined();
  });

  it('says why the stored layer could not be read', () => {
    const summary = layerSummary(bundled(), { layer: emptyLayer(), notice: 'unreadable', broken: true });
    expect(summary).toMatchObject({ notice: 'unreadable', broken: true, bytes: 0 });
  });
});
