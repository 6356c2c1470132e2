import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { isLayerOutline, type LayerOutline } from '@/utils/reader-layer/model/layer-outline';
import type { LayerSummary } from '@/utils/reader-layer/model/layer-summary';
import { layerOutlineItem } from '@/utils/reader-layer/store/storage';

/** The reader's layer as far as it is known: its outline (null when missing or unreadable), then its summary. */
export interface StoredLayer {
  outline?: LayerOutline | null;
  /** What the background works out of the whole layer (counts, size, names); undefined until it answers. */
  summary?: LayerSummary;
}

/**
 * Reads the layer's small outline first, then asks the background, which holds the layer, for its summary, following
 * both as they change: the options page never reads the learned articles themselves (megabytes, and seconds of its main
 * thread, at 5,000 learned articles).
 */
export function useStoredLayer(): StoredLayer {
  const [outline, setOutline] = useState<LayerOutline | null>();
  const [summary, setSummary] = useState<LayerSummary>();
  const live = useRef(true);

  useEffect(() => {
    let asked = 0;
    const askSummary = () => {
      const mine = ++asked;
      sendMessage('ui:layer-summary', undefined)
        .then((next) => live.current && mine === asked && setSummary(next))
        .catch((error: unknown) => console.warn('Backstory: your dictionary could not be counted:', error));
    };
    const readOutline = (raw: unknown) => live.current && setOutline(isLayerOutline(raw) ? raw : null);
    // The outline changes with every layer write: the summary is asked for again.
    const unwatchOutline = layerOutlineItem.watch((raw) => {
      readOutline(raw);
      askSummary();
    });
    // The summary is asked for once the outline has had a frame to paint (or is missing).
    void layerOutlineItem
      .getValue()
      .then(readOutline, () => readOutline(null))
      .then(() => requestAnimationFrame(() => setTimeout(askSummary, 0)));
    return () => {
      live.current = false;
      unwatchOutline();
    };
  }, []);

  return { outline, summary };
}
