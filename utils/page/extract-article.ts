import { translate } from '../i18n';
import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../messaging';

/**
 * Characters of article text handed to the builder: six times a long news article. Longer pages (reference pages,
 * archives) are cut at a paragraph end so learning stays well under a second.
 */
export const MAX_ARTICLE_TEXT = 60_000;

/** `text` cut to `max` characters at the last paragraph end before the limit. */
function cutAtParagraph(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = text.lastIndexOf('\n\n', max);
  return text.slice(0, end > 0 ? end : max);
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'TR',
  'TD',
  'TH',
  'DT',
  'DD',
  'BR',
  'HR',
  'TABLE',
  'UL',
  'OL',
]);

const BREAK = '\ue000';
const BREAKS = /\s*\ue000[\s\ue000]*/g;

/** The text of `root` with a blank line between blocks, so sentences from two paragraphs never run together. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCKS.has((node as Element).tagName.toUpperCase());
    if (block) parts.push(BREAK);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push(BREAK);
  };
  walk(root);
  return parts.join('').replace(BREAKS, '\n\n').replace(/ {2,}/g, ' ').trim();
}

const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() || undefined;

/**
 * Extracts the article of `doc` for learning: Readability runs on a clone (the page itself is never touched) and
 * gives the text, title, publisher (JSON-LD publisher or og:site_name) and date (JSON-LD datePublished or
 * article:published_time); the page's host stands in for a missing publisher.
 */
export function extractArticle(
  doc: Document,
  url: string,
  /** Given the element Readability built the story in (on the clone), for callers that need to know where it was. */
  onContent?: (content: Element) => void,
): ExtractedArticle | { error: string } {
  let parsed: ReturnType<Readability<string>['parse']>;
  try {
    const clone = doc.cloneNode(true) as Document;
    const serializer = (node: Node) => {
      if (onContent && node.nodeType === 1) onContent(node as Element);
      return blockText(node);
    };
    parsed = new Readability(clone, { serializer }).parse();
  } catch (error) {
    return { error: translate('learn.articleUnreadable', [(error as Error).message]) };
  }
  const text = parsed?.content?.trim() ?? '';
  if (!parsed || text.length < 200) return { error: translate('learn.notArticle') };
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // A page without a parseable URL simply has no host to fall back on.
  }
  const publisher = parsed.siteName?.trim() || meta(doc, 'og:site_name') || host || undefined;
  const published = parsed.publishedTime?.trim() || meta(doc, 'article:published_time') || undefined;
  return {
    url,
    title: parsed.title?.trim() || doc.title.trim() || url,
    text: cutAtParagraph(text, MAX_ARTICLE_TEXT),
    ...(text.length > MAX_ARTICLE_TEXT ? { capped: true } : {}),
    ...(parsed.byline?.trim() ? { byline: parsed.byline.trim() } : {}),
    ...(publisher ? { publisher } : {}),
    ...(published ? { published } : {}),
  };
}
