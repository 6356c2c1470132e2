import type { Dictionary, Quote, Source } from '../../dictionary/schema';
import { indexDictionary, type DictionaryIndex } from '../../dictionary/lookup';
import type { CardBundle } from '../../messaging';
import { correctedEffective, effectiveBase, type EffectiveBase } from '../model/effective';
import { articlesStamp, isLayerOutline, type LayerOutline } from '../model/layer-outline';
import { bundledFingerprint, readCachedEffective, type EffectiveCacheStore } from '../store/effective-cache';
import { parseLayer } from '../store/storage';
import { isLearnedSourceId } from '../model/source-id';
import { readBeforeCounts } from '../../cards/read-before';

/** Quotes handed over per entity and kind (said, about): a card shows a few, the newest. */
export const CARD_QUOTES = 10;
/** Entities asked for in one message. */
export const CARD_IDS = 50;
/** Entities whose read-before counts are asked for in one message: more than a page lists. */
export const READ_BEFORE_IDS = 500;
/** Learned articles naming an entity whose details go with its card: the newest, for the card to cite a few. */
const CARD_READ_BEFORE = 12;

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
  const entities = new Map<string, CardBundle['entities'][number]>();
  const quotes = new Set<Quote>();
  for (const id of ids.slice(0, CARD_IDS)) {
    const entity = index.entity(id);
    if (!entity) continue;
    entities.set(id, entity);
    const { said, about } = index.relatedQuotes(id);
    for (const q of [...said.slice(0, CARD_QUOTES), ...about.slice(0, CARD_QUOTES)]) quotes.add(q);
  }
  const sourceIds = new Set<string>();
  for (const e of [...entities.values()]) {
    for (const f of e.facts) sourceIds.add(f.source);
    // The newest articles naming it, for "In N articles you read".
    for (const s of (e.mentionedIn ?? []).filter(isLearnedSourceId).slice(-CARD_READ_BEFORE)) sourceIds.add(s);
  }
  for (const q of quotes) {
    sourceIds.add(q.source);
    const speaker = q.speaker ? index.entity(q.speaker) : undefined;
    if (speaker && !entities.has(speaker.id)) entities.set(speaker.id, { ...speaker, facts: [] });
  }
  const sources = [...sourceIds].flatMap((id): Source[] => {
    const s = index.source(id);
    return s ? [s] : [];
  });
  // Quotes keep the dictionary's newest-first order.
  const picked = index.dictionary.quotes.filter((q) => quotes.has(q));
  return { entities: [...entities.values()], quotes: picked, sources };
}

/**
 * A card service over `bundled` and the stored layer read by `readLayer`. Building the effective dictionary of a
 * large layer takes a while, so it is built on the first request after a change and shared by every page; with a
 * `cache`, what was built is also kept in storage for the same layer write, so a background woken from idle parses
 * it instead of building it again.
 */
export function createCardService(
  bundled: Dictionary,
  readLayer: () => Promise<unknown>,
  cache?: EffectiveCacheStore,
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
  const build = async () => {
    // The outline is read before the layer: a write in between leaves a cache (and a base) that names the older
    // write, never the reverse, so neither is taken for a layer it was not built from.
    const outline = await readOutline();
    const stamp = outline?.stamp;
    const cached = await fromCache(stamp);
    if (cached) return indexDictionary(cached);
    const { dictionary, broken } = await effective(outline);
    if (cache && stamp !== undefined && !broken) {
      fingerprint ??= bundledFingerprint(bundled);
      const entry = { version: 1 as const, stamp, bundled: fingerprint };
      // Written out (megabytes of JSON) and stored after the answer is on its way; a failed write only means the next
      // wake-up builds again.
      setTimeout(() => {
        const write = () => cache.write({ ...entry, json: JSON.stringify(dictionary) });
        void Promise.resolve()
          .then(write)
          .catch((error: unknown) => console.warn('Backstory:', error));
      }, 0);
    }
    return indexDictionary(dictionary);
  };
  const current = () => {
    const mine = (built ??= build());
    // A failed build is tried again on the next request.
    mine.catch(() => built === mine && (built = undefined));
    return mine;
  };
  return {
    async cards(ids) {
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
    },
    warm() {
      current().catch((error: unknown) => console.warn('Backstory: card details could not be prepared:', error));
    },
  };
}
