import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { createCardService } from '@/utils/reader-layer/cards/card-service';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import {
  bundledFingerprint,
  readCachedEffective,
  type EffectiveCache,
  type EffectiveCacheStore,
} from '@/utils/reader-layer/store/effective-cache';
import { idbCacheStore } from '@/utils/reader-layer/store/idb-cache';
import { packJson, unpackJson } from '@/utils/reader-layer/store/packed-json';
import { emptyLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { layerItem, layerOutlineItem, updateLayer } from '@/utils/reader-layer/store/storage';
import { article, bundled, entity, page } from '../fixtures';

const learnAda = () =>
  mergeArticle(
    emptyLayer(),
    article(
      [entity('ada', 'Ada Lovelace', 'person', [], ['Wrote notes.'])],
      [{ text: 'Notes.', speaker: 'ada', about: [] }],
    ),
    bundled(),
    page(1, '2020-01-01'),
  ).layer;

/** One browser profile's IndexedDB, fresh for every test. */
let databases = new IDBFactory();

/** The cache store as the background wires it (IndexedDB, the outline from storage), its reads and writes counted. */
function storageStore() {
  const idb = idbCacheStore(() => layerOutlineItem.getValue(), databases);
  const store = {
    readOutline: vi.fn(idb.readOutline),
    read: vi.fn(idb.read),
    write: vi.fn(idb.write),
  } satisfies EffectiveCacheStore;
  return store;
}

const written = (store: ReturnType<typeof storageStore>) => vi.waitFor(() => expect(store.write).toHaveBeenCalled());

describe('the background’s cached effective dictionary', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    databases = new IDBFactory();
  });

  it('keeps one entry in IndexedDB, read back as written, and nothing before the first write', async () => {
    const store = idbCacheStore(() => Promise.resolve(null), databases);
    expect(await store.read()).toBeNull();
    const entry: EffectiveCache = { version: 2, stamp: 's1', bundled: 'b1', gzip: await packJson({ entities: [] }) };
    await store.write(entry);
    await store.write({ ...entry, stamp: 's2' });
    const read = (await idbCacheStore(() => Promise.resolve(null), databases).read()) as EffectiveCache;
    expect({ ...read, gzip: await unpackJson(read.gzip) }).toEqual({ ...entry, stamp: 's2', gzip: { entities: [] } });
  });

  it('fingerprints the bundled dictionary by its content', () => {
    const changed = { ...bundled(), sources: bundled().sources.map((s) => ({ ...s, title: `${s.title}!` })) };
    expect(bundledFingerprint(bundled())).toBe(bundledFingerprint(bundled()));
    expect(bundledFingerprint(changed)).not.toBe(bundledFingerprint(bundled()));
  });

  it('is taken only for the same layer write and bundled dictionary, and only when it parses', async () => {
    const dictionary = effectiveDictionary(bundled(), learnAda());
    const entry: EffectiveCache = { version: 2, stamp: 's1', bundled: 'b1', gzip: await packJson(dictionary) };
    const text = (value: string) => new TextEncoder().encode(value).buffer;
    const store = (raw: unknown): EffectiveCacheStore => ({
      readOutline: () => Promise.resolve(null),
      read: () => Promise.resolve(raw),
      write: () => Promise.resolve(),
    });
    expect(await readCachedEffective(store(entry), 's1', 'b1')).toEqual(dictionary);
    expect(await readCachedEffective(store(entry), 's2', 'b1')).toBeUndefined();
    expect(await readCachedEffective(store(entry), 's1', 'b2')).toBeUndefined();
    for (const raw of [
      null,
      'text',
      { ...entry, version: 1 },
      { version: 1, stamp: 's1', bundled: 'b1', json: JSON.stringify(dictionary) },
      { ...entry, gzip: text(JSON.stringify(dictionary)) },
      { ...entry, gzip: (await packJson(dictionary)).slice(0, 40) },
      { ...entry, gzip: await packJson({}) },
      { ...entry, gzip: JSON.stringify(dictionary) },
    ])
      expect(await readCachedEffective(store(raw), 's1', 'b1')).toBeUndefined();
  });

  it('a woken background answers from the cache without reading the layer, until the layer is written again', async () => {
    await updateLayer(learnAda);
    const readLayer = vi.fn(() => layerItem.getValue());
    const first = storageStore();
    const built = await createCardService(bundled(), readLayer, first, 0).cards(['ada']);
    expect(readLayer).toHaveBeenCalledTimes(1);
    await written(first);

    // A new service is a background woken from idle: same answer, the layer is not read.
    const woken = storageStore();
    expect(await createCardService(bundled(), readLayer, woken, 0).cards(['ada'])).toEqual(built);
    expect(readLayer).toHaveBeenCalledTimes(1);
    expect(woken.read).toHaveBeenCalledTimes(1);

    // A layer write makes the cache stale: the next wake-up builds from the layer and sees the change.
    await updateLayer((l) => ({ ...l, corrections: [{ kind: 'hide', entity: 'ada', name: 'Ada Lovelace' }] }));
    const after = storageStore();
    expect((await createCardService(bundled(), readLayer, after, 0).cards(['ada'])).entities).toEqual([]);
    expect(readLayer).toHaveBeenCalledTimes(2);
    await written(after);
  });

  it('can be built ahead of the first request, which then reads nothing more', async () => {
    await updateLayer(learnAda);
    const readLayer = vi.fn(() => layerItem.getValue());
    const store = storageStore();
    const service = createCardService(bundled(), readLayer, store, 0);
    service.warm();
    await written(store);
    expect(readLayer).toHaveBeenCalledTimes(1);
    expect((await service.cards(['ada'])).entities.map((e) => e.name)).toEqual(['Ada Lovelace']);
    expect(readLayer).toHaveBeenCalledTimes(1);
    expect(store.read).toHaveBeenCalledTimes(1);
  });

  it('is neither taken nor written for a layer with no outline, nor for another bundled dictionary', async () => {
    await updateLayer(learnAda);
    const readLayer = vi.fn(() => layerItem.getValue());
    const first = storageStore();
    await createCardService(bundled(), readLayer, first, 0).cards(['ada']);
    await written(first);

    const otherBundled = { ...bundled(), sources: bundled().sources.map((s) => ({ ...s, title: 'Other' })) };
    const other = storageStore();
    const bundle = await createCardService(otherBundled, readLayer, other, 0).cards(['boris-johnson']);
    expect(bundle.sources.map((s) => s.title)).toContain('Other');
    expect(readLayer).toHaveBeenCalledTimes(2);

    await layerOutlineItem.removeValue();
    const none = storageStore();
    await createCardService(bundled(), readLayer, none, 0).cards(['ada']);
    expect(readLayer).toHaveBeenCalledTimes(3);
    await new Promise((r) => setTimeout(r, 20));
    expect(none.write).not.toHaveBeenCalled();
  });
});
