// The few IndexedDB steps the extension's databases share: each database holds one object store of keyed values.

/** Opens the extension database `name` (creating its one object store `store` on first use). */
export function openDatabase(factory: IDBFactory, name: string, store: string): Promise<IDBDatabase> {
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
