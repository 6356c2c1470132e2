import { onMessage } from '@/utils/messaging';
import { addCorrection } from '@/utils/reader-layer/layer-actions';

/** Stores the corrections made on a card, a page's or the popup's, here where every write to the layer is made. */
export function storeCorrections(): void {
  onMessage('content:add-correction', async ({ data }) => {
    try {
      await addCorrection(data);
      return {};
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
}
