import { browser } from 'wxt/browser';
import type { CardChunk } from '../card-chunk/start-card';
import type { ReadAlongChunk } from '../read-along-chunk';
import type { StoryChunk } from '../story-chunk';
import type { LearnedNamesChunk } from '../learned-names-chunk';

/** Where the build puts the card's script and the story's (see wxt.config.ts), relative to the extension's root. */
export const CARD_CHUNK_PATH = '/card-chunk.js';
export const STORY_CHUNK_PATH = '/story-chunk.js';
export const READ_ALONG_CHUNK_PATH = '/read-along-chunk.js';
export const LEARNED_NAMES_CHUNK_PATH = '/learned-names-chunk.js';

/**
 * Imports one of the extension's scripts from inside the extension (never from anywhere else: there is no remote
 * code). Each is built as an ES module whose default export is the promise of its exports.
 */
async function importChunk<T>(
  path:
    typeof CARD_CHUNK_PATH | typeof STORY_CHUNK_PATH | typeof READ_ALONG_CHUNK_PATH | typeof LEARNED_NAMES_CHUNK_PATH,
): Promise<T> {
  return ((await import(/* @vite-ignore */ browser.runtime.getURL(path))) as { default: Promise<T> }).default;
}

/** The hover card, keyboard navigation and "show me this mention": loaded on first use. */
export const importCardChunk = () => importChunk<CardChunk>(CARD_CHUNK_PATH);

/** Finding the story: loaded on article pages before their first marks. */
export const importStoryChunk = () => importChunk<StoryChunk>(STORY_CHUNK_PATH);

/** Reading along: loaded on article pages where it is on. */
export const importReadAlongChunk = () => importChunk<ReadAlongChunk>(READ_ALONG_CHUNK_PATH);

/** The reader's learned names on this page: loaded on pages of readers whose layer adds names. */
export const importLearnedNamesChunk = () => importChunk<LearnedNamesChunk>(LEARNED_NAMES_CHUNK_PATH);
