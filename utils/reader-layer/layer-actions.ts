import { i18n } from '#i18n';
import type { Correction, Dictionary } from '../dictionary/schema';
import { withCorrection } from './model/corrections';
import { exportLayerJson } from './model/export';
import { importLayerJson, type ImportResult } from './model/import';
import { acceptPending, rejectPending } from './model/pending';
import { removeSource, restoreSource, withoutSite, type RemovedSource } from './model/remove';
import { withoutLearned, withoutLearnedSince } from './model/forget-since';
import { loadLayer, updateCorrections, updateLayer } from './store/storage';
import { updateLayerWithBase } from './store/kept-merge-base';
import { layerOutlineItem } from './store/storage-items';
import { isLayerOutline } from './model/layer-outline';
import { mergeArticle } from './model/merge';
import type { ReaderLayer } from './model/layer-schema';
import { withRoom } from './model/make-room';
import { articleTextKey, learnedSourceId } from './model/source-id';
import type { ExtractedArticle } from '../messaging';

/** Removes a learned source from the stored layer; returns what an undo needs. */
export async function removeLearnedSource(sourceId: string): Promise<RemovedSource> {
  let removed: RemovedSource | undefined;
  await updateLayer((layer) => {
    const result = removeSource(layer, sourceId);
    removed = result.removed;
    return result.layer;
  });
  return removed!;
}

/** Puts a removed source back into the stored layer. */
export async function undoRemove(removed: RemovedSource): Promise<void> {
  await updateLayer((layer) => restoreSource(layer, removed));
}

/** Answers a pending merge question: join `candidateId`, or keep apart when it is null. */
export async function decidePending(pendingId: string, candidateId: string | null): Promise<void> {
  await updateLayer((layer) =>
    candidateId === null ? rejectPending(layer, pendingId) : acceptPending(layer, pendingId, candidateId),
  );
}

/** Stores a correction (replacing an earlier one of the same kind for the same entity). */
export async function addCorrection(correction: Correction): Promise<void> {
  await updateCorrections((corrections) => withCorrection(corrections, correction));
}

/** Drops a stored correction. */
export async function removeCorrection(correction: Correction): Promise<void> {
  await updateCorrections((corrections) =>
    corrections.filter((c) => !(c.kind === correction.kind && c.entity === correction.entity)),
  );
}

/** Validates `text` in full and merges it into the stored layer; on any problem nothing is written. */
export async function importIntoLayer(text: string, bundled: Dictionary, label: string): Promise<ImportResult> {
  let result: ImportResult = { ok: false, error: i18n.t('dictionary.importDidNotRun') };
  try {
    await updateLayer((layer) => {
      result = importLayerJson(layer, text, bundled, label);
      if (!result.ok) throw new Error(result.error);
      return result.layer;
    });
  } catch (error) {
    return result.ok ? { ok: false, error: (error as Error).message } : result;
  }
  return result;
}

/** The stored layer as export JSON text. */
export async function exportLayerText(): Promise<string> {
  return exportLayerJson((await loadLayer()).layer);
}

/** What became of a story handed over to be remembered. */
export type Remembered = 'remembered' | 'known';

/**
 * Keeps an article the reader read, with what the builder found in it, in the stored layer, merged by the same
 * rules as "Learn from this article" (a clash becomes a decision for the reader). An article the layer already holds
 * (the same canonical address, or the same text at another address) is left as it is. At the cap (of articles or bytes) the oldest articles are forgotten
 * to make room; the reader's corrections are kept.
 */
export async function rememberArticle(
  article: ExtractedArticle,
  built: Dictionary,
  bundled: Dictionary,
): Promise<Remembered> {
  const id = learnedSourceId(article.url, article.title);
  const outline = await layerOutlineItem.getValue();
  if (isLayerOutline(outline) && outline.sources.some((s) => s.source.id === id)) return 'known';
  const textKey = articleTextKey(article.text);
  let outcome: Remembered = 'remembered';
  await updateLayerWithBase((layer, base) => {
    if (layer.sources.some((s) => s.source.id === id || s.textKey === textKey)) {
      outcome = 'known';
      return { layer, base };
    }
    return mergeArticle(withRoom(layer), built, bundled, article, Date.now(), base);
  });
  return outcome;
}

/** Applies a change that forgets articles to the stored layer; returns how many went. */
async function forgetting(change: (layer: ReaderLayer) => { layer: ReaderLayer; count: number }): Promise<number> {
  let count = 0;
  await updateLayer((layer) => {
    const result = change(layer);
    count = result.count;
    return result.layer;
  });
  return count;
}

/** Forgets every learned article from `hostname` in the stored layer; returns how many went. */
export function forgetSite(hostname: string): Promise<number> {
  return forgetting((layer) => withoutSite(layer, hostname));
}

/**
 * Forgets every article learned at or after `since` (ms since the epoch: an hour or a day ago) and what only they
 * said; corrections, and decisions about other articles, stay. Returns how many went.
 */
export function forgetSince(since: number): Promise<number> {
  return forgetting((layer) => withoutLearnedSince(layer, since));
}

/** Forgets every learned article; the reader's corrections stay. Returns how many went. */
export function forgetEverything(): Promise<number> {
  return forgetting(withoutLearned);
}
