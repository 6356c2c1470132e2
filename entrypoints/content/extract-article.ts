import { onMessage } from '@/utils/messaging';
import { extractArticle } from '@/utils/reader-layer/extract-article';

/** Answers the popup's "extract the article" request with this page's article, until `signal` aborts. */
export function initExtractArticle(signal: AbortSignal): void {
  const remove = onMessage('popup:extract-article', () => extractArticle(document, location.href));
  signal.addEventListener('abort', remove, { once: true });
}
