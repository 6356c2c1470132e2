import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DictionarySectionProps } from '@/components/options/dictionary-section';
import { BundledDictionaryError, bundledDictionary } from '@/utils/dictionary/bundled';
import type { Dictionary } from '@/utils/dictionary/schema';
import { emptyDictionary } from '@/utils/dictionary/validate';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { IMPORT_LIMITS } from '@/utils/reader-layer/model/json-guard';
import {
  decidePending,
  exportLayerText,
  importIntoLayer,
  removeCorrection,
  removeLearnedSource,
  undoRemove,
} from '@/utils/reader-layer/layer-actions';
import type { RemovedSource } from '@/utils/reader-layer/model/remove';
import { isLayerOutline, type LayerOutline } from '@/utils/reader-layer/model/layer-outline';
import { outlineRows, sourceRows } from '@/utils/reader-layer/model/source-counts';
import {
  layerOutlineItem,
  loadLayer,
  resetLayer,
  watchLayer,
  type LoadedLayer,
} from '@/utils/reader-layer/store/storage';

/** The bundled dictionary; when it is damaged, an empty one and the reason, which the section shows and the console logs. */
function loadBundled(): { bundled: Dictionary; damaged?: string } {
  try {
    return { bundled: bundledDictionary() };
  } catch (error) {
    if (!(error instanceof BundledDictionaryError)) throw error;
    console.error(error.message);
    return { bundled: emptyDictionary(), damaged: error.reason };
  }
}

const { bundled, damaged } = loadBundled();
const bundledNames = new Map(bundled.entities.map((e) => [e.id, e.name]));

/** Saves `text` as a file through a Blob URL: nothing leaves the machine. */
function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The reader's layer as the Dictionary section shows it, with its actions wired to storage. The lists show first
 * from the layer's small outline; the full layer (megabytes at a thousand learned articles) is read after that first
 * paint and fills in the counts. Removed sources are kept in memory for undo until the page closes.
 */
export function useReaderLayer(): DictionarySectionProps & { loading: boolean } {
  const [outline, setOutline] = useState<LayerOutline | null>();
  const [loaded, setLoaded] = useState<LoadedLayer>();
  const [notice, setNotice] = useState<DictionarySectionProps['notice']>();
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<RemovedSource[]>([]);
  const live = useRef(true);

  useEffect(() => {
    const readOutline = (raw: unknown) => live.current && setOutline(isLayerOutline(raw) ? raw : null);
    const unwatchOutline = layerOutlineItem.watch(readOutline);
    const unwatch = watchLayer(setLoaded);
    // The full layer is asked for once the outline has had a frame to paint (or is missing).
    const readFull = () => void loadLayer().then((l) => live.current && setLoaded(l));
    void layerOutlineItem
      .getValue()
      .then(readOutline, () => readOutline(null))
      .then(() => requestAnimationFrame(() => setTimeout(readFull, 0)));
    return () => {
      live.current = false;
      unwatchOutline();
      unwatch();
    };
  }, []);

  const effective = useMemo(() => (loaded ? effectiveDictionary(bundled, loaded.layer) : undefined), [loaded]);
  const names = useMemo(
    () => (effective ? new Map(effective.entities.map((e) => [e.id, e.name])) : bundledNames),
    [effective],
  );
  const sources = useMemo(
    () =>
      loaded && effective ? sourceRows(effective, loaded.layer) : outline ? outlineRows(outline, bundled.sources) : [],
    [loaded, effective, outline],
  );

  const run = async (action: () => Promise<string | undefined>) => {
    setBusy(true);
    try {
      const done = await action();
      setNotice(done ? { kind: 'done', text: done } : undefined);
    } catch (error) {
      setNotice({ kind: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const shown = loaded?.layer ?? outline;
  const last = removed[removed.length - 1];
  return {
    loading: !loaded && !outline,
    sources,
    pending: shown?.pending ?? [],
    corrections: shown?.corrections ?? [],
    nameOf: (id) => names.get(id),
    undo: last && { title: last.learned.source.title },
    notice:
      notice ??
      (damaged !== undefined
        ? { kind: 'error', text: i18n.t('dictionary.bundledUnreadable', [damaged]) }
        : loaded?.notice
          ? { kind: 'error', text: loaded.notice }
          : undefined),
    broken: loaded?.broken,
    busy,
    onRemove: (id) =>
      run(async () => {
        const gone = await removeLearnedSource(id);
        setRemoved((list) => [...list, gone]);
        return i18n.t('dictionary.removed', [gone.learned.source.title]);
      }),
    onUndo: () =>
      run(async () => {
        if (!last) return undefined;
        await undoRemove(last);
        setRemoved((list) => list.slice(0, -1));
        return i18n.t('dictionary.putBack', [last.learned.source.title]);
      }),
    onDecide: (pendingId, candidateId) => run(async () => void (await decidePending(pendingId, candidateId))),
    onRemoveCorrection: (c) => run(async () => void (await removeCorrection(c))),
    onExport: () =>
      run(async () => {
        download(await exportLayerText(), `backstory-dictionary-${new Date().toISOString().slice(0, 10)}.json`);
        return i18n.t('dictionary.exported');
      }),
    onImport: (file) =>
      run(async () => {
        if (file.size > IMPORT_LIMITS.size)
          throw new Error(i18n.t('dictionary.fileTooBig', [file.name, (file.size / 1048576).toFixed(1)]));
        const result = await importIntoLayer(await file.text(), bundled, `“${file.name}”`);
        if (!result.ok) throw new Error(i18n.t('dictionary.nothingImported', [result.error]));
        return i18n.t('dictionary.imported', result.sources, [result.sources, file.name]);
      }),
    onReset: () => run(async () => (await resetLayer(), i18n.t('dictionary.startedAfresh'))),
  };
}
