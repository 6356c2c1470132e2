import { storage } from 'wxt/utils/storage';
import { isLayerOutline } from '../model/layer-outline';
import { LAYER_DATABASE, extensionIndexedDB as factory, runInStore } from './idb';
import { withLock } from './lock';

const LAYER_KEY = 'layer';
const STAMP_KEY = 'stamp';
/** Where earlier versions kept the whole layer; a layer found there is moved into the database on first read. */
const LEGACY_KEY = 'local:readerLayer';
const OUTLINE_KEY = 'local:readerOutline';

/** The stored layer (null when there is none, unchecked) and the outline stamp of the write that stored it. */
export interface LayerRecord {
  layer: unknown;
  stamp?: string;
}

/** Runs `work` in one transaction over the layer's object store (see runInStore). */
const inLayerStore = <T>(mode: IDBTransactionMode, work: (objects: IDBObjectStore) => () => T): Promise<T> =>
  runInStore(factory(), LAYER_DATABASE.name, LAYER_DATABASE.store, mode, work);

function readStored(withLayer: boolean): Promise<LayerRecord> {
  return inLayerStore('readonly', (store) => {
    const layer = withLayer ? store.get(LAYER_KEY) : store.count(LAYER_KEY);
    const stamp = store.get(STAMP_KEY);
    return () => ({
      layer: withLayer ? (layer.result ?? null) : layer.result ? true : null,
      stamp: typeof stamp.result === 'string' ? stamp.result : undefined,
    });
  });
}

/** Stores `layer` and its stamp in one transaction (no stamp: one unknown to every outline). */
export function writeLayerRecord(layer: unknown, stamp: string | undefined): Promise<void> {
  return inLayerStore('readwrite', (store) => {
    store.put(layer, LAYER_KEY);
    if (stamp === undefined) store.delete(STAMP_KEY);
    else store.put(stamp, STAMP_KEY);
    return () => undefined;
  });
}

/** Stores the stamp of the stored layer alone. */
export function writeLayerStamp(stamp: string): Promise<void> {
  return inLayerStore('readwrite', (store) => {
    store.put(stamp, STAMP_KEY);
    return () => undefined;
  });
}

/**
 * Moves a layer left in `storage.local` (by an earlier version) into the database, with the stamp of the outline
 * written beside it. The database is written before the old item is removed, so a move cut short loses nothing and
 * is simply done again; the lock keeps two contexts from moving it at once.
 */
async function moveLegacyLayer(): Promise<void> {
  if ((await storage.getItem<unknown>(LEGACY_KEY)) === null) return;
  await withLock('backstory-reader-layer-move', async () => {
    const legacy = await storage.getItem<unknown>(LEGACY_KEY);
    if (legacy === null) return;
    const outline = await storage.getItem<unknown>(OUTLINE_KEY);
    await writeLayerRecord(legacy, isLayerOutline(outline) ? outline.stamp : undefined);
    await storage.removeItem(LEGACY_KEY);
  });
}

/** The stored layer and its stamp. */
export async function readLayerRecord(): Promise<LayerRecord> {
  await moveLegacyLayer();
  return readStored(true);
}

/** The stamp of the stored layer, and whether there is one, without reading the layer itself. */
export async function readLayerStamp(): Promise<{ exists: boolean; stamp?: string }> {
  await moveLegacyLayer();
  const { layer, stamp } = await readStored(false);
  return { exists: layer !== null, stamp };
}

/** The reader's layer as a stored value (see storage-items). */
export interface LayerItem {
  /** The stored value, or null when there is none. */
  getValue(): Promise<unknown>;
  /** Stores `value` with no stamp, so the next ensureLayerNames rewrites the names and outline from it. */
  setValue(value: unknown): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls `listener` with the stored value after every write of the layer; returns the function that stops. */
  watch(listener: (value: unknown) => void): () => void;
}

const getValue = async (): Promise<unknown> => (await readLayerRecord()).layer;

/**
 * The layer kept in the extension's IndexedDB. A database write sends no change event, so `watch` follows the small
 * outline item instead, whose stamp is new with every layer write (written after the layer), and reads the layer
 * again; reads are chained so listeners see the values in the order of the writes.
 */
export const idbLayerItem: LayerItem = {
  getValue,
  setValue: (value) => writeLayerRecord(value, undefined),
  removeValue: () =>
    inLayerStore('readwrite', (store) => {
      store.delete(LAYER_KEY);
      store.delete(STAMP_KEY);
      return () => undefined;
    }),
  watch(listener) {
    let live = true;
    let reads = Promise.resolve();
    const stop = storage.watch<unknown>(OUTLINE_KEY, () => {
      reads = reads.then(async () => {
        try {
          const value = await getValue();
          if (live) listener(value);
        } catch (error) {
          console.error('Backstory could not read your learned dictionary:', error);
        }
      });
    });
    return () => {
      live = false;
      stop();
    };
  },
};
