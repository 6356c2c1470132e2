import type { ReaderLayer } from '../../../utils/reader-layer/model/layer-schema';

/**
 * Reads the reader's layer from the extension's IndexedDB. Meant to be handed to `evaluate` in an extension context
 * (Chromium's service worker, a Firefox add-on page), so it uses nothing from outside its own body.
 */
export async function readStoredLayer(): Promise<ReaderLayer | undefined> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('backstory-layer', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('layer');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    return await new Promise<ReaderLayer | undefined>((resolve, reject) => {
      const store = db.transaction('layer').objectStore('layer');
      // One record per learned article beside a head with their order; earlier versions kept one whole record.
      const head = store.get('head');
      const whole = store.get('layer');
      const articles = store.getAll(IDBKeyRange.bound('article:', 'article:\uffff'));
      articles.onsuccess = () => {
        const top = head.result as { rest: object; articles: string[] } | undefined;
        if (!top) return resolve((whole.result as ReaderLayer | undefined) ?? undefined);
        const byId = new Map((articles.result as ReaderLayer['sources']).map((a) => [a.source.id, a]));
        resolve({ ...top.rest, sources: top.articles.map((id) => byId.get(id)!) } as ReaderLayer);
      };
      articles.onerror = () => reject(articles.error);
    });
  } finally {
    db.close();
  }
}
