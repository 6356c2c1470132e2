import type { Dictionary } from '../dictionary/schema';
import { effectiveDictionary } from './effective';
import { loadLayer, watchLayer } from './storage';

/**
 * Hands `listener` the effective dictionary (bundled + the reader's layer, corrections applied) now and after every
 * change to the layer, until `signal` aborts. The first call comes once the stored layer is read; a layer that
 * cannot be read counts as empty, so pages are still annotated with the bundled dictionary.
 */
export function watchEffectiveDictionary(
  bundled: Dictionary,
  listener: (dictionary: Dictionary) => void,
  signal: AbortSignal,
): void {
  let version = 0;
  const stop = watchLayer(({ layer }) => {
    version++;
    listener(effectiveDictionary(bundled, layer));
  });
  signal.addEventListener('abort', stop, { once: true });
  const first = version;
  void loadLayer()
    .then(({ layer }) => {
      // A change that arrived while loading already delivered a newer dictionary.
      if (!signal.aborted && version === first) listener(effectiveDictionary(bundled, layer));
    })
    .catch(() => {
      if (!signal.aborted && version === first) listener(bundled);
    });
}
