import type { Dictionary } from '../../dictionary/schema';
import { layerDictionary } from './derive';
import type { ReaderLayer } from './layer-schema';

/**
 * The reader's layer in the published dictionary format: learned sources in learned order, their entities (with
 * `mentionedIn`, so a later import knows which article named what) and quotes, and the corrections.
 * Open merge questions are not exported: importing asks them again.
 */
export function exportLayer(layer: ReaderLayer): Dictionary {
  return { ...layerDictionary(layer), corrections: layer.corrections };
}

/** The export as JSON text, ready to save as a file. */
export function exportLayerJson(layer: ReaderLayer): string {
  return JSON.stringify(exportLayer(layer), null, 1);
}
