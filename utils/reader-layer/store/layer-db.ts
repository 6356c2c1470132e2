import { storage } from 'wxt/utils/storage';
import { isLayerOutline } from '../model/layer-outline';
import { LAYER_DATABASE, extensionIndexedDB as factory, runInStore } from './idb';
import { fromStoredText } from './lazy-item';
import { withLock } from './lock';

const LAYER_KEY = 'layer';
const STAMP_KEY = 'stamp';
/**
 * The reader's corrections, kept apart from the layer so that a correction writes a few kilobytes instead of every
 * learned article. When present they stand for the layer's own `corrections` (older writes left only those).
 */
const CORRECTIONS_KEY = 'corrections';
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

/** `layer` with the corrections stored apart in their place, when there are any stored apart. */
function withStoredCorrections(layer: unknown, corrections: unknown): unknown {
  if (corrections === undefined || typeof layer !== 'object' || layer === null || Array.isArray(layer)) return layer;
  return { ...layer, corrections };
}

/**
 * The layer this context last stored and the stamp it stored it under, kept in memory: while the stored stamp is
 * still that one, reading the layer returns it instead of copying every learned article (68 MB at 5,000) out of the
 * database. Every write from any context stores a new stamp (or none), so any other write makes it stale.
 */
let written: { layer: unknown; stamp: string } | undefined;

/** The stored layer, or the one this context wrote when it is still the stored one (see `written`). */
async function readStored(withLayer: boolean): Promise<LayerRecord> {
  if (withLayer && written) {
    const mine = written;
    const { layer, stamp } = await readStored(false);
    if (layer !== null && stamp === mine.stamp) return { layer: mine.layer, stamp };
  }
  return inLayerStore('readonly', (store) => {
    const layer = withLayer ? store.get(LAYER_KEY) : store.count(LAYER_KEY);
    const stamp = store.get(STAMP_KEY);
    const corrections = withLayer ? store.get(CORRECTIONS_KEY) : undefined;
    return () => ({
      layer: withLayer ? withStoredCorrections(layer.result ?? null, corrections?.result) : layer.result ? true : null,
      stamp: typeof stamp.result === 'string' ? stamp.result : undefined,
    });
  });
}

/** The corrections of `layer` when it has a list of them. */
function correctionsOf(layer: unknown): unknown[] | undefined {
  const corrections = (layer as { corrections?: unknown } | null)?.corrections;
  return Array.isArray(corrections) ? corrections : undefined;
}

/**
 * Stores `layer` and its stamp in one transaction (no stamp: one unknown to every outline); its corrections are
 * stored apart as well, so they stand until the next correction.
 */
export async function writeLayerRecord(layer: unknown, stamp: string | undefined): Promise<void> {
  written = undefined;
  await inLayerStore('readwrite', (store) => {
    store.put(layer, LAYER_KEY);
    const corrections = correctionsOf(layer);
    if (corrections) store.put(corrections, CORRECTIONS_KEY);
    else store.delete(CORRECTIONS_KEY);
    if (stamp === undefined) store.delete(STAMP_KEY);
    else store.put(stamp, STAMP_KEY);
    return () => undefined;
  });
  if (stamp !== undefined) written = { layer, stamp };
}

/** The stored corrections and stamp, without the layer; the layer's own corrections when none are stored apart. */
export async function readCorrectionsRecord(): Promise<{ corrections: unknown; stamp?: string }> {
  await moveLegacyLayer();
  const apart = await inLayerStore('readonly', (store) => {
    const corrections = store.get(CORRECTIONS_KEY);
    const stamp = store.get(STAMP_KEY);
    return () => ({
      corrections: corrections.result as unknown,
      stamp: typeof stamp.result === 'string' ? stamp.result : undefined,
    });
  });
  if (apart.corrections !== undefined) return apart;
  // Kept before corrections were stored apart: they are still in the layer.
  const record = await readStored(true);
  return { corrections: correctionsOf(record.layer) ?? [], stamp: record.stamp };
}

/**
 * Copies the corrections stored apart into the stored layer itself, in one transaction (so always the ones stored
 * then), for readers of the layer record alone. Run after a correction has been answered: it reads and writes every
 * learned article, which the reader need not wait for.
 */
export function mirrorCorrections(): Promise<void> {
  return inLayerStore('readwrite', (store) => {
    const layer = store.get(LAYER_KEY);
    const corrections = store.get(CORRECTIONS_KEY);
    // Requests finish in order: the layer has been read by then.
    corrections.onsuccess = () => {
      const value: unknown = layer.result;
      if (corrections.result === undefined || typeof value !== 'object' || value === null) return;
      store.put({ ...value, corrections: corrections.result as unknown }, LAYER_KEY);
    };
    return () => undefined;
  });
}

/** Stores the corrections alone, with the stamp of this write, in one transaction; the layer stays as it is. */
export function writeCorrectionsRecord(corrections: unknown[], stamp: string): Promise<void> {
  return inLayerStore('readwrite', (store) => {
    store.put(corrections, CORRECTIONS_KEY);
    store.put(stamp, STAMP_KEY);
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
    const outline = fromStoredText(await storage.getItem<unknown>(OUTLINE_KEY));
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
      written = undefined;
      store.delete(LAYER_KEY);
      store.delete(CORRECTIONS_KEY);
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
