import type { PageHtml } from '@/utils/messaging';
import { serializePage } from '@/utils/page/page-html';

/**
 * This page's HTML, for the popup's "extract the article" request. The article itself is extracted in the popup, so
 * the article reader never has to load into any page.
 */
export function pageHtml(): PageHtml | { error: string } {
  return serializePage(document, location.href);
}
