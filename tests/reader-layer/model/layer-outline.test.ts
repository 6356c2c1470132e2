import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { emptyLayer, type ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { isLayerOutline, layerOutline, newStamp, type LayerOutline } from '@/utils/reader-layer/model/layer-outline';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { outlineRows, sourceRows } from '@/utils/reader-layer/model/source-counts';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { layerNames } from '@/utils/reader-layer/model/names-index';
import {
  ensureLayerNames,
  layerItem,
  layerNamesItem,
  layerOutlineItem,
  resetLayer,
  updateLayer,
} from '@/utils/reader-layer/store/storage';
import { article, bundled, entity, newBrowserSession, page } from '../fixtures';

function twoArticles(): ReaderLayer {
  let layer = mergeArticle(
    emptyLayer(),
    article([entity('a', 'Ann Apple', 'person', [], ['Grew apples.'])], [{ text: 'Q.', speaker: 'a', about: [] }]),
    bundled(),
    page(1),
  ).layer;
  layer = mergeArticle(layer, article([entity('c', 'Cy Sea', 'person')]), bundled(), page(2)).layer;
  return { ...layer, corrections: [{ kind: 'hide', entity: 'c', name: 'Cy Sea' }] };
}

describe('layer outline', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists the learned sources, decisions and corrections without any entity, fact or quote', () => {
    const layer = twoArticles();
    const outline = layerOutline(layer, 'stamp-1');
    expect(outline.stamp).toBe('stamp-1');
    expect(outline.sources.map((s) => [s.source.title, s.order])).toEqual([
      ['Story 1', 0],
      ['Story 2', 1],
    ]);
    expect(outline.corrections).toEqual(layer.corrections);
    expect(outline.pending).toEqual(layer.pending);
    const text = JSON.stringify(outline);
    for (const absent of ['Grew apples.', '"Q."', 'Ann Apple']) expect(text).not.toContain(absent);
  });

  it('recognises only a well-shaped outline', () => {
    expect(isLayerOutline(layerOutline(emptyLayer(), newStamp()))).toBe(true);
    const good: LayerOutline = { version: 1, stamp: 's', sources: [], pending: [], corrections: [] };
    for (const raw of [
      null,
      undefined,
      'text',
      { ...good, version: 2 },
      { ...good, stamp: 3 },
      { ...good, sources: {} },
    ])
      expect(isLayerOutline(raw)).toBe(false);
  });

  it('gives every stamp once', () => {
    const stamps = new Set(Array.from({ length: 1000 }, newStamp));
    expect(stamps.size).toBe(1000);
  });

  it('orders rows as the counted list does, learned newest first, with no counts yet', () => {
    const layer = twoArticles();
    const early = outlineRows(layerOutline(layer, 's'), bundled().sources);
    const counted = sourceRows(effectiveDictionary(bundled(), layer), layer);
    expect(early.map((r) => [r.id, r.learned])).toEqual(counted.map((r) => [r.id, r.learned]));
    expect(early.every((r) => r.entities === undefined && r.facts === undefined && r.quotes === undefined)).toBe(true);
  });

  it('is written with every layer write under a new stamp, and rebuilt for a layer stored without one', async () => {
    const layer = twoArticles();
    await updateLayer(() => layer);
    const first = await layerOutlineItem.getValue();
    expect(isLayerOutline(first) && first.sources.length).toBe(2);
    await updateLayer((l) => ({ ...l, corrections: [] }));
    const second = await layerOutlineItem.getValue();
    expect(isLayerOutline(second) && isLayerOutline(first) && second.stamp !== first.stamp).toBe(true);
    await resetLayer();
    const reset = await layerOutlineItem.getValue();
    expect(isLayerOutline(reset) && reset.sources).toEqual([]);

    await layerItem.setValue(layer);
    await layerOutlineItem.removeValue();
    await newBrowserSession();
    await ensureLayerNames();
    const rebuilt = await layerOutlineItem.getValue();
    expect(isLayerOutline(rebuilt) && rebuilt.sources.map((s) => s.source.title)).toEqual(['Story 1', 'Story 2']);
    // The names left there were the reset layer's: a layer stored without a stamp gets both rewritten from it.
    expect(await layerNamesItem.getValue()).toEqual(layerNames(layer));
  });
});
