import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { removeSource } from '@/utils/reader-layer/model/remove';
import { runInStore } from '@/utils/reader-layer/store/idb';
import { readLayerRecord, writeCorrectionsRecord } from '@/utils/reader-layer/store/layer-db';
import { joinLayer, splitLayer } from '@/utils/reader-layer/store/layer-records';
import { layerItem, loadLayer, updateLayer } from '@/utils/reader-layer/store/storage';
import { article, bundled, entity, page } from '../fixtures';

const learnOne = (n: number) => (layer: ReaderLayer) =>
  mergeArticle(layer, article([entity(`e${n}`, `Person Number${n}`, 'person')]), bundled(), page(n)).layer;

/** Every key in the layer's database, read without the module under test. */
const keysInDatabase = () =>
  runInStore(indexedDB, 'backstory-layer', 'layer', 'readonly', (store) => {
    const keys = store.getAllKeys();
    return () => (keys.result as string[]).sort();
  });

const articleKeys = async () => (await keysInDatabase()).filter((k) => k.startsWith('article:'));

describe('the layer kept one record per learned article', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('writes only the new article, the head, corrections, stamp and the names when it learns one more', async () => {
    await updateLayer(learnOne(1));
    await updateLayer(learnOne(2));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const saved = await updateLayer(learnOne(3));
    const written = put.mock.calls.map(([, key]) => key as string).sort();
    expect(written).toEqual(['article:' + saved.sources[2]!.source.id, 'corrections', 'head', 'names', 'stamp']);
    put.mockRestore();
    expect(await articleKeys()).toHaveLength(3);
    expect((await loadLayer()).layer).toEqual(saved);
  });

  it('after reading and checking a layer another context wrote, writes only what changed', async () => {
    await updateLayer(learnOne(1));
    await updateLayer(learnOne(2));
    // Another context's write: the stored stamp is no longer this context's.
    await writeCorrectionsRecord([], 'elsewhere');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const saved = await updateLayer(learnOne(3));
    const articlesWritten = put.mock.calls.map(([, key]) => key as string).filter((k) => k.startsWith('article:'));
    expect(articlesWritten).toEqual([`article:${saved.sources[2]!.source.id}`]);
    put.mockRestore();
    expect((await readLayerRecord()).layer).toEqual(saved);
    expect(await articleKeys()).toHaveLength(3);
  });

  it('lays every article out when the layer read was kept whole by an earlier version', async () => {
    const one = await updateLayer(learnOne(1));
    await runInStore(indexedDB, 'backstory-layer', 'layer', 'readwrite', (store) => {
      store.delete(IDBKeyRange.bound('article:', 'article:\uffff'));
      store.delete('head');
      store.put(one, 'layer');
      store.put('earlier', 'stamp');
      return () => undefined;
    });
    const two = await updateLayer(learnOne(2));
    expect(await keysInDatabase()).not.toContain('layer');
    expect(await articleKeys()).toHaveLength(2);
    expect((await readLayerRecord()).layer).toEqual(two);
  });

  it('deletes the record of an article the layer no longer has', async () => {
    await updateLayer(learnOne(1));
    const two = await updateLayer(learnOne(2));
    const gone = two.sources[0]!.source.id;
    await updateLayer((layer) => removeSource(layer, gone).layer);
    expect(await articleKeys()).toEqual([`article:${two.sources[1]!.source.id}`]);
  });

  it('writes every article when another context wrote last, leaving none of what it removed', async () => {
    await updateLayer(learnOne(1));
    const two = await updateLayer(learnOne(2));
    // Another context stored the first article alone, whole, as an earlier version kept the layer.
    const alone = { ...two, sources: two.sources.slice(0, 1) };
    await runInStore(indexedDB, 'backstory-layer', 'layer', 'readwrite', (store) => {
      store.delete(IDBKeyRange.bound('article:', 'article:\uffff'));
      store.delete('head');
      store.put(alone, 'layer');
      store.put('elsewhere', 'stamp');
      return () => undefined;
    });
    expect((await readLayerRecord()).layer).toEqual(alone);
    const three = await updateLayer(learnOne(3));
    expect(three.sources).toHaveLength(2);
    expect(await keysInDatabase()).not.toContain('layer');
    expect(await articleKeys()).toHaveLength(2);
    expect((await readLayerRecord()).layer).toEqual(three);
  });

  it('reports a layer whose article record went missing as unreadable, and writes nothing over it', async () => {
    await updateLayer(learnOne(1));
    const two = await updateLayer(learnOne(2));
    await writeCorrectionsRecord([], 'elsewhere');
    await runInStore(indexedDB, 'backstory-layer', 'layer', 'readwrite', (store) => {
      store.delete(`article:${two.sources[0]!.source.id}`);
      return () => undefined;
    });
    const loaded = await loadLayer();
    expect(loaded.broken).toBe(true);
    expect(loaded.notice).toMatch(/could not be read/);
    await expect(updateLayer(learnOne(3))).rejects.toThrow(/Reset it/);
  });

  it('stores a value of no layer’s shape whole, as it came', async () => {
    await updateLayer(learnOne(1));
    await layerItem.setValue({ version: 1, sources: 'garbage' });
    expect(await keysInDatabase()).toEqual(['layer', 'names']);
    expect(await layerItem.getValue()).toEqual({ version: 1, sources: 'garbage' });
  });
});

describe('splitting and joining a layer', () => {
  it('gives back the layer it split, its articles in order', () => {
    const layer = learnOne(2)(learnOne(1)({ version: 2, nextOrder: 0, sources: [], corrections: [], pending: [] }));
    const { head, articles } = splitLayer(layer)!;
    expect(head.articles).toEqual(layer.sources.map((s) => s.source.id));
    expect(joinLayer(head, [...articles.values()].reverse())).toEqual(layer);
  });

  it('does not split a value whose articles have no ids or the same id twice', () => {
    expect(splitLayer({ sources: 'garbage' })).toBeUndefined();
    expect(splitLayer({ sources: [{ source: {} }] })).toBeUndefined();
    const twice = { source: { id: 'a' } };
    expect(splitLayer({ sources: [twice, twice] })).toBeUndefined();
  });
});
