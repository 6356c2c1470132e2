import type { Entity, Quote, Source } from '../../dictionary/schema';
import type { DictionaryIndex } from '../../dictionary/lookup';
import type { CardBundle } from '../../messaging';
import { fnv1a } from '../../text/fnv1a';
import { cardParts } from './card-parts';

/** Shards every entity's card is kept in, so a background woken from idle reads about 1/64 of them for one card. */
export const CARD_SHARDS = 64;

/** One entity's card in its shard: the entity, and its speakers, quotes and sources by reference. */
export interface CardEntry {
  entity: Entity;
  /** Ids in the shard's `speakers`, in the bundle's order. */
  speakers: string[];
  /** Positions in the shard's `quotes`, newest first. */
  quotes: number[];
  sources: string[];
}

/**
 * The cards of one shard's entities. Speakers and quotes are kept once per shard: a much-quoted speaker (whose
 * card names every article that mentions them) would otherwise be repeated in the card of everyone they spoke of.
 */
export interface CardShard {
  entries: Record<string, CardEntry>;
  speakers: Record<string, Entity>;
  quotes: Quote[];
}

/** The shard that keeps the card of entity `id`. */
export const shardOf = (id: string): number => fnv1a(id) % CARD_SHARDS;

const emptyShard = (): CardShard => ({ entries: {}, speakers: {}, quotes: [] });

/** Every entity's card in `index`, as `cardBundle` gives it, by shard. */
export function cardShards(index: DictionaryIndex): CardShard[] {
  const position = new Map(index.dictionary.quotes.map((q, i) => [q, i]));
  const shards = Array.from({ length: CARD_SHARDS }, emptyShard);
  const quoteAt = shards.map(() => new Map<Quote, number>());
  for (const { id } of index.dictionary.entities) {
    const k = shardOf(id);
    const shard = shards[k]!;
    const { entities, quotes, sourceIds } = cardParts(index, [id]);
    const [entity, ...speakers] = [...entities.values()];
    for (const speaker of speakers) shard.speakers[speaker.id] ??= speaker;
    // The dictionary's newest-first order, as cardBundle keeps it.
    const ordered = [...quotes].sort((a, b) => position.get(a)! - position.get(b)!);
    const at = quoteAt[k]!;
    for (const q of ordered) if (!at.has(q)) at.set(q, shard.quotes.push(q) - 1);
    shard.entries[id] = {
      entity: entity!,
      speakers: speakers.map((s) => s.id),
      quotes: ordered.map((q) => at.get(q)!),
      sources: [...sourceIds],
    };
  }
  return shards;
}

/** The card bundle of `id` in `shard`, its sources looked up by `source` (any it cannot find left out, as cardBundle does). */
export function bundleFromShard(
  shard: CardShard,
  id: string,
  source: (id: string) => Source | undefined,
): CardBundle | undefined {
  const entry = shard.entries[id];
  if (!entry) return undefined;
  const sources = entry.sources.flatMap((s): Source[] => {
    const found = source(s);
    return found ? [found] : [];
  });
  const speakers = entry.speakers.flatMap((s): Entity[] => (shard.speakers[s] ? [shard.speakers[s]] : []));
  const quotes = entry.quotes.flatMap((i): Quote[] => (shard.quotes[i] ? [shard.quotes[i]] : []));
  return { entities: [entry.entity, ...speakers], quotes, sources };
}
