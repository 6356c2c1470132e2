import bundled from '../../assets/dictionary.json';
import type { Dictionary } from './schema';
import { checkDictionaryShape } from './shape';

// The one module that imports the dictionary shipped with the extension: the page's card script, the background, the
// popup, the options page and the layer's store (which joins the page names with it) all load it from here.

/** The shipped dictionary failed its check, so the package is damaged; `reason` names the first problem found. */
export class BundledDictionaryError extends Error {
  constructor(readonly reason: string) {
    super(`Backstory: the bundled dictionary is damaged (${reason})`);
    this.name = 'BundledDictionaryError';
  }
}

/**
 * The dictionary shipped with the extension. It was validated in full against the schema when it was built, so
 * loading it costs a quick shape check, not the schema library. Throws a BundledDictionaryError when it is damaged:
 * no context goes on with an empty dictionary as if nothing were wrong.
 */
export function bundledDictionary(): Dictionary {
  const result = checkDictionaryShape(bundled as unknown);
  if (!result.ok) throw new BundledDictionaryError(result.error);
  return result.dictionary;
}

/** The bundled dictionary, or null with the error logged, for contexts that go on without it (nothing is marked). */
export function loadBundledDictionary(): Dictionary | null {
  try {
    return bundledDictionary();
  } catch (error) {
    if (!(error instanceof BundledDictionaryError)) throw error;
    console.error(`${error.message}, so nothing will be highlighted.`);
    return null;
  }
}
