import type { Dictionary } from '@/utils/dictionary/schema';
import { onMessage } from '@/utils/messaging';
import { withStory } from '@/utils/learn/story-cards';
import type { TabStories } from '@/utils/learn/tab-stories';
import { createCardService, type CardService } from '@/utils/reader-layer/cards/card-service';
import { idbCacheStore } from '@/utils/reader-layer/store/idb-cache';
import { layerItem, layerOutlineItem } from '@/utils/reader-layer/store/storage';
import { followLayer } from './follow-layer';

// A card is likely asked for soon after a change (a name just learned gets hovered), so the dictionary is built
// once the writes have settled rather than on that first request.
const WARM_AFTER_MS = 1_000;

/**
 * Serves the card details of the names on a page (with what the tab's story says of them) from the effective
 * dictionary, built once per change of the reader's layer and shared by every tab.
 */
export function serveCardDetails(bundled: Dictionary, stories: TabStories): CardService {
  const service = createCardService(
    bundled,
    () => layerItem.getValue(),
    idbCacheStore(() => layerOutlineItem.getValue()),
  );
  followLayer(service, WARM_AFTER_MS);
  onMessage('content:get-cards', async ({ data, sender }) => {
    const ids: string[] = Array.isArray(data?.ids) ? data.ids : [];
    const bundle = await service.cards(ids);
    const story = sender.tab?.id !== undefined ? await stories.get(sender.tab.id) : undefined;
    return story ? withStory(bundle, story, ids) : bundle;
  });
  return service;
}
