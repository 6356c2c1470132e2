import type { Correction, Source } from '../../dictionary/schema';
import type { PendingDecision, ReaderLayer } from './layer-schema';

/** One learned source as the outline lists it: no entities, facts or quotes. */
export interface OutlineSource {
  source: Source;
  order: number;
}

/**
 * The small outline of the layer that extension pages show first (the options page's lists) and that tells readers
 * of derived data which layer write they belong to: `stamp` is new with every write.
 */
export interface LayerOutline {
  version: 1;
  stamp: string;
  /**
   * The stamp of the write that last stored the learned articles, when a later write stored corrections alone (see
   * updateCorrections): what was derived from the articles of that write still holds. Absent: `stamp` itself.
   */
  layerStamp?: string;
  sources: OutlineSource[];
  pending: PendingDecision[];
  corrections: Correction[];
}

/** A stamp no earlier write has used: the time of the write and a random part for writes in the same millisecond. */
export function newStamp(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The outline of `layer` under `stamp`. */
export function layerOutline(layer: ReaderLayer, stamp: string): LayerOutline {
  return {
    version: 1,
    stamp,
    sources: layer.sources.map((s) => ({ source: s.source, order: s.order })),
    pending: layer.pending,
    corrections: layer.corrections,
  };
}

/** The stamp of the write that last stored the learned articles of the layer `outline` describes. */
export function articlesStamp(outline: LayerOutline): string {
  return outline.layerStamp ?? outline.stamp;
}

/** `outline` after a write of `corrections` alone under `stamp`: the learned articles are those of its write. */
export function withOutlineCorrections(outline: LayerOutline, corrections: Correction[], stamp: string): LayerOutline {
  return { ...outline, stamp, layerStamp: articlesStamp(outline), corrections };
}

/** Whether `raw` has the shape of an outline item (every write passed the layer's full check). */
export function isLayerOutline(raw: unknown): raw is LayerOutline {
  const outline = raw as Partial<LayerOutline> | null;
  return (
    !!outline &&
    outline.version === 1 &&
    typeof outline.stamp === 'string' &&
    Array.isArray(outline.sources) &&
    Array.isArray(outline.pending) &&
    Array.isArray(outline.corrections)
  );
}
