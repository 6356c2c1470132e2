import type { Dictionary } from '../../dictionary/schema';
import { fnv1a } from '../../text/fnv1a';
import { unpackJson } from './packed-json';

/**
 * The effective dictionary as the background last built it, kept as gzipped JSON (see idb-cache and packed-json) so
 * that a background woken from idle reads and parses one string instead of reading the layer's object tree and
 * building it all again. It is valid only for the layer write (`stamp`) and the bundled dictionary (`bundled`) it was
 * built from. Version 1 kept the JSON unpacked; it is read as stale.
 */
export interface EffectiveCache {
  version: 2;
  stamp: string;
  bundled: string;
  gzip: ArrayBuffer;
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

/** One shard of every entity's card, as gzipped JSON, valid for the layer write and bundled dictionary it was built from. */
export interface CardShardRecord {
  version: 2;
  stamp: string;
  bundled: string;
  gzip: ArrayBuffer;
}

/**
 * A stored record's contents (a card shard's or the cache's), unpacked and unchecked, when it was built from layer write
 * `stamp` and bundled `fingerprint`.
 */
export function readPackedRecord(raw: unknown, stamp: string, fingerprint: string): Promise<unknown> {
  const record = raw as Partial<CardShardRecord | EffectiveCache> | null;
  if (!record || record.version !== 2 || record.stamp !== stamp || record.bundled !== fingerprint)
    return Promise.resolve(undefined);
  return unpackJson(record.gzip);
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
  const dictionary = (await readPackedRecord(await store.read(), stamp, fingerprint)) as
    Partial<Dictionary> | undefined;
  const whole = Array.isArray(dictionary?.entities) && Array.isArray(dictionary.quotes);
  return whole && Array.isArray(dictionary.sources) ? (dictionary as Dictionary) : undefined;
}
