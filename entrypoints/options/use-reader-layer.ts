import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import bundledJson from '@/assets/dictionary.json';
import type { DictionarySectionProps } from '@/components/options/dictionary-section';
import { emptyDictionary, validateDictionary } from '@/utils/dictionary/validate';
import { effectiveDictionary } from '@/utils/reader-layer/effective';
import { IMPORT_LIMITS } from '@/utils/reader-layer/json-guard';
import {
  decidePending,
  exportLayerText,
  importIntoLayer,
  removeCorrection,
  removeLearnedSource,
  undoRemove,
} from '@/utils/reader-layer/layer-actions';
import type { RemovedSource } from '@/utils/reader-layer/remove';
import { sourceRows } from '@/utils/reader-layer/source-counts';
import { loadLayer, resetLayer, watchLayer, type LoadedLayer } from '@/utils/reader-layer/storage';

const checked = validateDictionary(bundledJson);
const bundled = checked.ok ? checked.dictionary : emptyDictionary();

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
 * The reader's layer as the Dictionary section shows it, with its actions wired to storage. Removed sources are
 * kept in memory for undo until the page closes.
 */
export function useReaderLayer(): DictionarySectionProps & { loading: boolean } {
  const [loaded, setLoaded] = useState<LoadedLayer>();
  const [notice, setNotice] = useState<DictionarySectionProps['notice']>();
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<RemovedSource[]>([]);
  const live = useRef(true);

  useEffect(() => {
    void loadLayer().then((l) => live.current && setLoaded(l));
    const unwatch = watchLayer(setLoaded);
    return () => {
      live.current = false;
      unwatch();
    };
  }, []);

  const effective = useMemo(() => (loaded ? effectiveDictionary(bundled, loaded.layer) : bundled), [loaded]);
  const names = useMemo(() => new Map(effective.entities.map((e) => [e.id, e.name])), [effective]);

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

  const layer = loaded?.layer;
  const last = removed[removed.length - 1];
  return {
    loading: !loaded,
    sources: layer ? sourceRows(effective, layer) : [],
    pending: layer?.pending ?? [],
    corrections: layer?.corrections ?? [],
    nameOf: (id) => names.get(id),
    undo: last && { title: last.learned.source.title },
    notice: notice ?? (loaded?.notice ? { kind: 'error', text: loaded.notice } : undefined),
    broken: loaded?.broken,
    busy,
    onRemove: (id) =>
      run(async () => {
        const gone = await removeLearnedSource(id);
        setRemoved((list) => [...list, gone]);
        return `Removed “${gone.learned.source.title}”.`;
      }),
    onUndo: () =>
      run(async () => {
        if (!last) return undefined;
        await undoRemove(last);
        setRemoved((list) => list.slice(0, -1));
        return `Put back “${last.learned.source.title}”.`;
      }),
    onDecide: (pendingId, candidateId) => run(async () => void (await decidePending(pendingId, candidateId))),
    onRemoveCorrection: (c) => run(async () => void (await removeCorrection(c))),
    onExport: () =>
      run(async () => {
        download(await exportLayerText(), `backstory-dictionary-${new Date().toISOString().slice(0, 10)}.json`);
        return 'Exported your learned dictionary.';
      }),
    onImport: (file) =>
      run(async () => {
        if (file.size > IMPORT_LIMITS.size)
          throw new Error(
            `“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; files up to 20 MB can be imported.`,
          );
        const result = await importIntoLayer(await file.text(), bundled, `“${file.name}”`);
        if (!result.ok) throw new Error(`Nothing was imported. ${result.error}`);
        return `Imported ${result.sources} source${result.sources === 1 ? '' : 's'} from “${file.name}”.`;
      }),
    onReset: () => run(async () => (await resetLayer(), 'Started the learned dictionary afresh.')),
  };
}
