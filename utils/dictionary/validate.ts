import { dictionarySchema, type Dictionary } from './schema';

/** Outcome of checking untrusted data against the dictionary schema. */
export type ValidationResult = { ok: true; dictionary: Dictionary } | { ok: false; errors: string[] };

const MAX_REPORTED = 10;

/** Checks `data` against the dictionary schema and returns either the typed dictionary or readable errors. */
export function validateDictionary(data: unknown): ValidationResult {
  const parsed = dictionarySchema.safeParse(data);
  if (parsed.success) return { ok: true, dictionary: parsed.data };
  const errors = parsed.error.issues.slice(0, MAX_REPORTED).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    return `${where}: ${issue.message}`;
  });
  const more = parsed.error.issues.length - MAX_REPORTED;
  if (more > 0) errors.push(`…and ${more} more problem${more === 1 ? '' : 's'}`);
  return { ok: false, errors };
}

/** Parses JSON text into a validated dictionary; throws an Error whose message names every problem found. */
export function parseDictionaryJson(text: string, label = 'dictionary'): Dictionary {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${label} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = validateDictionary(data);
  if (!result.ok) throw new Error(`${label} does not match the dictionary schema:\n  ${result.errors.join('\n  ')}`);
  return result.dictionary;
}

/** An empty dictionary: what the extension falls back to when nothing valid can be loaded. */
export function emptyDictionary(): Dictionary {
  return { schemaVersion: 1, sources: [], entities: [], quotes: [] };
}
