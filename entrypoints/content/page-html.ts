import { onMessage } from '@/utils/messaging';
import { serializePage } from '@/utils/reader-layer/page-html';

/**
 * Answers the popup's "extract the article" request with this page's HTML, until `signal` aborts. The article itself is
 * extracted in the popup, so the article reader never has to load into every page.
 */
export function initPageHtml(signal: AbortSignal): void {
  const remove = onMessage('popup:extract-article', () => serializePage(document, location.href));
  signal.addEventListener('abort', remove, { once: true });
}
