import type { ReaderLayer } from './layer-schema';
import { sourceBytes } from './make-room';

/**
 * About how many bytes the layer's learned articles take in storage, counted as remembering counts them against its
 * bound (see make-room): near the length of their JSON, without writing megabytes of it on the options page.
 */
export function layerBytes(layer: ReaderLayer): number {
  return layer.sources.reduce((sum, s) => sum + sourceBytes(s), 0);
}
