import type { StoryResult } from '@/utils/learn/read-story';
import { readStoryFromHtml } from '@/utils/learn/read-in-page';
import { readStoryOffscreen } from '@/utils/learn/story-reader';
import type { PageHtml } from '@/utils/messaging';

/**
 * Reads a page's story from its HTML, off the page: Firefox's background page parses HTML itself; Chrome's service
 * worker has no DOM parser and hands it to the offscreen document.
 */
export async function readPage(page: PageHtml): Promise<StoryResult> {
  return import.meta.env.BROWSER === 'firefox' ? readStoryFromHtml(page.html, page.url) : readStoryOffscreen(page);
}
