import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readLayerRecord, writeLayerRecord } from '@/utils/reader-layer/store/layer-db';
import { readerLayerSchema, type ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { layerItem, layerOutlineItem, updateLayer } from '@/utils/reader-layer/store/storage';
import { article, bundled, entity, page } from '../fixtures';

const learnOne = (n: number) => (layer: ReaderLayer) =>
  mergeArticle(layer, article([entity(`e${n}`, `Person Number${n}`, 'person')]), bundled(), page(n)).layer;

/** `layer` with its last article replaced by a broken one (a name too long), the other articles the same objects. */
function brokenCopy(layer: ReaderLayer): ReaderLayer {
  const last = structuredClone(layer.sources.at(-1)!);
  last.entities[0]!.name = 'x'.repeat(10_000);
  return { ...layer, sources: [...layer.sources.slice(0, -1), last] };
}

describe('the checks of a layer write', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses a bad new article and writes nothing', async () => {
    await updateLayer(learnOne(1));
    const before = await readLayerRecord();
    const outline = await layerOutlineItem.getValue();
    const learnBadly = (layer: ReaderLayer) => brokenCopy(learnOne(2)(layer));
    await expect(updateLayer(learnBadly)).rejects.toThrow(/sources/);
    expect(await readLayerRecord()).toEqual(before);
    expect(await layerOutlineItem.getValue()).toEqual(outline);
  });

  it('reads back the layer of its own last write without checking it in full again', async () => {
    await updateLayer(learnOne(1));
    const safeParse = vi.spyOn(readerLayerSchema, 'safeParse');
    try {
      const saved = await updateLayer(learnOne(2));
      expect(saved.sources).toHaveLength(2);
      expect(safeParse).not.toHaveBeenCalled();
    } finally {
      safeParse.mockRestore();
    }
  });

  it('checks in full a layer stored by any other write, and refuses to go on from a damaged one', async () => {
    const saved = await updateLayer(learnOne(1));
    await writeLayerRecord(brokenCopy(saved), 'another-write');
    await expect(updateLayer(learnOne(2))).rejects.toThrow(/Person|name|sources/i);
    await layerItem.setValue(brokenCopy(saved));
    await expect(updateLayer(learnOne(2))).rejects.toThrow(/Person|name|sources/i);
    expect((await readLayerRecord()).stamp).toBeUndefined();
  });
});
