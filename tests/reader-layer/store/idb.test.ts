import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { runInStore } from '@/utils/reader-layer/store/idb';

describe('runInStore', () => {
  it('creates the store on first use and reads back what a finished transaction wrote', async () => {
    const factory = new IDBFactory();
    const read = () =>
      runInStore(factory, 'db', 'store', 'readonly', (store) => {
        const request = store.get('k');
        return (): unknown => request.result;
      });
    expect(await read()).toBeUndefined();
    await runInStore(factory, 'db', 'store', 'readwrite', (store) => {
      store.put({ a: 1 }, 'k');
      return () => undefined;
    });
    expect(await read()).toEqual({ a: 1 });
  });

  it('rejects and keeps the old value when the transaction aborts', async () => {
    const factory = new IDBFactory();
    const write = (value: number, abort: boolean) =>
      runInStore(factory, 'db', 'store', 'readwrite', (store) => {
        store.put(value, 'k');
        if (abort) store.transaction.abort();
        return () => undefined;
      });
    await write(1, false);
    await expect(write(2, true)).rejects.toThrow();
    const value = await runInStore(factory, 'db', 'store', 'readonly', (store) => {
      const request = store.get('k');
      return (): unknown => request.result;
    });
    expect(value).toBe(1);
  });
});
