import { countAround } from '@/utils/page/around-story';
import { findStoryFrame, type StoryFrame } from '@/utils/page/story-frame';

/** What the story's script gives the content script. */
export interface StoryChunk {
  /** Where the page's story is, so that an article is marked in its story only. */
  storyFrame: () => StoryFrame | null;
  /** Counts mentions around the story apart, for the popup. */
  countAround: typeof countAround;
}

// Loaded by the content script with a dynamic import on pages that look like articles, before their first marks:
// finding the story is all it holds, so the first marks wait neither for the card's far larger script nor for reading
// along's. Never listed in the manifest's content scripts; pages that are not articles never load it.
export default defineUnlistedScript((): StoryChunk => ({ storyFrame: () => findStoryFrame(document), countAround }));
