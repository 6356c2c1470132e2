// Extracts the article from a saved news page with Readability, keeping paragraph breaks.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../../utils/builder/types';

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'PRE',
  'TD',
  'DT',
  'DD',
]);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

// One paragraph per block element; text outside blocks joins the paragraph around it.
function paragraphs(root: NodeLike): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    current = '';
  };
  const visit = (node: NodeLike) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    if (node.nodeName === 'BR') current += ' ';
    const block = BLOCKS.has(node.nodeName);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block || node.nodeName === 'DIV' || node.nodeName === 'SECTION') flush();
  };
  visit(root);
  flush();
  return out;
}

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
  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed || !parsed.content) throw new Error('no article found in the page');
  const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const text = paragraphs(body.body as unknown as NodeLike).join('\n');
  if (!text.trim()) throw new Error('no article text found in the page');
  const article: ArticleInput = { id, title: (parsed.title ?? '').replace(/\s+/g, ' ').trim(), text };
  if (url) article.url = url;
  if (parsed.siteName) article.publisher = parsed.siteName;
  const when = parsed.publishedTime ?? published;
  if (when) article.published = when;
  return article;
}
