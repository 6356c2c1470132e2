import bundled from '../../assets/dictionary.json';
import type { Dictionary } from './schema';
import { checkDictionaryShape } from './shape';

/**
 * The dictionary shipped with the extension; null (with a logged error) when it is damaged. It was validated in full
 * against the schema when it was built, so the page only pays for a quick shape check, not for the schema library.
 */
export function loadBundledDictionary(): Dictionary | null {
  const result = checkDictionaryShape(bundled as unknown);
  if (result.ok) return result.dictionary;
  console.error(`Backstory: the bundled dictionary is damaged (${result.error}), so nothing will be highlighted.`);
  return null;
}
