import { readerLayerSchema, type LearnedSource, type ReaderLayer } from './layer-schema';

/** A learned article the schema accepts, checked in the place of one already checked: it costs next to nothing. */
const CHECKED: LearnedSource = { source: { id: 'checked', title: 'checked' }, order: 0, entities: [], quotes: [] };

/**
 * `next` checked against the layer's schema as `readerLayerSchema.parse` checks it, with the same errors for bad data,
 * but without checking again the learned articles that are the very objects of `checked`, a layer that passed the
 * schema (the rest of the layer is small). A write that learns one article into thousands checks that one article:
 * checking all of them took about half a second at 5,000. Throws the schema's error when `next` is refused.
 */
export function checkChangedLayer(next: ReaderLayer, checked: ReaderLayer): ReaderLayer {
  const known = new Set<LearnedSource>(checked.sources);
  const isKnown = (s: unknown) => known.has(s as LearnedSource);
  // The checked articles keep their places, so a refusal names the index the full check would.
  const standIns = Array.isArray(next.sources) ? next.sources.map((s) => (isKnown(s) ? CHECKED : s)) : next.sources;
  const parsed = readerLayerSchema.parse({ ...next, sources: standIns });
  return { ...parsed, sources: parsed.sources.map((s, i) => (isKnown(next.sources[i]) ? next.sources[i]! : s)) };
}
