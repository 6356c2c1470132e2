import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { emptyLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { importLayerJson } from '@/utils/reader-layer/model/import';
import {
  layerItem,
  layerOutlineItem,
  loadLayer,
  resetLayer,
  updateLayer,
  watchLayer,
} from '@/utils/reader-layer/store/storage';
import { article, bundled, entity, page } from '../fixtures';

const learnOne = (n: number) => (layer: ReturnType<typeof emptyLayer>) =>
  mergeArticle(layer, article([entity(`e${n}`, `Person Number${n}`, 'person')]), bundled(), page(n)).layer;

describe('layer storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty and keeps what is saved', async () => {
    expect((await loadLayer()).layer).toEqual(emptyLayer());
    const saved = await updateLayer(learnOne(1));
    expect((await loadLayer()).layer).toEqual(saved);
    expect(saved.sources).toHaveLength(1);
  });

  it('tells watchers about every change', async () => {
    const seen: number[] = [];
    const stop = watchLayer(({ layer }) => seen.push(layer.sources.length));
    await updateLayer(learnOne(1));
    await updateLayer(learnOne(2));
    // The layer is read again after each outline change, so watchers hear of it a moment after the write.
    await vi.waitFor(() => expect(seen).toEqual([1, 2]));
    stop();
    await updateLayer(learnOne(3));
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([1, 2]);
  });

  it('writes nothing when a change fails', async () => {
    const saved = await updateLayer(learnOne(1));
    await expect(
      updateLayer(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(updateLayer((l) => ({ ...l, nextOrder: -1 }))).rejects.toThrow();
    expect((await loadLayer()).layer).toEqual(saved);
  });

  it('names the storage limit when the browser refuses the write, and keeps what was stored', async () => {
    const saved = await updateLayer(learnOne(1));
    const outline = await layerOutlineItem.getValue();
    // The database refuses the way browsers do when the profile's quota is used up.
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The transaction was aborted.', 'QuotaExceededError');
    });
    try {
      await expect(updateLayer(learnOne(2))).rejects.toThrow(/storage limit.*Remove some learned sources/);
    } finally {
      put.mockRestore();
    }
    expect((await loadLayer()).layer).toEqual(saved);
    expect(await layerOutlineItem.getValue()).toEqual(outline);
  });

  it('reads an unreadable stored layer as empty with a notice, and refuses to overwrite it until reset', async () => {
    await layerItem.setValue({ version: 1, sources: 'garbage' });
    const loaded = await loadLayer();
    expect(loaded.broken).toBe(true);
    expect(loaded.notice).toMatch(/could not be read/);
    await expect(updateLayer(learnOne(1))).rejects.toThrow(/Reset it/);
    expect(await layerItem.getValue()).toEqual({ version: 1, sources: 'garbage' });
    await resetLayer();
    expect((await loadLayer()).broken).toBeUndefined();
  });

  it('leaves the stored layer exactly as it was when an import fails', async () => {
    await updateLayer(learnOne(1));
    const before = await layerItem.getValue();
    for (const text of [
      '{',
      '[' + '['.repeat(40),
      '{"schemaVersion":1,"sources":[],"entities":[{"id":1}],"quotes":[]}',
    ]) {
      await expect(
        updateLayer((layer) => {
          const result = importLayerJson(layer, text, bundled());
          if (!result.ok) throw new Error(result.error);
          return result.layer;
        }),
      ).rejects.toThrow();
    }
    expect(await layerItem.getValue()).toEqual(before);
  });
});
