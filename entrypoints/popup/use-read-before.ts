import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import type { PopupIndex } from './use-popup-index';

const NONE: Readonly<Record<string, number>> = {};

/**
 * How many articles the reader read before name each of the page's names at `url` (none for a name met nowhere
 * else), asked of the background, which holds the learned articles; with no learned layer there is nothing to ask.
 */
export function useReadBefore(ids: readonly string[], url: string, popup: PopupIndex): (id: string) => number {
  const [counts, setCounts] = useState(NONE);
  const key = popup.bundledOnly ? '' : ids.join('\n');
  useEffect(() => {
    if (!key) {
      setCounts(NONE);
      return;
    }
    let live = true;
    sendMessage('ui:read-before', { ids: key.split('\n'), url })
      .then((found) => live && setCounts(found))
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // A new index means the layer changed (an article learned or forgotten): ask again.
  }, [key, url, popup.index]);
  return (id) => counts[id] ?? 0;
}
