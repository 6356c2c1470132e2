import { layerOutlineItem } from '@/utils/reader-layer/store/storage-items';

/** What the background builds from the reader's layer: dropped when the layer changes, built again ahead of use. */
export interface LayerFollower {
  invalidate(): void;
  warm(): void;
}

/**
 * Drops what `service` built on every change of the reader's layer, and builds it again `warmAfterMs` after the
 * writes settle. The outline's stamp changes with every layer write, after what it outlines was written, so
 * watching it spares reading the whole layer on each change.
 */
export function followLayer(service: LayerFollower, warmAfterMs: number): void {
  let warming: ReturnType<typeof setTimeout> | undefined;
  layerOutlineItem.watch(() => {
    service.invalidate();
    clearTimeout(warming);
    warming = setTimeout(() => service.warm(), warmAfterMs);
  });
}
