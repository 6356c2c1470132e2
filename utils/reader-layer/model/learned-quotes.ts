import type { Quote } from '../../dictionary/schema';
import { LAYER_LIMITS } from './layer-schema';
import { textKey } from './normalise';
import { layerQuoteRefs } from './quote-refs';

/**
 * An article's quotes as learned source `sourceId` keeps them, pointed at the layer's ids (`idOf`), and how many
 * are new. A quote already known (`knownText` gives its wording by its textKey) keeps its known wording; one about no
 * entity the layer keeps stays out.
 */
export function learnedQuotes(
  incoming: readonly Quote[],
  knownText: (key: string) => string | undefined,
  sourceId: string,
  idOf: (id: string) => string | undefined,
): { quotes: Quote[]; added: number } {
  // The article's own quotes, over the known ones: a quote it repeats is kept once.
  const heard = new Map<string, string>();
  const known = (key: string) => heard.get(key) ?? knownText(key);
  const quotes: Quote[] = [];
  let added = 0;
  for (const q of incoming) {
    if (quotes.length >= LAYER_LIMITS.quotesPerSource) break;
    const key = textKey(q.text);
    const { speaker, about } = layerQuoteRefs(q, idOf);
    if (!key || (speaker === null && about.length === 0)) continue;
    if (known(key) === undefined) added++;
    const text = known(key) ?? q.text;
    if (quotes.some((other) => other.text === text)) continue;
    heard.set(key, text);
    quotes.push({ id: `${sourceId}:q${quotes.length}`, text, speaker, about, source: sourceId });
  }
  return { quotes, added };
}
