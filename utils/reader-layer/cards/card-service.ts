import type { Dictionary, Source } from '../../dictionary/schema';
import { indexDictionary, type DictionaryIndex } from '../../dictionary/lookup';
import type { CardBundle } from '../../messaging';
import { correctedEffective, effectiveBase, type EffectiveBase } from '../model/effective';
import { articlesStamp, isLayerOutline, type LayerOutline } from '../model/layer-outline';
import {
  bundledFingerprint,
  readCachedEffective,
  readPackedRecord,
  type EffectiveCacheStore,
} from '../store/effective-cache';
import { bundleFromShard, cardShards, shardOf, type CardShard } from './card-shards';
import { parseLayer } from '../store/storage';
import { packJson } from '../store/packed-json';
import { readBeforeCounts } from '../../cards/read-before';
import { cardParts, READ_BEFORE_IDS } from './card-parts';

export { CARD_IDS, CARD_QUOTES, READ_BEFORE_IDS } from './card-parts';

/** How long after a card answered from its shard the whole dictionary starts being built. */
const BUILD_AFTER_SHARD_MS = 2_000;
/** How long after a build what was built is written out for the next wake-up, if the layer has not changed since. */
const WRITE_DERIVED_AFTER_MS = 5_000;

/** Answers pages' requests for card details from the effective dictionary, built once per layer change. */
export interface CardService {
  cards(ids: readonly string[]): Promise<CardBundle>;
  /** How many learned articles name each of `ids`, those in `exclude` left out (see `readBeforeCounts`). */
  readBefore(ids: readonly string[], exclude: ReadonlySet<string>): Promise<Record<string, number>>;
  /** The effective dictionary itself (bundled and layer, corrections applied). */
  dictionary(): Promise<Dictionary>;
  /** Forgets the built dictionary; the next request builds it from the stored layer again. */
  invalidate(): void;
  /** Builds the dictionary now, ahead of any request (after a change, so the next card need not wait for it). */
  warm(): void;
}

/** The card details of `ids` in `index`: entities, their newest quotes, the speakers and every cited source. */
export function cardBundle(index: DictionaryIndex, ids: readonly string[]): CardBundle {
  const { entities, quotes, sourceIds } = cardParts(index, ids);
  const sources = [...sourceIds].flatMap((id): Source[] => {
    const s = index.source(id);
    return s ? [s] : [];
  });
  // Quotes keep the dictionary's newest-first order.
  const picked = index.dictionary.quotes.filter((q) => quotes.has(q));
  return { entities: [...entities.values()], quotes: picked, sources };
}

/**
 * Stores the effective dictionary and every card's shard for a layer write, a few seconds after it was built and only
 * if it is still `current`: writing them out (a hundred megabytes of JSON at 5,000 articles) would hold up the cards
 * asked for meanwhile, and is wasted on a layer written again. A failed write only means the next wake-up builds again.
 */
function writeDerived(
  cache: EffectiveCacheStore,
  head: { stamp: string; bundled: string },
  index: DictionaryIndex,
  current: () => boolean,
  afterMs: number,
) {
  setTimeout(() => {
    if (!current()) return;
    // Packed one at a time, so a woken background's first card never waits long behind the packing.
    const shards = async () => {
      const records = [];
      for (const shard of cardShards(index))
        records.push({ version: 2 as const, ...head, gzip: await packJson(shard) });
      return records;
    };
    void Promise.resolve()
      .then(async () => cache.write({ version: 2, ...head, gzip: await packJson(index.dictionary) }))
      .then(async () => cache.writeShards?.(await shards()))
      .catch((error: unknown) => console.warn('Backstory:', error));
  }, afterMs);
}

/** Whether `raw` has the shape of a stored card shard (written by writeDerived from a checked layer). */
const isCardShard = (raw: unknown): raw is CardShard => {
  const shard = raw as Partial<CardShard> | undefined;
  return (
    !!shard && typeof shard.entries === 'object' && typeof shard.speakers === 'object' && Array.isArray(shard.quotes)
  );
};

/**
 * The card of `id` read from its shard alone, when the shard was built from the layer write `outline` names: a
 * background woken from idle answers one card without reading the whole dictionary. Sources come from the outline
 * and the bundled dictionary, the bundled one first as the effective dictionary has it.
 */
async function shardCard(
  cache: EffectiveCacheStore,
  bundled: Dictionary,
  outline: LayerOutline,
  fingerprint: string,
  id: string,
): Promise<CardBundle | undefined> {
  if (!cache.readShard) return undefined;
  const shard = await readPackedRecord(await cache.readShard(shardOf(id)), outline.stamp, fingerprint);
  if (!isCardShard(shard)) return undefined;
  const sources = new Map<string, Source>(outline.sources.map((s) => [s.source.id, s.source]));
  for (const s of bundled.sources) sources.set(s.id, s);
  return bundleFromShard(shard, id, (s) => sources.get(s));
}

