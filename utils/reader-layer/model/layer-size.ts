import type { ReaderLayer } from './layer-schema';

/**
 * About how many bytes the layer takes in storage: the length of its JSON, which is near what the database keeps
 * (the derived names and outline add a little, the effective dictionary cache about as much again).
 */
export function layerBytes(layer: ReaderLayer): number {
  return JSON.stringify(layer).length;
}
