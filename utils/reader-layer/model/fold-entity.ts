import type { Entity } from '../../dictionary/schema';
import { addAliases } from './aliases';
import { textKey } from './normalise';

/**
 * `into` (a fresh copy) with `from` folded in: `into`'s name, type and description lead; `from`'s names become
 * aliases, its description fills an empty one, and its facts and mentions are added without repeats.
 */
export function foldEntity(into: Entity, from: Entity): Entity {
  const folded: Entity = { ...into, aliases: [...into.aliases], facts: [...into.facts] };
  addAliases(folded, [from.name, ...from.aliases]);
  if (!folded.description) folded.description = from.description;
  const seen = new Set(folded.facts.map((f) => textKey(f.text)));
  for (const fact of from.facts) {
    const key = textKey(fact.text);
    if (seen.has(key)) continue;
    seen.add(key);
    folded.facts.push(fact);
  }
  if (into.mentionedIn || from.mentionedIn)
    folded.mentionedIn = [...new Set([...(into.mentionedIn ?? []), ...(from.mentionedIn ?? [])])];
  return folded;
}
