import type { EffectiveCache, EffectiveCacheStore } from './effective-cache';

const DATABASE = 'backstory-derived';
const STORE = 'derived';
const KEY = 'effective';

/** Opens (creating on first use) the extension's database of derived data. */
function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('the cache database could not be opened'));
  });
}

/** Runs one request in a transaction and settles with its result once the transaction is done. */
async function run<T>(
  factory: IDBFactory,
  mode: IDBTransactionMode,
  request: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDatabase(factory);
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const pending = request(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(pending.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('the cache could not be used'));
      transaction.onabort = () => reject(transaction.error ?? new Error('the cache could not be used'));
    });
  } finally {
    db.close();
  }
}

/**
 * The background's effective-dictionary cache kept in the extension's IndexedDB. Unlike `storage.local`, writing
 * there sends no change event, so the megabytes of the cache never travel to every open tab's content script.
 * `readOutline` reads the layer's outline, whose stamp names the current layer write.
 */
export function idbCacheStore(
  readOutline: () => Promise<unknown>,
  factory: IDBFactory = indexedDB,
): EffectiveCacheStore {
  return {
    readOutline,
    read: () => run<unknown>(factory, 'readonly', (store) => store.get(KEY)).then((value) => value ?? null),
    write: (cache: EffectiveCache) => run(factory, 'readwrite', (store) => store.put(cache, KEY)).then(() => undefined),
  };
}
