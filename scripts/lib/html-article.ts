// Extracts the article from a saved news page with Readability, keeping paragraph breaks.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../../utils/builder/types';
import { blockText } from '../../utils/page/extract-article';

function meta(
  document: { querySelector(s: string): { getAttribute(n: string): string | null } | null },
  selectors: string[],
): string | undefined {
  for (const s of selectors) {
    const value = document
      .querySelector(s)
      ?.getAttribute(s.startsWith('link') ? 'href' : 'content')
      ?.trim();
    if (value) return value;
  }
  return undefined;
}

/** Parses a saved HTML page into an article; throws if no article can be found in it. */
export function htmlArticle(html: string, id: string): ArticleInput {
  const { document } = parseHTML(html);
  const url = meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const published = meta(document, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
  ]);
  // The same Readability call and block-to-paragraph text as "Learn from this article" in the extension.
  const parsed = new Readability(document as unknown as Document, { serializer: (node) => blockText(node) }).parse();
  const text = parsed?.content?.trim() ?? '';
  if (!parsed) throw new Error('no article found in the page');
  if (!text.trim()) throw new Error('no article text found in the page');
  const article: ArticleInput = { id, title: (parsed.title ?? '').replace(/\s+/g, ' ').trim(), text };
  if (url) article.url = url;
  if (parsed.siteName) article.publisher = parsed.siteName;
  const when = parsed.publishedTime ?? published;
  if (when) article.published = when;
  return article;
}
