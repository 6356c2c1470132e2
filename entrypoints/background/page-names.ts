import type { Dictionary } from '@/utils/dictionary/schema';
import { onMessage } from '@/utils/messaging';
import { createPageNamesService } from '@/utils/reader-layer/cards/page-names-service';
import { layerNamesItem, layerOutlineItem } from '@/utils/reader-layer/store/storage-items';

// Pages ask as soon as the mark changes, and open tabs all at once: the index is rebuilt once the writes settle.
const WARM_AFTER_MS = 300;

/**
 * Hands each page the reader's names its text can hold, and the popup its search over every name (see
 * page-names-service), indexed once per layer change.
 */
export function servePageNames(bundled: Dictionary): void {
  const service = createPageNamesService(bundled, () => layerNamesItem.getValue());
  let warming: ReturnType<typeof setTimeout> | undefined;
  // The outline changes with every layer write, after the names it outlines were written.
  layerOutlineItem.watch(() => {
    service.invalidate();
    clearTimeout(warming);
    warming = setTimeout(() => service.warm(), WARM_AFTER_MS);
  });
  onMessage('content:names-in-page', ({ data }) => {
    const words = Array.isArray(data?.words) ? data.words.filter((w): w is string => typeof w === 'string') : [];
    return service.namesIn(words);
  });
  onMessage('ui:search-names', ({ data }) =>
    service.search(typeof data?.query === 'string' ? data.query : '', Math.min(Number(data?.limit) || 12, 50)),
  );
}
