import type { Dictionary } from '../../dictionary/schema';
import type { ReaderLayer } from '../model/layer-schema';
import { MergeBase } from '../model/merge-base';
import { readLayerStamp } from './layer-db';
import { readLayerForWrite, updateLayer } from './storage';

/**
 * The merge base of the layer as this context last wrote it, in memory only (never stored; it is rebuilt whenever the
 * context starts). It is keyed on the stamp of that write rather than on anything in the layer: a layer read back
 * from storage is a new object, and nextOrder or the counts stay the same through a correction, a decision or an
 * undo. Every write of the layer or its corrections, from any context, stores a new stamp, so after any write but
 * ours the stamps differ and the next merge folds every article again.
 */
let kept: { stamp: string; base: MergeBase } | undefined;

/** What a change made with the kept merge base stores, and the base of what it stores when it has one. */
export interface BasedChange {
  layer: ReaderLayer;
  base?: MergeBase;
}

/**
 * Applies `change` to the stored layer as updateLayer does (its items written just after the answer), handing it the merge base kept from this context's last
 * merge when the stored layer is still the one that merge wrote (else undefined), and keeps the base `change` returns
 * for the next merge once the write has succeeded.
 */
export function updateLayerWithBase(
  change: (layer: ReaderLayer, base: MergeBase | undefined) => BasedChange,
): Promise<ReaderLayer> {
  let written: MergeBase | undefined;
  return updateLayer(
    (layer, stamp) => {
      const base = kept && kept.stamp === stamp && kept.base.rebind(layer) ? kept.base : undefined;
      // A change advances the base in place: until its write succeeds, it stands for no stored layer.
      kept = undefined;
      const result = change(layer, base);
      written = result.base?.describes(result.layer) ? result.base : undefined;
      return result.layer;
    },
    (stamp) => {
      if (written) kept = { stamp, base: written };
    },
    'soon',
  );
}

/** The run preparing a merge base (see prepareMergeBase), while it runs. */
let preparing: Promise<void> | undefined;

/**
 * Builds the merge base of the stored layer over `bundled` ahead of a merge that is likely to come (the popup offers
 * "Learn from this article", a story read along is to be remembered), so that merge need not fold every learned
 * article first: at 5,000 that is most of a learn in a background just woken. Nothing when the base kept is the stored
 * layer's already; `bundled` must be the very dictionary the merge will use. Never rejects.
 */
export function prepareMergeBase(bundled: Dictionary): Promise<void> {
  preparing ??= (async () => {
    if (kept && kept.stamp === (await readLayerStamp()).stamp) return;
    const read = await readLayerForWrite();
    // A merge that ran meanwhile keeps its own base, of the layer it wrote.
    if (!read || read.layer.sources.length === 0 || kept?.stamp === read.stamp) return;
    kept = { stamp: read.stamp, base: MergeBase.build(bundled, read.layer) };
  })()
    .catch((error: unknown) => console.warn('Backstory: learning could not be prepared:', error))
    .finally(() => (preparing = undefined));
  return preparing;
}
