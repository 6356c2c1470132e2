import { countAround } from '@/utils/page/around-story';
import { findStoryFrame, type StoryFrame } from '@/utils/page/story-frame';
import { initReadAlong } from './read-along';

/** What the story's script gives the content script. */
export interface StoryChunk {
  /** Where the page's story is, so that an article is marked in its story only. */
  storyFrame: () => StoryFrame | null;
  /** Counts mentions around the story apart, for the popup. */
  countAround: typeof countAround;
  /** Reading along: the page's HTML handed to the background, and the story's names back. */
  initReadAlong: typeof initReadAlong;
}

// Loaded by the content script with a dynamic import on pages that look like articles, before their first marks:
// it holds what only articles need (finding the story, reading it along), so neither waits for the card's far larger
// script. Never listed in the manifest's content scripts; pages that are not articles never load it.
export default defineUnlistedScript((): StoryChunk => ({
  storyFrame: () => findStoryFrame(document),
  countAround,
  initReadAlong,
}));
