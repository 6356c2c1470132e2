import { i18n } from '#i18n';
import type { LearnedSource, PendingDecision, ReaderLayer } from './layer-schema';
import { withoutSource } from './merge';

/** What removing a source took out, enough to put it back exactly. */
export interface RemovedSource {
  learned: LearnedSource;
  pending: PendingDecision[];
}

/**
 * Removes a learned source: its facts, quotes and pending questions go; an entity only it named goes; an entity
 * other sources name keeps what they say. Returns the removed data for an undo.
 */
export function removeSource(layer: ReaderLayer, sourceId: string): { layer: ReaderLayer; removed: RemovedSource } {
  const learned = layer.sources.find((s) => s.source.id === sourceId);
  if (!learned) throw new Error(i18n.t('dictionary.sourceGone'));
  const pending = layer.pending.filter((p) => p.source === sourceId);
  return { layer: withoutSource(layer, sourceId), removed: { learned, pending } };
}

/** Puts a removed source back where it was in learned order; a source learned again since then wins. */
export function restoreSource(layer: ReaderLayer, removed: RemovedSource): ReaderLayer {
  if (layer.sources.some((s) => s.source.id === removed.learned.source.id)) return layer;
  const sources = [...layer.sources, removed.learned].sort((a, b) => a.order - b.order);
  return { ...layer, sources, pending: [...layer.pending, ...removed.pending] };
}
