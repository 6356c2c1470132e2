import { i18n } from '#i18n';
import { storage } from 'wxt/utils/storage';
import type { Correction } from '../../dictionary/schema';
import { readerLayerSchema, emptyLayer, type ReaderLayer } from '../model/layer-schema';
import { migrateLayer } from '../model/layer-migrate';
import { checkChangedLayer } from '../model/layer-check';
import {
  addsNames,
  isLayerNames,
  layerNames,
  pageNamesMark,
  type LayerNames,
  type PageNamesMark,
} from '../model/names-index';
import { loadBundledDictionary } from '../../dictionary/bundled';
import { bundledStamp, nameRows } from '../../dictionary/names-only';
import {
  isLayerOutline,
  layerOutline,
  newStamp,
  withOutlineCorrections,
  type LayerOutline,
} from '../model/layer-outline';
import {
  holdAsStored,
  readCorrectionsRecord,
  readLayerRecord,
  mirrorCorrections,
  readLayerStamp,
  writeCorrectionsRecord,
  type LayerRecord,
  writeLayerRecord,
  writeLayerStamp,
  writeNamesText,
} from './layer-db';
import { toStoredText } from './lazy-item';
import { withLock } from './lock';
import { layerItem, layerNamesItem, layerOutlineItem, pageNamesItem } from './storage-items';

export { layerItem, layerNamesItem, layerOutlineItem, pageNamesItem };

/** The layer in force, and a notice when the stored one could not be read. */
export interface LoadedLayer {
  layer: ReaderLayer;
  notice?: string;
  /** The stored value is unreadable: writes are refused until the reader resets, so nothing is overwritten. */
  broken?: boolean;
}

/**
 * Layers this context checked and stored: the layer database hands the very object back while it is still the
 * stored one, and checking it again took the background about half a second at 5,000 learned articles.
 */
const storedChecked = new WeakSet<object>();

/** Reads an untrusted stored value (of this layout or an earlier one) as a layer; an unreadable one yields an empty layer and a notice. */
export function parseLayer(raw: unknown): LoadedLayer {
  if (raw === null || raw === undefined) return { layer: emptyLayer() };
  if (typeof raw === 'object' && storedChecked.has(raw)) return { layer: raw as ReaderLayer };
  const parsed = readerLayerSchema.safeParse(migrateLayer(raw));
  if (parsed.success) return { layer: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    layer: emptyLayer(),
    broken: true,
    notice: i18n.t('dictionary.unreadable', [`${issue?.path.join('.') || 'top level'}: ${issue?.message}`]),
  };
}

/**
 * The stamp of this context's last layer write: the layer stored under it passed the schema on its way in, and any
 * other write (from any context, or of a value from elsewhere) stores another stamp or none.
 */
let checkedStamp: string | undefined;

/**
 * The layer of `record`, checked as parseLayer checks it unless this context wrote it or checked it before (its stamp
 * is the one this context last wrote or checked): at 5,000 learned articles the check took about half a second of
 * every learn. A layer that passes is held as the stored one (holdAsStored), so a background woken from idle reads and
 * checks it once and its first write puts only what changed, not all 5,000 articles.
 */
function recordLayer(record: LayerRecord): LoadedLayer {
  const ours = record.stamp !== undefined && record.stamp === checkedStamp && record.layer !== null;
  if (ours) return { layer: record.layer as ReaderLayer };
  const loaded = parseLayer(record.layer);
  if (!loaded.broken && record.layer !== null && record.stamp !== undefined) {
    checkedStamp = record.stamp;
    storedChecked.add(loaded.layer);
    holdAsStored(loaded.layer, record.stamp);
  }
  return loaded;
}

/** Loads the stored layer. */
export async function loadLayer(): Promise<LoadedLayer> {
  return parseLayer(await layerItem.getValue());
}

/** Loads the stored layer, checked once per write (a layer this context checked or wrote is not checked again). */
export async function loadCheckedLayer(): Promise<LoadedLayer> {
  return recordLayer(await readLayerRecord());
}

/**
 * The stored layer and its stamp, read and checked holding the lock as a write reads them (so the write that follows
 * finds it checked), or undefined when it is unreadable or has no stamp yet: for preparing what a write will need.
 */
export async function readLayerForWrite(): Promise<{ layer: ReaderLayer; stamp: string } | undefined> {
  return exclusive(async () => {
    const record = await readLayerRecord();
    const loaded = recordLayer(record);
    return loaded.broken || record.stamp === undefined ? undefined : { layer: loaded.layer, stamp: record.stamp };
  });
}

/** Runs `task` holding the layer lock, so two extension contexts never interleave writes to the layer. */
const exclusive = <T>(task: () => Promise<T>): Promise<T> => withLock('backstory-reader-layer', task);

/**
 * True in the browser session's memory once the names, page names and outline are known to be the stored layer's,
 * and false while a write of them is under way: a background woken from idle skips reading megabytes of them to check
 * (ensureLayerNames) unless a write was cut short. A new browser session, or an updated extension, starts without it.
 */
