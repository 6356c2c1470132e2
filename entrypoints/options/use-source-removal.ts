import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { removeLearnedSource, undoRemove } from '@/utils/reader-layer/layer-actions';
import type { RemovedSource } from '@/utils/reader-layer/model/remove';
import type { RunAction } from './use-action-runner';

/**
 * Removing learned sources with undo: removed ones are kept in memory, last first, until the page closes.
 * `undo` names the one that would be put back.
 */
export function useSourceRemoval(run: RunAction): {
  undo?: { title: string };
  onRemove: (sourceId: string) => Promise<void>;
  onUndo: () => Promise<void>;
} {
  const [removed, setRemoved] = useState<RemovedSource[]>([]);
  const last = removed[removed.length - 1];
  return {
    undo: last && { title: last.learned.source.title },
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
  };
}
