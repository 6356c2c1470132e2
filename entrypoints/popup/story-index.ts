import { indexDictionary, type DictionaryIndex } from '@/utils/dictionary/lookup';
import { emptyDictionary } from '@/utils/dictionary/validate';
import type { TabStory } from '@/utils/learn/tab-story';
import { combineDictionaries } from '@/utils/reader-layer/model/combine';
import type { PopupIndex } from './use-popup-index';

/** `index` with the story's own words on its entities, for cards that show them first. */
function withStoryWords(index: DictionaryIndex, story: TabStory): DictionaryIndex {
  return { ...index, story: { source: story.source, entities: story.dictionary.entities } };
}

/**
 * The popup's index with the tab's story joined in: its names for the list and search, and cards that hold what the
 * story says of each entity beside what the reader's dictionaries say.
 */
export function storyPopupIndex(popup: PopupIndex, story: TabStory | null): PopupIndex {
  if (!story) return popup;
  const ids = new Set(story.dictionary.entities.map((e) => e.id));
  const index = withStoryWords(indexDictionary(combineDictionaries(popup.index.dictionary, story.dictionary)), story);
  return {
    ...popup,
    index,
    bundledOnly: false,
    card: async (id) => {
      if (!ids.has(id)) return popup.card(id);
      const base = popup.index.entity(id) ? await popup.card(id).catch(() => undefined) : undefined;
      const details = indexDictionary(combineDictionaries(base?.dictionary ?? emptyDictionary(), story.dictionary));
      return { ...withStoryWords(details, story), search: index.search };
    },
  };
}
