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

/** The host a learned article came from, without "www.", or '' when it has no readable address. */
function siteOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname.toLowerCase().replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

/**
 * The layer without every learned article from `hostname` ("www." aside), as removeSource takes each out; the
 * reader's corrections stay. Returns how many articles went.
 */
export function withoutSite(layer: ReaderLayer, hostname: string): { layer: ReaderLayer; count: number } {
  const site = siteOf(`https://${hostname}/`);
  const gone = layer.sources.filter((s) => site && siteOf(s.source.url) === site);
  return { layer: gone.reduce((l, s) => withoutSource(l, s.source.id), layer), count: gone.length };
}
