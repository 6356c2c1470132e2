import { LAYER_LIMITS, type LearnedSource, type ReaderLayer } from './layer-schema';

/** The bounds a layer is kept within: learned articles, and about how many bytes of JSON they take. */
export interface RoomLimits {
  sources: number;
  bytes: number;
}

const DEFAULT_LIMITS: RoomLimits = { sources: LAYER_LIMITS.learnedSources, bytes: LAYER_LIMITS.bytes };

/**
 * About how many bytes of JSON a learned article takes: its strings' lengths and a little for each object's keys.
 * Counting is far quicker than writing out thousands of articles' JSON for every one remembered.
 */
export function sourceBytes(learned: LearnedSource): number {
  const { source } = learned;
  let bytes = 120 + source.id.length + source.title.length + (source.url?.length ?? 0);
  bytes += (source.publisher?.length ?? 0) + (source.published?.length ?? 0);
  for (const c of learned.entities) {
    bytes += 90 + c.id.length + c.name.length + c.description.length;
    for (const alias of c.aliases) bytes += 3 + alias.length;
    for (const fact of c.facts) bytes += 3 + fact.length;
  }
  for (const q of learned.quotes) {
    bytes += 60 + q.id.length + q.text.length + q.source.length + (q.speaker?.length ?? 4);
    for (const about of q.about) bytes += 3 + about.length;
  }
  return bytes;
}

/**
 * The layer with room for one more article: while it holds as many articles as it keeps, or its articles take more
 * bytes than they may, the oldest learned article goes with its open decisions (as removeSource takes it out); the
 * reader's corrections stay.
 */
export function withRoom(layer: ReaderLayer, limits: RoomLimits = DEFAULT_LIMITS): ReaderLayer {
  let bytes = layer.sources.reduce((sum, s) => sum + sourceBytes(s), 0);
  let count = layer.sources.length;
  if (count < limits.sources && bytes <= limits.bytes) return layer;
  const gone = new Set<string>();
  for (const oldest of [...layer.sources].sort((a, b) => a.order - b.order)) {
    if (count < limits.sources && bytes <= limits.bytes) break;
    bytes -= sourceBytes(oldest);
    count--;
    gone.add(oldest.source.id);
  }
  // One pass for all that go, as withoutSource takes out each: a layer stored over the cap loses thousands at once.
  return {
    ...layer,
    sources: layer.sources.filter((s) => !gone.has(s.source.id)),
    pending: layer.pending.filter((p) => !gone.has(p.source)),
  };
}
