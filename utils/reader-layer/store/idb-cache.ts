import type { CardShardRecord, EffectiveCache, EffectiveCacheStore } from './effective-cache';
import { DERIVED_DATABASE, extensionIndexedDB, runInStore } from './idb';

const KEY = 'effective';
const shardKey = (k: number) => `cards-${k}`;

/**
 * The background's effective-dictionary cache kept in the extension's IndexedDB. Unlike `storage.local`, writing
 * there sends no change event, so the megabytes of the cache never travel to every open tab's content script.
 * `readOutline` reads the layer's outline, whose stamp names the current layer write.
 */
export function idbCacheStore(
  readOutline: () => Promise<unknown>,
  factory: IDBFactory = extensionIndexedDB(),
): EffectiveCacheStore {
  return {
    readOutline,
    read: () =>
      runInStore(factory, DERIVED_DATABASE.name, DERIVED_DATABASE.store, 'readonly', (store) => {
        const request = store.get(KEY);
        return (): unknown => request.result ?? null;
      }),
    write: (cache: EffectiveCache) =>
      runInStore(factory, DERIVED_DATABASE.name, DERIVED_DATABASE.store, 'readwrite', (store) => {
        store.put(cache, KEY);
        return () => undefined;
      }),
    readShard: (shard: number) =>
      runInStore(factory, DERIVED_DATABASE.name, DERIVED_DATABASE.store, 'readonly', (store) => {
        const request = store.get(shardKey(shard));
        return (): unknown => request.result ?? null;
      }),
    writeShards: (shards: CardShardRecord[]) =>
      runInStore(factory, DERIVED_DATABASE.name, DERIVED_DATABASE.store, 'readwrite', (store) => {
        shards.forEach((shard, k) => store.put(shard, shardKey(k)));
        return () => undefined;
      }),
  };
}
