import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { runInStore } from '@/utils/reader-layer/store/idb';
import { joinLayer, splitLayer } from '@/utils/reader-layer/store/layer-records';
import { readLayerRecord } from '@/utils/reader-layer/store/layer-db';
import { isLayerOutline, layerOutline } from '@/utils/reader-layer/model/layer-outline';
import { emptyLayer, type ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { layerNames } from '@/utils/reader-layer/model/names-index';
import {
  ensureLayerNames,
  layerItem,
  layerNamesItem,
  layerOutlineItem,
  loadLayer,
  updateCorrections,
  updateLayer,
} from '@/utils/reader-layer/store/storage';
import { article, bundled, entity, newBrowserSession, page } from '../fixtures';

const FACT = 'Kept the harbour ledgers for forty years.';
const learnOne = (n: number) => (layer: ReaderLayer) =>
  mergeArticle(layer, article([entity(`e${n}`, `Person Number${n}`, 'person', [], [FACT])]), bundled(), page(n)).layer;

/** Everything in storage.local, as one text. */
const localText = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

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

describe('the reader’s layer in IndexedDB', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads back what was written, stored in the database under the outline’s stamp', async () => {
    expect(await layerItem.getValue()).toBeNull();
    const saved = await updateLayer(learnOne(1));
    expect(await layerItem.getValue()).toEqual(saved);
    expect(await layerInDatabase()).toEqual(saved);
    const outline = await layerOutlineItem.getValue();
    expect(isLayerOutline(outline) && outline.stamp).toBe(await inDatabase('stamp'));
    expect(await layerNamesItem.getValue()).toEqual(layerNames(saved));
  });

  it('leaves no layer bytes in storage.local after a write', async () => {
    await updateLayer(learnOne(1));
    await updateLayer(learnOne(2));
    const stored = await fakeBrowser.storage.local.get(null);
    // The names are kept in the database beside the layer: pages never read them, yet would be sent every write.
    expect(Object.keys(stored).sort()).toEqual(['pageNames', 'readerOutline']);
    expect(await localText()).not.toContain(FACT);
    expect(JSON.stringify(await layerItem.getValue())).toContain(FACT);
  });

  it('reads the names an earlier version kept in storage.local, and clears them at the next write', async () => {
    const layer = learnOne(1)(emptyLayer());
    await fakeBrowser.storage.local.set({ readerNames: JSON.stringify(layerNames(layer)) });
    expect(await layerNamesItem.getValue()).toEqual(layerNames(layer));
    const saved = await updateLayer(learnOne(2));
    expect(await fakeBrowser.storage.local.get('readerNames')).toEqual({});
    expect(await layerNamesItem.getValue()).toEqual(layerNames(saved));
  });

  it('tells a watcher of a write made elsewhere, with the layer that write stored', async () => {
    const seen: unknown[] = [];
    const stop = layerItem.watch((value) => seen.push(value));
    const saved = await updateLayer(learnOne(1));
    await vi.waitFor(() => expect(seen).toEqual([saved]));
    // Another context writes as saveLayer does: the layer with its stamp, then the outline under it.
    const other = learnOne(2)(saved);
    const { head, articles } = splitLayer(other)!;
    await runInStore(indexedDB, 'backstory-layer', 'layer', 'readwrite', (store) => {
      store.put(head, 'head');
      for (const [id, value] of articles) store.put(value, `article:${id}`);
      store.put('other-stamp', 'stamp');
      return () => undefined;
    });
    await layerOutlineItem.setValue(layerOutline(other, 'other-stamp'));
    await vi.waitFor(() => expect(seen).toEqual([saved, other]));
    stop();
  });

  it('moves a layer left in storage.local into the database on first read, keeping its stamp', async () => {
    const layer = learnOne(1)(emptyLayer());
    const outline = layerOutline(layer, 'seeded-stamp');
    await fakeBrowser.storage.local.set({ readerLayer: layer, readerOutline: outline });
    expect((await loadLayer()).layer).toEqual(layer);
    expect(await fakeBrowser.storage.local.get('readerLayer')).toEqual({});
    expect(await readLayerRecord()).toEqual({ layer, stamp: 'seeded-stamp' });
    // The names pages read were missing; the start-up check writes them, under the same stamp.
    await ensureLayerNames();
    expect(await layerNamesItem.getValue()).toEqual(layerNames(layer));
    expect(await layerOutlineItem.getValue()).toEqual(outline);
  });

  it('tells a watcher of a layer seeded into storage.local, and moves it', async () => {
    const seen: unknown[] = [];
    const stop = layerItem.watch((value) => seen.push(value));
    const layer = learnOne(1)(emptyLayer());
    await fakeBrowser.storage.local.set({ readerLayer: layer, readerOutline: layerOutline(layer, 'seeded') });
    await vi.waitFor(() => expect(seen).toEqual([layer]));
    stop();
    expect(await fakeBrowser.storage.local.get('readerLayer')).toEqual({});
  });

  it('loses nothing when the move is cut short, and finishes it on the next read', async () => {
    const layer = learnOne(1)(emptyLayer());
    await fakeBrowser.storage.local.set({ readerLayer: layer });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The transaction was aborted.', 'AbortError');
    });
    try {
      await expect(layerItem.getValue()).rejects.toThrow();
    } finally {
      put.mockRestore();
    }
    expect(await fakeBrowser.storage.local.get('readerLayer')).toEqual({ readerLayer: layer });
    expect(await layerItem.getValue()).toEqual(layer);
    expect(await fakeBrowser.storage.local.get('readerLayer')).toEqual({});
  });

  it('rewrites names and outline from the layer when a write stopped between the database and storage.local', async () => {
    const first = await updateLayer(learnOne(1));
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('storage is unavailable'));
    try {
      await expect(updateLayer(learnOne(2))).rejects.toThrow('storage is unavailable');
    } finally {
      fakeBrowser.storage.local.set = set;
    }
    const record = await readLayerRecord();
    const stale = await layerOutlineItem.getValue();
    expect(isLayerOutline(stale) && stale.stamp).not.toBe(record.stamp);
    expect(stale).toEqual(layerOutline(first, (stale as { stamp: string }).stamp));

    await ensureLayerNames();
    const layer = record.layer as ReaderLayer;
    expect(layer.sources).toHaveLength(2);
    expect(await layerNamesItem.getValue()).toEqual(layerNames(layer));
    expect(await layerOutlineItem.getValue()).toEqual(layerOutline(layer, record.stamp!));
  });

  it('reads none of the items when woken in the session of its last complete write, and checks once in a new one', async () => {
    await updateLayer(learnOne(1));
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await ensureLayerNames();
    expect(get).not.toHaveBeenCalled();
    await newBrowserSession();
    await ensureLayerNames();
    expect(get).toHaveBeenCalled();
    get.mockClear();
    await ensureLayerNames();
    expect(get).not.toHaveBeenCalled();
    get.mockRestore();
  });

  it('checks in full after a correction cut short, as after a layer write cut short', async () => {
    await updateLayer(learnOne(1));
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('storage is unavailable'));
    try {
      await expect(updateCorrections((c) => [...c, { kind: 'hide', entity: 'ada', name: 'Ada' }])).rejects.toThrow();
    } finally {
      fakeBrowser.storage.local.set = set;
    }
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await ensureLayerNames();
    expect(get).toHaveBeenCalled();
    get.mockRestore();
  });

  it('writes nothing at start-up when names, outline and layer agree', async () => {
    await updateLayer(learnOne(1));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await ensureLayerNames();
    expect(set).not.toHaveBeenCalled();
    set.mockRestore();
  });
});
