// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Dictionary } from '@/utils/dictionary/schema';
import { layerDictionary } from '@/utils/reader-layer/model/derive';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { emptyLayer, type ReaderLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { layerNames, pageNames, type LayerNames } from '@/utils/reader-layer/model/names-index';
import {
  ensureLayerNames,
  layerItem,
  layerNamesItem,
  pageNamesItem,
  resetLayer,
  updateLayer,
} from '@/utils/reader-layer/store/storage';
import { watchPageNames } from '@/utils/reader-layer/cards/watch-names';
import { createPageNamesService } from '@/utils/reader-layer/cards/page-names-service';
import { namesOnPage } from '@/entrypoints/learned-names-chunk/names-on-page';
import { sendMessage } from '@/utils/messaging';
import { layerOutlineItem } from '@/utils/reader-layer/store/storage-items';
import { bundledStamp, nameRows } from '@/utils/dictionary/names-only';
import { loadBundledDictionary } from '@/utils/dictionary/bundled';
import { storedItem } from '@/utils/page/stored-items';
import { localItems } from '@/entrypoints/content/page-storage';
import { withCorrection } from '@/utils/reader-layer/model/corrections';
import { article, bundled, entity, newBrowserSession, page } from '../fixtures';

// A page asks the background for the names its text holds; here the background's service answers directly.
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(), onMessage: vi.fn() }));

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
  beforeEach(() => {
    fakeBrowser.reset();
    const text = document.createElement('p');
    text.textContent = 'Zoe Zed met Yan Yu.';
    document.body.replaceChildren(text);
    const service = createPageNamesService(shipped, () => layerNamesItem.getValue());
    vi.mocked(sendMessage).mockImplementation((async (_: string, data: { words: string[] }) => {
      service.invalidate();
      return service.namesIn(data.words);
    }) as never);
  });
  afterEach(() => vi.clearAllMocks());

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

  it('writes the mark that sends pages to ask for names with every layer write; none once nothing is added', async () => {
    const layer = sampleLayer();
    await updateLayer(() => layer);
    const outlineStamp = ((await layerOutlineItem.getValue()) as { stamp: string }).stamp;
    expect(await pageNamesItem.getValue()).toEqual({ version: 2, bundled: stamp, stamp: outlineStamp });
    // Kept as JSON text, which a page's own read hands over as it is: a few dozen bytes, whatever the layer holds.
    const { pageNames: stored } = await fakeBrowser.storage.local.get('pageNames');
    expect(typeof stored).toBe('string');
    expect((stored as string).length).toBeLessThan(100);
    await resetLayer();
    expect(await pageNamesItem.getValue()).toBeNull();
  });

  it('rewrites a mark that is missing, names older bundled names, or is of the earlier kind (the names themselves)', async () => {
    const layer = sampleLayer();
    await updateLayer(() => layer);
    const written = await pageNamesItem.getValue();
    for (const stale of [
      undefined,
      { ...(written as object), bundled: 'older' },
      { version: 1, bundled: stamp, rows: [] },
    ]) {
      if (stale) await pageNamesItem.setValue(stale);
      else await pageNamesItem.removeValue();
      await newBrowserSession();
      await ensureLayerNames();
      expect(await pageNamesItem.getValue()).toEqual(written);
    }
  });

  it('has pages match with the bundled names, asking nothing, when the mark is older, damaged or missing', async () => {
    const mark = { version: 2, bundled: stamp, stamp: 's' };
    for (const raw of [null, { ...mark, bundled: 'older' }, { ...mark, version: 1 }, '{not json', 7])
      expect(await namesOnPage(raw, bundled(), stamp)).toEqual({ dictionary: bundled(), bundledOnly: true });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('has pages match with the bundled names when the answer is damaged or does not come', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const mark = JSON.stringify({ version: 2, bundled: stamp, stamp: 's' });
    vi.mocked(sendMessage).mockResolvedValueOnce([['x']] as never);
    expect(await namesOnPage(mark, bundled(), stamp)).toEqual({ dictionary: bundled(), bundledOnly: true });
    vi.mocked(sendMessage).mockRejectedValueOnce(new Error('no background'));
    expect(await namesOnPage(mark, bundled(), stamp)).toEqual({ dictionary: bundled(), bundledOnly: true });
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('follows text the page adds: asks again when it brings new words, and hands over names it lacked', async () => {
    await updateLayer((l) => mergeArticle(l, article([entity('q', 'Quinn Ode', 'person')]), bundled(), page(1)).layer);
    const more: string[][] = [];
    const controller = new AbortController();
    const first = await namesOnPage(
      await pageNamesItem.getValue(),
      bundled(),
      stamp,
      (n) => more.push(n.dictionary.entities.map((e) => e.name)),
      controller.signal,
    );
    expect(first.dictionary.entities.map((e) => e.name)).not.toContain('Quinn Ode');
    const asked = vi.mocked(sendMessage).mock.calls.length;
    // A paragraph of known words only asks nothing.
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Zoe Zed again.' }));
    await new Promise((r) => setTimeout(r, 1_200));
    expect(vi.mocked(sendMessage).mock.calls.length).toBe(asked);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Later, Quinn Ode spoke.' }));
    await vi.waitFor(() => expect(more).toHaveLength(1), { timeout: 3_000 });
    expect(more[0]).toContain('Quinn Ode');
    controller.abort();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Nobody Else here.' }));
    await new Promise((r) => setTimeout(r, 1_200));
    expect(more).toHaveLength(1);
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
      "a page's read of the mark, asking the background for the names in its text",
      () => storedItem(localItems, 'pageNames'),
      (raw: unknown) => namesOnPage(raw, bundled(), stamp),
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
