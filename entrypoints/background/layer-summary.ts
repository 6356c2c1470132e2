import { onMessage } from '@/utils/messaging';
import type { CardService } from '@/utils/reader-layer/cards/card-service';
import { layerSummary } from '@/utils/reader-layer/model/layer-summary';
import { loadCheckedLayer } from '@/utils/reader-layer/store/storage';

/**
 * Answers the options page's Dictionary section from the effective dictionary the card service keeps built: at 5,000
 * learned articles, reading and combining the layer on the options page held its main thread for seconds.
 */
export function serveLayerSummary(cards: CardService): void {
  onMessage('ui:layer-summary', async () => layerSummary(await cards.dictionary(), await loadCheckedLayer()));
}
