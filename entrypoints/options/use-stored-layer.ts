import { useEffect, useRef, useState } from 'preact/hooks';
import { isLayerOutline, type LayerOutline } from '@/utils/reader-layer/model/layer-outline';
import { layerOutlineItem, loadLayer, watchLayer, type LoadedLayer } from '@/utils/reader-layer/store/storage';

/** The reader's layer as far as it has been read: its outline (null when missing or unreadable), then the whole. */
export interface StoredLayer {
  outline?: LayerOutline | null;
  loaded?: LoadedLayer;
}

/**
 * Reads the layer's small outline first and the full layer (megabytes at a thousand learned articles) after that
 * first paint, following both as they change.
 */
export function useStoredLayer(): StoredLayer {
  const [outline, setOutline] = useState<LayerOutline | null>();
  const [loaded, setLoaded] = useState<LoadedLayer>();
  const live = useRef(true);

  useEffect(() => {
    const readOutline = (raw: unknown) => live.current && setOutline(isLayerOutline(raw) ? raw : null);
    const unwatchOutline = layerOutlineItem.watch(readOutline);
    const unwatch = watchLayer(setLoaded);
    // The full layer is asked for once the outline has had a frame to paint (or is missing).
    const readFull = () => void loadLayer().then((l) => live.current && setLoaded(l));
    void layerOutlineItem
      .getValue()
      .then(readOutline, () => readOutline(null))
      .then(() => requestAnimationFrame(() => setTimeout(readFull, 0)));
    return () => {
      live.current = false;
      unwatchOutline();
      unwatch();
    };
  }, []);

  return { outline, loaded };
}
