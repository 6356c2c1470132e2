import bundled from '@/assets/dictionary.json';
import type { Dictionary } from '@/utils/dictionary/schema';
import { validateDictionary } from '@/utils/dictionary/validate';

/** The dictionary shipped with the extension, checked against the schema; null (with a logged error) when it is broken. */
export function loadBundledDictionary(): Dictionary | null {
  const result = validateDictionary(bundled as unknown);
  if (result.ok) return result.dictionary;
  console.error(
    `Backstory: the bundled dictionary is invalid, so nothing will be highlighted.\n  ${result.errors.join('\n  ')}`,
  );
  return null;
}