/**
 * A card service over `bundled` and the stored layer read by `readLayer`. Building the effective dictionary of a
 * large layer takes a while, so it is built on the first request after a change and shared by every page; with a
 * `cache`, what was built is also kept in storage for the same layer write (`writeAfterMs` after it was built), with
 * every card in shards, so a background woken from idle answers one card from its shard and parses the whole
 * instead of building it again.
 */
export function createCardService(
  bundled: Dictionary,
  readLayer: () => Promise<unknown>,
  cache?: EffectiveCacheStore,
  writeAfterMs = WRITE_DERIVED_AFTER_MS,
): CardService {
  let built: Promise<DictionaryIndex> | undefined;
  let fingerprint: string | undefined;
  // The base of the last build and the write of the learned articles it came from: a write of corrections alone
  // applies them to it.
  let base: { articles: string; value: EffectiveBase } | undefined;
  const fromCache = async (stamp: string | undefined) => {
    if (!cache || stamp === undefined) return undefined;
    fingerprint ??= bundledFingerprint(bundled);
    return readCachedEffective(cache, stamp, fingerprint).catch(() => undefined);
  };
  const readOutline = async (): Promise<LayerOutline | undefined> => {
    const outline: unknown = cache ? await cache.readOutline().catch(() => undefined) : undefined;
    return isLayerOutline(outline) ? outline : undefined;
  };
  const effective = async (outline: LayerOutline | undefined) => {
    const articles = outline && articlesStamp(outline);
    if (outline && base && base.articles === articles)
      return { dictionary: correctedEffective(base.value, outline.corrections) };
    const loaded = parseLayer(await readLayer());
    if (loaded.notice) console.warn(`Backstory: ${loaded.notice}`);
    const value = effectiveBase(bundled, loaded.layer);
    base = articles !== undefined && !loaded.broken ? { articles, value } : undefined;
    return { dictionary: correctedEffective(value, loaded.layer.corrections), broken: loaded.broken };
  };
  // Counts invalidations, so a build's writes can tell whether it still stands for the stored layer.
  let generation = 0;
  const build = async () => {
    const mine = generation;
    // The outline is read before the layer: a write in between leaves a cache (and a base) that names the older
    // write, never the reverse, so neither is taken for a layer it was not built from.
    const outline = await readOutline();
    const stamp = outline?.stamp;
    const cached = await fromCache(stamp);
    if (cached) return indexDictionary(cached);
    const { dictionary, broken } = await effective(outline);
    const index = indexDictionary(dictionary);
    if (cache && stamp !== undefined && !broken)
      writeDerived(
        cache,
        { stamp, bundled: (fingerprint ??= bundledFingerprint(bundled)) },
        index,
        () => generation === mine,
        writeAfterMs,
      );
    return index;
  };
  // Whether the dictionary in `built` is there: until then, one card is read from its shard when it can be.
  let ready = false;
  const current = () => {
    const mine = (built ??= build());
    // A failed build is tried again on the next request.
    mine.then(
      () => built === mine && (ready = true),
      () => built === mine && (built = undefined),
    );
    return mine;
  };
  const quickCard = async (id: string) => {
    const outline = await readOutline();
    if (!cache || !outline) return undefined;
    return shardCard(cache, bundled, outline, (fingerprint ??= bundledFingerprint(bundled)), id);
  };
  return {
    async cards(ids) {
      if (!ready && ids.length === 1) {
        const quick = await quickCard(ids[0]!).catch(() => undefined);
        // The whole dictionary is built a little after, for what the shards do not answer; cards hovered meanwhile
        // come from their shards rather than wait behind that build.
        if (quick) setTimeout(() => void current().catch(() => undefined), BUILD_AFTER_SHARD_MS);
        if (quick) return quick;
      }
      const mine = current();
      try {
        return cardBundle(await mine, ids);
      } catch (error) {
        if (built === mine) built = undefined;
        throw error;
      }
    },
    async readBefore(ids, exclude) {
      return readBeforeCounts(await current(), ids.slice(0, READ_BEFORE_IDS), exclude);
    },
    async dictionary() {
      return (await current()).dictionary;
    },
    invalidate() {
      built = undefined;
      ready = false;
      generation++;
    },
    warm() {
      current().catch((error: unknown) => console.warn('Backstory: card details could not be prepared:', error));
    },
  };
}
