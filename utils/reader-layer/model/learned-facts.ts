import { LAYER_LIMITS } from './layer-schema';
import { clip } from './ids';
import { textKey } from './normalise';

/**
 * The facts an article gives one entity, as the layer keeps them, and how many of them are new. A fact the entity
 * already has is stored again in its existing wording: the page shows it once, and it survives if the source that
 * first gave it is removed.
 */
export function learnedFacts(
  incoming: readonly { text: string }[],
  existing: readonly { text: string }[],
): { facts: string[]; added: number } {
  const known = new Map(existing.map((f) => [textKey(f.text), f.text]));
  const facts: string[] = [];
  let added = 0;
  for (const fact of incoming) {
    if (facts.length >= LAYER_LIMITS.factsPerEntityPerSource) break;
    const key = textKey(fact.text);
    if (!key || facts.includes(known.get(key) ?? '')) continue;
    if (!known.has(key)) added++;
    const text = known.get(key) ?? clip(fact.text, LAYER_LIMITS.factLength);
    known.set(key, text);
    facts.push(text);
  }
  return { facts, added };
}
