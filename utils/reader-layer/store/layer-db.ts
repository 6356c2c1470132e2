import { storage } from 'wxt/utils/storage';
import { isLayerOutline } from '../model/layer-outline';
import { LAYER_DATABASE, extensionIndexedDB as factory, runInStore } from './idb';
import { ARTICLE_PREFIX, articleKey, joinLayer, splitLayer } from './layer-records';
import { fromStoredText } from './lazy-item';
import { withLock } from './lock';

/** Where the whole layer was kept in one record, by earlier versions (and where a value of no layer's shape goes). */
const LAYER_KEY = 'layer';
/** The layer without its learned articles, which are kept a record each (see layer-records). */
const HEAD_KEY = 'head';
const STAMP_KEY = 'stamp';
/** Every learned article's record. */
const articleKeys = () => IDBKeyRange.bound(ARTICLE_PREFIX, `${ARTICLE_PREFIX}\uffff`);
/**
 * The reader's corrections, kept apart from the layer so that a correction writes a few kilobytes instead of every
 * learned article. When present they stand for the layer's own `corrections` (older writes left only those).
 */
const CORRECTIONS_KEY = 'corrections';
/** Where earlier versions kept the whole layer; a layer found there is moved into the database on first read. */
const LEGACY_KEY = 'local:readerLayer';
const OUTLINE_KEY = 'local:readerOutline';
/** The names-only outline of the layer (see names-index), as JSON text. */
const NAMES_KEY = 'names';
/** Where earlier versions kept the names-only outline. */
const LEGACY_NAMES_KEY = 'local:readerNames';

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

/** The stamp of the layer this context last read whole from the database, when it was laid out a record per article. */
let readSplit: string | undefined;

/**
 * Takes `layer`, the checked reading of the layer this context last read under `stamp`, as the stored one, as though
 * this context had written it: while the database still holds what was read, reads hand it back and writes put only
 * what changed. A layer read from an earlier version's single record is not taken: its next write lays every article
 * out.
 */
export function holdAsStored(layer: unknown, stamp: string): void {
  if (stamp === readSplit) written = { layer, stamp };
}

/** The stored layer, or the one this context wrote when it is still the stored one (see `written`). */
async function readStored(withLayer: boolean): Promise<LayerRecord> {
  if (withLayer && written) {
    const mine = written;
    const { layer, stamp } = await readStored(false);
    if (layer !== null && stamp === mine.stamp) return { layer: mine.layer, stamp };
  }
  if (!withLayer) return readStamp();
  return inLayerStore('readonly', (store) => {
    const head = store.get(HEAD_KEY);
    const whole = store.get(LAYER_KEY);
    const articles = store.getAll(articleKeys());
    const stamp = store.get(STAMP_KEY);
    const corrections = store.get(CORRECTIONS_KEY);
    return () => {
      const layer: unknown = head.result === undefined ? whole.result : joinLayer(head.result, articles.result);
      readSplit = head.result !== undefined && typeof stamp.result === 'string' ? stamp.result : undefined;
      return {
        layer: withStoredCorrections(layer ?? null, corrections.result),
        stamp: typeof stamp.result === 'string' ? stamp.result : undefined,
      };
    };
  });
}

/** The stamp, and whether a layer is stored (true) or not (null), without reading it. */
function readStamp(): Promise<LayerRecord> {
  return inLayerStore('readonly', (store) => {
    const head = store.count(HEAD_KEY);
    const whole = store.count(LAYER_KEY);
    const stamp = store.get(STAMP_KEY);
    return () => ({
      layer: head.result || whole.result ? true : null,
      stamp: typeof stamp.result === 'string' ? stamp.result : undefined,
    });
  });
}

/**
 * Queues the writes that store `layer`: its head and each article that is not the very object `previous` (the layer
 * stored now, when known) holds under its id, and the deletion of articles it no longer has. Without `previous`
 * every article is written, over whatever was stored. A value of no layer's shape is stored whole.
 */
