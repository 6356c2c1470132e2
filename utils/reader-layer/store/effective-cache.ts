import type { Dictionary } from '../../dictionary/schema';
import { fnv1a } from '../../text/fnv1a';

/**
 * The effective dictionary as the background last built it, kept as JSON text (see idb-cache) so that a background woken
 * from idle reads and parses one string instead of reading the layer's object tree and building it all again. It is
 * valid only for the layer write (`stamp`) and the bundled dictionary (`bundled`) it was built from.
 */
export interface EffectiveCache {
  version: 1;
  stamp: string;
  bundled: string;
  json: string;
}

/** Where the cache is read and written, and the stamp of the stored layer read. */
export interface EffectiveCacheStore {
  /** The layer's outline item, whose stamp names the current layer write. */
  readOutline(): Promise<unknown>;
  read(): Promise<unknown>;
  write(cache: EffectiveCache): Promise<void>;
  /** One shard of every entity's card (see card-shards), as written by writeShards; null when there is none. */
  readShard?(shard: number): Promise<unknown>;
  /** Replaces every shard of the cards, shard `k` at position `k`. */
  writeShards?(shards: CardShardRecord[]): Promise<void>;
}

/** One shard of every entity's card, as JSON text, valid for the layer write and bundled dictionary it was built from. */
export interface CardShardRecord {
  version: 1;
  stamp: string;
  bundled: string;
  json: string;
}

/** A stored card shard's contents (unchecked), when it was built from layer write `stamp` and bundled `fingerprint`. */
export function readShardRecord(raw: unknown, stamp: string, fingerprint: string): unknown {
  const record = raw as Partial<CardShardRecord> | null;
  if (!record || record.version !== 1 || record.stamp !== stamp || record.bundled !== fingerprint) return undefined;
  if (typeof record.json !== 'string') return undefined;
  try {
    return JSON.parse(record.json) as unknown;
  } catch {
    return undefined;
  }
}

/** A short fingerprint of `bundled` (FNV-1a over its JSON): a new bundled dictionary makes old caches stale. */
export function bundledFingerprint(bundled: Dictionary): string {
  const text = JSON.stringify(bundled);
  return `${text.length.toString(36)}-${fnv1a(text).toString(36)}`;
}

/** The cached effective dictionary when it was built from layer write `stamp` and bundled `fingerprint`. */
export async function readCachedEffective(
  store: EffectiveCacheStore,
  stamp: string,
  fingerprint: string,
): Promise<Dictionary | undefined> {
  const raw = (await store.read()) as Partial<EffectiveCache> | null;
  if (!raw || raw.version !== 1 || raw.stamp !== stamp || raw.bundled !== fingerprint) return undefined;
  if (typeof raw.json !== 'string') return undefined;
  try {
    const dictionary = JSON.parse(raw.json) as Dictionary;
    return Array.isArray(dictionary.entities) && Array.isArray(dictionary.quotes) && Array.isArray(dictionary.sources)
      ? dictionary
      : undefined;
  } catch {
    return undefined;
  }
}
