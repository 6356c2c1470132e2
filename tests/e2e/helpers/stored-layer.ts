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
      const read = db.transaction('layer').objectStore('layer').get('layer');
      read.onsuccess = () => resolve((read.result as ReaderLayer | undefined) ?? undefined);
      read.onerror = () => reject(read.error);
    });
  } finally {
    db.close();
  }
}
