import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Dictionary } from '@/utils/dictionary/schema';
import { layerDictionary } from '@/utils/reader-layer/model/derive';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { emptyLayer, type ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { layerNames, pageNameRows, pageNames, type LayerNames } from '@/utils/reader-layer/model/names-index';
import {
  ensureLayerNames,
  layerItem,
  layerNamesItem,
  pageNamesItem,
  resetLayer,
  updateLayer,
} from '@/utils/reader-layer/store/storage';
import { namesFromItem, watchPageNames } from '@/utils/reader-layer/cards/watch-names';
import { bundledStamp, nameRows } from '@/utils/dictionary/names-only';
import { loadBundledDictionary } from '@/utils/dictionary/bundled';
import { storedItem } from '@/utils/page/stored-items';
import { localItems } from '@/entrypoints/content/page-storage';
import { withCorrection } from '@/utils/reader-layer/model/corrections';
import { article, bundled, entity, newBrowserSession, page } from '../fixtures';

const outline = (d: Dictionary) => d.entities.map(({ id, name, type, aliases }) => ({ id, name, type, aliases }));

/** Two articles that share a person under a new alias, add new names, and a bundled name. */
function sampleLayer(): ReaderLayer {
  let layer = emptyLayer();
  const first = article(
    [entity('ada', 'Ada Lovelace', 'person', ['Lovelace'], ['Wrote notes.']), entity('nato', 'NATO', 'organization')],
    [{ text: 'Words.', speaker: 'ada', about: [] }],
  );
  layer = mergeArticle(layer, first, bundled(), page(1, '2020-01-01')).layer;
  const second = article([
    entity('ada', 'Ada Lovelace', 'person', ['Countess of Lovelace'], ['Was a countess.']),
    entity('zed', 'Zoe Zed', 'person'),
    entity('bj', 'Boris Johnson', 'person', ['BoJo']),
  ]);
  return mergeArticle(layer, second, bundled(), page(2, '2021-01-01')).layer;
}

describe('names-only index of the reader layer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('names every layer entity as the full derivation does, without facts or quotes', () => {
    const layer = sampleLayer();
    const names = layerNames(layer);
    expect(names.entities).toEqual(outline(layerDictionary(layer)));
    expect(JSON.stringify(names)).not.toContain('Wrote notes.');
    expect(JSON.stringify(names)).not.toContain('Words.');
  });

  it('gives pages the same names, types and aliases as the effective dictionary, corrections applied', () => {
    let layer = sampleLayer();
    const zed = layer.sources[1]!.entities.find((c) => c.name === 'Zoe Zed')!.id;
    const corrections = [
      { kind: 'wrong-type', entity: zed, name: 'Zoe Zed', type: 'organization' },
      { kind: 'hide', entity: 'jordan', name: 'Jordan' },
      { kind: 'not-a-name', entity: 'nato', name: 'NATO' },
    ] as const;
    for (const c of corrections) layer = { ...layer, corrections: withCorrection(layer.corrections, c) };
    const { dictionary, bundledOnly } = pageNames(bundled(), layerNames(layer));
    expect(bundledOnly).toBe(false);
    expect(outline(dictionary)).toEqual(outline(effectiveDictionary(bundled(), layer)));
    expect(outline(dictionary).find((e) => e.id === zed)?.type).toBe('organization');
    expect(dictionary.entities.map((e) => e.id)).not.toContain('jordan');
  });

  it('counts a missing, empty or malformed item as no layer: the bundled dictionary, whole', () => {
    const empty: LayerNames = { version: 1, entities: [], corrections: [] };
    for (const raw of [null, undefined, empty, { version: 2 }, { version: 1, entities: 'x' }, 'text'])
      expect(pageNames(bundled(), raw)).toEqual({ dictionary: bundled(), bundledOnly: true });
  });

  it('is written with every layer write and reset, and rebuilt once for a layer stored without it', async () => {
    const layer = sampleLayer();
    await updateLayer(() => layer);
    expect(await layerNamesItem.getValue()).toEqual(layerNames(layer));
    await resetLayer();
    expect(await layerNamesItem.getValue()).toEqual(layerNames(emptyLayer()));

    await layerItem.setValue(layer);
    await layerNamesItem.removeValue();
    await newBrowserSession();
    await ensureLayerNames();
    expect(await layerNamesItem.getValue()).toEqual(layerNames(layer));
  });

  it('writes the page names, joined ahead with the shipped names, with every layer write; none once nothing is added', async () => {
    const layer = sampleLayer();
    await updateLayer(() => layer);
    const rows = await pageNamesItem.getValue();
    expect(rows).toEqual(pageNameRows(shipped, layerNames(layer)));
    const names = namesFromItem(rows, bundled(), stamp);
    expect(names.bundledOnly).toBe(false);
    // Kept as JSON text, which a page's own read hands over as it is.
    const { pageNames: stored } = await fakeBrowser.storage.local.get('pageNames');
    expect(typeof stored).toBe('string');
    expect(namesFromItem(stored, bundled(), stamp)).toEqual(names);
    expect(outline(names.dictionary)).toEqual(outline(pageNames(shipped, layerNames(layer)).dictionary));
    await resetLayer();
    expect(await pageNamesItem.getValue()).toBeNull();
  });

  it('rebuilds page names that are missing or joined with older bundled names', async () => {
    const layer = sampleLayer();
    await updateLayer(() => layer);
    const written = await pageNamesItem.getValue();
    await pageNamesItem.removeValue();
    await newBrowserSession();
    await ensureLayerNames();
    expect(await pageNamesItem.getValue()).toEqual(written);
    await pageNamesItem.setValue({ ...(written as object), bundled: 'older' });
    await newBrowserSession();
    await ensureLayerNames();
    expect(await pageNamesItem.getValue()).toEqual(written);
  });

  it('has pages match with the bundled names when the page names are older, damaged or missing', () => {
    const rows = pageNameRows(shipped, layerNames(sampleLayer()))!;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const raw of [null, { ...rows, bundled: 'older' }, { ...rows, version: 2 }, { ...rows, rows: [['x']] }])
      expect(namesFromItem(raw, bundled(), stamp)).toEqual({ dictionary: bundled(), bundledOnly: true });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('leaves an unreadable layer alone when rebuilding', async () => {
    await layerItem.setValue({ broken: true });
    await ensureLayerNames();
    expect(await layerNamesItem.getValue()).toBeNull();
  });

  // Layer writes join the page names with the dictionary the extension ships.
  const shipped = loadBundledDictionary()!;
  const stamp = bundledStamp(nameRows(shipped));
  it.each([
    ['the names item, joined on the spot', () => layerNamesItem, (raw: unknown) => pageNames(bundled(), raw)],
    [
      "a page's direct read of the page names",
      () => storedItem(localItems, 'pageNames'),
      (raw: unknown) => namesFromItem(raw, bundled(), stamp),
    ],
  ])('hands pages the names now and after each layer change, until aborted (%s)', async (_, item, toNames) => {
    const seen: string[][] = [];
    const controller = new AbortController();
    watchPageNames(item(), toNames, (n) => seen.push(n.dictionary.entities.map((e) => e.name)), controller.signal);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual(bundled().entities.map((e) => e.name));
    await updateLayer((l) => mergeArticle(l, article([entity('z', 'Zoe Zed', 'person')]), bundled(), page(1)).layer);
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toContain('Zoe Zed');
    controller.abort();
    await updateLayer((l) => mergeArticle(l, article([entity('y', 'Yan Yu', 'person')]), bundled(), page(2)).layer);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(2);
  });
});
