import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Correction } from '@/utils/dictionary/schema';
import { createCardService } from '@/utils/reader-layer/cards/card-service';
import { addCorrection, removeCorrection } from '@/utils/reader-layer/layer-actions';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { articlesStamp, isLayerOutline } from '@/utils/reader-layer/model/layer-outline';
import { emptyLayer, type ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { layerNames } from '@/utils/reader-layer/model/names-index';
import { runInStore } from '@/utils/reader-layer/store/idb';
import { joinLayer } from '@/utils/reader-layer/store/layer-records';
import { idbCacheStore } from '@/utils/reader-layer/store/idb-cache';
import { readLayerRecord } from '@/utils/reader-layer/store/layer-db';
import {
  layerItem,
  layerNamesItem,
  layerOutlineItem,
  loadLayer,
  pageNamesItem,
  updateLayer,
} from '@/utils/reader-layer/store/storage';
import { article, bundled, entity, page } from '../fixtures';

const learnOne = (n: number) => (layer: ReaderLayer) =>
  mergeArticle(layer, article([entity(`e${n}`, `Person Number${n}`, 'person', [], ['A fact.'])]), bundled(), page(n))
    .layer;

const hide = (entity: string): Correction => ({ kind: 'hide', entity, name: entity });

/** The value under `key` in the layer's database, read without the module under test. */
const inDatabase = (key: string) =>
  runInStore(indexedDB, 'backstory-layer', 'layer', 'readonly', (store) => {
    const request = store.get(key);
    return (): unknown => request.result;
  });

/** The layer as the database keeps it (its head and one record per article), read without the module under test. */
const layerInDatabase = () =>
  runInStore(indexedDB, 'backstory-layer', 'layer', 'readonly', (store) => {
    const head = store.get('head');
    const articles = store.getAll(IDBKeyRange.bound('article:', 'article:\uffff'));
    return (): unknown => joinLayer(head.result, articles.result);
  });

const outlineNow = async () => {
  const outline = await layerOutlineItem.getValue();
  if (!isLayerOutline(outline)) throw new Error('no outline');
  return outline;
};

describe('corrections kept apart from the learned articles', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a correction leaves the stored articles alone and reaches the layer, names, page names mark and outline', async () => {
    const saved = await updateLayer(learnOne(1));
    const before = await outlineNow();
    expect(await pageNamesItem.getValue()).toMatchObject({ version: 2, stamp: before.stamp });
    await addCorrection(hide('e1'));
    expect(await inDatabase('corrections')).toEqual([hide('e1')]);
    // The stored layer itself gets a copy of them after the answer, its learned articles as they were.
    await vi.waitFor(async () => expect(await layerInDatabase()).toEqual({ ...saved, corrections: [hide('e1')] }));
    const loaded = (await loadLayer()).layer;
    expect(loaded).toEqual({ ...saved, corrections: [hide('e1')] });
    expect(await layerNamesItem.getValue()).toEqual(layerNames(loaded));
    const outline = await outlineNow();
    expect(outline.corrections).toEqual([hide('e1')]);
    expect(outline.stamp).not.toBe(before.stamp);
    expect(outline.stamp).toBe(await inDatabase('stamp'));
    expect(articlesStamp(outline)).toBe(before.stamp);
    // The page names mark names the new write, so open pages ask for their names again.
    expect(await pageNamesItem.getValue()).toMatchObject({ version: 2, stamp: outline.stamp });

    await removeCorrection(hide('e1'));
    expect((await loadLayer()).layer.corrections).toEqual([]);
    expect(await pageNamesItem.getValue()).toMatchObject({ version: 2, stamp: (await outlineNow()).stamp });
  });

  it('keeps corrections through later writes of the articles', async () => {
    await updateLayer(learnOne(1));
    await addCorrection(hide('e1'));
    const next = await updateLayer(learnOne(2));
    expect(next.corrections).toEqual([hide('e1')]);
    expect((await layerInDatabase()) as ReaderLayer).toEqual(next);
    expect(articlesStamp(await outlineNow())).toBe((await outlineNow()).stamp);
  });

  it('reads the corrections of a layer stored before they were kept apart, and adds to them', async () => {
    const layer = { ...learnOne(1)(emptyLayer()), corrections: [hide('e1')] };
    await runInStore(indexedDB, 'backstory-layer', 'layer', 'readwrite', (store) => {
      store.put(layer, 'layer');
      return () => undefined;
    });
    expect((await loadLayer()).layer.corrections).toEqual([hide('e1')]);
    // Names and outline were never written for it: the whole layer is written, the old correction kept.
    await addCorrection(hide('boris-johnson'));
    const record = await readLayerRecord();
    expect((record.layer as ReaderLayer).corrections).toEqual([hide('e1'), hide('boris-johnson')]);
    expect((record.layer as ReaderLayer).sources).toEqual(layer.sources);
    expect((await outlineNow()).corrections).toEqual([hide('e1'), hide('boris-johnson')]);
  });

  it('the card service applies a correction to what it built, without reading the articles again', async () => {
    await updateLayer(learnOne(1));
    const read = vi.fn(() => layerItem.getValue());
    const service = createCardService(
      bundled(),
      read,
      idbCacheStore(() => layerOutlineItem.getValue()),
    );
    expect((await service.cards(['e1'])).entities.map((e) => e.id)).toEqual(['e1']);
    await addCorrection({ kind: 'wrong-type', entity: 'e1', name: 'Person Number1', type: 'organization' });
    service.invalidate();
    const corrected = await service.dictionary();
    expect(read).toHaveBeenCalledTimes(1);
    expect(corrected).toEqual(effectiveDictionary(bundled(), (await loadLayer()).layer));
    expect(corrected.entities.find((e) => e.id === 'e1')?.type).toBe('organization');
    // Learning another article is a write of the articles: built again from the stored layer.
    await updateLayer(learnOne(2));
    service.invalidate();
    expect((await service.dictionary()).entities.some((e) => e.id === 'e2')).toBe(true);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
