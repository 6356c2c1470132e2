import type { ReaderLayer } from './layer-schema';
import { withoutSource } from './merge';

/**
 * The layer without every article learned at or after `since` (ms since the epoch), as removeSource takes each out:
 * what only they said goes, an entity another article names keeps what that one says, and the reader's corrections
 * stay. Articles with no learning time (kept before times were kept, or imported from a file without them) count as
 * old and stay. Returns how many articles went.
 */
export function withoutLearnedSince(layer: ReaderLayer, since: number): { layer: ReaderLayer; count: number } {
  const gone = layer.sources.filter((s) => s.learnedAt !== undefined && s.learnedAt >= since);
  return { layer: gone.reduce((l, s) => withoutSource(l, s.source.id), layer), count: gone.length };
}

/** The layer without any learned article (and so without their open decisions); the reader's corrections stay. */
export function withoutLearned(layer: ReaderLayer): { layer: ReaderLayer; count: number } {
  return { layer: { ...layer, sources: [], pending: [] }, count: layer.sources.length };
}
