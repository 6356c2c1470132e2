import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { indexDictionary } from '@/utils/dictionary/lookup';
import type { CardBundle } from '@/utils/messaging';
import { createCardLookup } from '@/utils/reader-layer/cards/card-lookup';
import { cardBundle, createCardService } from '@/utils/reader-layer/cards/card-service';
import { emptyLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { layerNames, pageNames } from '@/utils/reader-layer/model/names-index';
import { learnedSourceId } from '@/utils/reader-layer/model/source-id';
import { layerItem, updateLayer } from '@/utils/reader-layer/store/storage';
import { article, bundled, entity, page } from '../fixtures';

const learned = () =>
  mergeArticle(
    emptyLayer(),
    article(
      [
        entity('ada', 'Ada Lovelace', 'person', [], ['Wrote notes.']),
        entity('boris-johnson', 'Boris Johnson', 'person'),
      ],
      [{ text: 'Notes first.', speaker: 'ada', about: ['boris-johnson'] }],
    ),
    bundled(),
    page(1, '2020-01-01'),
  ).layer;

describe('card details on demand', () => {
  beforeEach(() => fakeBrowser.reset());

  it('bundles an entity with its quotes, their speakers and every cited source', () => {
    const index = indexDictionary(bundled());
    const bundle = cardBundle(index, ['boris-johnson', 'nobody']);
    expect(bundle.entities.map((e) => e.id)).toEqual(['boris-johnson']);
    expect(bundle.entities[0]!.facts[0]!.text).toBe('Boris Johnson was mayor.');
    expect(bundle.quotes.map((q) => q.text)).toEqual(['Bundled words.']);
    expect(bundle.sources.map((s) => s.id)).toEqual(['b1']);
  });

  it('answers from the stored layer, builds once, and rebuilds after invalidation', async () => {
    await updateLayer(learned);
    const read = vi.fn(() => layerItem.getValue());
    const service = createCardService(bundled(), read);
    const bundle = await service.cards(['boris-johnson']);
    expect(bundle.quotes.map((q) => q.text)).toEqual(['Notes first.', 'Bundled words.']);
    // The speaker of a quote about Boris Johnson comes along so the card can name them.
    expect(bundle.entities.map((e) => e.name)).toEqual(['Boris Johnson', 'Ada Lovelace']);
    expect(bundle.sources.map((s) => s.title)).toEqual(expect.arrayContaining(['Bundled story', 'Story 1']));
    await service.cards(['ada']);
    expect(read).toHaveBeenCalledTimes(1);
    await updateLayer((l) => ({ ...l, corrections: [{ kind: 'hide', entity: 'ada', name: 'Ada Lovelace' }] }));
    service.invalidate();
    expect((await service.cards(['ada'])).entities).toEqual([]);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('fetches a card once per names index, falls back to the names on failure, and ignores unknown ids', async () => {
    await updateLayer(learned);
    const service = createCardService(bundled(), () => layerItem.getValue());
    let names = indexDictionary(pageNames(bundled(), layerNames((await layerItem.getValue()) as never)).dictionary);
    const fetch = vi.fn((ids: string[]) => service.cards(ids));
    const lookup = createCardLookup(() => names, fetch);

    const ada = await lookup('ada');
    expect(ada?.entity('ada')?.facts.map((f) => f.text)).toEqual(['Wrote notes.']);
    expect(ada?.relatedQuotes('ada').said.map((q) => q.text)).toEqual(['Notes first.']);
    expect(ada?.search('bor').map((e) => e.id)).toEqual(['boris-johnson']);
    await lookup('ada');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await lookup('nobody')).toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(1);

    // A new names index (the layer changed) asks again; a failed request still shows what the names know.
    names = indexDictionary(names.dictionary);
    const failing = createCardLookup(
      () => names,
      (): Promise<CardBundle> => Promise.reject(new Error('no answer')),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await failing('ada'))?.entity('ada')?.name).toBe('Ada Lovelace');
    await lookup('ada');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('counts the learned articles that name each entity, leaving out the page the reader has open', async () => {
    const second = (layer: ReturnType<typeof learned>) =>
      mergeArticle(
        layer,
        article([entity('boris-johnson', 'Boris Johnson', 'person')]),
        bundled(),
        page(2, '2021-01-01'),
      ).layer;
    await updateLayer(() => second(learned()));
    const service = createCardService(bundled(), () => layerItem.getValue());
    const ids = ['boris-johnson', 'ada', 'nobody'];
    // An entity no learned article names is left out.
    expect(await service.readBefore(ids, new Set())).toEqual({ 'boris-johnson': 2, ada: 1 });
    const open = learnedSourceId(page(2).url, '');
    expect(await service.readBefore(ids, new Set([open]))).toEqual({ 'boris-johnson': 1, ada: 1 });
  });
});
