import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { indexDictionary } from '@/utils/dictionary/lookup';
import { cardBundle, createCardService } from '@/utils/reader-layer/cards/card-service';
import { bundleFromShard, cardShards, shardOf, type CardShard } from '@/utils/reader-layer/cards/card-shards';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { emptyLayer } from '@/utils/reader-layer/model/layer-schema';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import type { CardShardRecord, EffectiveCache, EffectiveCacheStore } from '@/utils/reader-layer/store/effective-cache';
import { layerItem, layerOutlineItem, updateLayer } from '@/utils/reader-layer/store/storage';
import { article, bundled, entity, page } from '../fixtures';

/** Two articles: a quote by one learned person about a bundled one, and a second quote and fact a year later. */
const learned = () => {
  const first = mergeArticle(
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
  return mergeArticle(
    first,
    article(
      [entity('ada', 'Ada Lovelace', 'person', ['Lovelace'], ['Met Babbage.']), entity('nato', 'NATO', 'organization')],
      [{ text: 'Later words.', speaker: 'ada', about: ['nato'] }],
    ),
    bundled(),
    page(2, '2021-01-01'),
  ).layer;
};

/** A cache store in memory that counts reads of the whole dictionary. */
function memoryCache() {
  let whole: EffectiveCache | null = null;
  let shards: CardShardRecord[] = [];
  const read = vi.fn(async () => whole);
  const store: EffectiveCacheStore = {
    readOutline: () => layerOutlineItem.getValue(),
    read,
    write: async (cache) => void (whole = cache),
    readShard: async (k) => shards[k] ?? null,
    writeShards: async (written) => void (shards = written),
  };
  return { store, read, shardsWritten: () => shards.length };
}

describe('every card in shards', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps for each entity the bundle cardBundle gives, through JSON', () => {
    const index = indexDictionary(effectiveDictionary(bundled(), learned()));
    const shards = cardShards(index).map((shard) => JSON.parse(JSON.stringify(shard)) as CardShard);
    expect(index.dictionary.entities.length).toBeGreaterThan(3);
    for (const { id } of index.dictionary.entities)
      expect(bundleFromShard(shards[shardOf(id)]!, id, index.source)).toEqual(cardBundle(index, [id]));
  });

  it('answers a woken background’s first card from its shard, without reading the layer or the dictionary', async () => {
    await updateLayer(learned);
    const cache = memoryCache();
    const awake = createCardService(bundled(), () => layerItem.getValue(), cache.store, 0);
    const expected = await awake.cards(['ada']);
    await vi.waitFor(() => expect(cache.shardsWritten()).toBeGreaterThan(0));

    const readLayer = vi.fn(() => layerItem.getValue());
    const woken = createCardService(bundled(), readLayer, cache.store, 0);
    const reads = cache.read.mock.calls.length;
    expect(await woken.cards(['ada'])).toEqual(expected);
    expect(readLayer).not.toHaveBeenCalled();
    expect(cache.read.mock.calls.length).toBe(reads);
    // Shards of an older write are not taken: after a change, the card comes from the layer as written.
    await updateLayer((l) => ({ ...l, corrections: [{ kind: 'hide', entity: 'ada', name: 'Ada Lovelace' }] }));
    const later = createCardService(bundled(), readLayer, cache.store, 0);
    expect((await later.cards(['ada'])).entities).toEqual([]);
    expect(readLayer).toHaveBeenCalledTimes(1);
  });
});
