import { ENTITY_TYPES, SCHEMA_VERSION } from './constants';
import type { Dictionary } from './schema';
import { fnv1a } from '../text/fnv1a';
import { slugify } from '../text/slug';

/**
 * One entity as a page first needs it: id, name, type (its place in ENTITY_TYPES) and aliases, in a row. The id is left
 * empty when it is the slug of the name, as most are: the bundled names are part of every page's first script.
 */
export type NameRow = [id: string, name: string, type: number, aliases: string[]];

/**
 * What a page needs of `dictionary` before anyone hovers a name: each entity's id, name, type and aliases, with no
 * description, facts, quotes or sources. The bundled dictionary goes into every page's first script in this form;
 * the card's script, loaded on first use, brings the rest.
 */
export function nameRows(dictionary: Dictionary): NameRow[] {
  return dictionary.entities.map(({ id, name, type, aliases }) => [
    id === slugify(name) ? '' : id,
    name,
    ENTITY_TYPES.indexOf(type),
    aliases,
  ]);
}

/** A fingerprint of names rows, worked out alike at build time (for pages) and in the extension's own pages. */
export function bundledStamp(rows: NameRow[]): string {
  return fnv1a(JSON.stringify(rows)).toString(36);
}

const isText = (x: unknown): x is string => typeof x === 'string' && x.length > 0;

/**
 * The dictionary `rows` name (entities with empty descriptions and facts, no quotes or sources), or null when they do
 * not have that shape: a quick check against a damaged package, as the rows come from a dictionary checked in full.
 */
export function dictionaryFromRows(rows: unknown): Dictionary | null {
  if (!Array.isArray(rows)) return null;
  const entities: Dictionary['entities'] = [];
  for (const row of rows as unknown[]) {
    if (!Array.isArray(row)) return null;
    const [given, name, t, aliases] = row as unknown[];
    const type = ENTITY_TYPES[t as number];
    if (typeof given !== 'string' || !isText(name) || !type || !Array.isArray(aliases) || !aliases.every(isText))
      return null;
    const id = given || slugify(name);
    entities.push({ id, name, type, aliases: aliases as string[], description: '', facts: [] });
  }
  return { schemaVersion: SCHEMA_VERSION, sources: [], quotes: [], entities };
}
