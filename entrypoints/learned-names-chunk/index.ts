import { namesOnPage } from './names-on-page';

/** What the learned names' script gives the content script. */
export interface LearnedNamesChunk {
  /** The names the page matches with when the reader's layer adds names (see names-on-page). */
  namesOnPage: typeof namesOnPage;
}

// Loaded by the content script with a dynamic import on pages of readers whose layer adds names, once per page: pages
// of a reader with none never load it.
export default defineUnlistedScript((): LearnedNamesChunk => ({ namesOnPage }));
