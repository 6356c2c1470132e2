import { i18n } from '#i18n';
import type { PageHtml } from '../messaging';

/**
 * Characters of page HTML the popup accepts for learning: several times a heavy news page. Past it the page is refused
 * rather than cut, since a cut document would lose the article's end or its metadata.
 */
export const MAX_PAGE_HTML = 5_000_000;

/** `doc` serialized for the popup (read only: the page is never changed), or an error when it is too large. */
export function serializePage(doc: Document, url: string, max = MAX_PAGE_HTML): PageHtml | { error: string } {
  const html = doc.documentElement?.outerHTML ?? '';
  if (html.length > max) {
    const mb = (n: number) => (n / 1_000_000).toFixed(1);
    return { error: i18n.t('learn.tooLarge', [mb(html.length), mb(max)]) };
  }
  return { url, html };
}
