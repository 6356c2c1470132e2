import { initReadAlong } from './read-along';

/** What the reading-along script gives the content script. */
export interface ReadAlongChunk {
  /** Reading along: the page's HTML handed to the background, and the story's names back. */
  initReadAlong: typeof initReadAlong;
}

// Loaded by the content script with a dynamic import on article pages where "Read along" is on, never listed in the
// manifest's content scripts: pages that are not articles, and readers who switched reading along off, never load it.
export default defineUnlistedScript((): ReadAlongChunk => ({ initReadAlong }));
