// The one module that opens the extension's IndexedDB databases (lint keeps `indexedDB` out of every other module).
// Each database holds one object store of keyed values, opened for one transaction and closed after it.
//
// No library: idb-keyval keeps its connection open and binds the global factory once, where these close after each
// transaction and read the factory at call time (tests swap it); idb would save a dozen lines of what is below.

/** The reader's layer and the stamp of the write that stored it (see layer-db). */
export const LAYER_DATABASE = { name: 'backstory-layer', store: 'layer' } as const;
/** The background's effective-dictionary cache (see idb-cache). */
export const DERIVED_DATABASE = { name: 'backstory-derived', store: 'derived' } as const;

/** The extension's IndexedDB, read at call time, so a test (or a page whose database was swapped) gets the current one. */
export const extensionIndexedDB = (): IDBFactory => globalThis.indexedDB;

/** Opens the extension database `name` (creating its one object store `store` on first use). */
function openDatabase(factory: IDBFactory, name: string, store: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(store);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`the database ${name} could not be opened`));
  });
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
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(store, mode);
      const failed = () => reject(transaction.error ?? new Error(`the database ${name} could not be used`));
      transaction.onerror = failed;
      transaction.onabort = failed;
      const result = work(transaction.objectStore(store));
      transaction.oncomplete = () => resolve(result());
    });
  } finally {
    db.close();
  }
}