function putLayer(store: IDBObjectStore, layer: unknown, previous: unknown): void {
  const split = splitLayer(layer);
  if (!split) {
    store.delete(HEAD_KEY);
    store.delete(articleKeys());
    store.put(layer, LAYER_KEY);
    return;
  }
  const before = previous === undefined ? undefined : splitLayer(previous)?.articles;
  if (!before) {
    store.delete(LAYER_KEY);
    store.delete(articleKeys());
  }
  for (const [id, article] of split.articles) if (before?.get(id) !== article) store.put(article, articleKey(id));
  if (before) for (const id of before.keys()) if (!split.articles.has(id)) store.delete(articleKey(id));
  store.put(split.head, HEAD_KEY);
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
  const previous = written;
  written = undefined;
  // A request refused at once (a full disk, a value that cannot be stored) aborts the write with its own error.
  let refused: unknown;
  await inLayerStore('readwrite', (store) => {
    const stored = store.get(STAMP_KEY);
    // Only the articles that changed are written when the stored layer is still the one this context wrote.
    stored.onsuccess = () => {
      try {
        putLayer(store, layer, previous && stored.result === previous.stamp ? previous.layer : undefined);
        const corrections = correctionsOf(layer);
        if (corrections) store.put(corrections, CORRECTIONS_KEY);
        else store.delete(CORRECTIONS_KEY);
        if (stamp === undefined) store.delete(STAMP_KEY);
        else store.put(stamp, STAMP_KEY);
      } catch (error) {
        refused = error;
        store.transaction.abort();
      }
    };
    return () => undefined;
  }).catch((error: unknown) => {
    throw refused ?? error;
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
 * Copies the corrections stored apart into the stored layer itself (its head, or the whole layer an earlier version
 * stored), in one transaction (so always the ones stored then), for readers of the layer record alone. Run after a
 * correction has been answered, which need not wait for it.
 */
export function mirrorCorrections(): Promise<void> {
  return inLayerStore('readwrite', (store) => {
    const head = store.get(HEAD_KEY);
    const whole = store.get(LAYER_KEY);
    const corrections = store.get(CORRECTIONS_KEY);
    // Requests finish in order: the head and the whole layer have been read by then.
    corrections.onsuccess = () => {
      const stored = corrections.result as unknown;
      const headValue = head.result as { rest?: unknown } | undefined;
      const wholeValue: unknown = whole.result;
      if (stored === undefined) return;
      if (typeof headValue?.rest === 'object' && headValue.rest !== null)
        store.put({ ...headValue, rest: { ...headValue.rest, corrections: stored } }, HEAD_KEY);
      else if (typeof wholeValue === 'object' && wholeValue !== null)
        store.put({ ...wholeValue, corrections: stored }, LAYER_KEY);
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
      store.delete(HEAD_KEY);
      store.delete(articleKeys());
      store.delete(CORRECTIONS_KEY);
      store.delete(STAMP_KEY);
      store.delete(NAMES_KEY);
      return () => undefined;
    }),
  watch: (listener) => afterEveryWrite(getValue, listener, 'Backstory could not read your learned dictionary:'),
};

/**
 * Stores the layer's names as JSON text (null: none) in the database. Kept in `storage.local`, every write sent the
 * old and the new value (7 MB each at 5,000 learned articles) to every open page, which held each for a tenth of a
 * second or more though pages never read them; what pages match with is the page names item. A copy an earlier
 * version left there goes.
 */
export async function writeNamesText(text: string | null): Promise<void> {
  await inLayerStore('readwrite', (store) => {
    if (text === null) store.delete(NAMES_KEY);
    else store.put(text, NAMES_KEY);
    return () => undefined;
  });
  if ((await storage.getItem<unknown>(LEGACY_NAMES_KEY)) !== null) await storage.removeItem(LEGACY_NAMES_KEY);
}

/** The stored names (unchecked; null when there are none), or what an earlier version left in `storage.local`. */
async function readNames(): Promise<unknown> {
  const text = await inLayerStore('readonly', (store) => {
    const names = store.get(NAMES_KEY);
    return (): unknown => names.result;
  });
  return fromStoredText(text ?? (await storage.getItem<unknown>(LEGACY_NAMES_KEY)));
}

/** The layer's names as a stored value: read from the database, and read again after every write of the layer. */
export const idbNamesItem: Omit<LayerItem, 'setValue'> = {
  getValue: readNames,
  removeValue: () => writeNamesText(null),
  // The outline is written after the names, with every write of them.
  watch: (listener) => afterEveryWrite(readNames, listener, 'Backstory could not read your learned names:'),
};

/**
 * Calls `listener` with what `read` reads after every write of the outline item (whose stamp is new with every layer
 * write, written after the layer); reads are chained so listeners see the values in the order of the writes.
 * Returns the function that stops.
 */
function afterEveryWrite(read: () => Promise<unknown>, listener: (value: unknown) => void, failure: string) {
  let live = true;
  let reads = Promise.resolve();
  const stop = storage.watch<unknown>(OUTLINE_KEY, () => {
    reads = reads.then(async () => {
      try {
        const value = await read();
        if (live) listener(value);
      } catch (error) {
        console.error(failure, error);
      }
    });
  });
  return () => {
    live = false;
    stop();
  };
}
