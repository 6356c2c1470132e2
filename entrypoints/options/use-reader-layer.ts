import { i18n } from '#i18n';
import type { DictionarySectionProps } from '@/components/options/dictionary-section';
import { decidePending, exportLayerText, removeCorrection } from '@/utils/reader-layer/layer-actions';
import type { LayerSummary } from '@/utils/reader-layer/model/layer-summary';
import { resetLayer } from '@/utils/reader-layer/store/storage';
import { damaged } from './bundled';
import { download, exportFilename } from './download';
import { importFile } from './import-file';
import { useActionRunner } from './use-action-runner';
import { useLayerRows } from './use-layer-rows';
import { useSourceRemoval } from './use-source-removal';
import { useStoredLayer } from './use-stored-layer';

type Notice = DictionarySectionProps['notice'];

/** The last action's notice, else why the bundled dictionary or the stored layer could not be read. */
function shownNotice(last: Notice, summary: LayerSummary | undefined): Notice {
  if (last) return last;
  if (damaged !== undefined) return { kind: 'error', text: i18n.t('dictionary.bundledUnreadable', [damaged]) };
  return summary?.notice ? { kind: 'error', text: summary.notice } : undefined;
}

/**
 * The reader's layer as the Dictionary section shows it, with its actions wired to storage. The lists show first
 * from the layer's small outline and fill in their counts once the background has summed the layer up.
 */
export function useReaderLayer(): DictionarySectionProps & {
  loading: boolean;
  /** Learned articles and about how many bytes they take (undefined until the background has summed them up). */
  layerSize: { articles: number; bytes?: number };
} {
  const stored = useStoredLayer();
  const { outline, summary } = stored;
  const rows = useLayerRows(stored);
  const { busy, notice, run } = useActionRunner();
  const removal = useSourceRemoval(run);
  return {
    loading: !summary && !outline,
    layerSize: { articles: outline?.sources.length ?? 0, bytes: summary?.bytes },
    ...rows,
    pending: outline?.pending ?? [],
    corrections: outline?.corrections ?? [],
    notice: shownNotice(notice, summary),
    broken: summary?.broken,
    busy,
    ...removal,
    onDecide: (pendingId, candidateId) => run(async () => void (await decidePending(pendingId, candidateId))),
    onRemoveCorrection: (c) => run(async () => void (await removeCorrection(c))),
    onExport: () =>
      run(async () => {
        download(await exportLayerText(), exportFilename());
        return i18n.t('dictionary.exported');
      }),
    onImport: (file) => run(() => importFile(file)),
    onReset: () => run(async () => (await resetLayer(), i18n.t('dictionary.startedAfresh'))),
  };
}
