import { ENTITY_TYPES, SCHEMA_VERSION } from './constants';
import type { Dictionary } from './schema';

/** Outcome of the quick shape check: the dictionary, or the first problem found. */
export type ShapeResult = { ok: true; dictionary: Dictionary } | { ok: false; error: string };

const TYPES: ReadonlySet<string> = new Set(ENTITY_TYPES);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const strings = (x: unknown) => Array.isArray(x) && x.every(isString);
const optionalString = (x: unknown) => x === undefined || isString(x);

function entityProblem(e: unknown): string | null {
  if (!isObject(e)) return 'is not an object';
  if (!isString(e.id) || !e.id) return 'has no id';
  if (!isString(e.name) || !e.name) return 'has no name';
  if (!isString(e.type) || !TYPES.has(e.type)) return 'has an unknown type';
  if (!strings(e.aliases)) return 'has aliases that are not a list of text';
  if (!isString(e.description)) return 'has no description';
  if (!Array.isArray(e.facts) || !e.facts.every((f) => isObject(f) && isString(f.text) && isString(f.source)))
    return 'has malformed facts';
  return null;
}

function quoteProblem(q: unknown): string | null {
  if (!isObject(q) || !isString(q.id) || !isString(q.text) || !isString(q.source)) return 'is malformed';
  if (q.speaker !== null && !isString(q.speaker)) return 'has a malformed speaker';
  return strings(q.about) ? null : 'has a malformed "about" list';
}

/**
 * Checks that `data` has the shape the page-side code reads (every field it touches has the right kind), without
 * the schema library and in one quick pass. For the dictionary that ships inside the extension: it is checked in
 * full against the schema when it is built, and this only guards the page against a damaged package.
 */
export function checkDictionaryShape(data: unknown): ShapeResult {
  if (!isObject(data)) return { ok: false, error: 'the dictionary is not an object' };
  if (data.schemaVersion !== SCHEMA_VERSION)
    return { ok: false, error: `schemaVersion is ${String(data.schemaVersion)}, expected ${SCHEMA_VERSION}` };
  const { sources, entities, quotes } = data;
  if (!Array.isArray(sources) || !Array.isArray(entities) || !Array.isArray(quotes))
    return { ok: false, error: 'sources, entities and quotes must be lists' };
  for (const [i, s] of sources.entries())
    if (!isObject(s) || !isString(s.id) || !isString(s.title) || !optionalString(s.url))
      return { ok: false, error: `sources.${i} is malformed` };
  for (const [i, e] of entities.entries()) {
    const problem = entityProblem(e);
    if (problem) return { ok: false, error: `entities.${i} ${problem}` };
  }
  for (const [i, q] of quotes.entries()) {
    const problem = quoteProblem(q);
    if (problem) return { ok: false, error: `quotes.${i} ${problem}` };
  }
  return { ok: true, dictionary: data as unknown as Dictionary };
}
