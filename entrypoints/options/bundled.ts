import { BundledDictionaryError, bundledDictionary } from '@/utils/dictionary/bundled';
import type { Dictionary } from '@/utils/dictionary/schema';
import { emptyDictionary } from '@/utils/dictionary/validate';

/** The bundled dictionary; when it is damaged, an empty one and the reason, which the section shows and the console logs. */
function loadBundled(): { bundled: Dictionary; damaged?: string } {
  try {
    return { bundled: bundledDictionary() };
  } catch (error) {
    if (!(error instanceof BundledDictionaryError)) throw error;
    console.error(error.message);
    return { bundled: emptyDictionary(), damaged: error.reason };
  }
}

export const { bundled, damaged } = loadBundled();

/** Every bundled entity's name by id: the names shown before the reader's layer is read. */
export const bundledNames = new Map(bundled.entities.map((e) => [e.id, e.name]));
