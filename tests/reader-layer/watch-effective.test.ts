import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Dictionary } from '@/utils/dictionary/schema';
import { mergeArticle } from '@/utils/reader-layer/merge';
import { layerItem, updateLayer } from '@/utils/reader-layer/storage';
import { watchEffectiveDictionary } from '@/utils/reader-layer/watch-effective';
import { article, bundled, entity, page } from './fixtures';

const names = (d: Dictionary) => d.entities.map((e) => e.name);

describe('watchEffectiveDictionary', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers the combined dictionary at once and again after each change, until aborted', async () => {
    const seen: Dictionary[] = [];
    const controller = new AbortController();
    watchEffectiveDictionary(bundled(), (d) => seen.push(d), controller.signal);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(names(seen[0]!)).toEqual(names(bundled()));
    await updateLayer((l) => mergeArticle(l, article([entity('z', 'Zoe Zed', 'person')]), bundled(), page(1)).layer);
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(names(seen[1]!)).toContain('Zoe Zed');
    controller.abort();
    await updateLayer((l) => mergeArticle(l, article([entity('y', 'Yan Yu', 'person')]), bundled(), page(2)).layer);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(2);
  });

  it.each([
    ['not a layer', { broken: true }],
    [
      'a layer with garbage inside',
      { version: 1, nextOrder: 0, sources: [{ entities: 'x' }], corrections: [], pending: [] },
    ],
  ])('falls back to the bundled dictionary on %s', async (_, stored) => {
    await layerItem.setValue(stored);
    const seen: Dictionary[] = [];
    watchEffectiveDictionary(bundled(), (d) => seen.push(d), new AbortController().signal);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual(bundled());
  });
});
