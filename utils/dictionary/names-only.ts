import { ENTITY_TYPES, SCHEMA_VERSION } from './constants';
import type { Dictionary, EntityType } from './schema';
import { fnv1a } from '../text/fnv1a';

/** One entity as a page first needs it: id, name, type and aliases, in a row. */
export type NameRow = [id: string, name: string, type: EntityType, aliases: string[]];

/**
 * What a page needs of `dictionary` before anyone hovers a name: each entity's id, name, type and aliases, with no
 * description, facts, quotes or sources. The bundled dictionary goes into every page's first script in this form;
 * the card's script, loaded on first use, brings the rest.
 */
export function nameRows(dictionary: Dictionary): NameRow[] {
  return dictionary.entities.map(({ id, name, type, aliases }) => [id, name, type, aliases]);
}

/** A fingerprint of names rows, worked out alike at build time (for pages) and in the extension's own pages. */
export function bundledStamp(rows: NameRow[]): string {
  return fnv1a(JSON.stringify(rows)).toString(36);
}

const TYPES: ReadonlySet<unknown> = new Set(ENTITY_TYPES);
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
    const [id, name, type, aliases] = row as unknown[];
    if (!isText(id) || !isText(name) || !TYPES.has(type) || !Array.isArray(aliases) || !aliases.every(isText))
      return null;
    entities.push({ id, name, type: type as EntityType, aliases: aliases as string[], description: '', facts: [] });
  }
  return { schemaVersion: SCHEMA_VERSION, sources: [], quotes: [], entities };
}
