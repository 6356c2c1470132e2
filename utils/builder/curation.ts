import { z } from 'zod';
import { entityTypeSchema, type Dictionary, type Entity } from '../dictionary/schema';
import { nameKey } from './normalize';

/** Hand-kept corrections applied after extraction: extra names, type fixes, names to drop. */
export const curationSchema = z.object({
  /** Entity name -> other forms it goes by that articles may not spell out (transliterations, acronyms). */
  aliases: z.record(z.string(), z.array(z.string().min(1))).default({}),
  /** Entity name -> the right type. */
  types: z.record(z.string(), entityTypeSchema).default({}),
  /** Names that are never entities. */
  exclude: z.array(z.string()).default([]),
});

export type Curation = z.infer<typeof curationSchema>;

/** Parses curation data, throwing a readable error when it is malformed. */
export function parseCuration(data: unknown): Curation {
  const parsed = curationSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `curation file is malformed: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** Applies curation to a built dictionary; an alias naming another entity merges that entity in. */
export function applyCuration(dict: Dictionary, curation: Curation): Dictionary {
  let entities: Entity[] = dict.entities.map((e) => ({ ...e, aliases: [...e.aliases], facts: [...e.facts] }));
  const excluded = new Set(curation.exclude.map(nameKey));
  const removed = new Map<string, string | null>();
  entities = entities.filter((e) => {
    if (!excluded.has(nameKey(e.name))) return true;
    removed.set(e.id, null);
    return false;
  });
  const find = (name: string) =>
    entities.find((e) => nameKey(e.name) === nameKey(name) || e.aliases.some((a) => nameKey(a) === nameKey(name)));
  for (const [name, type] of Object.entries(curation.types)) {
    const e = find(name);
    if (e) e.type = type;
  }
  for (const [name, aliases] of Object.entries(curation.aliases)) {
    const e = find(name);
    if (!e) continue;
    for (const alias of aliases) {
      const other = entities.find((o) => o !== e && nameKey(o.name) === nameKey(alias));
      if (other) {
        e.facts.push(...other.facts);
        for (const a of [other.name, ...other.aliases])
          if (!e.aliases.includes(a) && nameKey(a) !== nameKey(e.name)) e.aliases.push(a);
        removed.set(other.id, e.id);
        entities = entities.filter((o) => o !== other);
      } else if (nameKey(alias) !== nameKey(e.name) && !e.aliases.some((a) => nameKey(a) === nameKey(alias)))
        e.aliases.push(alias);
    }
    e.aliases.sort();
  }
  const remap = (id: string) => (removed.has(id) ? removed.get(id)! : id);
  const quotes = dict.quotes.map((q) => ({
    ...q,
    speaker: q.speaker === null ? null : remap(q.speaker),
    about: [...new Set(q.about.map(remap).filter((a): a is string => a !== null))].sort(),
  }));
  return { ...dict, entities, quotes };
}
