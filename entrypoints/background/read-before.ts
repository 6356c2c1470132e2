import { onMessage } from '@/utils/messaging';
import type { CardService } from '@/utils/reader-layer/cards/card-service';
import { learnedSourceId } from '@/utils/reader-layer/model/source-id';

/** Tells the popup how many articles the reader read before name each of the page's names, to list those first. */
export function serveReadBefore(service: CardService): void {
  onMessage('ui:read-before', async ({ data }) => {
    const ids = Array.isArray(data?.ids) ? data.ids.filter((id): id is string => typeof id === 'string') : [];
    // The open page, remembered as it was read, is no article read before it.
    const url = typeof data?.url === 'string' ? data.url : '';
    return service.readBefore(ids, new Set(url ? [learnedSourceId(url, '')] : []));
  });
}
