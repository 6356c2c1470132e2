import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { isLayerNames } from '@/utils/reader-layer/model/names-index';
import { isLayerOutline } from '@/utils/reader-layer/model/layer-outline';
import { readLayerRecord, writeCorrectionsRecord } from '@/utils/reader-layer/store/layer-db';
import {
  itemsWritten,
  layerItem,
  layerNamesItem,
  layerOutlineItem,
  loadLayer,
  updateLayer,
} from '@/utils/reader-layer/store/storage';
import { article, bundled, entity, page } from '../fixtures';

const learnOne = (n: number) => (layer: ReaderLayer) =>
  mergeArticle(layer, article([entity(`e${n}`, `Person Number${n}`, 'person')]), bundled(), page(n)).layer;

const namesOf = async () => {
  const names = await layerNamesItem.getValue();
  return isLayerNames(names) ? names.entities.map((e) => e.name) : [];
};
const outlineStamp = async () => {
  const outline = await layerOutlineItem.getValue();
  return isLayerOutline(outline) ? outline.stamp : undefined;
};

describe('the layer this context wrote', () => {
  beforeEach(() => fakeBrowser.reset());
  // Items written after a merge's answer land before the next test's storage is reset.
  afterEach(() => itemsWritten());

  it('is read back as the very object written while it is the stored one, without a copy', async () => {
    const saved = await updateLayer(learnOne(1));
    expect((await readLayerRecord()).layer).toBe(saved);
    // Checked on its way in: loading it hands the same object back.
    expect((await loadLayer()).layer).toBe(saved);
  });

  it('is read from the database again once another write stored a new stamp', async () => {
    const saved = await updateLayer(learnOne(1));
    await writeCorrectionsRecord([], 'another-write');
    const read = await readLayerRecord();
    expect(read.layer).not.toBe(saved);
    expect(read.layer).toEqual({ ...saved, corrections: [] });
    expect(read.stamp).toBe('another-write');
  });

  it('is forgotten when the layer is removed', async () => {
    await updateLayer(learnOne(1));
    await layerItem.removeValue();
    expect((await readLayerRecord()).layer).toBeNull();
  });
});

describe('items written soon after a layer write', () => {
  beforeEach(() => fakeBrowser.reset());
  // Items written after a merge's answer land before the next test's storage is reset.
  afterEach(() => itemsWritten());

  it('answers the write before its items, then writes them under its stamp', async () => {
    await updateLayer(learnOne(1));
    const before = await outlineStamp();
    let stamp: string | undefined;
    const saved = await updateLayer(learnOne(2), (s) => (stamp = s), 'soon');
    // Answered: the layer is stored, the items still name the write before.
    expect(saved.sources).toHaveLength(2);
    expect((await readLayerRecord()).stamp).toBe(stamp);
    expect(await outlineStamp()).toBe(before);
    await itemsWritten();
    expect(await outlineStamp()).toBe(stamp);
    expect(await namesOf()).toEqual(['Person Number1', 'Person Number2']);
  });

  it('writes the items once, for the last of writes close together', async () => {
    let stamp: string | undefined;
    await updateLayer(learnOne(1), undefined, 'soon');
    await updateLayer(learnOne(2), undefined, 'soon');
    await updateLayer(learnOne(3), (s) => (stamp = s), 'soon');
    await itemsWritten();
    expect(await outlineStamp()).toBe(stamp);
    expect(await namesOf()).toEqual(['Person Number1', 'Person Number2', 'Person Number3']);
  });

  it('leaves the items of a later write standing', async () => {
    await updateLayer(learnOne(1), undefined, 'soon');
    let stamp: string | undefined;
    // A write that writes its items at once lands before the first one's items are written.
    await updateLayer(learnOne(2), (s) => (stamp = s));
    await itemsWritten();
    expect(await outlineStamp()).toBe(stamp);
    expect(await namesOf()).toEqual(['Person Number1', 'Person Number2']);
  });
});