const itemsInStep = storage.defineItem<boolean>('session:readerItemsInStep', { fallback: false });

/**
 * Runs `write`, which writes the layer's items, with `itemsInStep` false until it has finished. The flag is a shortcut
 * only: where the session's storage fails, every start checks in full and writes go on.
 */
async function writingItems(write: () => Promise<void>): Promise<void> {
  await itemsInStep.setValue(false).catch(() => undefined);
  await write();
  await itemsInStep.setValue(true).catch(() => undefined);
}

/**
 * Applies `change` to the stored layer and saves the result in one write; throws (writing nothing) on failure.
 * `change` is also given the stamp of the write that stored the layer (undefined when unknown), and `saved` the stamp
 * of this write, still holding the lock: a context can tell whether the stored layer is still the one it wrote.
 */
export async function updateLayer(
  change: (layer: ReaderLayer, stamp: string | undefined) => ReaderLayer,
  saved?: (stamp: string) => void,
  items: ItemsWrite = 'now',
): Promise<ReaderLayer> {
  return exclusive(async () => {
    const record = await readLayerRecord();
    const loaded = recordLayer(record);
    if (loaded.broken) throw new Error(i18n.t('dictionary.resetToGoOn', [loaded.notice ?? '']));
    // The articles the change kept are the checked objects read: only what it made new needs checking.
    const next = checkChangedLayer(change(loaded.layer, record.stamp), loaded.layer);
    const stamp = newStamp();
    await reportingQuota(() => saveLayer(next, stamp, items));
    saved?.(stamp);
    return next;
  });
}

/** Runs `write`, turning the browser's refusal for want of room into the reader's words. */
async function reportingQuota(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if ((error as Error).name === 'QuotaExceededError' || /quota/i.test((error as Error).message))
      throw new Error(i18n.t('dictionary.storageFull'), { cause: error });
    throw error;
  }
}

const correctionsSchema = readerLayerSchema.shape.corrections;

/**
 * Applies `change` to the reader's corrections alone, neither reading nor writing the learned articles: the
 * corrections are stored apart under a new stamp, and the names, page names and outline are rewritten from their
 * stored values with them. Returns undefined, having written nothing, when those items do not belong to the stored
 * layer (a write cut short, or a layer kept from before), so the caller updates the whole layer instead.
 */
async function correctOnly(change: (corrections: Correction[]) => Correction[]): Promise<Correction[] | undefined> {
  return exclusive(async () => {
    const [record, names, outline] = await Promise.all([
      readCorrectionsRecord(),
      layerNamesItem.getValue(),
      layerOutlineItem.getValue(),
    ]);
    if (!isLayerOutline(outline) || outline.stamp !== record.stamp || !isLayerNames(names)) return undefined;
    const stored = correctionsSchema.safeParse(record.corrections);
    if (!stored.success) return undefined;
    const next = correctionsSchema.parse(change(stored.data));
    const stamp = newStamp();
    await reportingQuota(() =>
      writingItems(async () => {
        await writeCorrectionsRecord(next, stamp);
        await writeItems({ ...names, corrections: next }, withOutlineCorrections(outline, next, stamp));
      }),
    );
    return next;
  });
}

/**
 * Applies `change` to the reader's corrections and stores them (a few kilobytes, not the learned articles, when the
 * stored items are in step; the stored layer gets a copy after the answer); throws, writing nothing, when the change
 * fails.
 */
export async function updateCorrections(change: (corrections: Correction[]) => Correction[]): Promise<Correction[]> {
  const done = await correctOnly(change);
  if (done) {
    // Left out of the lock: one transaction copies whatever is stored then, and a next correction need not wait.
    void mirrorCorrections().catch((error: unknown) => console.warn('Backstory:', error));
    return done;
  }
  return (await updateLayer((layer) => ({ ...layer, corrections: change(layer.corrections) }))).corrections;
}

/** Writes the three items that follow each layer write, from the layer itself. */
const writeOutlineItems = (layer: ReaderLayer, stamp: string): Promise<void> =>
  writeItems(layerNames(layer), layerOutline(layer, stamp));

/**
 * Writes `names` into the database, then the mark that tells pages to ask for them and `outline`, in one storage call
 * (the outline last: watchers read the others when it changes).
 */
async function writeItems(names: LayerNames, outline: LayerOutline): Promise<void> {
  const bundled = loadBundledDictionary();
  await writeNamesText(toStoredText(names));
  await storage.setItems([
    { key: pageNamesItem.key, value: toStoredText(bundled && pageNamesMark(bundled, names, outline.stamp)) },
    { key: layerOutlineItem.key, value: toStoredText(outline) },
  ]);
}

/**
 * When a layer write's three items are written: before the write is answered, or just after (`soon`), by this
 * context. Items written soon spare the answer a second of work at 5,000 learned articles (folding and joining every
 * name, and storing 13 MB of text); a run of writes close together writes them once, for the last.
 */
export type ItemsWrite = 'now' | 'soon';

