import { i18n } from '#i18n';
import type { ExtractedArticle, PageHtml } from '../messaging';
import { extractArticle } from './extract-article';

/** Parses HTML into an inert document: DOMParser documents run no scripts and load no images, styles or frames. */
function parseInert(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The article of a page the content script serialized, extracted from an inert copy parsed here. */
export function articleFromPage(
  page: PageHtml,
  parse: (html: string) => Document = parseInert,
): ExtractedArticle | { error: string } {
  let doc: Document;
  try {
    doc = parse(page.html);
  } catch (error) {
    return { error: i18n.t('learn.pageUnreadable', [(error as Error).message]) };
  }
  return extractArticle(doc, page.url);
}
