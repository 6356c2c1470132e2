import { unwrap, wrap, type IDBPDatabase } from 'idb';

// The one module that opens the extension's IndexedDB databases (lint keeps `indexedDB` out of every other module).
// Each database holds one object store of keyed values, opened for one transaction and closed after it. `idb` turns
// the requests and transactions into promises; the factory is read at call time (tests swap it), so the database is
// opened from a request `idb` wraps rather than with its `openDB`, which always uses the global one.

/** The reader's layer and the stamp of the write that stored it (see layer-db). */
export const LAYER_DATABASE = { name: 'backstory-layer', store: 'layer' } as const;
/** The background's effective-dictionary cache (see idb-cache). */
export const DERIVED_DATABASE = { name: 'backstory-derived', store: 'derived' } as const;

/** The extension's IndexedDB, read at call time, so a test (or a page whose database was swapped) gets the current one. */
export const extensionIndexedDB = (): IDBFactory => globalThis.indexedDB;

/** Opens the extension database `name` (creating its one object store `store` on first use). */
async function openDatabase(factory: IDBFactory, name: string, store: string): Promise<IDBPDatabase> {
  const request = factory.open(name, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(store);
  const db = await wrap(request);
  if (!db) throw new Error(`the database ${name} could not be opened`);
  return db;
}

/**
 * Runs `work` over object store `store` of database `name` in one transaction. `work` queues its requests and returns
 * a function that reads their results; the promise settles with that once the transaction is done, so a write has
 * reached the database when it resolves, and rejects (having changed nothing) when the transaction aborts.
 */
export async function runInStore<T>(
  factory: IDBFactory,
  name: string,
  store: string,
  mode: IDBTransactionMode,
  work: (objects: IDBObjectStore) => () => T,
): Promise<T> {
  const db = await openDatabase(factory, name, store);
  try {
    const transaction = db.transaction(store, mode);
    const result = work(unwrap(transaction.objectStore(store)));
    await transaction.done;
    return result();
  } finally {
    db.close();
  }
}
