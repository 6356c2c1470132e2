import type { Dictionary } from '@/utils/dictionary/schema';
import { onMessage } from '@/utils/messaging';
import { createPageNamesService } from '@/utils/reader-layer/cards/page-names-service';
import { layerNamesItem } from '@/utils/reader-layer/store/storage-items';
import { followLayer } from './follow-layer';

// Pages ask as soon as the mark changes, and open tabs all at once: the index is rebuilt once the writes settle.
const WARM_AFTER_MS = 300;

/**
 * Hands each page the reader's names its text can hold, and the popup its search over every name (see
 * page-names-service), indexed once per layer change.
 */
export function servePageNames(bundled: Dictionary): void {
  const service = createPageNamesService(bundled, () => layerNamesItem.getValue());
  followLayer(service, WARM_AFTER_MS);
  onMessage('content:names-in-page', ({ data }) => {
    const words = Array.isArray(data?.words) ? data.words.filter((w): w is string => typeof w === 'string') : [];
    return service.namesIn(words);
  });
  onMessage('ui:search-names', ({ data }) =>
    service.search(typeof data?.query === 'string' ? data.query : '', Math.min(Number(data?.limit) || 12, 50)),
  );
}
