import type { Dictionary } from '../dictionary/schema';
import { effectiveDictionary } from './effective';
import type { ReaderLayer } from './layer-schema';
import { layerItem } from './storage';

/**
 * The stored layer as pages use it. Every write has passed the full schema check (see updateLayer), so pages only
 * check its outline here, which saves the full check's cost on every page load at a thousand learned articles;
 * anything odd inside falls back to the bundled dictionary.
 */
function pageDictionary(bundled: Dictionary, raw: unknown): Dictionary {
  const layer = raw as Partial<ReaderLayer> | null;
  if (!layer || layer.version !== 1 || !Array.isArray(layer.sources) || !Array.isArray(layer.corrections))
    return bundled;
  try {
    return effectiveDictionary(bundled, layer as ReaderLayer);
  } catch (error) {
    console.warn('Backstory: your learned dictionary could not be used on this page:', error);
    return bundled;
  }
}

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
  const stop = layerItem.watch((value) => {
    version++;
    listener(pageDictionary(bundled, value));
  });
  signal.addEventListener('abort', stop, { once: true });
  const first = version;
  void layerItem
    .getValue()
    .then((value) => {
      // A change that arrived while loading already delivered a newer dictionary.
      if (!signal.aborted && version === first) listener(pageDictionary(bundled, value));
    })
    .catch(() => {
      if (!signal.aborted && version === first) listener(bundled);
    });
}
