import rows, { stamp } from 'virtual:bundled-names';
import type { Dictionary } from '@/utils/dictionary/schema';
import { dictionaryFromRows } from '@/utils/dictionary/names-only';

/**
 * The bundled dictionary's names (no descriptions, facts or quotes: the card's script brings those), or null (with a
 * logged error) when the package is damaged.
 */
export function loadBundledNames(): Dictionary | null {
  const dictionary = dictionaryFromRows(rows);
  if (!dictionary) console.error('Backstory: the bundled dictionary is damaged; nothing is highlighted.');
  return dictionary;
}

/** The stamp of the bundled names, which tells page names joined with them from older ones. */
export const bundledNamesStamp = stamp;
