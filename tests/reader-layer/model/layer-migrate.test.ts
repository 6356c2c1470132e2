import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forgetSince } from '@/utils/reader-layer/layer-actions';
import { migrateLayer } from '@/utils/reader-layer/model/layer-migrate';
import { emptyLayer, LAYER_VERSION } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { layerItem, loadLayer, updateLayer } from '@/utils/reader-layer/store/storage';
import { article, bundled, entity, page } from '../fixtures';

/** A layer as version 1 stored it: no learning times. */
function versionOneLayer(): unknown {
  const { layer } = mergeArticle(emptyLayer(), article([entity('ann', 'Ann Apple', 'person')]), bundled(), page(1));
  return {
    ...layer,
    version: 1,
    sources: layer.sources.map(({ learnedAt: _, ...rest }) => rest),
  };
}

describe('the stored layer of an earlier layout', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is read in the current layout, its articles untimed', async () => {
    await layerItem.setValue(versionOneLayer());
    const loaded = await loadLayer();
    expect(loaded.broken).toBeUndefined();
    expect(loaded.layer.version).toBe(LAYER_VERSION);
    expect(loaded.layer.sources.map((s) => [s.source.title, s.learnedAt])).toEqual([['Story 1', undefined]]);
  });

  it('keeps its articles when the last hour is forgotten, and is written back in the current layout', async () => {
    await layerItem.setValue(versionOneLayer());
    expect(await forgetSince(Date.now() - 3_600_000)).toBe(0);
    await updateLayer(
      (layer) => mergeArticle(layer, article([entity('bo', 'Bo Bell', 'person')]), bundled(), page(2)).layer,
    );
    const stored = (await layerItem.getValue()) as { version: number; sources: { learnedAt?: number }[] };
    expect(stored.version).toBe(LAYER_VERSION);
    expect(stored.sources.map((s) => typeof s.learnedAt)).toEqual(['undefined', 'number']);
    expect(await forgetSince(Date.now() - 3_600_000)).toBe(1);
    expect((await loadLayer()).layer.sources.map((s) => s.source.title)).toEqual(['Story 1']);
  });

  it('leaves values of other shapes for the check to refuse', () => {
    for (const raw of [null, 'x', [], { version: 7 }]) expect(migrateLayer(raw)).toBe(raw);
  });
});