/**
 * Writes the layer with a new stamp to the database, then its names-only outline, the names pages match with and
 * its outline under the same stamp (writeOutlineItems). Should those writes fail or never come (a context closed
 * first), the stamps disagree, `itemsInStep` stays false, and ensureLayerNames rewrites the three from the layer.
 */
async function saveLayer(layer: ReaderLayer, stamp = newStamp(), items: ItemsWrite = 'now'): Promise<void> {
  if (items === 'soon') {
    await itemsInStep.setValue(false).catch(() => undefined);
    await storeChecked(layer, stamp);
    itemsSoon(layer, stamp);
    return;
  }
  await writingItems(async () => {
    await storeChecked(layer, stamp);
    await writeOutlineItems(layer, stamp);
  });
}

/** Stores `layer` (checked) in the database under `stamp`, remembering that this context checked it. */
async function storeChecked(layer: ReaderLayer, stamp: string): Promise<void> {
  await writeLayerRecord(layer, stamp);
  checkedStamp = stamp;
  storedChecked.add(layer);
}

/** The layer write whose items are still to be written, and the run writing them (see itemsSoon). */
let itemsDue: { layer: ReaderLayer; stamp: string } | undefined;
let itemsRun: Promise<void> | undefined;

/**
 * Writes the items of the layer stored under `stamp` once the current task is done, holding the lock, unless
 * another write stored a layer meanwhile (which writes its own). Returns the run, which never rejects.
 */
function itemsSoon(layer: ReaderLayer, stamp: string): Promise<void> {
  itemsDue = { layer, stamp };
  itemsRun ??= (async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    while (itemsDue) {
      const due = itemsDue;
      itemsDue = undefined;
      await exclusive(async () => {
        if ((await readLayerStamp()).stamp !== due.stamp) return;
        await writeOutlineItems(due.layer, due.stamp);
        await itemsInStep.setValue(true).catch(() => undefined);
      }).catch((error: unknown) => console.error('Backstory could not index your dictionary:', error));
    }
    itemsRun = undefined;
  })();
  return itemsRun;
}

/** Settles once the items of every layer write this context made are written (or given up). */
export const itemsWritten = (): Promise<void> => itemsRun ?? Promise.resolve();

/**
 * Whether the stored page names mark is missing for a layer that adds names (kept from before it was written), names
 * other bundled names than these (the extension was updated since), or is of an earlier kind (the joined names
 * themselves, which this write replaces with the mark).
 */
function pageNamesStale(raw: unknown, names: unknown): boolean {
  const bundled = loadBundledDictionary();
  if (!bundled) return false;
  if (raw === null) return addsNames(names);
  const mark = raw as Partial<PageNamesMark>;
  return mark.version !== 2 || mark.bundled !== bundledStamp(nameRows(bundled));
}

/**
 * Rewrites the names-only outline, the page names and the outline from the stored layer when one is missing (a layer
 * kept from before, or seeded without them), the outline's stamp is not the layer's (a write cut short between the
 * two) or the page names were joined with older bundled names. Reads only the small items and the stamp when all is
 * well, and nothing at all when every write of this browser session finished (`itemsInStep`): at 5,000 learned
 * articles that check parsed 13 MB of JSON on every wake of the background, before its first card.
 */
export async function ensureLayerNames(): Promise<void> {
  if (await itemsInStep.getValue().catch(() => false)) return;
  await exclusive(() => writingItems(rewriteItemsOutOfStep));
}

/** ensureLayerNames' check, holding the lock. */
async function rewriteItemsOutOfStep(): Promise<void> {
  const [names, outline, pageNames, stored] = await Promise.all([
    layerNamesItem.getValue(),
    layerOutlineItem.getValue(),
    pageNamesItem.getValue(),
    readLayerStamp(),
  ]);
  if (!stored.exists) return;
  const outlineStamp = isLayerOutline(outline) ? outline.stamp : undefined;
  const current = names !== null && stored.stamp !== undefined && outlineStamp === stored.stamp;
  if (current && !pageNamesStale(pageNames, names)) return;
  // Only the mark is out of step (an update since): it comes from the names and stamp, not the whole layer.
  const bundled = loadBundledDictionary();
  if (current && bundled && stored.stamp) return pageNamesItem.setValue(pageNamesMark(bundled, names, stored.stamp));
  const record = await readLayerRecord();
  const loaded = recordLayer(record);
  if (record.layer === null || loaded.broken) return;
  const stamp = record.stamp ?? newStamp();
  if (record.stamp === undefined) await writeLayerStamp(stamp);
  await writeOutlineItems(loaded.layer, stamp);
}

/** Replaces the stored layer with an empty one (the way out of an unreadable layer). */
export async function resetLayer(): Promise<void> {
  await exclusive(() => saveLayer(emptyLayer()));
}

/** Calls `listener` with the parsed layer whenever it changes; returns the function that stops watching. */
export function watchLayer(listener: (loaded: LoadedLayer) => void): () => void {
  return layerItem.watch((value) => listener(parseLayer(value)));
}
