import { i18n } from '#i18n';
import bundled from '@/assets/dictionary.json';
import { indexDictionary, type DictionaryIndex } from '@/utils/dictionary/lookup';
import { emptyDictionary, validateDictionary } from '@/utils/dictionary/validate';

let cached: { index: DictionaryIndex; error?: string } | undefined;

/** The bundled dictionary, validated and indexed once; an empty one (with the reason) if it does not validate. */
export function popupDictionary(): { index: DictionaryIndex; error?: string } {
  if (cached) return cached;
  const checked = validateDictionary(bundled);
  cached = checked.ok
    ? { index: indexDictionary(checked.dictionary) }
    : {
        index: indexDictionary(emptyDictionary()),
        error: i18n.t('popup.bundledUnreadable', [checked.errors[0] ?? i18n.t('popup.unknownProblem')]),
      };
  return cached;
}
