import { useEffect, useState } from 'preact/hooks';
import { indexDictionary, type DictionaryIndex } from '@/utils/dictionary/lookup';
import { watchEffectiveDictionary } from '@/utils/reader-layer/watch-effective';
import { popupDictionary } from './dictionary';

/**
 * The popup's dictionary index: the bundled one at first, then the bundled dictionary joined with the reader's
 * learned layer and corrections, kept current as the layer changes (e.g. right after "Learn from this article").
 */
export function useEffectiveIndex(): { index: DictionaryIndex; error?: string } {
  const [state, setState] = useState(popupDictionary);
  useEffect(() => {
    const bundled = popupDictionary();
    if (bundled.error) return;
    const controller = new AbortController();
    watchEffectiveDictionary(
      bundled.index.dictionary,
      (dictionary) => setState({ index: indexDictionary(dictionary) }),
      controller.signal,
    );
    return () => controller.abort();
  }, []);
  return state;
}
