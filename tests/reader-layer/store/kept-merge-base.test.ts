import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { itemsWritten } from '@/utils/reader-layer/store/storage';
import { fakeBrowser } from 'wxt/testing';
import { addCorrection, rememberArticle } from '@/utils/reader-layer/layer-actions';
import { emptyLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { MergeBase } from '@/utils/reader-layer/model/merge-base';
import { loadLayer, updateLayer } from '@/utils/reader-layer/store/storage';
import { prepareMergeBase } from '@/utils/reader-layer/store/kept-merge-base';
import { article, bundled, entity } from '../fixtures';

const read = (n: number) => ({
  url: `https://news.example/story-${n}`,
  title: `Story ${n}`,
  text: `Ada Brook and Cy Tarn spoke of story ${n}.`,
});
const said = (n: number) =>
  article(
    [
      entity('ada', 'Ada Brook', 'person', ['Brook'], [`Ada fact ${n}.`]),
      entity(`p${n}`, `Person Number${n}`, 'person', [], [`Fact ${n}.`]),
    ],
    [{ text: `Words ${n % 2}.`, speaker: 'ada', about: [] }],
  );

describe('the merge base kept between merges', () => {
  const dictionary = bundled();
  let builds: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fakeBrowser.reset();
    builds = vi.spyOn(MergeBase, 'build');
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 0, 1));
  });
  // Items written after a merge's answer land before the next test's storage is reset.
  afterEach(async () => {
    await itemsWritten();
    vi.restoreAllMocks();
  });

  it('is used by the next merge while the stored layer is the one the last merge wrote', async () => {
    for (let n = 1; n <= 4; n++) await rememberArticle(read(n), said(n), dictionary);
    expect(builds).toHaveBeenCalledTimes(1);
    let folded = emptyLayer();
    for (let n = 1; n <= 4; n++) folded = mergeArticle(folded, said(n), dictionary, read(n), Date.now()).layer;
    expect((await loadLayer()).layer).toEqual(folded);
  });

  it('is rebuilt after a correction or any other write of the layer', async () => {
    await rememberArticle(read(1), said(1), dictionary);
    await addCorrection({ kind: 'hide', entity: 'ada', name: 'Ada Brook' });
    await rememberArticle(read(2), said(2), dictionary);
    expect(builds).toHaveBeenCalledTimes(2);
    await updateLayer((layer) => ({ ...layer, pending: [] }));
    await rememberArticle(read(3), said(3), dictionary);
    expect(builds).toHaveBeenCalledTimes(3);
    await rememberArticle(read(4), said(4), dictionary);
    expect(builds).toHaveBeenCalledTimes(3);
  });

  it('is prepared ahead of a merge after another write, and the merge then folds nothing again', async () => {
    await rememberArticle(read(1), said(1), dictionary);
    await rememberArticle(read(2), said(2), dictionary);
    await updateLayer((layer) => ({ ...layer, pending: [] }));
    expect(builds).toHaveBeenCalledTimes(1);
    await prepareMergeBase(dictionary);
    expect(builds).toHaveBeenCalledTimes(2);
    // Prepared once: a second call while one is kept does nothing.
    await prepareMergeBase(dictionary);
    await rememberArticle(read(3), said(3), dictionary);
    expect(builds).toHaveBeenCalledTimes(2);
    let folded = emptyLayer();
    for (let n = 1; n <= 3; n++) folded = mergeArticle(folded, said(n), dictionary, read(n), Date.now()).layer;
    expect((await loadLayer()).layer).toEqual(folded);
  });

  it('prepares nothing for an empty layer', async () => {
    await updateLayer((layer) => ({ ...layer, pending: [] }));
    await prepareMergeBase(dictionary);
    expect(builds).not.toHaveBeenCalled();
  });

  it('is dropped when the write of its merge fails', async () => {
    await rememberArticle(read(1), said(1), dictionary);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The transaction was aborted.', 'QuotaExceededError');
    });
    await expect(rememberArticle(read(2), said(2), dictionary)).rejects.toThrow();
    put.mockRestore();
    await rememberArticle(read(3), said(3), dictionary);
    expect(builds).toHaveBeenCalledTimes(2);
    const { layer } = await loadLayer();
    expect(layer.sources.map((s) => s.source.title)).toEqual(['Story 1', 'Story 3']);
  });
});
