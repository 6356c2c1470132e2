/** schema.org types that mean "this page is an article" (NewsArticle and its relatives). */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
]);

const MAX_JSON_LD = 20;
const MAX_JSON_LD_CHARS = 200_000;

/** Whether a schema.org type value (a name, a URL, or a list of them) names an article type. */
function isArticleType(type: unknown): boolean {
  if (Array.isArray(type)) return type.some(isArticleType);
  if (typeof type !== 'string') return false;
  return ARTICLE_TYPES.has(type.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Looks through JSON-LD data (objects, arrays, @graph) for an article, to a small depth. */
function hasArticle(data: unknown, depth = 0): boolean {
  if (depth > 4 || data === null || typeof data !== 'object') return false;
  if (Array.isArray(data)) return data.some((d) => hasArticle(d, depth + 1));
  const obj = data as Record<string, unknown>;
  return isArticleType(obj['@type']) || hasArticle(obj['@graph'], depth + 1) || hasArticle(obj.mainEntity, depth + 1);
}

/**
 * Whether `doc` looks like a single article: schema.org Article/NewsArticle in JSON-LD or microdata, an
 * og:type of "article", or an <article> element. Reads only the document; malformed data counts as no signal.
 */
export function looksLikeArticle(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content');
  if (ogType?.trim().toLowerCase() === 'article') return true;
  for (const el of doc.querySelectorAll('[itemscope][itemtype]'))
    if ((el.getAttribute('itemtype') ?? '').split(/\s+/).some(isArticleType)) return true;
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json" i]')].slice(0, MAX_JSON_LD);
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      if (hasArticle(JSON.parse(text))) return true;
    } catch {
      // Broken JSON-LD is common on real sites; it is simply not evidence.
    }
  }
  return doc.querySelector('article') !== null;
}
