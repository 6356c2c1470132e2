// How the reader's layer is laid out in its database: each learned article in a record of its own, and the rest of
// the layer (corrections, decisions, counters) with the order of the articles in one small record. A learn then
// writes its article and that small record instead of every article learned before (68 MB at 5,000).

/** The key prefix of the learned articles' records; the rest of the key is the article's source id. */
export const ARTICLE_PREFIX = 'article:';

/** The key of the record of the learned article with source id `id`. */
export const articleKey = (id: string): string => `${ARTICLE_PREFIX}${id}`;

/** The layer without its learned articles, and the ids of those in the layer's order. */
export interface LayerHead {
  rest: Record<string, unknown>;
  articles: string[];
}

/** A layer split into its head and its learned articles by source id. */
export interface SplitLayer {
  head: LayerHead;
  articles: Map<string, unknown>;
}

/** The source id of a learned article as stored, when it has one. */
function sourceIdOf(article: unknown): string | undefined {
  const id = (article as { source?: { id?: unknown } } | null)?.source?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * `layer` split into its head and its articles; undefined when it is not an object whose `sources` are articles with
 * distinct source ids (a damaged value is stored whole, as it came, so that the check that reads it back names it).
 */
export function splitLayer(layer: unknown): SplitLayer | undefined {
  if (typeof layer !== 'object' || layer === null || Array.isArray(layer)) return undefined;
  const { sources, ...rest } = layer as Record<string, unknown>;
  if (!Array.isArray(sources)) return undefined;
  const articles = new Map<string, unknown>();
  for (const article of sources) {
    const id = sourceIdOf(article);
    if (id === undefined || articles.has(id)) return undefined;
    articles.set(id, article);
  }
  return { head: { rest, articles: [...articles.keys()] }, articles };
}

/** Whether `raw` has the shape of a stored head. */
function isLayerHead(raw: unknown): raw is LayerHead {
  const head = raw as Partial<LayerHead> | null;
  return !!head && typeof head.rest === 'object' && head.rest !== null && Array.isArray(head.articles);
}

/**
 * The layer a stored head and its article records make, the articles in the head's order; a record that is missing
 * leaves null in its place, which the layer's check then reports. A head of another shape is returned as it is.
 */
export function joinLayer(head: unknown, records: readonly unknown[]): unknown {
  if (!isLayerHead(head)) return head;
  const byId = new Map<string, unknown>();
  for (const record of records) {
    const id = sourceIdOf(record);
    if (id !== undefined) byId.set(id, record);
  }
  return { ...head.rest, sources: head.articles.map((id) => byId.get(id) ?? null) };
}
