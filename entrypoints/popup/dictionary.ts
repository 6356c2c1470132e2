import { i18n } from '#i18n';
import { BundledDictionaryError, bundledDictionary } from '@/utils/dictionary/bundled';
import { indexDictionary, type DictionaryIndex } from '@/utils/dictionary/lookup';
import { emptyDictionary } from '@/utils/dictionary/validate';

let cached: { index: DictionaryIndex; error?: string } | undefined;

/** The bundled dictionary, indexed once; an empty one with the reason shown (and logged) if it is damaged. */
export function popupDictionary(): { index: DictionaryIndex; error?: string } {
  if (cached) return cached;
  try {
    cached = { index: indexDictionary(bundledDictionary()) };
  } catch (error) {
    if (!(error instanceof BundledDictionaryError)) throw error;
    console.error(error.message);
    cached = {
      index: indexDictionary(emptyDictionary()),
      error: i18n.t('dictionary.bundledUnreadable', [error.reason || i18n.t('popup.unknownProblem')]),
    };
  }
  return cached;
}
